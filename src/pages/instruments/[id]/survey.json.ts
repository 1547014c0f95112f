import type { APIRoute } from 'astro';
import { surveyJson } from '../../../instruments/generate.ts';
import { model } from '../../../instruments/source-model.ts';
import type { Instrument } from '../../../instruments/types.ts';
import { instrumentRoutes } from '../../../components/routes.ts';

export const getStaticPaths = instrumentRoutes;

export const GET: APIRoute<{ instrument: Instrument }> = ({ props }) =>
  new Response(JSON.stringify(surveyJson(props.instrument, model), null, 2), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
