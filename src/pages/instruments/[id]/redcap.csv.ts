import type { APIRoute } from 'astro';
import { exportVersions } from '../../../instruments/codebook.ts';
import { toCsv } from '../../../instruments/csv.ts';
import { redcapDictionary } from '../../../instruments/redcap.ts';
import type { Instrument } from '../../../instruments/types.ts';
import { instrumentRoutes } from '../../../components/routes.ts';

export const getStaticPaths = instrumentRoutes;

/** A REDCap Data Dictionary for the instrument's collector export. */
export const GET: APIRoute<{ instrument: Instrument }> = async ({ props: { instrument } }) => {
  const { versions, hashOf } = await exportVersions(instrument);
  return new Response(toCsv(redcapDictionary(versions, hashOf)), {
    headers: { 'content-type': 'text/csv; charset=utf-8' },
  });
};
