import { catalogue } from './catalogue.ts';

/** The frame of every page: header, navigation, search box, footer and the language switcher. */
export const siteMessages = catalogue(
  {
    skipLink: 'Skip to content',
    menu: 'Menu',
    mainNavigation: 'Main',
    framework: 'Framework',
    essays: 'Essays',
    instruments: 'Instruments',
    researchers: 'Researchers',
    searchLabel: 'Search the site',
    searchPlaceholder: 'Search',
    searchButton: 'Search',
    footerAbout: 'Cultivate: an open framework and instruments for communities of practice in schools and non-profits.',
    footerPrivacy: 'No cookies, no trackers, no third-party requests.',
    languages: 'Languages',
    /** Marks a link to a page that is published in English only. */
    inEnglish: '(in English)',
  },
  {
    es: {
      skipLink: 'Ir al contenido',
      menu: 'Menú',
      mainNavigation: 'Principal',
      framework: 'Marco',
      essays: 'Ensayos',
      instruments: 'Instrumentos',
      researchers: 'Investigación',
      searchLabel: 'Buscar en el sitio',
      searchPlaceholder: 'Buscar',
      searchButton: 'Buscar',
      footerAbout:
        'Cultivate: un marco abierto e instrumentos para comunidades de práctica en escuelas y organizaciones sin fines de lucro.',
      footerPrivacy: 'Sin cookies, sin rastreadores, sin solicitudes a terceros.',
      languages: 'Idiomas',
      inEnglish: '(en inglés)',
    },
  },
);
