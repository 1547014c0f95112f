import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { afterEach, vi } from 'vitest';
import {
  BASE_DELAY_MS,
  IMMEDIATELY,
  MAX_DELAY_MS,
  MAX_SERVER_WAIT_MS,
  MIN_DELAY_MS,
  backoffDelay,
  classifyStatus,
  isDue,
  retryAfterDelay,
  scheduleAfter,
  timerDelay,
  type Schedule,
} from '../../src/respond/retry.ts';

const lowest = () => 0;
const highest = () => 1;

describe('classifyStatus', () => {
  it.each([200, 201, 202, 204, 299])('%i: delivered', (status) => {
    expect(classifyStatus(status)).toBe('delivered');
  });

  it.each([408, 429, 500, 502, 503, 504, 599])('%i: worth retrying', (status) => {
    expect(classifyStatus(status)).toBe('retry');
  });

  it.each([400, 401, 403, 404, 405, 409, 410, 413, 415, 422, 301, 304])('%i: rejected by the endpoint', (status) => {
    expect(classifyStatus(status)).toBe('rejected');
  });
});

describe('backoffDelay', () => {
  it('waits between 1 and 2 seconds before the first retry', () => {
    expect(backoffDelay(1, lowest)).toBe(1_000);
    expect(backoffDelay(1, highest)).toBe(2_000);
  });

  it('waits between 2 and 4 seconds before the second retry', () => {
    expect(backoffDelay(2, lowest)).toBe(2_000);
    expect(backoffDelay(2, highest)).toBe(4_000);
  });

  it('doubles the window with every attempt: half fixed, half jitter', () => {
    for (let attempt = 1; attempt <= 8; attempt++) {
      const window = BASE_DELAY_MS * 2 ** (attempt - 1);
      expect(window).toBeLessThanOrEqual(MAX_DELAY_MS);
      expect(backoffDelay(attempt, lowest), `attempt ${attempt}`).toBe(window / 2);
      expect(backoffDelay(attempt, highest), `attempt ${attempt}`).toBe(window);
      expect(
        backoffDelay(attempt, () => 0.5),
        `attempt ${attempt}`,
      ).toBe(Math.round(window * 0.75));
    }
  });

  it('never waits longer than MAX_DELAY_MS, and keeps half of it fixed once capped', () => {
    const capped = Math.ceil(Math.log2(MAX_DELAY_MS / BASE_DELAY_MS)) + 1;
    for (const attempt of [capped, capped + 1, 50, 2_000]) {
      expect(backoffDelay(attempt, highest), `attempt ${attempt}`).toBe(MAX_DELAY_MS);
      expect(backoffDelay(attempt, lowest), `attempt ${attempt}`).toBe(MAX_DELAY_MS / 2);
    }
    // The attempt before the cap is still below it.
    expect(backoffDelay(capped - 1, highest)).toBeLessThan(MAX_DELAY_MS);
  });

  it('treats attempt 0 or less like the first attempt', () => {
    expect(backoffDelay(0, highest)).toBe(backoffDelay(1, highest));
    expect(backoffDelay(-3, lowest)).toBe(backoffDelay(1, lowest));
  });

  it('stays within [window / 2, window] for any random value and attempt (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100 }), fc.double({ min: 0, max: 1, noNaN: true }), (attempt, r) => {
        const window = Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** (attempt - 1));
        const delay = backoffDelay(attempt, () => r);
        expect(delay).toBeGreaterThanOrEqual(window / 2);
        expect(delay).toBeLessThanOrEqual(window);
        expect(Number.isInteger(delay)).toBe(true);
      }),
    );
  });

  it('uses Math.random when no source is given', () => {
    const delay = backoffDelay(1);
    expect(delay).toBeGreaterThanOrEqual(1_000);
    expect(delay).toBeLessThanOrEqual(2_000);
  });
});

describe('retryAfterDelay', () => {
  const now = Date.UTC(2026, 2, 14, 12, 0, 0);
  const httpDate = (ms: number) => new Date(ms).toUTCString();

  it('reads delta-seconds', () => {
    expect(retryAfterDelay('5', now)).toBe(5_000);
    expect(retryAfterDelay('0', now)).toBe(0);
    expect(retryAfterDelay(' 120 ', now)).toBe(120_000);
  });

  it('caps delta-seconds and HTTP dates at MAX_SERVER_WAIT_MS', () => {
    expect(retryAfterDelay(String(7 * 24 * 60 * 60), now)).toBe(MAX_SERVER_WAIT_MS);
    expect(retryAfterDelay('9'.repeat(400), now)).toBe(MAX_SERVER_WAIT_MS);
    expect(retryAfterDelay(httpDate(now + 35 * 24 * 60 * 60_000), now)).toBe(MAX_SERVER_WAIT_MS);
  });

  it('reads an HTTP date as the time left until it', () => {
    const header = httpDate(now + 30_000);
    expect(header).toMatch(/^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/);
    expect(retryAfterDelay(header, now)).toBe(30_000);
  });

  it('gives 0 for an HTTP date in the past', () => {
    expect(retryAfterDelay(httpDate(now - 60_000), now)).toBe(0);
  });

  it.each([
    ['no header', null],
    ['an empty header', ''],
    ['garbage', 'garbage'],
    ['a word and a number', 'soon please'],
  ])('gives null for %s', (_what, header) => {
    expect(retryAfterDelay(header, now)).toBeNull();
  });
});

describe('scheduleAfter', () => {
  const now = Date.UTC(2026, 0, 1);

  it('waits the backoff without a Retry-After', () => {
    expect(scheduleAfter(1, null, now, lowest)).toEqual({
      scheduledAt: now,
      wait: backoffDelay(1, lowest),
      serverWait: 0,
    });
    expect(scheduleAfter(40, null, now, highest).wait).toBe(MAX_DELAY_MS);
  });

  it('waits as long as the server asks when that is longer than the backoff', () => {
    expect(scheduleAfter(1, 5_000, now, highest)).toEqual({ scheduledAt: now, wait: 5_000, serverWait: 5_000 });
  });

  it('never lets Retry-After 0 (or a past date) shorten the backoff below the floor', () => {
    for (const attempt of [1, 2, 5]) {
      const schedule = scheduleAfter(attempt, 0, now, lowest);
      expect(schedule.wait).toBe(Math.max(MIN_DELAY_MS, backoffDelay(attempt, lowest)));
      expect(schedule.wait).toBeGreaterThanOrEqual(MIN_DELAY_MS);
    }
  });

  it('keeps every wait within [MIN_DELAY_MS, MAX_SERVER_WAIT_MS] (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 200 }),
        fc.option(fc.double({ min: -1e15, max: 1e15, noNaN: true })),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (attempt, retryAfter, r) => {
          const { wait, serverWait } = scheduleAfter(attempt, retryAfter, now, () => r);
          expect(wait).toBeGreaterThanOrEqual(MIN_DELAY_MS);
          expect(wait).toBeLessThanOrEqual(MAX_SERVER_WAIT_MS);
          expect(serverWait).toBeLessThanOrEqual(wait);
        },
      ),
    );
  });
});

describe('isDue', () => {
  const at = Date.UTC(2026, 0, 1);
  const schedule: Schedule = { scheduledAt: at, wait: 8_000, serverWait: 3_000 };

  it('is due at once before any attempt', () => {
    expect(isDue(IMMEDIATELY, at)).toBe(true);
  });

  it('waits the whole wait normally, only the server’s part when everything is tried at once', () => {
    expect(isDue(schedule, at + 7_999)).toBe(false);
    expect(isDue(schedule, at + 8_000)).toBe(true);
    expect(isDue(schedule, at + 2_999, true)).toBe(false);
    expect(isDue(schedule, at + 3_000, true)).toBe(true);
  });

  it('treats a clock set back before the failed attempt as due, so the skew never parks a response', () => {
    expect(isDue(schedule, at - 30 * 24 * 60 * 60_000)).toBe(true);
  });
});

describe('timerDelay', () => {
  const now = Date.UTC(2026, 0, 1);

  it('sleeps until the earliest schedule is due, with no schedule meaning no timer', () => {
    expect(timerDelay([], now)).toBeNull();
    expect(
      timerDelay(
        [
          { scheduledAt: now, wait: 9_000, serverWait: 0 },
          { scheduledAt: now - 1_000, wait: 4_000, serverWait: 0 },
        ],
        now,
      ),
    ).toBe(3_000);
  });

  it('never sleeps below the floor, nor beyond the ceiling (setTimeout overflows past 2^31 - 1 ms)', () => {
    expect(timerDelay([IMMEDIATELY], now)).toBe(MIN_DELAY_MS);
    expect(timerDelay([{ scheduledAt: now, wait: 40 * 24 * 60 * 60_000, serverWait: 0 }], now)).toBe(MAX_DELAY_MS);
    expect(timerDelay([{ scheduledAt: now + 60_000, wait: 1_000, serverWait: 0 }], now)).toBe(MIN_DELAY_MS);
  });
});

/**
 * The policy driven as the outbox drives it (a timer per wait, the clock read on each attempt), against a
 * server that always fails, with fake timers: the attempts per hour must stay bounded whatever the server
 * answers and however the clock jumps.
 */
describe('the retry loop, with fake timers', () => {
  afterEach(() => vi.useRealTimers());

  function run(answer: (now: number) => number | null, minutes: number, jump?: { afterMs: number; byMs: number }) {
    vi.useFakeTimers({ now: Date.UTC(2026, 0, 1) });
    const attemptsAt: number[] = [];
    let schedule = IMMEDIATELY;
    let elapsed = 0;
    const tick = () => {
      const now = Date.now();
      if (isDue(schedule, now)) {
        attemptsAt.push(elapsed);
        schedule = scheduleAfter(attemptsAt.length, answer(now), now);
      }
      const delay = timerDelay([schedule], Date.now())!;
      setTimeout(() => {
        elapsed += delay;
        tick();
      }, delay);
    };
    tick();
    for (let ms = 0; ms < minutes * 60_000; ms += 1_000) {
      if (jump && ms === jump.afterMs) vi.setSystemTime(Date.now() + jump.byMs);
      vi.advanceTimersByTime(1_000);
    }
    return attemptsAt;
  }

  it('Retry-After 0 on every answer: no more than one attempt a second, and backing off', () => {
    const attempts = run(() => 0, 60);
    const perSecond = new Map<number, number>();
    for (const at of attempts) perSecond.set(Math.floor(at / 1_000), (perSecond.get(Math.floor(at / 1_000)) ?? 0) + 1);
    expect(Math.max(...perSecond.values())).toBe(1);
    // 1, 2, 4 … s windows capped at 10 min: about a dozen attempts in an hour, never hundreds a second.
    expect(attempts.length).toBeLessThan(20);
  });

  it('a Retry-After date 35 days ahead: the timer still fires (no overflow) and the response is tried within the hour cap', () => {
    const attempts = run((now) => retryAfterDelay(new Date(now + 35 * 24 * 60 * 60_000).toUTCString(), now), 125);
    expect(attempts.length).toBeGreaterThanOrEqual(2);
    expect(attempts[1]! - attempts[0]!).toBeLessThanOrEqual(MAX_SERVER_WAIT_MS + MAX_DELAY_MS);
    expect(attempts[1]! - attempts[0]!).toBeGreaterThanOrEqual(MAX_SERVER_WAIT_MS);
  });

  it('a clock set back a week: retried promptly, then the backoff resumes from the corrected clock', () => {
    const attempts = run(() => null, 30, { afterMs: 20 * 60_000, byMs: -7 * 24 * 60 * 60_000 });
    const afterJump = attempts.filter((at) => at >= 20 * 60_000);
    expect(afterJump.length).toBeGreaterThanOrEqual(1);
    expect(afterJump[0]! - 20 * 60_000).toBeLessThanOrEqual(MAX_DELAY_MS + 1_000);
    expect(afterJump.length).toBeLessThan(5);
  });
});
