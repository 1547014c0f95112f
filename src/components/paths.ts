import { SITE_LANGUAGES, type Language } from '../instruments/languages.ts';

/**
 * A page's path in a language, as Astro's i18n routing lays them out: English at the root, every other
 * language under its code (`/es/framework/`).
 */
export const pathIn = (language: Language, path: string): string => (language === 'en' ? path : `/${language}${path}`);

/** A path with any language prefix taken off: the page's English path. */
export function englishPathOf(path: string): string {
  const prefix = SITE_LANGUAGES.find((language) => language !== 'en' && path.startsWith(`/${language}/`));
  return prefix === undefined ? path : path.slice(prefix.length + 1);
}

/** The site's URLs in one language. Pages published in one language only (essays, downloads) keep their one path. */
export const pathsIn = (language: Language) => {
  const at = (path: string) => pathIn(language, path);
  return {
    ...paths,
    home: at(paths.home),
    framework: at(paths.framework),
    instruments: at(paths.instruments),
    researchers: at(paths.researchers),
    linkBuilder: at(paths.linkBuilder),
    searchPage: at(paths.searchPage),
    search: (query: string) => at(paths.search(query)),
    construct: (id: string) => at(paths.construct(id)),
    stage: (id: string) => at(paths.stage(id)),
    element: (id: string) => at(paths.element(id)),
    instrument: (id: string) => at(paths.instrument(id)),
    instrumentPrint: (id: string) => at(paths.instrumentPrint(id)),
    analysis: at(paths.analysis),
    authoring: at(paths.authoring),
  };
};

/** The site's URLs, in one place so links and routes cannot drift apart. Every internal link is made here. */
export const paths = {
  home: '/',
  framework: '/framework/',
  essays: '/essays/',
  instruments: '/instruments/',
  researchers: '/researchers/',
  linkBuilder: '/researchers/links/',
  analysis: '/researchers/analyze/',
  authoring: '/researchers/authoring/',
  team: '/team/',
  responseSchema: '/schemas/response-v1.json',
  surveyTheme: '/instruments/survey-base-theme.css',
  favicon: '/favicon.svg',
  essay: (id: string) => `/essays/${id}/`,
  construct: (id: string) => `/framework/${id}/`,
  stage: (id: string) => `/framework/#stage-${id}`,
  element: (id: string) => `/framework/#element-${id}`,
  instrument: (id: string) => `/instruments/${id}/`,
  instrumentPrint: (id: string) => `/instruments/${id}/print/`,
  codebook: (id: string, format: 'csv' | 'json') => `/instruments/${id}/codebook.${format}`,
  surveyDefinition: (id: string) => `/instruments/${id}/survey.json`,
  spssSyntax: (id: string) => `/instruments/${id}/spss.sps`,
  stataDo: (id: string) => `/instruments/${id}/stata.do`,
  rScript: (id: string) => `/instruments/${id}/labels.R`,
  redcapDictionary: (id: string) => `/instruments/${id}/redcap.csv`,
  /** Without a version, the current version's file; with one, that version's, whose content never changes once published. */
  xlsForm: (id: string, version?: string) => `/instruments/${id}/xlsform${version ? `-${version}` : ''}.xlsx`,
  qualtricsSurvey: (id: string, version?: string) => `/instruments/${id}/qualtrics${version ? `-${version}` : ''}.qsf`,
  /**
   * A facilitator's team view of one session: the code and token ride in the fragment, which no server or
   * Referer sees. Both are base64url (SESSION_CODE, FACILITATOR_TOKEN), so they need no encoding.
   */
  teamView: (session: string, token: string) => `/team/#session=${session}&token=${token}`,
  searchPage: '/search/',
  search: (query: string) => `/search/?q=${encodeURIComponent(query)}`,
};
