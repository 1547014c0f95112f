import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { ResponsePayload } from '../../src/instruments/payload.ts';
import { scoreRow } from '../../src/instruments/score-table.ts';
import { responseCsv } from '../../src/respond/download.ts';
import { storedResponses } from '../support/stored-responses.ts';

describe.each(storedResponses.map((payload) => [payload.instrument.id, payload] as const))(
  'the CSV download of a %s response',
  (_id, payload) => {
    const csv = responseCsv(payload);
    const { data, meta } = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });

    it('is one header and one row, each ending in CRLF', () => {
      expect(csv.split('\r\n')).toHaveLength(3);
      expect(csv.endsWith('\r\n')).toBe(true);
      expect(data).toHaveLength(1);
    });

    it('has identity and timestamps, then parameters, answers and scores, in that order', () => {
      const scores = scoreRow(payload.scores);
      expect(meta.fields).toEqual([
        ...['response_id', 'instrument_id', 'instrument_version', 'language', 'instrument_hash'],
        ...['started_at', 'submitted_at'],
        ...Object.keys(payload.params),
        ...Object.keys(payload.answers),
        ...Object.keys(scores),
      ]);
      const row = data[0]!;
      expect(row['response_id']).toBe(payload.responseId);
      expect(row['instrument_hash']).toBe(payload.instrument.hash);
      for (const [name, value] of Object.entries({ ...payload.params, ...payload.answers, ...scores }))
        expect(row[name], name).toBe(String(value));
    });
  },
);

describe('the CSV download of a Spanish response', () => {
  it('says the language it was answered in', () => {
    const payload: ResponsePayload = { ...storedResponses[0]!, language: 'es' };
    const { data } = Papa.parse<Record<string, string>>(responseCsv(payload), { header: true, skipEmptyLines: true });
    expect(data[0]!['language']).toBe('es');
  });
});
