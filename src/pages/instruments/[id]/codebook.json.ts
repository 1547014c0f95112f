import type { APIRoute } from 'astro';
import { codebook } from '../../../instruments/codebook.ts';
import { publishedHash } from '../../../instruments/hash.ts';
import type { Instrument } from '../../../instruments/types.ts';
import { instrumentRoutes } from '../../../components/routes.ts';

export const getStaticPaths = instrumentRoutes;

export const GET: APIRoute<{ instrument: Instrument }> = async ({ props: { instrument } }) => {
  const hash = await publishedHash(instrument);
  const body = {
    instrument: { id: instrument.id, version: instrument.version, hash, title: instrument.title },
    variables: codebook(instrument, hash),
  };
  return new Response(JSON.stringify(body, null, 2), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
