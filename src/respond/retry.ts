/**
 * When to send a waiting response again. Pure, so the policy is tested without a network.
 */

export type Outcome = 'delivered' | 'retry' | 'rejected';

/** 2xx delivers; 408, 429 and 5xx are worth retrying; any other answer means the endpoint refuses it. */
export function classifyStatus(status: number): Outcome {
  if (status >= 200 && status < 300) return 'delivered';
  if (status === 408 || status === 429 || status >= 500) return 'retry';
  return 'rejected';
}

export const BASE_DELAY_MS = 2_000;
export const MAX_DELAY_MS = 10 * 60_000;

/** Exponential backoff with "equal jitter": half the window fixed, half random, so tabs do not retry in step. */
export function backoffDelay(attempt: number, random: () => number = Math.random): number {
  const window = Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** Math.max(0, attempt - 1));
  return Math.round(window / 2 + random() * (window / 2));
}

/** Retry-After as milliseconds from now: delta-seconds or an HTTP date; null when absent or unreadable. */
export function retryAfterDelay(header: string | null, now: number): number | null {
  if (!header) return null;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Math.min(Number(trimmed) * 1000, 24 * 60 * 60_000);
  // HTTP dates end in GMT; Date.parse would otherwise read "1.5" or "-5" as dates.
  if (!/ GMT$/.test(trimmed)) return null;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

/** The wait before the next attempt: the server's Retry-After when it gives one, else the backoff. */
export function nextDelay(attempt: number, retryAfter: number | null, random: () => number = Math.random): number {
  return retryAfter ?? backoffDelay(attempt, random);
}
