import { describe, expect, it, vi } from 'vitest';
import {
  checkSession,
  interpretSessionReply,
  refusedForClosedSession,
  sessionIsSent,
  sessionLetsAnswer,
  sessionMessage,
  sessionRefuses,
  sessionStatusUrl,
  type SessionCheck,
} from '../../src/respond/session-status.ts';
import type { DeliveryFailure } from '../../src/respond/delivery-failure.ts';
import { surveyMessages } from '../../src/i18n/survey.ts';

const en = surveyMessages.en;

const CODE = 'AbCdEfGhIjKlMnOpQr_-09';
const INSTRUMENT = 'cop-self-assessment';
const status = (overrides: Record<string, unknown> = {}) => ({
  session: CODE,
  instrument: INSTRUMENT,
  community: 'Maths team',
  open: true,
  ...overrides,
});
const interpret = (httpStatus: number, body: unknown) => interpretSessionReply(CODE, INSTRUMENT, httpStatus, body);

describe('interpretSessionReply', () => {
  it('open and closed sessions of this instrument, with the collector’s community', () => {
    expect(interpret(200, status())).toEqual({ state: 'open', community: 'Maths team' });
    expect(interpret(200, status({ open: false }))).toEqual({ state: 'closed', community: 'Maths team' });
  });

  it('404 (and 410) mean the collector does not know the code, whatever the body', () => {
    expect(interpret(404, { error: 'No such session.' })).toEqual({ state: 'unknown' });
    expect(interpret(404, undefined)).toEqual({ state: 'unknown' });
    expect(interpret(410, undefined)).toEqual({ state: 'unknown' });
  });

  it('another survey’s session is refused as such', () => {
    expect(interpret(200, status({ instrument: 'organizational-readiness' }))).toEqual({ state: 'other-instrument' });
    expect(interpret(200, status({ instrument: 'organizational-readiness', open: false }))).toEqual({
      state: 'other-instrument',
    });
  });

  it.each([500, 502, 503, 429, 401, 400, 0])('status %i says nothing either way: unreachable', (code) => {
    expect(interpret(code, { error: 'x' })).toEqual({ state: 'unreachable' });
  });

  it.each([
    ['no body', undefined],
    ['a captive portal page', '<!doctype html>'],
    ['another session’s status', status({ session: 'ZZZZZZZZZZZZZZZZZZZZZZ' })],
    ['open as a string', status({ open: 'false' })],
    ['no community', status({ community: undefined })],
    ['no instrument', status({ instrument: 42 })],
    ['an array', [status()]],
  ])('a 200 with %s is not taken for the session’s status', (_, body) => {
    expect(interpret(200, body)).toEqual({ state: 'unreachable' });
  });
});

describe('what the page does for each outcome', () => {
  const cases: [SessionCheck | null, boolean, boolean, boolean][] = [
    [null, true, false, false],
    [{ state: 'checking' }, false, false, false],
    [{ state: 'open', community: 'x' }, true, true, false],
    [{ state: 'closed', community: 'x' }, false, false, true],
    [{ state: 'unknown' }, false, false, true],
    [{ state: 'other-instrument' }, false, false, true],
    [{ state: 'unreachable' }, true, true, false],
    [{ state: 'unsupported' }, true, false, false],
  ];
  it.each(cases)('%j: survey offered %s, code sent %s, refused %s', (check, answers, sent, refused) => {
    expect(sessionLetsAnswer(check)).toBe(answers);
    expect(sessionIsSent(check)).toBe(sent);
    expect(sessionRefuses(check)).toBe(refused);
  });

  it('words each outcome as the brief asks', () => {
    expect(sessionMessage({ state: 'open', community: 'Maths team' }, en)).toEqual({
      tone: 'note',
      text: 'You are answering as part of Maths team’s team session; your facilitator sees only the group’s combined answers, never yours.',
    });
    expect(sessionMessage({ state: 'closed', community: 'Maths team' }, en)?.text).toBe(
      'This team session is closed: its facilitator is no longer collecting answers. Nothing you enter here would be counted.',
    );
    expect(sessionMessage({ state: 'unknown' }, en)?.text).toBe(
      'This session link is not known to the collector; it may have been deleted.',
    );
    const other = sessionMessage({ state: 'other-instrument' }, en)!;
    expect(other.text.startsWith('This session link is not known to the collector; it may have been deleted.')).toBe(
      true,
    );
    expect(other.text).toMatch(/another survey/);
    for (const state of ['closed', 'unknown', 'other-instrument'] as const) {
      const message = sessionMessage(state === 'closed' ? { state, community: 'x' } : { state }, en)!;
      expect(message.tone).toBe('problem');
      expect(message.heading).toBeTruthy();
    }
    expect(sessionMessage({ state: 'unreachable' }, en)?.text).toMatch(/could not be reached.*You can still answer/);
  });

  it('puts the collector’s community in as it is: the page renders it as text', () => {
    const community = '<img src=x onerror=alert(1)>';
    expect(sessionMessage({ state: 'open', community }, en)?.text).toContain(community);
  });
});

describe('checkSession', () => {
  const reply = (httpStatus: number, body?: unknown) =>
    vi.fn<typeof fetch>(async () =>
      body === undefined
        ? new Response(null, { status: httpStatus })
        : new Response(JSON.stringify(body), { status: httpStatus, headers: { 'content-type': 'application/json' } }),
    );

  it('asks {sessions}/{code} with no credentials, no referrer and no cache', async () => {
    const fetch = reply(200, status());
    await expect(checkSession('https://c.example.org/api/sessions', CODE, INSTRUMENT, { fetch })).resolves.toEqual({
      state: 'open',
      community: 'Maths team',
    });
    const [url, init] = fetch.mock.calls[0]!;
    expect(url).toBe(`https://c.example.org/api/sessions/${CODE}`);
    expect(init).toMatchObject({ credentials: 'omit', referrerPolicy: 'no-referrer', cache: 'no-store' });
    expect(init?.method ?? 'GET').toBe('GET');
  });

  it('asks a site-relative sessions path as is', async () => {
    const fetch = reply(404, { error: 'Unknown session.' });
    await expect(checkSession('/api/sessions/', CODE, INSTRUMENT, { fetch })).resolves.toEqual({ state: 'unknown' });
    expect(fetch.mock.calls[0]![0]).toBe(`/api/sessions/${CODE}`);
  });

  it('a 404 without a JSON body is still unknown', async () => {
    await expect(checkSession('/api/sessions', CODE, INSTRUMENT, { fetch: reply(404) })).resolves.toEqual({
      state: 'unknown',
    });
  });

  it('a network failure or a timeout lets the respondent answer', async () => {
    const offline = vi.fn<typeof fetch>(async () => {
      throw new TypeError('Failed to fetch');
    });
    await expect(checkSession('/api/sessions', CODE, INSTRUMENT, { fetch: offline })).resolves.toEqual({
      state: 'unreachable',
    });
    const hanging = vi.fn<typeof fetch>(
      (_, init) =>
        new Promise((_resolve, reject) =>
          init?.signal?.addEventListener('abort', () => reject(init.signal!.reason as Error)),
        ),
    );
    await expect(checkSession('/api/sessions', CODE, INSTRUMENT, { fetch: hanging, timeoutMs: 10 })).resolves.toEqual({
      state: 'unreachable',
    });
  });

  it('a 200 that is not JSON is unreachable, not open', async () => {
    const portal = vi.fn<typeof fetch>(async () => new Response('<!doctype html><p>Wi-Fi</p>', { status: 200 }));
    await expect(checkSession('/api/sessions', CODE, INSTRUMENT, { fetch: portal })).resolves.toEqual({
      state: 'unreachable',
    });
  });
});

describe('sessionStatusUrl', () => {
  it('joins the base and the code with one slash', () => {
    expect(sessionStatusUrl('/api/sessions', CODE)).toBe(`/api/sessions/${CODE}`);
    expect(sessionStatusUrl('http://127.0.0.1:4398/sessions/', CODE)).toBe(`http://127.0.0.1:4398/sessions/${CODE}`);
  });
});

describe('refusedForClosedSession', () => {
  const answered = (status: number, statusText = ''): DeliveryFailure => ({ kind: 'answered', status, statusText });

  it('is a 409 refusal of a response sent in a session', () => {
    expect(refusedForClosedSession(CODE, answered(409, 'Conflict'))).toBe(true);
    expect(refusedForClosedSession(CODE, answered(409))).toBe(true);
  });

  it('is not any other refusal, nor a 409 of a response sent in none', () => {
    expect(refusedForClosedSession(CODE, answered(400, 'Bad Request'))).toBe(false);
    expect(refusedForClosedSession(CODE, null)).toBe(false);
    expect(refusedForClosedSession(undefined, answered(409, 'Conflict'))).toBe(false);
    expect(refusedForClosedSession(CODE, answered(4090))).toBe(false);
    expect(refusedForClosedSession(CODE, { kind: 'unconfirmed', status: 409 })).toBe(false);
  });

  it('never reads a status out of words: an earlier build’s sentence, or a 409 statusText, is no 409', () => {
    expect(refusedForClosedSession(CODE, 'The server answered 409 Conflict.')).toBe(false);
    expect(refusedForClosedSession(CODE, answered(400, 'answered 409'))).toBe(false);
  });
});
