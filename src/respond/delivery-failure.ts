/**
 * Why a response has not been delivered yet, as data: the outbox stores it, and each page words it in its own
 * language when it shows it (failure-text.ts), so a respondent never reads the outbox's words in another language
 * and no logic depends on a sentence. Pure and light, with no words of its own: the outbox on every page reads it.
 */

export type DeliveryFailure =
  /** The server answered a status that does not deliver it (a refusal, or a fault that is retried). */
  | { kind: 'answered'; status: number; statusText: string }
  /** The server answered 2xx, but without the receipt that proves it kept the response. */
  | { kind: 'unconfirmed'; status: number }
  | { kind: 'timed-out' }
  | { kind: 'unreachable' };

/**
 * A failure as records hold it: builds before this one stored an English sentence instead ("The server answered
 * 409 Conflict."), which is still shown as it was written, never lost.
 */
export type RecordedFailure = DeliveryFailure | string;

/** An HTTP status as a researcher quotes it: the code, and the server's status text when it sent one ("409 Conflict"). */
export const statusLine = (status: number, statusText: string): string =>
  statusText ? `${status} ${statusText}` : `${status}`;

/** The status the server answered, when it answered one that did not deliver the response. */
export const answeredStatus = (failure: RecordedFailure | null): number | null =>
  typeof failure === 'object' && failure?.kind === 'answered' ? failure.status : null;

const isStatus = (value: unknown): value is number => Number.isInteger(value);

/**
 * A stored failure read defensively, since storage outlives builds and can be altered: null unless it is one
 * this build can word.
 */
export function readFailure(value: unknown): DeliveryFailure | null {
  if (typeof value !== 'object' || value === null) return null;
  const stored = value as Record<string, unknown>;
  switch (stored['kind']) {
    case 'answered':
      return isStatus(stored['status'])
        ? {
            kind: 'answered',
            status: stored['status'],
            statusText: typeof stored['statusText'] === 'string' ? stored['statusText'] : '',
          }
        : null;
    case 'unconfirmed':
      return isStatus(stored['status']) ? { kind: 'unconfirmed', status: stored['status'] } : null;
    case 'timed-out':
    case 'unreachable':
      return { kind: stored['kind'] };
    default:
      return null;
  }
}
