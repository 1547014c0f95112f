interface Props {
  /** When the draft was last saved (ISO 8601). */
  savedAt: string;
  onContinue: () => void;
  onStartFresh: () => void;
}

/** Offered when this device holds a draft: on a shared computer it may be someone else's. */
export function ResumeOffer({ savedAt, onContinue, onStartFresh }: Props) {
  return (
    <div className="resume" role="group" aria-labelledby="resume-heading">
      <h2 id="resume-heading">Continue where you left off?</h2>
      <p>
        This device has answers you started on{' '}
        {new Date(savedAt).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })}. If someone else
        started them, start fresh: their answers are removed from this device.
      </p>
      <div className="resume__actions">
        <button type="button" onClick={onContinue}>
          Continue my answers
        </button>
        <button type="button" className="button--quiet" onClick={onStartFresh}>
          Not me: start fresh
        </button>
      </div>
    </div>
  );
}
