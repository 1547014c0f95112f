import { instruments, versionsOf } from '../instruments/model.ts';

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

/** `getStaticPaths` for every route under /instruments/[id]/. */
export const instrumentRoutes = () =>
  instruments.map((instrument) => ({ params: { id: instrument.id }, props: { instrument } }));

/** `getStaticPaths` for the files made for every published version of an instrument, current and archived. */
export const instrumentVersionRoutes = () =>
  instruments.flatMap((current) =>
    versionsOf(current.id).map((instrument) => ({
      params: { id: instrument.id, version: instrument.version },
      props: { instrument },
    })),
  );
