import { instrumentVersionRoutes } from '../../../components/routes.ts';

export const getStaticPaths = instrumentVersionRoutes;

/** The Qualtrics survey file of each published version, current and archived. */
export { GET } from './qualtrics.qsf.ts';
