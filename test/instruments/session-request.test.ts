import { describe, expect, it, vi } from 'vitest';
import { distributionParameters, distributionParameterSource } from '../../src/instruments/parameters.ts';
import { inLanguage } from '../../src/instruments/languages.ts';
import {
  createSession,
  defaultSessionAddress,
  DEFAULT_SESSION_RESPONSES,
  MIN_SESSION_RESPONSES,
  readSessionReply,
  sessionRequest,
  sessionRequestInit,
  sessionsUrl,
  SessionRequestError,
  sessionProblemText,
  type SessionForm,
} from '../../src/instruments/session-request.ts';
import { linkScriptMessages } from '../../src/i18n/researchers.ts';

const ORIGIN = 'https://cultivate.example.org';
const CODE = 'AbCdEfGhIjKlMnOpQr_-09';
const FACILITATOR = 'T0k3n_-abcdefghijklmnopqrstuvwxyzABCDEFGHIJ';
const instrument = { id: 'cop-self-assessment', parameters: distributionParameters };
const form = (overrides: Partial<SessionForm> = {}): SessionForm => ({
  address: 'https://collector.example.org',
  token: ' read-token ',
  instrument,
  community: ' Maths team ',
  minResponses: String(DEFAULT_SESSION_RESPONSES),
  ...overrides,
});
const created = (overrides: Record<string, unknown> = {}) => ({
  session: CODE,
  instrument: 'cop-self-assessment',
  community: 'Maths team',
  minResponses: 5,
  facilitatorToken: FACILITATOR,
  ...overrides,
});

/** The error a call throws, for checking its message and field. */
function thrown(call: () => unknown): SessionRequestError {
  try {
    call();
  } catch (error) {
    if (error instanceof SessionRequestError) return error;
    throw error;
  }
  throw new Error('expected a SessionRequestError');
}

describe('sessionsUrl', () => {
  it.each([
    ['https://collector.example.org', 'https://collector.example.org/api/sessions'],
    ['https://collector.example.org/', 'https://collector.example.org/api/sessions'],
    ['https://example.org/cultivate/', 'https://example.org/cultivate/api/sessions'],
    ['https://collector.example.org/api/responses', 'https://collector.example.org/api/sessions'],
    ['https://collector.example.org/api/sessions/', 'https://collector.example.org/api/sessions'],
    ['http://127.0.0.1:4398/responses', 'http://127.0.0.1:4398/sessions'],
    ['/api/responses', `${ORIGIN}/api/sessions`],
    ['  https://collector.example.org  ', 'https://collector.example.org/api/sessions'],
  ])('%s → %s', (address, expected) => {
    expect(sessionsUrl(address, ORIGIN).href).toBe(expected);
  });

  it.each([
    ['', /Enter the collector’s address/],
    ['collector.example.org', /is not a URL/],
    ['ftp://collector.example.org', /must start with https:\/\/ or http:\/\//],
    ['https://me:secret@collector.example.org', /user name or password/],
  ])('refuses %j, naming the address field', (address, message) => {
    const error = thrown(() => sessionsUrl(address, ORIGIN));
    expect(error.message).toMatch(message);
    expect(error.field).toBe('address');
  });
});

describe('sessionRequest', () => {
  it('sends the instrument, the normalised community and the smallest number; the token trimmed', () => {
    const request = sessionRequest(form({ community: 'Cafe\u0301 team' }), ORIGIN);
    expect(request.url.href).toBe('https://collector.example.org/api/sessions');
    expect(request.token).toBe('read-token');
    expect(request.body).toEqual({ instrument: 'cop-self-assessment', community: 'Café team', minResponses: 5 });
  });

  it('accepts the least number allowed', () => {
    expect(sessionRequest(form({ minResponses: String(MIN_SESSION_RESPONSES) }), ORIGIN).body.minResponses).toBe(3);
  });

  it.each([
    [{ token: '  ' }, 'token', /read token/],
    [{ community: '' }, 'community', /Enter the community/],
    [{ community: '<b>Maths</b>' }, 'community', /^Community contains characters that are not allowed\.$/],
    [{ community: 'Mаths' }, 'community', /mixes the Latin and Cyrillic scripts/],
    [{ minResponses: '2' }, 'minResponses', /whole number from 3 to 1000/],
    [{ minResponses: '4.5' }, 'minResponses', /whole number/],
    [{ minResponses: '' }, 'minResponses', /whole number/],
    [{ minResponses: '1e3' }, 'minResponses', /whole number/],
    [{ minResponses: '1001' }, 'minResponses', /whole number/],
    [{ instrument: { id: 'x', parameters: [] } }, 'instrument', /carry no community/],
  ] as const)('refuses %j, naming the field', (overrides, field, message) => {
    const error = thrown(() => sessionRequest(form(overrides as Partial<SessionForm>), ORIGIN));
    expect(error.field).toBe(field);
    expect(error.message).toMatch(message);
  });
});

describe('sessionRequestInit', () => {
  it('posts JSON with the token in the Authorization header only', () => {
    const request = sessionRequest(form(), ORIGIN);
    const init = sessionRequestInit(request);
    expect(init).toMatchObject({
      method: 'POST',
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      cache: 'no-store',
      headers: { authorization: 'Bearer read-token', 'content-type': 'application/json' },
    });
    expect(JSON.parse(init.body as string)).toEqual(request.body);
    expect(request.url.href).not.toContain('read-token');
  });
});

describe('readSessionReply', () => {
  const request = sessionRequest(form(), ORIGIN);

  it('a 201 with the session asked for', () => {
    expect(readSessionReply(request, 201, created())).toEqual(created());
  });

  it('401 names the token', () => {
    const error = thrown(() => readSessionReply(request, 401, { error: 'A valid read token is needed.' }));
    expect(error.field).toBe('token');
    expect(error.message).toMatch(/did not accept the read token/);
  });

  it('400 gives the collector’s words and its field', () => {
    const error = thrown(() =>
      readSessionReply(request, 400, { error: '"x" is not an instrument this collector knows.', field: 'instrument' }),
    );
    expect(error.message).toBe('The collector answered 400. "x" is not an instrument this collector knows.');
    expect(error.field).toBe('instrument');
  });

  it('a field the form does not have is not passed on', () => {
    expect(thrown(() => readSessionReply(request, 400, { error: 'No.', field: 'address' })).field).toBeUndefined();
  });

  it('404 suggests the address is no collector that keeps sessions', () => {
    expect(thrown(() => readSessionReply(request, 404, undefined)).message).toMatch(
      /^The collector answered 404\. Is this the address of a Cultivate collector that keeps team sessions\?$/,
    );
  });

  it.each([
    ['a malformed code', created({ session: 'short' })],
    ['a malformed token', created({ facilitatorToken: 'short' })],
    ['another instrument', created({ instrument: 'organizational-readiness' })],
    ['another community', created({ community: 'Science team' })],
    ['no number', created({ minResponses: '5' })],
    ['nothing', undefined],
  ])('a 201 with %s is not taken for the session', (_, body) => {
    expect(thrown(() => readSessionReply(request, 201, body)).message).toMatch(/not with the team session asked for/);
  });
});

describe('createSession', () => {
  const request = sessionRequest(form(), ORIGIN);

  it('posts the request and reads the answer', async () => {
    const fetch = vi.fn<typeof globalThis.fetch>(async () => new Response(JSON.stringify(created()), { status: 201 }));
    await expect(createSession(request, { fetch })).resolves.toEqual(created());
    expect(fetch.mock.calls[0]![0]).toEqual(request.url);
  });

  it('refuses an origin the page’s policy does not allow, before sending anything', async () => {
    const fetch = vi.fn<typeof globalThis.fetch>();
    await expect(createSession(request, { fetch, allowedOrigins: [ORIGIN] })).rejects.toThrow(
      /may talk only to https:\/\/cultivate\.example\.org .*not https:\/\/collector\.example\.org/,
    );
    expect(fetch).not.toHaveBeenCalled();
  });

  it('an unreachable collector is said so', async () => {
    const fetch = vi.fn<typeof globalThis.fetch>(async () => {
      throw new TypeError('Failed to fetch');
    });
    await expect(createSession(request, { fetch })).rejects.toThrow(
      'The collector at https://collector.example.org could not be reached.',
    );
  });

  it('an answer that is not JSON is read by its status', async () => {
    const fetch = vi.fn<typeof globalThis.fetch>(async () => new Response('<html>', { status: 502 }));
    await expect(createSession(request, { fetch })).rejects.toThrow(/^The collector answered 502\.$/);
  });
});

describe('defaultSessionAddress', () => {
  it('is the analysis page’s default for a collector on this site, else the endpoint itself', () => {
    expect(defaultSessionAddress('/api/responses', ORIGIN)).toBe(ORIGIN);
    expect(defaultSessionAddress('https://collector.example.org/api/responses', ORIGIN)).toBe(
      'https://collector.example.org/api/responses',
    );
    expect(defaultSessionAddress('', ORIGIN)).toBe('');
  });
});

describe('the session form’s problems in the page’s language', () => {
  const es = { words: linkScriptMessages.es, language: 'es' as const };
  const spanish = (call: () => unknown) => sessionProblemText(thrown(call).problem, es.words, es.language);

  it('keeps the English message and words the same problem in Spanish', () => {
    const error = thrown(() => sessionsUrl('', ORIGIN));
    expect(error.problem).toEqual({ kind: 'address-missing' });
    expect(error.message).toBe('Enter the collector’s address.');
    expect(sessionProblemText(error.problem, linkScriptMessages.en)).toBe(error.message);
    expect(spanish(() => sessionsUrl('', ORIGIN))).toBe('Escriba la dirección del recolector.');
  });

  it('names the community’s problem with its limit, in Spanish', () => {
    const long = 'a'.repeat(81);
    const error = thrown(() => sessionRequest(form({ community: long }), ORIGIN));
    expect(error.message).toBe('Community is longer than 80 characters.');
    const labelledInSpanish = { ...instrument, parameters: inLanguage(distributionParameterSource, 'es') };
    expect(spanish(() => sessionRequest(form({ instrument: labelledInSpanish, community: long }), ORIGIN))).toBe(
      'Comunidad: el valor tiene más de 80 caracteres.',
    );
  });

  it('words the collector’s answers in Spanish, quoting its own message', () => {
    const request = sessionRequest(form(), ORIGIN);
    expect(spanish(() => readSessionReply(request, 404, { error: 'Not found.' }))).toBe(
      'El recolector respondió 404. Not found. ¿Es esta la dirección de un recolector de Cultivate que guarda sesiones de equipo?',
    );
    expect(spanish(() => sessionRequest(form({ minResponses: '2' }), ORIGIN))).toMatch(
      /^El número mínimo de respuestas debe ser un número entero de 3 a 1000/,
    );
  });

  it('lists the allowed origins in the page’s language', () => {
    const problem = {
      kind: 'origin-not-allowed',
      allowed: ['https://a.example.org', 'https://b.example.org'],
      origin: 'https://c.example.org',
    } as const;
    expect(sessionProblemText(problem)).toBe(
      'This page may talk only to https://a.example.org or https://b.example.org (its security policy), not https://c.example.org. Open the link builder on the collector’s own address.',
    );
    expect(sessionProblemText(problem, es.words, es.language)).toMatch(
      /^Esta página solo puede comunicarse con https:\/\/a\.example\.org o https:\/\/b\.example\.org /,
    );
  });
});
