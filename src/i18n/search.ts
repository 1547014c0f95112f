import { catalogue } from './catalogue.ts';

/** The search page and its search box, including what the browser says while searching. */
export const searchMessages = catalogue(
  {
    title: 'Search',
    description: 'Search the essays, the framework, its constructs and the instruments.',
    label: 'Search essays, constructs and instruments',
    button: 'Search',
    typeFilter: 'Content type',
    elementFilter: 'Framework element',
    unavailable:
      'Search is not available here: the search index is made when the site is built. Run `npm start` to build and serve the site with search.',
    prompt: 'Type a word or choose a filter to search.',
    noResults: 'No results. Try another word or fewer filters.',
    resultsOne: '{count} result.',
    resultsOther: '{count} results.',
    resultsFirst: '{count} results, showing the first {shown}.',
  },
  {
    es: {
      title: 'Buscar',
      description: 'Busque en el marco, sus constructos y los instrumentos.',
      label: 'Buscar constructos, instrumentos y páginas del marco',
      button: 'Buscar',
      typeFilter: 'Tipo de contenido',
      elementFilter: 'Elemento del marco',
      unavailable:
        'La búsqueda no está disponible aquí: el índice de búsqueda se crea al construir el sitio. Ejecute `npm start` para construir y servir el sitio con búsqueda.',
      prompt: 'Escriba una palabra o elija un filtro para buscar.',
      noResults: 'No hay resultados. Pruebe con otra palabra o con menos filtros.',
      resultsOne: '{count} resultado.',
      resultsOther: '{count} resultados.',
      resultsFirst: '{count} resultados; se muestran los primeros {shown}.',
    },
  },
);

/**
 * The content types pages give search as filter values (BaseLayout's `searchType`), in the page's language:
 * each language has its own index, so its filters read in that language.
 */
export const searchTypes = catalogue(
  { page: 'Page', framework: 'Framework', construct: 'Construct', instrument: 'Instrument', tool: 'Researcher tool' },
  {
    es: {
      page: 'Página',
      framework: 'Marco',
      construct: 'Constructo',
      instrument: 'Instrumento',
      tool: 'Herramienta de investigación',
    },
  },
);
