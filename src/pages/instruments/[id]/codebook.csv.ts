import type { APIRoute } from 'astro';
import Papa from 'papaparse';
import { codebook, codebookColumns } from '../../../instruments/codebook.ts';
import { contentHash } from '../../../instruments/hash.ts';
import type { Instrument } from '../../../instruments/types.ts';
import { instrumentRoutes } from '../../../components/paths.ts';

export const getStaticPaths = instrumentRoutes;

export const GET: APIRoute<{ instrument: Instrument }> = async ({ props: { instrument } }) => {
  const rows = codebook(instrument, await contentHash(instrument)).map((variable) =>
    codebookColumns.map((column) => {
      const value = variable[column];
      return typeof value === 'boolean' ? (value ? 'yes' : 'no') : value;
    }),
  );
  const csv = Papa.unparse({ fields: [...codebookColumns], data: rows }, { newline: '\r\n' });
  return new Response(`${csv}\r\n`, { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
