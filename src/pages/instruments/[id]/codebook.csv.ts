import type { APIRoute } from 'astro';
import { codebookTable, exportCodebook, exportVersions } from '../../../instruments/codebook.ts';
import { toCsv } from '../../../instruments/csv.ts';
import type { Instrument } from '../../../instruments/types.ts';
import { instrumentRoutes } from '../../../components/routes.ts';

export const getStaticPaths = instrumentRoutes;

/** Every column of the instrument's CSV files (the collector's export and the scored CSV), one row each. */
export const GET: APIRoute<{ instrument: Instrument }> = async ({ props: { instrument } }) => {
  const { versions, hashOf } = await exportVersions(instrument);
  const csv = toCsv(codebookTable(exportCodebook(versions, hashOf)));
  return new Response(csv, { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
