/**
 * What a researcher reads after sending a test response: whether the endpoint accepted it, in the words
 * the survey's own outbox would judge it by (a 2xx whose body echoes the responseId), and the server's own
 * message when it refused. Pure and light, so the researchers' pages load no model to use it.
 */
import { fill } from '../i18n/catalogue.ts';
import type { ResponsePayload } from './payload.ts';
import { escapeControl } from './printable.ts';
import { statusLine } from '../respond/delivery-failure.ts';
import { confirmsReceipt } from '../respond/receipt.ts';

export interface TestReply {
  accepted: boolean;
  message: string;
}

/**
 * The English wording of each outcome; `{status}` is the HTTP status with its text ("201 Created"). The
 * catalogue takes it as its English side (src/i18n/endpoint.ts), so the English is written once, here.
 */
export const TEST_REPLY_WORDS = {
  replyAccepted: 'Accepted. The server answered {status} and confirmed it has test response {responseId}.',
  replyUnconfirmed:
    'Not confirmed. The server answered {status}, but its answer did not include the response\'s id, so the survey pages would keep trying to send every response. The endpoint should answer with {"responseId": "…"}.',
  replyRefused: 'Refused. The server answered {status}. Its message: “{message}”',
  replyRefusedSilently: 'Refused. The server answered {status}. It gave no message.',
  replyTimedOut: 'No answer. The server did not answer within 20 seconds.',
  replyUnreachable:
    'No answer. The browser could not reach the endpoint: check the address, that the server is running, and that it accepts posts from this site (CORS).',
} as const;

export type TestReplyWords = { readonly [K in keyof typeof TEST_REPLY_WORDS]: string };

/** How much of a server's answer is quoted: enough for an error message, not a whole HTML page. */
const QUOTE_LIMIT = 300;

/** A copy of the build's test payload with its own id and times, so each test is stored as a new response. */
export const freshTestCopy = (
  payload: ResponsePayload,
  responseId: string,
  now: Date,
  locale: string,
): ResponsePayload => ({
  ...payload,
  responseId,
  startedAt: now.toISOString(),
  submittedAt: now.toISOString(),
  locale,
});

/** The server's own words: a JSON body's `error`, else the body's text, shortened; never markup to render. */
function serverMessage(body: string): string | null {
  let text = body.trim();
  try {
    const parsed: unknown = JSON.parse(body);
    const error = typeof parsed === 'object' && parsed !== null ? (parsed as { error?: unknown }).error : undefined;
    if (typeof error === 'string') text = error;
  } catch {
    // Not JSON: the text itself is the message.
  }
  if (text === '') return null;
  const short = text.length > QUOTE_LIMIT ? `${text.slice(0, QUOTE_LIMIT)}…` : text;
  return escapeControl(short);
}

/** What the server's answer means, in the words given (a page's language's; English by default). */
export function describeReply(
  status: number,
  statusText: string,
  body: string,
  responseId: string,
  words: TestReplyWords = TEST_REPLY_WORDS,
): TestReply {
  const answered = statusLine(status, statusText);
  if (status >= 200 && status < 300) {
    if (confirmsReceipt(body, responseId))
      return { accepted: true, message: fill(words.replyAccepted, { status: answered, responseId }) };
    return { accepted: false, message: fill(words.replyUnconfirmed, { status: answered }) };
  }
  const quoted = serverMessage(body);
  return {
    accepted: false,
    message: quoted
      ? fill(words.replyRefused, { status: answered, message: quoted })
      : fill(words.replyRefusedSilently, { status: answered }),
  };
}

/** What went wrong when no answer came back at all, in the words given. */
export function describeFailure(timedOut: boolean, words: TestReplyWords = TEST_REPLY_WORDS): TestReply {
  return { accepted: false, message: timedOut ? words.replyTimedOut : words.replyUnreachable };
}
