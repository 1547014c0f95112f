import { useState } from 'react';
import type { StudyInfo } from '../../instruments/study.ts';
import { fill } from '../../i18n/catalogue.ts';
import { useSurveyText, withLink } from './surveyText.tsx';

interface Props {
  responseId: string;
  /** The deployment's study information; null when no study is attached. */
  study: StudyInfo | null;
  /** Whether this build sends the response anywhere. */
  sends: boolean;
}

/**
 * The end of a survey: the response's ID, which is all a respondent needs to take their answers back
 * (no name is asked), and whom to give it to.
 */
export function WithdrawalNotice({ responseId, study, sends }: Props) {
  const { messages } = useSurveyText();
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copyId = () =>
    navigator.clipboard.writeText(responseId).then(
      () => setCopy('copied'),
      () => setCopy('failed'),
    );

  return (
    <section className="no-print withdrawal" aria-labelledby="withdrawal-heading">
      <h3 id="withdrawal-heading">{messages.responseIdHeading}</h3>
      <p className="withdrawal__id">
        <code data-response-id-text>{responseId}</code>
        <button type="button" className="button--quiet" onClick={() => void copyId()}>
          {messages.copy}
        </button>
      </p>
      <p role="status" className="meta">
        {copy === 'copied' && messages.copied}
        {copy === 'failed' && messages.copyFailed}
      </p>
      {study ? (
        <p>
          {withLink(
            fill(messages.withdrawStudy, { name: study.contact.name, email: '{link}' }),
            <a href={`mailto:${study.contact.email}`}>{study.contact.email}</a>,
          )}{' '}
          {study.withdrawal}
        </p>
      ) : sends ? (
        <p>{messages.withdrawNoStudy}</p>
      ) : (
        <p>{messages.withdrawNotSent}</p>
      )}
      <p>
        <a href="#study-information">{messages.readAboutStudy}</a>
      </p>
    </section>
  );
}
