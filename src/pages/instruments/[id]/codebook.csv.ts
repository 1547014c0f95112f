import type { APIRoute } from 'astro';
import { codebook, codebookTable } from '../../../instruments/codebook.ts';
import { toCsv } from '../../../instruments/csv.ts';
import { publishedHash } from '../../../instruments/hash.ts';
import type { Instrument } from '../../../instruments/types.ts';
import { instrumentRoutes } from '../../../components/paths.ts';

export const getStaticPaths = instrumentRoutes;

export const GET: APIRoute<{ instrument: Instrument }> = async ({ props: { instrument } }) => {
  const csv = toCsv(codebookTable(codebook(instrument, await publishedHash(instrument))));
  return new Response(csv, { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
