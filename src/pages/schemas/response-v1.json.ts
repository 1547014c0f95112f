import type { APIRoute } from 'astro';
import { responseSchemaV1 } from '../../instruments/payload.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(responseSchemaV1, null, 2), {
    headers: { 'content-type': 'application/schema+json; charset=utf-8' },
  });
