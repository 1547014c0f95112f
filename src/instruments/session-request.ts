/**
 * Creating a team session from the link builder: `POST {sessions}` to the collector the facilitator runs, with
 * its read token. What is sent is checked here first, the collector's answer is read strictly, and every
 * failure becomes a sentence the page shows as text. The token goes only in the Authorization header, never
 * in a URL, and is never stored.
 */
import { DEFAULT_SESSION_RESPONSES, FACILITATOR_TOKEN, MIN_SESSION_RESPONSES, SESSION_CODE } from './team-session.ts';
import { normalizeLinkValue, parameterProblem } from './link-parameters.ts';
import type { LinkParameter } from './types.ts';

export { DEFAULT_SESSION_RESPONSES, MIN_SESSION_RESPONSES };

/** The largest smallest-number a session may ask for: a team bigger than this is no team conversation. */
export const MAX_SESSION_RESPONSES = 1000;

/** A failure the facilitator can act on; `field` names the form field it concerns, when one does. */
export class SessionRequestError extends Error {
  override name = 'SessionRequestError';
  constructor(
    message: string,
    readonly field?: SessionField,
  ) {
    super(message);
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
  if (given === '') throw new SessionRequestError('Enter the collector’s address.', 'address');
  const relative = given.startsWith('/') && !given.startsWith('//');
  if (!relative && !URL.canParse(given))
    throw new SessionRequestError(
      `The collector address “${given}” is not a URL (e.g. https://collector.example.org).`,
      'address',
    );
  const url = new URL(given, origin);
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new SessionRequestError(
      `The collector address must start with https:// or http://, not ${url.protocol}`,
      'address',
    );
  if (url.username || url.password)
    throw new SessionRequestError(
      'The collector address must not carry a user name or password; the token is given on its own.',
      'address',
    );
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
  if (token === '') throw new SessionRequestError('Enter the collector’s read token.', 'token');
  const parameter = form.instrument.parameters.find((candidate) => candidate.name === 'community');
  if (!parameter)
    throw new SessionRequestError(
      'This instrument’s links carry no community, so it cannot be used for a team session.',
      'instrument',
    );
  const community = normalizeLinkValue(form.community);
  if (community === '') throw new SessionRequestError(`Enter the ${parameter.label.toLowerCase()}.`, 'community');
  const problem = parameterProblem(parameter, community);
  if (problem) throw new SessionRequestError(`${parameter.label} ${problem}.`, 'community');
  const typed = form.minResponses.trim();
  const minResponses = Number(typed);
  if (
    !/^\d+$/.test(typed) ||
    !Number.isSafeInteger(minResponses) ||
    minResponses < MIN_SESSION_RESPONSES ||
    minResponses > MAX_SESSION_RESPONSES
  ) {
    throw new SessionRequestError(
      `The smallest number shown must be a whole number from ${MIN_SESSION_RESPONSES} to ${MAX_SESSION_RESPONSES}: below ${MIN_SESSION_RESPONSES}, one person’s answers could be told from the group’s.`,
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
    throw new SessionRequestError(
      'The collector did not accept the read token. Check COLLECTOR_TOKEN (or data/collector-token beside its database).',
      'token',
    );
  }
  if (httpStatus !== 201 && httpStatus !== 200) {
    const error = typeof record['error'] === 'string' ? ` ${record['error']}` : '';
    const field = FIELDS.find((candidate) => candidate === record['field']);
    const hint =
      httpStatus === 404 || httpStatus === 405
        ? ' Is this the address of a Cultivate collector that keeps team sessions?'
        : '';
    throw new SessionRequestError(`The collector answered ${httpStatus}.${error}${hint}`, field);
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
    throw new SessionRequestError(
      `${request.url.origin} answered, but not with the team session asked for. Is this the address of a Cultivate collector?`,
    );
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
    throw new SessionRequestError(
      `This page may talk only to ${allowedOrigins.join(' or ')} (its security policy), not ${origin}. Open the link builder on the collector’s own address.`,
      'address',
    );
  }
  let response: Response;
  try {
    response = await post(request.url, sessionRequestInit(request));
  } catch {
    throw new SessionRequestError(`The collector at ${origin} could not be reached.`, 'address');
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    body = undefined;
  }
  return readSessionReply(request, response.status, body);
}
