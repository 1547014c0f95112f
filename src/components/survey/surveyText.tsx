import { createContext, Fragment, useContext, type ReactNode } from 'react';
import type { SurveyMessages } from '../../i18n/survey.ts';
import type { Language } from '../../instruments/languages.ts';
import type { FrameworkModel } from '../../instruments/model.ts';
import { pathsIn } from '../paths.ts';

/** What every part of the island reads its words from: the page's language, its UI messages and the model in it. */
export interface SurveyText {
  language: Language;
  messages: SurveyMessages;
  within: FrameworkModel;
  paths: ReturnType<typeof pathsIn>;
}

const SurveyTextContext = createContext<SurveyText | null>(null);

export const SurveyTextProvider = SurveyTextContext.Provider;

export function useSurveyText(): SurveyText {
  const text = useContext(SurveyTextContext);
  if (!text) throw new Error('A survey component was rendered outside SurveyIsland’s SurveyTextProvider.');
  return text;
}

/** A message with its `{link}` placeholder replaced by a link element: the link's place differs by language. */
export function withLink(message: string, link: ReactNode): ReactNode {
  const [before = '', after = ''] = message.split('{link}');
  return (
    <Fragment>
      {before}
      {link}
      {after}
    </Fragment>
  );
}
