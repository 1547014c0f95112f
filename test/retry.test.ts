import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BASE_DELAY_MS, MAX_DELAY_MS, backoffDelay, classifyStatus, nextDelay, retryAfterDelay } from '../src/respond/retry.ts';

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
      expect(backoffDelay(attempt, () => 0.5), `attempt ${attempt}`).toBe(Math.round(window * 0.75));
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

  it('caps delta-seconds at one day', () => {
    expect(retryAfterDelay(String(7 * 24 * 60 * 60), now)).toBe(24 * 60 * 60_000);
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

describe('nextDelay', () => {
  it('prefers the server’s Retry-After over the backoff', () => {
    expect(nextDelay(1, 5_000, highest)).toBe(5_000);
    expect(nextDelay(9, 5_000, lowest)).toBe(5_000);
  });

  it('respects a Retry-After of 0 (retry now) rather than falling back to the backoff', () => {
    expect(nextDelay(3, 0, highest)).toBe(0);
  });

  it('falls back to the backoff without a Retry-After', () => {
    expect(nextDelay(1, null, lowest)).toBe(backoffDelay(1, lowest));
    expect(nextDelay(2, null, highest)).toBe(backoffDelay(2, highest));
    expect(nextDelay(40, null, highest)).toBe(MAX_DELAY_MS);
  });

  it('works with what retryAfterDelay reads', () => {
    const now = Date.UTC(2026, 0, 1);
    expect(nextDelay(1, retryAfterDelay('7', now), lowest)).toBe(7_000);
    expect(nextDelay(1, retryAfterDelay('not a date', now), lowest)).toBe(1_000);
  });
});
