import { useEffect, useState } from 'react';
import { deliveryState, flush, subscribe, type Delivery, type DeliveryState } from '../../respond/outbox.ts';

interface Props {
  responseId: string;
  delivery: Delivery | null;
  /** False when the device refused to store the response (storage full or blocked). */
  stored: boolean;
}

const time = (epoch: number) => new Date(epoch).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });

/** Where the response is: sent, waiting to send, refused, or kept on the device only. Always visible. */
export function DeliveryStatus({ responseId, delivery, stored }: Props) {
  const [state, setState] = useState<DeliveryState>(() => deliveryState(responseId));
  const [trying, setTrying] = useState(false);

  useEffect(() => subscribe(() => setState(deliveryState(responseId))), [responseId]);

  const retry = async () => {
    setTrying(true);
    try {
      await flush({ force: true });
    } finally {
      setTrying(false);
    }
  };

  if (!delivery) {
    return (
      <div className="notice delivery delivery--local" role="status">
        <strong>Kept on this device only.</strong> This site is not set up to collect responses, so your answers were
        not sent anywhere. Download them below if you want to keep them or share them.
      </div>
    );
  }
  if (!stored) {
    return (
      <div className="notice notice--problem delivery" role="alert">
        <strong>Could not save your response on this device</strong> (the browser’s storage is full or blocked), so it
        cannot be sent later. Please download it below and pass it to the person who shared the link.
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
      return (
        <div className="notice notice--problem delivery" role="alert">
          <p>
            <strong>Could not send.</strong> The server refused the response{state.lastError ? ` (${state.lastError})` : ''}.
            It is still saved on this device. Download it below and pass it to the person who shared the link.
          </p>
          <button type="button" className="button--quiet" onClick={retry} disabled={trying}>
            {trying ? 'Trying…' : 'Try again'}
          </button>
        </div>
      );
    case 'waiting':
      return (
        <div className="notice delivery delivery--waiting" role="status">
          <p>
            <strong>{state.attempts === 0 ? 'Sending…' : 'Waiting to send.'}</strong>{' '}
            {state.attempts > 0 &&
              `${state.lastError ?? ''} Your response is saved on this device and will be sent automatically${
                state.nextAttemptAt > Date.now() ? ` (next try at ${time(state.nextAttemptAt)})` : ''
              }, even if you close this page and come back to this site later.`}
          </p>
          {state.attempts > 0 && (
            <button type="button" className="button--quiet" onClick={retry} disabled={trying}>
              {trying ? 'Trying…' : 'Try sending now'}
            </button>
          )}
        </div>
      );
    default:
      return (
        <div className="notice delivery delivery--waiting" role="status">
          <strong>Sending…</strong>
        </div>
      );
  }
}
