import { describe, expect, it } from 'vitest';
import { fill } from '../../src/i18n/catalogue.ts';
import { surveyMessages } from '../../src/i18n/survey.ts';
import { LANGUAGES } from '../../src/instruments/languages.ts';
import { answeredStatus, readFailure, statusLine, type DeliveryFailure } from '../../src/respond/delivery-failure.ts';
import { failureText } from '../../src/respond/failure-text.ts';
import { failureOf, readRecord, type OutboxRecord } from '../../src/respond/outbox-store.ts';
import { IMMEDIATELY } from '../../src/respond/retry.ts';

const FAILURES: DeliveryFailure[] = [
  { kind: 'answered', status: 409, statusText: 'Conflict' },
  { kind: 'answered', status: 503, statusText: '' },
  { kind: 'unconfirmed', status: 200 },
  { kind: 'timed-out' },
  { kind: 'unreachable' },
];

/** The sentences earlier builds stored in `lastError`, as devices may still hold them. */
const EARLIER_SENTENCES = [
  'The server answered 409 Conflict.',
  'The server answered 200, but its answer did not confirm receipt.',
  'The server did not answer in time.',
  'The network could not reach the server.',
];

describe('failureText', () => {
  for (const language of LANGUAGES) {
    const messages = surveyMessages[language];

    it(`words each failure from the ${language} catalogue, the status code and the server's text in the sentence`, () => {
      expect(failureText(FAILURES[0]!, messages)).toBe(fill(messages.failureAnswered, { status: '409 Conflict' }));
      expect(failureText(FAILURES[1]!, messages)).toBe(fill(messages.failureAnswered, { status: '503' }));
      expect(failureText(FAILURES[2]!, messages)).toBe(fill(messages.failureUnconfirmed, { status: 200 }));
      expect(failureText(FAILURES[3]!, messages)).toBe(messages.failureTimedOut);
      expect(failureText(FAILURES[4]!, messages)).toBe(messages.failureUnreachable);
    });

    it(`shows an earlier build's sentence as it is, on a ${language} page`, () => {
      for (const sentence of EARLIER_SENTENCES) expect(failureText(sentence, messages)).toBe(sentence);
    });
  }

  it('words them in Spanish on Spanish pages: no English sentence of the outbox is left', () => {
    const es = surveyMessages.es;
    expect(failureText(FAILURES[0]!, es)).toBe('El servidor respondió con el código 409 Conflict.');
    expect(failureText(FAILURES[2]!, es)).toContain('200');
    for (const failure of FAILURES) {
      const text = failureText(failure, es);
      expect(text).not.toBe(failureText(failure, surveyMessages.en));
      expect(text).not.toMatch(/\b(server|answered|network|receipt|time)\b/i);
    }
  });
});

describe('statusLine', () => {
  it('is the code, with the server’s status text when it sent one (HTTP/2 sends none)', () => {
    expect(statusLine(409, 'Conflict')).toBe('409 Conflict');
    expect(statusLine(409, '')).toBe('409');
  });
});

describe('answeredStatus', () => {
  it('is the status a server answered, and nothing for other failures or an earlier build’s sentence', () => {
    expect(answeredStatus(FAILURES[0]!)).toBe(409);
    expect(answeredStatus({ kind: 'unconfirmed', status: 200 })).toBeNull();
    expect(answeredStatus({ kind: 'unreachable' })).toBeNull();
    expect(answeredStatus('The server answered 409 Conflict.')).toBeNull();
    expect(answeredStatus(null)).toBeNull();
  });
});

describe('reading stored failures', () => {
  it('reads back every failure this build stores', () => {
    for (const failure of FAILURES) expect(readFailure(structuredClone(failure))).toEqual(failure);
  });

  it('reads anything else as no failure rather than failing', () => {
    for (const stored of [undefined, null, 'text', 42, {}, { kind: 'answered' }, { kind: 'answered', status: '409' }])
      expect(readFailure(stored)).toBeNull();
    expect(readFailure({ kind: 'answered', status: 409 })).toEqual({ kind: 'answered', status: 409, statusText: '' });
  });

  const record = {
    id: 'r',
    payload: {} as OutboxRecord['payload'],
    attempts: 3,
    schedule: IMMEDIATELY,
    state: 'rejected',
  } as const;

  it('keeps an earlier build’s record, its response and its English sentence, when it has no structured failure', () => {
    // Earlier builds' records have no `failure` field at all.
    const earlier = { ...record, lastError: EARLIER_SENTENCES[0]! } as unknown as OutboxRecord;
    const read = readRecord(earlier);
    expect(read).toEqual({ ...record, failure: null, lastError: EARLIER_SENTENCES[0] });
    expect(failureText(failureOf(read)!, surveyMessages.es)).toBe(EARLIER_SENTENCES[0]);
  });

  it('keeps this build’s record as written, and drops only what it cannot read', () => {
    const failure = FAILURES[0]!;
    const read = readRecord({ ...record, failure, lastError: null });
    expect(read).toEqual({ ...record, failure, lastError: null });
    expect(failureOf(read)).toEqual(failure);
    expect(readRecord({ ...record, failure: { kind: 'x' }, lastError: 7 } as unknown as OutboxRecord)).toEqual({
      ...record,
      failure: null,
      lastError: null,
    });
  });
});
