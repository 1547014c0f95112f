import { fill } from '../../i18n/catalogue.ts';
import type { Language } from '../../instruments/languages.ts';
import { useSurveyText } from './surveyText.tsx';

interface Props {
  /** When the draft was last saved (ISO 8601). */
  savedAt: string;
  onContinue: () => void;
  onStartFresh: () => void;
}

/**
 * The browser's own locale when it is a variant of the page's language (so an English page in Britain writes
 * British dates, a Spanish one in Mexico Mexican ones); otherwise the page's language, so a date never
 * reads in a language other than the sentence around it.
 */
const dateLocale = (language: Language): string =>
  navigator.language.split('-')[0] === language ? navigator.language : language;

/** Offered when this device holds a draft: on a shared computer it may be someone else's. */
export function ResumeOffer({ savedAt, onContinue, onStartFresh }: Props) {
  const { language, messages } = useSurveyText();
  const date = new Date(savedAt).toLocaleString(dateLocale(language), { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <div className="resume" role="group" aria-labelledby="resume-heading">
      <h2 id="resume-heading">{messages.resumeHeading}</h2>
      <p>{fill(messages.resumeText, { date })}</p>
      <div className="resume__actions">
        <button type="button" onClick={onContinue}>
          {messages.continueAnswers}
        </button>
        <button type="button" className="button--quiet" onClick={onStartFresh}>
          {messages.startFresh}
        </button>
      </div>
    </div>
  );
}
