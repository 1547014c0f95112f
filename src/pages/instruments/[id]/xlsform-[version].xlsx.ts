import { instrumentVersionRoutes } from '../../../components/routes.ts';

export const getStaticPaths = instrumentVersionRoutes;

/** The XLSForm of each published version, current and archived. */
export { GET } from './xlsform.xlsx.ts';
