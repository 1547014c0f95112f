import { useCallback, useEffect, useReducer } from 'react';
import { clearDraft, loadDraft, type Draft } from '../../respond/drafts.ts';
import { initialPhase, nextPhase } from './phase.ts';

/** Set (and announced with START_REQUESTED_EVENT) by the page's inline script when its static Start button is pressed. */
const startRequested = () => document.documentElement.dataset['surveyStartRequested'] === 'true';
const START_REQUESTED_EVENT = 'cultivate:start-requested';
/** The time an event carries, read where the event is made, so that nextPhase stays pure. */
export const now = () => new Date().toISOString();

/**
 * The island's phase (phase.ts), begun from the draft under `draftKey`, with the moves the island's controls
 * make, and moved on by what the page itself signals: a press of its static Start button and a restore from
 * the back/forward cache. The page's listeners are owned here and removed on cleanup.
 */
export function usePhase(draftKey: string, hash: string) {
  const [phase, dispatch] = useReducer(nextPhase, null, () =>
    initialPhase(loadDraft(draftKey, hash), startRequested(), now()),
  );

  // Back after finishing must not show the report (and its downloads) to the next person on a shared device.
  useEffect(() => {
    const forgetReport = (event: PageTransitionEvent) => {
      if (event.persisted) dispatch({ type: 'restored-from-cache' });
    };
    window.addEventListener('pageshow', forgetReport);
    return () => window.removeEventListener('pageshow', forgetReport);
  }, []);

  // The static Start button can be pressed while this island is mounting (after its first state was set,
  // before its own button replaced the static one): honour that press too.
  useEffect(() => {
    const startIfRequested = () => {
      if (startRequested()) dispatch({ type: 'start-requested', now: now() });
    };
    startIfRequested();
    document.addEventListener(START_REQUESTED_EVENT, startIfRequested);
    return () => document.removeEventListener(START_REQUESTED_EVENT, startIfRequested);
  }, []);

  const offered = phase.name === 'ready' ? phase.draft : null;
  const start = (draft: Draft | null) => dispatch({ type: 'start', draft, now: now() });
  const startFresh = () => {
    clearDraft(draftKey);
    // After a reload this entry stands for the last person's page; it becomes a start screen again.
    history.replaceState(null, '');
    start(null);
  };
  const resume = useCallback(() => dispatch({ type: 'start', draft: offered, now: now() }), [offered]);
  const backToStart = useCallback(
    () => dispatch({ type: 'back-to-start', draft: loadDraft(draftKey, hash) }),
    [draftKey, hash],
  );
  const cleared = useCallback(() => dispatch({ type: 'cleared' }), []);

  return { phase, dispatch, offered, start, startFresh, resume, backToStart, cleared };
}
