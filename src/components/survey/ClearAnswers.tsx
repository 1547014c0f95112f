import { useEffect, useRef, useState } from 'react';
import type { ResponsePayload } from '../../instruments/payload.ts';
import { clearDevice, clearingPlan, type ClearingPlan } from '../../respond/clear-device.ts';
import { pending } from '../../respond/outbox.ts';
import { openDeviceStore } from '../../respond/outbox-store.ts';
import { useSurveyText } from './surveyText.tsx';

interface Props {
  instrumentId: string;
  draftKey: string;
  /** What is open on the page: a survey being answered, a report, or nothing to clear. */
  open: 'answers' | 'results' | null;
  sends: boolean;
  /** Called once the device is cleared, to close whatever was open. */
  onCleared: () => void;
}

type State =
  | { name: 'closed' }
  | { name: 'confirming'; plan: ClearingPlan; waiting: readonly ResponsePayload[] }
  | { name: 'cleared' };

/** The "Clear my answers from this device" control and its confirm step. */
export function ClearAnswers({ instrumentId, draftKey, open, sends, onCleared }: Props) {
  const { language, messages } = useSurveyText();
  const [state, setState] = useState<State>({ name: 'closed' });
  const confirmHeading = useRef<HTMLHeadingElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const status = useRef<HTMLParagraphElement>(null);
  // The keyboard user's focus follows the step: to the question, then to the outcome.
  useEffect(() => {
    if (state.name === 'confirming') confirmHeading.current?.focus();
    if (state.name === 'cleared') status.current?.focus();
  }, [state.name]);

  const ask = async () => {
    const waiting = (await pending())
      .filter((record) => record.payload.instrument.id === instrumentId)
      .map((record) => record.payload);
    const plan = clearingPlan(
      { draft: open === 'answers', results: open === 'results', waiting, sends },
      language,
      messages,
    );
    setState({ name: 'confirming', plan, waiting });
  };
  const cancel = () => {
    setState({ name: 'closed' });
    // Back where the keyboard user was, once the button is rendered again.
    requestAnimationFrame(() => opener.current?.focus());
  };
  const clear = async () => {
    await clearDevice(draftKey, await openDeviceStore(Date.now()));
    onCleared();
    setState({ name: 'cleared' });
  };
  const download = async (waiting: readonly ResponsePayload[]) => {
    const { downloadResponse } = await import('../../respond/download.ts');
    for (const payload of waiting) downloadResponse(payload, 'json');
  };

  return (
    <div className="no-print clear-answers">
      {/* Always there, so the sentence is announced when the answers are cleared. */}
      <p role="status" ref={status} tabIndex={-1}>
        {state.name === 'cleared' && open === null && messages.cleared}
      </p>
      {state.name === 'confirming' ? (
        <div className="clear-answers__confirm" role="group" aria-labelledby="clear-heading">
          <h3 id="clear-heading" ref={confirmHeading} tabIndex={-1}>
            {messages.clearHeading}
          </h3>
          <p>{messages.clearRemoves}</p>
          <ul>
            {state.plan.removed.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          <p>{messages.clearKeeps}</p>
          <ul>
            {state.plan.kept.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          <div className="clear-answers__actions">
            {state.waiting.length > 0 && (
              <button type="button" className="button--quiet" onClick={() => void download(state.waiting)}>
                {messages.clearDownloadWaiting}
              </button>
            )}
            <button type="button" onClick={() => void clear()}>
              {messages.clearConfirm}
            </button>
            <button type="button" className="button--quiet" onClick={cancel}>
              {messages.clearCancel}
            </button>
          </div>
        </div>
      ) : (
        open !== null && (
          <button type="button" ref={opener} className="button--quiet" onClick={() => void ask()}>
            {messages.clearOpen}
          </button>
        )
      )}
    </div>
  );
}
