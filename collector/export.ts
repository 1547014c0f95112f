import { exportCodebook } from '../src/instruments/codebook.ts';
import { csvHeader, csvRows } from '../src/instruments/csv.ts';
import { UNSTATED_LANGUAGE } from '../src/instruments/languages.ts';
import type { ResponsePayload } from '../src/instruments/payload.ts';
import { csvAnswer } from '../src/instruments/scales.ts';
import type { InstrumentScores } from '../src/instruments/score.ts';
import { scoreRow } from '../src/instruments/score-table.ts';
import type { Instrument } from '../src/instruments/types.ts';
import type { StoredResponse } from './store.ts';

/** NDJSON: each payload exactly as received, one per line, so the score and analyze readers take it as a file. */
export async function* ndjsonLines(responses: AsyncIterable<StoredResponse>): AsyncIterable<string> {
  // A body is JSON on one line unless the sender pretty-printed it; re-serialise only then.
  for await (const response of responses)
    yield `${/[\r\n]/.test(response.body) ? JSON.stringify(JSON.parse(response.body)) : response.body}\n`;
}

/**
 * The CSV columns for one instrument: identity, then the codebook variables (items, then link parameters),
 * then the server's scores, of every version given (current first), so rows of each version fit one table;
 * a column a row's version lacks is left empty. The export codebook documents each of them.
 */
export function csvColumns(versions: readonly Instrument[]): string[] {
  // Only the variable names are read, so no content hash is needed.
  return exportCodebook(versions, () => '')
    .filter((variable) => variable.in_collector_export)
    .map((variable) => variable.variable_name);
}

/** CSV in codebook variable names, written a response at a time after the header. */
export async function* csvLines(
  versions: readonly Instrument[],
  responses: AsyncIterable<StoredResponse>,
): AsyncIterable<string> {
  const fields = csvColumns(versions);
  yield csvHeader(fields);
  for await (const response of responses) {
    const payload = JSON.parse(response.body) as Pick<ResponsePayload, 'answers' | 'language'>;
    const answers = Object.fromEntries(Object.entries(payload.answers).map(([id, value]) => [id, csvAnswer(value)]));
    const row = {
      ...answers,
      ...response.params,
      ...scoreRow(JSON.parse(response.scores) as InstrumentScores),
      response_id: response.responseId,
      instrument_id: response.instrumentId,
      instrument_version: response.instrumentVersion,
      language: payload.language ?? UNSTATED_LANGUAGE,
      instrument_hash: response.instrumentHash,
      submitted_at: response.submittedAt,
      received_at: response.receivedAt,
    };
    yield csvRows({ fields, rows: [row] });
  }
}

/**
 * A byte stream pulled from text pieces, gathered into chunks of about 64 KB: memory stays bounded by
 * what the client has not yet read, however many rows there are.
 */
export function textStream(pieces: AsyncIterable<string>): ReadableStream<Uint8Array> {
  const iterator = pieces[Symbol.asyncIterator]();
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      let chunk = '';
      while (chunk.length < 65_536) {
        const next = await iterator.next();
        if (next.done) {
          if (chunk) controller.enqueue(encoder.encode(chunk));
          controller.close();
          return;
        }
        chunk += next.value;
      }
      controller.enqueue(encoder.encode(chunk));
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}
