/**
 * "Clear my answers from this device": what it removes, what it leaves, and the removal itself. It removes
 * one instrument's draft and the device's notes of which responses were delivered (a delivered response's
 * answers already left the outbox when it was sent). Responses still waiting to be sent are never removed
 * here: losing them would lose data the respondent meant to give, so the respondent is told they stay and
 * may download them first.
 */
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

const count = (n: number, one: string, many: string) => (n === 1 ? `1 ${one}` : `${n} ${many}`);

/** The plain-words lists the confirm step shows: exactly what goes and what stays. Pure. */
export function clearingPlan({ draft, results, waiting, sends }: DeviceCopy): ClearingPlan {
  const removed = [
    ...(draft ? ['The answers you have given so far on this survey.'] : []),
    ...(results ? ['Your results on this page.'] : []),
    ...(sends ? ['The note on this device of which finished answers were sent, for every survey on this site.'] : []),
  ];
  const kept = [
    sends
      ? 'Answers that were already sent. To take them back, contact the people running the study and give your response ID.'
      : 'Nothing is kept anywhere else: this site does not send answers off this device.',
    ...(waiting.length > 0
      ? [
          `${count(waiting.length, 'finished response', 'finished responses')} still waiting to be sent. ${waiting.length === 1 ? 'It stays' : 'They stay'} on this device until ${waiting.length === 1 ? 'it is' : 'they are'} sent. You can download ${waiting.length === 1 ? 'it' : 'them'} first.`,
        ]
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
