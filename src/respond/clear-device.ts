/**
 * "Clear my answers from this device": what it removes, what it leaves, and the removal itself. It removes
 * one instrument's draft and the device's notes of which responses were delivered (a delivered response's
 * answers already left the outbox when it was sent). Responses still waiting to be sent are never removed
 * here: losing them would lose data the respondent meant to give, so the respondent is told they stay and
 * may download them first.
 */
import { countOf } from '../i18n/catalogue.ts';
import type { SurveyMessages } from '../i18n/survey.ts';
import type { Language } from '../instruments/languages.ts';
import type { ResponsePayload } from '../instruments/payload.ts';
import { clearDraft } from './drafts.ts';
import type { OutboxStore } from './outbox-store.ts';

export interface DeviceCopy {
  /** Whether this instrument's unfinished answers are kept here (or a survey is open on the page). */
  draft: boolean;
  /** Whether the page shows a finished response's results. */
  results: boolean;
  /** This instrument's finished responses still on the device, waiting to be sent (or refused). */
  waiting: readonly ResponsePayload[];
  /** Whether this build sends this instrument's responses anywhere. */
  sends: boolean;
}

export interface ClearingPlan {
  removed: string[];
  kept: string[];
}

/** The survey catalogue's messages for the confirm step's lists. */
export type ClearingMessages = Pick<
  SurveyMessages,
  | 'removesDraft'
  | 'removesResults'
  | 'removesSentNotes'
  | 'keepsSent'
  | 'keepsNothing'
  | 'keepsWaitingOne'
  | 'keepsWaitingOther'
>;

/** The plain-words lists the confirm step shows, in the page's language: exactly what goes and what stays. Pure. */
export function clearingPlan(
  { draft, results, waiting, sends }: DeviceCopy,
  language: Language,
  messages: ClearingMessages,
): ClearingPlan {
  const removed = [
    ...(draft ? [messages.removesDraft] : []),
    ...(results ? [messages.removesResults] : []),
    ...(sends ? [messages.removesSentNotes] : []),
  ];
  const kept = [
    sends ? messages.keepsSent : messages.keepsNothing,
    ...(waiting.length > 0
      ? [countOf(language, waiting.length, { one: messages.keepsWaitingOne, other: messages.keepsWaitingOther })]
      : []),
  ];
  return { removed, kept };
}

/**
 * Removes the draft and every delivered-response note. `store` is the device's outbox store (null when the
 * browser refuses one); its waiting responses are left alone. Notes are not tagged by instrument, so all go:
 * they only make a status say "Sent", and a waiting response never depends on them.
 */
export async function clearDevice(draftKey: string, store: OutboxStore | null): Promise<void> {
  clearDraft(draftKey);
  await store?.forgetSentBefore(Number.POSITIVE_INFINITY);
}
