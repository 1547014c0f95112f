/**
 * What the respondent's page makes of the collector's answer about a team session (`GET {sessions}/{code}`),
 * asked before the survey starts: answer as part of it, or not at all (closed, unknown, another survey's), or
 * answer anyway when the collector cannot be reached (the outbox keeps the response and the collector judges
 * it when it arrives). The interpretation is pure; `checkSession` only fetches. Nothing the collector or the
 * link says is ever treated as markup: the page shows these values as text.
 */
import { fill } from '../i18n/catalogue.ts';
import type { SurveyMessages } from '../i18n/survey.ts';
import { SESSION_CODE, type SessionStatus } from '../instruments/team-session.ts';
import { answeredStatus, type RecordedFailure } from './delivery-failure.ts';

export type SessionCheck =
  /** Still asking the collector. */
  | { state: 'checking' }
  /** The session takes answers: the respondent goes ahead and the response carries the code. */
  | { state: 'open'; community: string }
  /** Its facilitator no longer collects answers: no survey. */
  | { state: 'closed'; community: string }
  /** The collector does not know the code (never made, or deleted): no survey. */
  | { state: 'unknown' }
  /** The code is another survey's session: no survey. */
  | { state: 'other-instrument' }
  /** No answer that says either way (offline, timed out, a server error): answer anyway; the code is sent. */
  | { state: 'unreachable' }
  /** This build sends responses nowhere a session could live: answer for yourself; no code is sent. */
  | { state: 'unsupported' };

/** How long the page waits for the collector before letting the respondent answer anyway. */
const SESSION_CHECK_TIMEOUT_MS = 8_000;

/** Where a session's status is asked: the sessions base (no trailing slash) and the code. */
export const sessionStatusUrl = (sessionsBase: string, code: string): string =>
  `${sessionsBase.replace(/\/+$/, '')}/${encodeURIComponent(code)}`;

const isText = (value: unknown): value is string => typeof value === 'string';

/** The body of a 200 answer, if it is a session's status for `code`. */
function statusOf(body: unknown, code: string): SessionStatus | null {
  if (typeof body !== 'object' || body === null) return null;
  const { session, instrument, community, open } = body as Record<string, unknown>;
  if (!isText(session) || !SESSION_CODE.test(session) || session !== code) return null;
  if (!isText(instrument) || !isText(community) || typeof open !== 'boolean') return null;
  return { session, instrument, community, open };
}

/**
 * The collector's answer (its HTTP status and parsed JSON body, undefined when it had none) as a check for
 * the link's `code` on the page of `instrumentId`. 404 and 410 mean the collector does not know the code; a
 * 200 that is not this code's status, and every other status, says nothing either way.
 */
export function interpretSessionReply(
  code: string,
  instrumentId: string,
  httpStatus: number,
  body: unknown,
): SessionCheck {
  if (httpStatus === 404 || httpStatus === 410) return { state: 'unknown' };
  if (httpStatus !== 200) return { state: 'unreachable' };
  const status = statusOf(body, code);
  if (!status) return { state: 'unreachable' };
  if (status.instrument !== instrumentId) return { state: 'other-instrument' };
  return status.open
    ? { state: 'open', community: status.community }
    : { state: 'closed', community: status.community };
}

/** Whether the survey may be offered: not while asking, never for a closed, unknown or other survey's session. */
export const sessionLetsAnswer = (check: SessionCheck | null): boolean =>
  check === null || check.state === 'open' || check.state === 'unreachable' || check.state === 'unsupported';

/** Whether the collector said the answers would not count: closed, unknown or another survey's session. */
export const sessionRefuses = (check: SessionCheck | null): boolean =>
  check?.state === 'closed' || check?.state === 'unknown' || check?.state === 'other-instrument';

/** Whether the response carries the code: when the session is open, or might be (the collector judges it). */
export const sessionIsSent = (check: SessionCheck | null): boolean =>
  check?.state === 'open' || check?.state === 'unreachable';

/**
 * Asks the collector about a session. Never rejects: a network failure or a timeout is `unreachable`. No
 * credentials, no referrer (the page's address carries the code and the community), never from a cache.
 */
export async function checkSession(
  sessionsBase: string,
  code: string,
  instrumentId: string,
  { fetch: get = fetch, timeoutMs = SESSION_CHECK_TIMEOUT_MS }: { fetch?: typeof fetch; timeoutMs?: number } = {},
): Promise<SessionCheck> {
  try {
    const response = await get(sessionStatusUrl(sessionsBase, code), {
      headers: { accept: 'application/json' },
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      cache: 'no-store',
      signal: AbortSignal.timeout(timeoutMs),
    });
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      body = undefined;
    }
    return interpretSessionReply(code, instrumentId, response.status, body);
  } catch {
    return { state: 'unreachable' };
  }
}

/** What the page says for each outcome; text only. `null`: nothing to say (no session, or still asking). */
export function sessionMessage(
  check: SessionCheck,
  messages: SessionMessages,
): { tone: 'note' | 'problem'; heading?: string; text: string } | null {
  switch (check.state) {
    case 'checking':
      return { tone: 'note', text: messages.sessionChecking };
    case 'open':
      return { tone: 'note', text: fill(messages.sessionOpen, { community: check.community }) };
    case 'closed':
      return { tone: 'problem', heading: messages.sessionClosedHeading, text: messages.sessionClosed };
    case 'unknown':
      return { tone: 'problem', heading: messages.sessionUnknownHeading, text: messages.sessionUnknown };
    case 'other-instrument':
      return { tone: 'problem', heading: messages.sessionUnknownHeading, text: messages.sessionOtherInstrument };
    case 'unreachable':
      return { tone: 'note', text: messages.sessionUnreachable };
    case 'unsupported':
      return { tone: 'note', text: messages.sessionUnsupported };
  }
}

/** The survey catalogue's messages about a link's team session. */
export type SessionMessages = Pick<
  SurveyMessages,
  | 'sessionChecking'
  | 'sessionOpen'
  | 'sessionClosedHeading'
  | 'sessionClosed'
  | 'sessionUnknownHeading'
  | 'sessionUnknown'
  | 'sessionOtherInstrument'
  | 'sessionUnreachable'
  | 'sessionUnsupported'
>;

/**
 * Whether a refused response was refused because its session had closed: the collector answers 409 for a
 * response to a closed session (and, far more rarely, for a response ID already stored with other content).
 * An earlier build's sentence is not read for a status: it is shown as the plain refusal it was.
 */
export const refusedForClosedSession = (session: string | undefined, failure: RecordedFailure | null): boolean =>
  session !== undefined && answeredStatus(failure) === 409;
