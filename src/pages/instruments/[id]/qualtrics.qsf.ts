import type { APIRoute } from 'astro';
import { qsfFile } from '../../../instruments/qsf.ts';
import type { Instrument } from '../../../instruments/types.ts';
import { instrumentRoutes } from '../../../components/routes.ts';

export const getStaticPaths = instrumentRoutes;

/** A Qualtrics survey file (JSON) of the instrument. */
export const GET: APIRoute<{ instrument: Instrument }> = async ({ props: { instrument } }) =>
  new Response(await qsfFile(instrument), { headers: { 'content-type': 'application/json; charset=utf-8' } });
