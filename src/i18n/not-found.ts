import { catalogue } from './catalogue.ts';

/**
 * The one 404 page, which says everything in every site language: a static host serves it for any unknown
 * address, so it cannot know which language the visitor reads.
 */
export const notFoundMessages = catalogue(
  {
    title: 'Page not found',
    description: 'The page you asked for is not on this site.',
    heading: 'We couldn’t find that page',
    lead: 'The link may be old, or the address may have a typo.',
    searchLabel: 'Search for what you were looking for',
    searchButton: 'Search',
    goTo: 'Or go to',
    home: 'The home page, with the framework at a glance',
    essays: 'The essays',
    framework: 'The framework and its constructs',
    instruments: 'The instruments',
  },
  {
    es: {
      title: 'Página no encontrada',
      description: 'La página que buscaba no está en este sitio.',
      heading: 'No encontramos esa página',
      lead: 'Puede que el enlace sea antiguo o que la dirección tenga un error.',
      searchLabel: 'Busque lo que necesitaba',
      searchButton: 'Buscar',
      goTo: 'O vaya a',
      home: 'La página de inicio, con el marco de un vistazo',
      essays: 'Los ensayos',
      framework: 'El marco y sus constructos',
      instruments: 'Los instrumentos',
    },
  },
);
