import { useEffect, useState } from 'react';
import { deliveryState, flush, subscribe, type DeliveryState } from '../../respond/outbox.ts';
import { refusedForClosedSession } from '../../respond/session-status.ts';

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
    lastError: null,
  });
  const [trying, setTrying] = useState(false);

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
      {trying ? 'Trying…' : label}
    </button>
  );

  if (kept === null) {
    return (
      <div className="notice delivery delivery--local" role="status">
        <strong>Kept on this device only.</strong> This site is not set up to collect responses, so your answers were
        not sent anywhere. Download them below if you want to keep them or share them.
      </div>
    );
  }
  switch (state.state) {
    case 'sent':
      return (
        <div className="notice delivery" role="status">
          <strong>Sent.</strong> Your response reached the researcher’s server.
        </div>
      );
    case 'rejected':
      if (refusedForClosedSession(session, state.lastError)) {
        return (
          <div className="notice notice--problem delivery" role="alert">
            <p>
              <strong>Not counted: the team session has closed.</strong> Its facilitator stopped collecting answers
              while you were answering, so the collector did not take your response.
              {state.kept === 'device' ? ' It is still saved on this device.' : ''} Your results are still shown below:
              download them if you want to keep them, or pass them to the person who shared the link.
            </p>
            {retryButton('Try again')}
          </div>
        );
      }
      return (
        <div className="notice notice--problem delivery" role="alert">
          <p>
            <strong>Could not send.</strong> The server refused the response
            {state.lastError ? ` (${state.lastError})` : ''}.
            {state.kept === 'device' ? ' It is still saved on this device.' : ''} Download it below and pass it to the
            person who shared the link.
          </p>
          {retryButton('Try again')}
        </div>
      );
    case 'waiting': {
      const where =
        state.kept === 'device'
          ? 'It is safe on this device. You can close this tab: it will be sent automatically, at the latest the next time this device opens any page of this site.'
          : 'Your browser would not let this site store the response (its storage is full or blocked), so it is held by this tab only: keep the tab open until it says “Sent”, or download it below.';
      return (
        <div className="notice delivery delivery--waiting" role="status">
          <p>
            <strong>
              {state.attempts > 0
                ? 'Waiting to send.'
                : state.kept === 'device'
                  ? 'Saved on this device; sending now.'
                  : 'Sending now.'}
            </strong>{' '}
            {state.lastError ?? ''} {where}
          </p>
          {state.attempts > 0 && retryButton('Try sending now')}
        </div>
      );
    }
    default:
      return (
        <div className="notice delivery" role="status">
          <strong>No longer waiting on this device.</strong> This device keeps no record of the response any more.
        </div>
      );
  }
}
