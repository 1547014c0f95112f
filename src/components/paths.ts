import { instruments } from '../instruments/model.ts';

/** The site's URLs for framework things, in one place so links and routes cannot drift apart. */
export const paths = {
  essay: (id: string) => `/essays/${id}/`,
  construct: (id: string) => `/framework/${id}/`,
  stage: (id: string) => `/framework/#stage-${id}`,
  element: (id: string) => `/framework/#element-${id}`,
  instrument: (id: string) => `/instruments/${id}/`,
  search: (query: string) => `/search/?q=${encodeURIComponent(query)}`,
};

/** `getStaticPaths` for every route under /instruments/[id]/. */
export const instrumentRoutes = () =>
  instruments.map((instrument) => ({ params: { id: instrument.id }, props: { instrument } }));
