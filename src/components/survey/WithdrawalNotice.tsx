import { useState } from 'react';
import type { StudyInfo } from '../../instruments/study.ts';

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
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copyId = () =>
    navigator.clipboard.writeText(responseId).then(
      () => setCopy('copied'),
      () => setCopy('failed'),
    );

  return (
    <section className="no-print withdrawal" aria-labelledby="withdrawal-heading">
      <h3 id="withdrawal-heading">Your response ID</h3>
      <p className="withdrawal__id">
        <code data-response-id-text>{responseId}</code>
        <button type="button" className="button--quiet" onClick={() => void copyId()}>
          Copy
        </button>
      </p>
      <p role="status" className="meta">
        {copy === 'copied' && 'Copied.'}
        {copy === 'failed' && 'This browser would not copy it. Select the ID and copy it yourself.'}
      </p>
      {study ? (
        <p>
          To take your answers back, write to {study.contact.name} at{' '}
          <a href={`mailto:${study.contact.email}`}>{study.contact.email}</a> and give this ID. {study.withdrawal}
        </p>
      ) : sends ? (
        <p>
          No study is attached to this survey. To take your answers back, ask the person who sent you the link, and give
          them this ID.
        </p>
      ) : (
        <p>Your answers were not sent anywhere, so no one else has them. This ID is also in the files you download.</p>
      )}
      <p>
        <a href="#study-information">Read about this study</a>
      </p>
    </section>
  );
}
