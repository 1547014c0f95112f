/**
 * The survey island's phases as a pure state machine: offered a start (or a draft to resume), answering,
 * done. Kept apart from React so every transition is unit-tested.
 */
import type { ResponsePayload } from '../../instruments/payload.ts';
import type { Draft } from '../../respond/drafts.ts';
import type { DeliveryState } from '../../respond/outbox.ts';
import { sessionLetsAnswer, sessionRefuses, type SessionCheck } from '../../respond/session-status.ts';
import type { SurveyScreen } from './surveyScreen.ts';

/** Where the outbox holds a response; null when this build sends nothing. */
export type KeptIn = Extract<DeliveryState, { kept: unknown }>['kept'] | null;

export type Phase =
  | { name: 'ready'; draft: Draft | null }
  | { name: 'answering'; startedAt: string }
  | { name: 'done'; payload: ResponsePayload; kept: KeptIn };

export type PhaseEvent =
  /** The respondent pressed Start, Continue or Start fresh; `draft` is the one they chose to continue. */
  | { type: 'start'; draft: Draft | null; now: string }
  /** The page's static Start button was pressed before this island could take the press itself. */
  | { type: 'start-requested'; now: string }
  | { type: 'completed'; payload: ResponsePayload; kept: KeptIn }
  /** Back/forward cache restore: the report (and its downloads) must not greet the next person. */
  | { type: 'restored-from-cache' }
  /** The respondent cleared their answers from this device: whatever was open closes. */
  | { type: 'cleared' }
  /** Back from the first survey page: the start screen again, offering the draft just saved. */
  | { type: 'back-to-start'; draft: Draft | null };

export function initialPhase(draft: Draft | null, startRequested: boolean, now: string): Phase {
  return !draft && startRequested ? { name: 'answering', startedAt: now } : { name: 'ready', draft };
}

export function nextPhase(phase: Phase, event: PhaseEvent): Phase {
  switch (event.type) {
    case 'start':
      return phase.name === 'ready' ? { name: 'answering', startedAt: event.draft?.startedAt ?? event.now } : phase;
    case 'start-requested':
      // A waiting draft asks its own question first: whose answers are these?
      return phase.name === 'ready' && !phase.draft ? { name: 'answering', startedAt: event.now } : phase;
    case 'completed':
      return phase.name === 'answering' ? { name: 'done', payload: event.payload, kept: event.kept } : phase;
    case 'restored-from-cache':
      return phase.name === 'done' ? { name: 'ready', draft: null } : phase;
    case 'cleared':
      return { name: 'ready', draft: null };
    case 'back-to-start':
      return phase.name === 'answering' ? { name: 'ready', draft: event.draft } : phase;
  }
}

/** What the page around the island shows (surveyScreen.ts) in `phase`, given the link's session as the collector sees it. */
export function screenFor(phase: Phase, session: SessionCheck | null): SurveyScreen {
  if (sessionRefuses(session)) return 'refused';
  // While the session is being checked the survey is not offered yet.
  if (!sessionLetsAnswer(session)) return 'start';
  if (phase.name === 'answering') return 'answering';
  if (phase.name === 'done') return 'report';
  return phase.draft ? 'resume' : 'start';
}
