import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../src/instruments/csv.ts';

describe('toCsv', () => {
  it('neutralises text cells a spreadsheet would run as formulas, and keeps negative numbers numeric', () => {
    const csv = toCsv({
      fields: ['source_file', 'note', 'answer', 'code'],
      rows: [
        { source_file: '=HYPERLINK("http://evil.example","x").csv', note: '+1', answer: -8, code: '@SUM(A1)' },
        { source_file: '\tfile.csv', note: '-2+3', answer: 4, code: 'plain' },
      ],
    });
    const [header, ...rows] = Papa.parse<string[]>(csv.trimEnd(), { newline: '\r\n' }).data;
    expect(header).toEqual(['source_file', 'note', 'answer', 'code']);
    expect(rows).toEqual([
      [`'=HYPERLINK("http://evil.example","x").csv`, "'+1", '-8', "'@SUM(A1)"],
      ["'\tfile.csv", "'-2+3", '4', 'plain'],
    ]);
  });

  it('writes RFC 4180 rows with CRLF line ends and a final line end', () => {
    expect(toCsv({ fields: ['a', 'b'], rows: [{ a: 'x, "y"', b: null }] })).toBe('a,b\r\n"x, ""y""",\r\n');
  });
});
