import { useEffect, useState } from 'react';
import { deliveryState, flush, subscribe, type DeliveryState } from '../../respond/outbox.ts';
import { fill } from '../../i18n/catalogue.ts';
import { failureText } from '../../respond/failure-text.ts';
import { refusedForClosedSession } from '../../respond/session-status.ts';
import { useSurveyText } from './surveyText.tsx';

interface Props {
  responseId: string;
  /** Where the outbox holds the response; null when this build sends nothing. */
  kept: 'device' | 'memory' | null;
  /** The team session the response was sent for, if any: a refusal may mean the session closed meanwhile. */
  session?: string | undefined;
}

/**
 * Where the response is: sent, waiting, refused, or kept on the device only. Always visible. From the moment
 * of completion it says whether the response is safe on this device (so the tab may be closed) or held
 * only by this tab (storage refused).
 */
export function DeliveryStatus({ responseId, kept, session }: Props) {
  const [state, setState] = useState<DeliveryState>({
    state: 'waiting',
    kept: kept ?? 'device',
    attempts: 0,
    failure: null,
  });
  const [trying, setTrying] = useState(false);
  const { messages } = useSurveyText();

  useEffect(() => {
    const refresh = () => void deliveryState(responseId).then(setState);
    refresh();
    return subscribe(refresh);
  }, [responseId]);

  const retry = async () => {
    setTrying(true);
    try {
      await flush('force');
    } finally {
      setTrying(false);
    }
  };
  const retryButton = (label: string) => (
    <button type="button" className="button--quiet" onClick={retry} disabled={trying}>
      {trying ? messages.trying : label}
    </button>
  );

  if (kept === null) {
    return (
      <div className="notice delivery delivery--local" role="status">
        <strong>{messages.keptLocalLead}</strong> {messages.keptLocal}
      </div>
    );
  }
  const stillSaved = (where: 'device' | 'memory') => (where === 'device' ? ` ${messages.stillSaved}` : '');
  switch (state.state) {
    case 'sent':
      return (
        <div className="notice delivery" role="status">
          <strong>{messages.sentLead}</strong> {messages.sent}
        </div>
      );
    case 'rejected':
      if (refusedForClosedSession(session, state.failure)) {
        return (
          <div className="notice notice--problem delivery" role="alert">
            <p>
              <strong>{messages.sessionClosedLead}</strong> {messages.sessionClosedRefused}
              {stillSaved(state.kept)} {messages.sessionClosedAfter}
            </p>
            {retryButton(messages.tryAgain)}
          </div>
        );
      }
      return (
        <div className="notice notice--problem delivery" role="alert">
          <p>
            <strong>{messages.refusedLead}</strong>{' '}
            {state.failure
              ? fill(messages.refusedBecause, { error: failureText(state.failure, messages) })
              : messages.refused}
            {stillSaved(state.kept)} {messages.refusedAfter}
          </p>
          {retryButton(messages.tryAgain)}
        </div>
      );
    case 'waiting': {
      const where = state.kept === 'device' ? messages.waitingOnDevice : messages.waitingInTab;
      return (
        <div className="notice delivery delivery--waiting" role="status">
          <p>
            <strong>
              {state.attempts > 0
                ? messages.waitingLead
                : state.kept === 'device'
                  ? messages.savedSendingLead
                  : messages.sendingLead}
            </strong>{' '}
            {state.failure ? failureText(state.failure, messages) : ''} {where}
          </p>
          {state.attempts > 0 && retryButton(messages.trySendingNow)}
        </div>
      );
    }
    default:
      return (
        <div className="notice delivery" role="status">
          <strong>{messages.forgottenLead}</strong> {messages.forgotten}
        </div>
      );
  }
}
