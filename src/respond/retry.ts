/**
 * When to send a waiting response again. Pure (the clock and the dice are arguments), so the policy is
 * tested with fake timers and no network.
 *
 * Every path has a floor and a ceiling: no answer from a server (Retry-After 0, a date in the past) makes a
 * browser retry more than once a MIN_DELAY_MS, and none (a date weeks ahead) parks a response for longer
 * than MAX_SERVER_WAIT_MS. Schedules are stored as "scheduled at + wait", not as an absolute due time, so a
 * clock set backwards or forwards re-bases them instead of stranding them.
 */

export type Outcome = 'delivered' | 'retry' | 'rejected';

/** 2xx delivers; 408, 429 and 5xx are worth retrying; any other answer means the endpoint refuses it. */
export function classifyStatus(status: number): Outcome {
  if (status >= 200 && status < 300) return 'delivered';
  if (status === 408 || status === 429 || status >= 500) return 'retry';
  return 'rejected';
}

export const MIN_DELAY_MS = 1_000;
export const BASE_DELAY_MS = 2_000;
export const MAX_DELAY_MS = 10 * 60_000;
/** The longest a server's Retry-After can hold a response back. */
export const MAX_SERVER_WAIT_MS = 60 * 60_000;

const clamp = (ms: number, low: number, high: number) => Math.min(high, Math.max(low, ms));

/** Exponential backoff with "equal jitter": half the window fixed, half random, so tabs do not retry in step. */
export function backoffDelay(attempt: number, random: () => number = Math.random): number {
  const window = Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** Math.max(0, attempt - 1));
  return Math.round(window / 2 + random() * (window / 2));
}

/** Retry-After as milliseconds from now (delta-seconds or an HTTP date), within [0, MAX_SERVER_WAIT_MS]; null when absent or unreadable. */
export function retryAfterDelay(header: string | null, now: number): number | null {
  if (!header) return null;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return clamp(Number(trimmed) * 1000, 0, MAX_SERVER_WAIT_MS);
  // HTTP dates end in GMT; Date.parse would otherwise read "1.5" or "-5" as dates.
  if (!/ GMT$/.test(trimmed)) return null;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? null : clamp(date - now, 0, MAX_SERVER_WAIT_MS);
}

export interface Schedule {
  /** Epoch ms of the failed attempt this schedule follows (0: never tried, due at once). */
  scheduledAt: number;
  /** How long after scheduledAt the next automatic attempt is due. */
  wait: number;
  /** The part of `wait` the server asked for (Retry-After); honoured even when everything is tried at once. */
  serverWait: number;
}

export const IMMEDIATELY: Schedule = { scheduledAt: 0, wait: 0, serverWait: 0 };

/**
 * The schedule after a failed attempt: the backoff, or the server's Retry-After when it asks for longer (a
 * server cannot ask for less than the backoff: Retry-After 0 must not become a tight loop).
 */
export function scheduleAfter(
  attempt: number,
  retryAfter: number | null,
  now: number,
  random: () => number = Math.random,
): Schedule {
  const serverWait = clamp(retryAfter ?? 0, 0, MAX_SERVER_WAIT_MS);
  return {
    scheduledAt: now,
    wait: clamp(Math.max(backoffDelay(attempt, random), serverWait), MIN_DELAY_MS, MAX_SERVER_WAIT_MS),
    serverWait,
  };
}

/**
 * Whether a response is due at `now`. `allAtOnce` (coming back online, the first page of a visit) skips the
 * backoff but not the server's Retry-After. A clock now earlier than the failed attempt has jumped back:
 * the response is due, so a skewed clock never parks it.
 */
export function isDue(schedule: Schedule, now: number, allAtOnce = false): boolean {
  if (now < schedule.scheduledAt) return true;
  return now >= schedule.scheduledAt + (allAtOnce ? schedule.serverWait : schedule.wait);
}

/** How long a timer should sleep before the earliest of these is due: never below the floor, never beyond the ceiling (setTimeout overflows past 2^31 - 1 ms). */
export function timerDelay(schedules: readonly Schedule[], now: number): number | null {
  if (schedules.length === 0) return null;
  const soonest = Math.min(...schedules.map((s) => (now < s.scheduledAt ? now : s.scheduledAt + s.wait)));
  return clamp(soonest - now, MIN_DELAY_MS, MAX_DELAY_MS);
}
