import type { APIRoute } from 'astro';
import type { Instrument } from '../../../instruments/types.ts';
import { XLSX_CONTENT_TYPE, xlsFormFile } from '../../../instruments/xlsform.ts';
import { instrumentRoutes } from '../../../components/routes.ts';

export const getStaticPaths = instrumentRoutes;

/** An XLSForm of the instrument for KoboToolbox, ODK and Enketo. */
export const GET: APIRoute<{ instrument: Instrument }> = async ({ props: { instrument } }) =>
  new Response(await xlsFormFile(instrument), { headers: { 'content-type': XLSX_CONTENT_TYPE } });
