/**
 * What a researcher reads after sending a test response: whether the endpoint accepted it, in the words
 * the survey's own outbox would judge it by (a 2xx whose body echoes the responseId), and the server's own
 * message when it refused. Pure and light, so the researchers' pages load no model to use it.
 */
import type { ResponsePayload } from './payload.ts';
import { escapeControl } from './printable.ts';
import { confirmsReceipt } from '../respond/receipt.ts';

export interface TestReply {
  accepted: boolean;
  message: string;
}

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

export function describeReply(status: number, statusText: string, body: string, responseId: string): TestReply {
  const answered = `The server answered ${status}${statusText ? ` ${statusText}` : ''}`;
  if (status >= 200 && status < 300) {
    if (confirmsReceipt(body, responseId))
      return { accepted: true, message: `Accepted. ${answered} and confirmed it has test response ${responseId}.` };
    return {
      accepted: false,
      message: `Not confirmed. ${answered}, but its answer did not include the response's id, so the survey pages would keep trying to send every response. The endpoint should answer with {"responseId": "…"}.`,
    };
  }
  const quoted = serverMessage(body);
  return {
    accepted: false,
    message: `Refused. ${answered}. ${quoted ? `Its message: “${quoted}”` : 'It gave no message.'}`,
  };
}

/** What went wrong when no answer came back at all. */
export function describeFailure(timedOut: boolean): TestReply {
  return {
    accepted: false,
    message: timedOut
      ? 'No answer. The server did not answer within 20 seconds.'
      : 'No answer. The browser could not reach the endpoint: check the address, that the server is running, and that it accepts posts from this site (CORS).',
  };
}
