/**
 * Creating a team session from the link builder: `POST {sessions}` to the collector the facilitator runs, with
 * its read token. What is sent is checked here first, the collector's answer is read strictly, and every
 * failure becomes a SessionProblem, which the page words in its language and shows as text. The token goes only in the Authorization header, never
 * in a URL, and is never stored.
 */
import { defaultCollectorAddress } from './collector-export.ts';
import { DEFAULT_SESSION_RESPONSES, FACILITATOR_TOKEN, MIN_SESSION_RESPONSES, SESSION_CODE } from './team-session.ts';
import { fill } from '../i18n/catalogue.ts';
import type { Language } from './languages.ts';
import {
  normalizeLinkValue,
  valueProblem,
  valueProblemText,
  VALUE_PROBLEM_WORDS,
  type ValueProblem,
} from './link-parameters.ts';
import type { LinkParameter } from './types.ts';

export { DEFAULT_SESSION_RESPONSES, MIN_SESSION_RESPONSES };

/**
 * The collector address to offer: as the analysis page computes it (this site's own collector when responses
 * are posted to a path here), else the address this site posts responses to, whose sessions the respondent's
 * page will ask about.
 */
export function defaultSessionAddress(endpoint: string, origin: string): string {
  return defaultCollectorAddress(endpoint, origin) || (/^https?:\/\//.test(endpoint) ? endpoint : '');
}

/** The largest smallest-number a session may ask for: a team bigger than this is no team conversation. */
export const MAX_SESSION_RESPONSES = 1000;

/** Why a team session was not created, with the values its wording names. */
export type SessionProblem =
  | { kind: 'address-missing' }
  | { kind: 'address-not-url'; address: string }
  | { kind: 'address-scheme'; protocol: string }
  | { kind: 'address-credentials' }
  | { kind: 'token-missing' }
  | { kind: 'no-community' }
  | { kind: 'community-missing'; label: string }
  | { kind: 'community-invalid'; label: string; problem: ValueProblem }
  | { kind: 'min-responses'; min: number; max: number }
  | { kind: 'token-refused' }
  /** `error` is the collector's own message, quoted as it gave it; `notCollector` when the address may be no collector's. */
  | { kind: 'collector-refused'; status: number; error: string | null; notCollector: boolean }
  | { kind: 'not-a-session'; origin: string }
  | { kind: 'origin-not-allowed'; allowed: readonly string[]; origin: string }
  | { kind: 'unreachable'; origin: string };

/**
 * The English wording of each SessionProblem, with the value problems' (for the community). The link builder's
 * catalogue takes it as its English side (src/i18n/researchers.ts), so the English is written once, here.
 */
export const SESSION_PROBLEM_WORDS = {
  ...VALUE_PROBLEM_WORDS,
  sessionAddressMissing: 'Enter the collector’s address.',
  sessionAddressNotUrl: 'The collector address “{address}” is not a URL (e.g. https://collector.example.org).',
  sessionAddressScheme: 'The collector address must start with https:// or http://, not {protocol}',
  sessionAddressCredentials:
    'The collector address must not carry a user name or password; the token is given on its own.',
  sessionTokenMissing: 'Enter the collector’s read token.',
  sessionNoCommunity: 'This instrument’s links carry no community, so it cannot be used for a team session.',
  sessionCommunityMissing: 'Enter the {label}.',
  sessionCommunityInvalid: '{label} {problem}.',
  sessionMinResponses:
    'The smallest number shown must be a whole number from {min} to {max}: below {min}, one person’s answers could be told from the group’s.',
  sessionTokenRefused:
    'The collector did not accept the read token. Check COLLECTOR_TOKEN (or data/collector-token beside its database).',
  sessionCollectorAnswered: 'The collector answered {status}.',
  sessionNotCollector: 'Is this the address of a Cultivate collector that keeps team sessions?',
  sessionNotASession:
    '{origin} answered, but not with the team session asked for. Is this the address of a Cultivate collector?',
  sessionOriginNotAllowed:
    'This page may talk only to {allowed} (its security policy), not {origin}. Open the link builder on the collector’s own address.',
  sessionUnreachable: 'The collector at {origin} could not be reached.',
} as const;

export type SessionProblemWords = { readonly [K in keyof typeof SESSION_PROBLEM_WORDS]: string };

/** A session problem in the words given (a page's language's; English by default). */
export function sessionProblemText(
  problem: SessionProblem,
  words: SessionProblemWords = SESSION_PROBLEM_WORDS,
  language: Language = 'en',
): string {
  switch (problem.kind) {
    case 'address-missing':
      return words.sessionAddressMissing;
    case 'address-not-url':
      return fill(words.sessionAddressNotUrl, { address: problem.address });
    case 'address-scheme':
      return fill(words.sessionAddressScheme, { protocol: problem.protocol });
    case 'address-credentials':
      return words.sessionAddressCredentials;
    case 'token-missing':
      return words.sessionTokenMissing;
    case 'no-community':
      return words.sessionNoCommunity;
    case 'community-missing':
      return fill(words.sessionCommunityMissing, { label: problem.label.toLocaleLowerCase(language) });
    case 'community-invalid':
      return fill(words.sessionCommunityInvalid, {
        label: problem.label,
        problem: valueProblemText(problem.problem, words, language),
      });
    case 'min-responses':
      return fill(words.sessionMinResponses, { min: problem.min, max: problem.max });
    case 'token-refused':
      return words.sessionTokenRefused;
    case 'collector-refused':
      // Whole sentences one after another: the collector's own message sits between two of the page's.
      return [
        fill(words.sessionCollectorAnswered, { status: problem.status }),
        problem.error,
        problem.notCollector ? words.sessionNotCollector : null,
      ]
        .filter((sentence) => sentence !== null)
        .join(' ');
    case 'not-a-session':
      return fill(words.sessionNotASession, { origin: problem.origin });
    case 'origin-not-allowed':
      return fill(words.sessionOriginNotAllowed, {
        allowed: new Intl.ListFormat(language, { type: 'disjunction' }).format(problem.allowed),
        origin: problem.origin,
      });
    case 'unreachable':
      return fill(words.sessionUnreachable, { origin: problem.origin });
  }
}

/**
 * A failure the facilitator can act on: its problem (which a page words in its language; the message is the
 * English) and, when it concerns one, the form field.
 */
export class SessionRequestError extends Error {
  override name = 'SessionRequestError';
  constructor(
    readonly problem: SessionProblem,
    readonly field?: SessionField,
  ) {
    super(sessionProblemText(problem));
  }
}

export type SessionField = 'address' | 'token' | 'instrument' | 'community' | 'minResponses';

/** What the form holds, as typed. */
export interface SessionForm {
  address: string;
  token: string;
  instrument: { id: string; parameters: readonly LinkParameter[] };
  community: string;
  minResponses: string;
}

/** A checked request: where it goes and what it sends. */
export interface SessionRequest {
  url: URL;
  token: string;
  body: { instrument: string; community: string; minResponses: number };
}

/** What the collector made. */
export interface CreatedSession {
  session: string;
  instrument: string;
  community: string;
  minResponses: number;
  facilitatorToken: string;
}

/**
 * The collector's sessions address from the address the facilitator gave: a response endpoint
 * (`…/responses`, as this site posts to) has its last segment made `sessions`, as the respondent's page
 * finds the session; a sessions address is kept; anything else is taken for the collector's root, under
 * which `/api/sessions` is (what `npm start` serves). A relative path is on `origin`.
 */
export function sessionsUrl(address: string, origin: string): URL {
  const given = address.trim();
  if (given === '') throw new SessionRequestError({ kind: 'address-missing' }, 'address');
  const relative = given.startsWith('/') && !given.startsWith('//');
  if (!relative && !URL.canParse(given))
    throw new SessionRequestError({ kind: 'address-not-url', address: given }, 'address');
  const url = new URL(given, origin);
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new SessionRequestError({ kind: 'address-scheme', protocol: url.protocol }, 'address');
  if (url.username || url.password) throw new SessionRequestError({ kind: 'address-credentials' }, 'address');
  const path = url.pathname.replace(/\/+$/, '');
  let sessions: string;
  if (/(^|\/)responses$/.test(path)) sessions = `${path.slice(0, -'responses'.length)}sessions`;
  else if (/(^|\/)sessions$/.test(path)) sessions = path;
  else sessions = `${path}/api/sessions`;
  return new URL(sessions, url.origin);
}

/**
 * The form checked as the collector will check it: the community as the instrument's own `community`
 * parameter (the respondent link carries it), the smallest number shown a whole number of at least
 * MIN_SESSION_RESPONSES. The first problem is thrown, naming its field.
 */
export function sessionRequest(form: SessionForm, origin: string): SessionRequest {
  const url = sessionsUrl(form.address, origin);
  const token = form.token.trim();
  if (token === '') throw new SessionRequestError({ kind: 'token-missing' }, 'token');
  const parameter = form.instrument.parameters.find((candidate) => candidate.name === 'community');
  if (!parameter) throw new SessionRequestError({ kind: 'no-community' }, 'instrument');
  const { label } = parameter;
  const community = normalizeLinkValue(form.community);
  if (community === '') throw new SessionRequestError({ kind: 'community-missing', label }, 'community');
  const problem = valueProblem(parameter, community);
  if (problem) throw new SessionRequestError({ kind: 'community-invalid', label, problem }, 'community');
  const typed = form.minResponses.trim();
  const minResponses = Number(typed);
  if (
    !/^\d+$/.test(typed) ||
    !Number.isSafeInteger(minResponses) ||
    minResponses < MIN_SESSION_RESPONSES ||
    minResponses > MAX_SESSION_RESPONSES
  ) {
    throw new SessionRequestError(
      { kind: 'min-responses', min: MIN_SESSION_RESPONSES, max: MAX_SESSION_RESPONSES },
      'minResponses',
    );
  }
  return { url, token, body: { instrument: form.instrument.id, community, minResponses } };
}

/** How the request is made: JSON, the token in a header, no cookies, no referrer, never from a cache. */
export const sessionRequestInit = (request: SessionRequest): RequestInit => ({
  method: 'POST',
  headers: {
    authorization: `Bearer ${request.token}`,
    'content-type': 'application/json',
    accept: 'application/json',
  },
  body: JSON.stringify(request.body),
  credentials: 'omit',
  referrerPolicy: 'no-referrer',
  cache: 'no-store',
});

const FIELDS: readonly SessionField[] = ['instrument', 'community', 'minResponses'];

/** The collector's answer (HTTP status, parsed JSON body or undefined) read against what was asked. */
export function readSessionReply(request: SessionRequest, httpStatus: number, body: unknown): CreatedSession {
  const record = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  if (httpStatus === 401 || httpStatus === 403) {
    throw new SessionRequestError({ kind: 'token-refused' }, 'token');
  }
  if (httpStatus !== 201 && httpStatus !== 200) {
    const error = typeof record['error'] === 'string' ? record['error'] : null;
    const field = FIELDS.find((candidate) => candidate === record['field']);
    const notCollector = httpStatus === 404 || httpStatus === 405;
    throw new SessionRequestError({ kind: 'collector-refused', status: httpStatus, error, notCollector }, field);
  }
  const { session, instrument, community, minResponses, facilitatorToken } = record;
  if (
    typeof session !== 'string' ||
    !SESSION_CODE.test(session) ||
    typeof facilitatorToken !== 'string' ||
    !FACILITATOR_TOKEN.test(facilitatorToken) ||
    typeof minResponses !== 'number' ||
    !Number.isInteger(minResponses) ||
    instrument !== request.body.instrument ||
    community !== request.body.community
  ) {
    throw new SessionRequestError({ kind: 'not-a-session', origin: request.url.origin });
  }
  return { session, instrument, community, minResponses, facilitatorToken };
}

export interface CreateOptions {
  /** The origins the page's Content-Security-Policy lets it connect to; any other is refused with a message. */
  allowedOrigins?: readonly string[];
  fetch?: typeof fetch;
}

/** Creates the session, or throws a SessionRequestError saying why not. */
export async function createSession(
  request: SessionRequest,
  { allowedOrigins, fetch: post = fetch }: CreateOptions = {},
): Promise<CreatedSession> {
  const { origin } = request.url;
  if (allowedOrigins && !allowedOrigins.includes(origin)) {
    throw new SessionRequestError({ kind: 'origin-not-allowed', allowed: allowedOrigins, origin }, 'address');
  }
  let response: Response;
  try {
    response = await post(request.url, sessionRequestInit(request));
  } catch {
    throw new SessionRequestError({ kind: 'unreachable', origin }, 'address');
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    body = undefined;
  }
  return readSessionReply(request, response.status, body);
}
