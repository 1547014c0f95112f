/**
 * A delivery failure in the page's words. Apart from the failure itself (delivery-failure.ts), so the outbox that
 * runs on every page carries no wording.
 */
import { fill } from '../i18n/catalogue.ts';
import type { SurveyMessages } from '../i18n/survey.ts';
import { statusLine, type RecordedFailure } from './delivery-failure.ts';

export type FailureMessages = Pick<
  SurveyMessages,
  'failureAnswered' | 'failureUnconfirmed' | 'failureTimedOut' | 'failureUnreachable'
>;

/** A failure in the page's language; a sentence from an earlier build, as it is. */
export function failureText(failure: RecordedFailure, messages: FailureMessages): string {
  if (typeof failure === 'string') return failure;
  switch (failure.kind) {
    case 'answered':
      return fill(messages.failureAnswered, { status: statusLine(failure.status, failure.statusText) });
    case 'unconfirmed':
      return fill(messages.failureUnconfirmed, { status: failure.status });
    case 'timed-out':
      return messages.failureTimedOut;
    case 'unreachable':
      return messages.failureUnreachable;
  }
}
