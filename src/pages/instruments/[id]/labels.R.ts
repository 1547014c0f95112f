import type { APIRoute } from 'astro';
import { exportVersions } from '../../../instruments/codebook.ts';
import { labelledFile, rScript } from '../../../instruments/stat-syntax.ts';
import type { Instrument } from '../../../instruments/types.ts';
import { instrumentRoutes } from '../../../components/routes.ts';

export const getStaticPaths = instrumentRoutes;

/** An R script (base R) that reads the collector's CSV export of the instrument, typed and labelled. */
export const GET: APIRoute<{ instrument: Instrument }> = async ({ props: { instrument } }) => {
  const { versions, hashOf } = await exportVersions(instrument);
  return new Response(rScript(labelledFile(versions, hashOf)), {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
};
