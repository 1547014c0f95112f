/** The respondent's own copy of a response: the payload as JSON, or one CSV row of answers and scores. */
import { toCsv } from '../instruments/csv.ts';
import type { ResponsePayload } from '../instruments/payload.ts';
import { scoreRow } from '../instruments/score-table.ts';
import { saveFile } from './save-file.ts';

export function responseCsv(payload: ResponsePayload): string {
  const row = {
    response_id: payload.responseId,
    instrument_id: payload.instrument.id,
    instrument_version: payload.instrument.version,
    // The language the respondent answered in, where the researchers' export puts it: after the version.
    language: payload.language,
    instrument_hash: payload.instrument.hash,
    started_at: payload.startedAt,
    submitted_at: payload.submittedAt,
    ...payload.params,
    ...payload.answers,
    ...scoreRow(payload.scores),
  };
  return toCsv({ fields: Object.keys(row), rows: [row] });
}

export function downloadResponse(payload: ResponsePayload, format: 'json' | 'csv'): void {
  const name = `${payload.instrument.id}-${payload.responseId.slice(0, 8)}.${format}`;
  if (format === 'json') saveFile(name, 'application/json', `${JSON.stringify(payload, null, 2)}\n`);
  else saveFile(name, 'text/csv', responseCsv(payload));
}
