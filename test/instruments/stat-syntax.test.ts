import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvColumns, csvLines } from '../../collector/export.ts';
import type { StoredResponse } from '../../collector/store.ts';
import { codebookTable, exportCodebook, nonResponseCodes } from '../../src/instruments/codebook.ts';
import { toCsv } from '../../src/instruments/csv.ts';
import { choicesOf, itemsOf, versionsOf } from '../../src/instruments/model.ts';
import { model } from '../../src/instruments/source-model.ts';
import { redcapDictionary, redcapHeaders, REDCAP_CODE, REDCAP_NAME } from '../../src/instruments/redcap.ts';
import { readResponses, type ResponseRecord } from '../../src/instruments/responses.ts';
import { NOT_APPLICABLE, NOT_APPLICABLE_CODE } from '../../src/instruments/scales.ts';
import { scoreResponse } from '../../src/instruments/score.ts';
import { scoredTable } from '../../src/instruments/score-table.ts';
import {
  labelledFile,
  rScript,
  rString,
  spssString,
  spssSyntax,
  SPSS_LIMITS,
  stataDo,
  stataNames,
  stataString,
  STATA_LIMITS,
  truncateBytes,
  truncateChars,
  type LabelledFile,
} from '../../src/instruments/stat-syntax.ts';
import type { Instrument } from '../../src/instruments/types.ts';

const hashOf = (instrument: Instrument) => `sha256-${instrument.version}`;
const cases = model.instruments.map((instrument) => [instrument.id, versionsOf(instrument.id, model)] as const);
const utf8 = (text: string) => new TextEncoder().encode(text).length;

/** A label with everything that breaks a naive string literal. */
const AWKWARD = 'Members’ "say" $HOME `x\' and "quoted"\' text\nover two lines – done 🌱 \\';

const awkwardFile = (): LabelledFile => ({
  instrumentId: 'x',
  title: 'A "test" – instrument',
  versions: [{ version: '1.0.0', hash: 'sha256-x' }],
  file: 'x-responses.csv',
  variables: [
    {
      name: 'q_1',
      label: AWKWARD,
      type: 'number',
      length: 0,
      values: [
        { value: 1, label: AWKWARD },
        { value: -8, label: 'Don’t know' },
      ],
      missing: [-8],
      level: 'ordinal',
      decimals: 0,
    },
    {
      name: 'a_very_long_score_column_name_over_32_mean',
      label: 'x'.repeat(300),
      type: 'number',
      length: 0,
      values: [],
      missing: [],
      level: 'scale',
      decimals: 3,
    },
  ],
});

describe.each(cases)('export codebook of %s', (_id, versions) => {
  const variables = exportCodebook(versions, hashOf);

  it('documents every column of the collector’s CSV export, in its order', () => {
    expect(variables.filter((v) => v.in_collector_export).map((v) => v.variable_name)).toEqual(csvColumns(versions));
  });

  it('documents the language a response was answered in, as metadata in both files, each language labelled', () => {
    const language = variables.find((v) => v.variable_name === 'language');
    expect(language).toMatchObject({
      source: 'metadata',
      data_type: 'text',
      in_collector_export: true,
      in_scored_table: true,
      values: [
        { value: 'en', label: 'English' },
        { value: 'es', label: 'Spanish' },
      ],
    });
  });

  it('documents every column of the scored CSV', () => {
    const rows = versions.map((version, i): ResponseRecord => ({
      source: { file: 'f.csv', line: i + 2 },
      responseId: `r${i}`,
      instrument: { id: version.id, version: version.version, hash: null },
      params: { community: 'A' },
      answers: {},
      language: 'en',
    }));
    const documented = new Set(variables.filter((v) => v.in_scored_table).map((v) => v.variable_name));
    for (const field of scoredTable(rows, model).fields) expect(documented, field).toContain(field);
  });

  it('says what each column is, with labels for every score and metadata column', () => {
    for (const v of variables) {
      expect(['item', 'parameter', 'metadata', 'score'], v.variable_name).toContain(v.source);
      expect(v.field_label, v.variable_name).not.toBe('');
    }
    const mean = variables.find((v) => v.variable_name.endsWith('_mean'))!;
    expect(mean.field_label).toMatch(/: mean of answered items \(1–5/);
    expect(variables.find((v) => v.variable_name.endsWith('_band'))!.values.map((v) => v.value)).toEqual([
      'emerging',
      'developing',
      'established',
    ]);
  });

  it('writes version 1’s "na" as −7, labelled, and keeps every column read as text out of number columns', () => {
    for (const v of variables) {
      expect(v.values.map(({ value }) => value)).not.toContain(NOT_APPLICABLE);
      if (v.data_type === 'number')
        for (const { value } of v.values) expect(typeof value, `${v.variable_name} ${value}`).toBe('number');
    }
    const combined = versions.some((version) =>
      itemsOf(version).some((item) => item.kind !== 'context' && item.notApplicable),
    );
    const labelled = variables.flatMap((v) => v.values).find(({ value }) => value === NOT_APPLICABLE_CODE);
    expect(Boolean(labelled), 'a −7 label').toBe(combined);
  });

  it('reads back from its CSV table with the new columns', () => {
    const { data, meta } = Papa.parse<Record<string, string>>(toCsv(codebookTable(variables)), { header: true });
    expect(meta.fields).toContain('source');
    expect(meta.fields).toContain('in_scored_table');
    expect(data.filter((row) => row['variable_name']).length).toBe(variables.length);
  });
});

describe('version 1’s "na" in the CSV export', () => {
  it('is written as −7 and read back as "na", so export → analyze loses nothing', async () => {
    const [current, ...earlier] = versionsOf('cop-self-assessment', model) as [Instrument, ...Instrument[]];
    const v1 = earlier.find((version) => version.version === '1.0.0')!;
    const item = itemsOf(v1).find((candidate) => candidate.kind !== 'context' && candidate.notApplicable)!;
    const answers: Record<string, number | string> = Object.fromEntries(
      itemsOf(v1).map((i) => [i.id, choicesOf(i, model)[0]!.value]),
    );
    answers[item.id] = NOT_APPLICABLE;
    const response: StoredResponse = {
      responseId: 'r1',
      instrumentId: v1.id,
      instrumentVersion: v1.version,
      instrumentHash: 'h',
      params: {},
      scores: JSON.stringify(scoreResponse(v1, answers, model)),
      body: JSON.stringify({ answers }),
      bodySha256: '',
      canonicalSha256: '',
      submittedAt: '2026-01-01T00:00:00Z',
      receivedAt: '2026-01-01T00:00:00Z',
      deletedAt: null,
    };
    async function* one() {
      yield response;
    }
    let csv = '';
    for await (const piece of csvLines([current, v1], one())) csv += piece;
    const [row] = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;
    expect(row![item.id]).toBe(String(NOT_APPLICABLE_CODE));
    expect(csv).not.toMatch(/,na[,\r]/);

    const read = readResponses([{ name: 'export.csv', text: csv.replace(/,h,/, ',,') }], {}, { within: model });
    expect(read.rejected).toEqual([]);
    expect(read.responses[0]!.answers[item.id]).toBe(NOT_APPLICABLE);
    expect(read.responses[0]!.answers).toEqual(answers);
  });

  it('is refused as −7 on a version 2 item, which never offers it', () => {
    const [current] = versionsOf('cop-self-assessment', model) as [Instrument];
    const item = itemsOf(current).find((candidate) => candidate.kind === 'scored')!;
    const csv = `instrument_id,instrument_version,${item.id}\r\n${current.id},${current.version},-7\r\n`;
    const read = readResponses([{ name: 'export.csv', text: csv }], {}, { within: model });
    expect(read.rejected[0]?.reason).toContain(`${item.id}: -7 is not one of`);
  });
});

describe.each(cases)('statistics-package scripts for %s', (_id, versions) => {
  const file = labelledFile(versions, hashOf);
  const columns = csvColumns(versions);
  const sps = spssSyntax(file);
  const r = rScript(file);
  const stata = stataDo(file);

  it('declare every column of the CSV export, in order, with its type', () => {
    expect(file.variables.map((v) => v.name)).toEqual(columns);
    const declared = sps
      .split('/VARIABLES=\n')[1]!
      .split('.\n')[0]!
      .trim()
      .split('\n')
      .map((line) => line.trim().split(' '));
    expect(declared.map(([name]) => name)).toEqual(columns);
    for (const [name, format] of declared) {
      const variable = file.variables.find((v) => v.name === name)!;
      expect(format, name).toMatch(variable.type === 'text' ? /^A\d+$/ : /^F8\.0$/);
    }
    for (const column of columns) {
      expect(r).toContain(
        `  "${column}" = "${file.variables.find((v) => v.name === column)!.type === 'number' ? 'numeric' : 'character'}"`,
      );
      expect(r).toContain(`responses[["${column}"]] <- label_column(`);
    }
    const expected = /local expected ([\s\S]*?)\nlocal i 0/.exec(stata)![1]!.replace(/ \/\/\/\n\s*/g, ' ');
    expect(expected.split(' ')).toEqual(columns);
  });

  it('mark the non-response codes missing in each package', () => {
    const coded = file.variables.filter((v) => v.missing.length > 0);
    expect(coded.length).toBeGreaterThan(0);
    for (const v of coded) {
      expect(v.missing.every((code) => nonResponseCodes.includes(code))).toBe(true);
      expect(sps).toMatch(new RegExp(`\\n  /?${v.name} \\(${v.missing.join(', ')}\\)`));
      expect(r).toContain(`nonresponse = c(${v.missing.join(', ')})`);
    }
    expect(stata).toMatch(/mvdecode [\s\S]*mv\((-7=\.a \\ )?-8=\.d( \\ -9=\.n)?\)/);
  });

  it('keep within Stata’s and SPSS’s limits', () => {
    for (const line of stata.split('\n').filter((l) => l.startsWith('label variable '))) {
      const label = /`"(.*)"'$/.exec(line)![1]!;
      expect([...label].length, line).toBeLessThanOrEqual(STATA_LIMITS.variableLabel);
    }
    for (const match of stata.matchAll(/^(?:label define|label values \S+) (\S+)/gm))
      expect(match[1]!.length).toBeLessThanOrEqual(STATA_LIMITS.name);
    const renamed = /\n {4}\(([\s\S]*?)\)\n/.exec(stata.split('rename (')[1]!)![1]!.replace(/ \/\/\/\n\s*/g, ' ');
    for (const name of renamed.split(' ')) expect(name.length, name).toBeLessThanOrEqual(STATA_LIMITS.name);
    expect(new Set(renamed.split(' ')).size).toBe(columns.length);
    for (const v of file.variables)
      expect(utf8(truncateBytes(v.label, SPSS_LIMITS.variableLabel))).toBeLessThanOrEqual(255);
  });

  it('write R with only ASCII, so the script reads the same in any locale', () => {
    expect(r).toMatch(/^[\x20-\x7e\n]*$/);
  });
});

describe('escaping and limits', () => {
  it('SPSS: double quotes, inner quotes doubled, one line per piece', () => {
    const literal = spssString(AWKWARD);
    expect(literal.startsWith('"')).toBe(true);
    expect(literal).toContain('""say""');
    const joined = literal
      .split(' +\n    ')
      .map((piece) => piece.slice(1, -1).replaceAll('""', '"'))
      .join('');
    expect(joined).toBe(AWKWARD.replace('\n', ' '));
    for (const piece of literal.split(' +\n    ')) expect(piece).toMatch(/^"([^"]|"")*"$/);
  });

  it('Stata: compound quotes, macro characters escaped, no early end of the string', () => {
    const literal = stataString(AWKWARD);
    expect(literal.startsWith('`"')).toBe(true);
    expect(literal.endsWith(`"'`)).toBe(true);
    const inner = literal.slice(2, -2);
    expect(inner).not.toContain(`"'`);
    expect(inner).toContain('\\$HOME');
    expect(inner).toContain('\\`x');
    expect(inner).not.toContain('\n');
  });

  it('R: a literal that R (and JSON) reads back as the text', () => {
    const literal = rString(AWKWARD);
    expect(literal).toMatch(/^[\x20-\x7e]*$/);
    const decoded = JSON.parse(
      literal.replace(/\\U\{([0-9a-f]+)\}/g, (_m, hex: string) => String.fromCodePoint(parseInt(hex, 16))),
    ) as string;
    expect(decoded).toBe(AWKWARD);
  });

  it('truncates labels at a character or byte limit without splitting a character', () => {
    expect(truncateChars('a'.repeat(100), 80)).toHaveLength(80);
    expect(truncateChars('short', 80)).toBe('short');
    const cut = truncateBytes('é'.repeat(200), 255);
    expect(utf8(cut)).toBeLessThanOrEqual(255);
    expect(cut.endsWith('…')).toBe(true);
    expect(cut.replace('…', '')).toMatch(/^é+$/);
  });

  it('shortens Stata names over 32 characters, keeping the suffix and each name unique', () => {
    const long = 'freedom_from_competing_mandates_mean';
    const names = stataNames([long, 'freedom_from_competing_mandates_band', 'freedom_from_competing_mandates_x_mean']);
    expect(names.get(long)).toBe('freedom_from_competing_mand_mean');
    for (const name of names.values()) expect(name.length).toBeLessThanOrEqual(32);
    expect(new Set(names.values()).size).toBe(3);
  });

  it('renders an awkward file in all three languages with every limit kept', () => {
    const file = awkwardFile();
    const stata = stataDo(file);
    expect(stata).toContain('rename (v1 v2) ///\n    (q_1 a_very_long_score_column_na_mean)');
    expect(stata).toContain('    numericcols(1 2) ///\n    clear');
    expect(stata).not.toContain('stringcols()');
    expect(stata).toContain('[a_very_long_score_column_name_over_32_mean]');
    expect(stata).toContain(`notes q_1: Members’ "say" \\$HOME \\\`x' and "quoted"' text over two lines – done 🌱 \\`);
    const sps = spssSyntax(file);
    expect(sps).toContain(
      'VARIABLE ATTRIBUTE VARIABLES=a_very_long_score_column_name_over_32_mean ATTRIBUTE=FullLabel(',
    );
    expect(sps).toContain('FORMATS a_very_long_score_column_name_over_32_mean (F8.3).');
    expect(rScript(file)).toContain('\\u2019');
  });
});

describe.each(cases)('REDCap data dictionary of %s', (id, versions) => {
  const table = redcapDictionary(versions, hashOf);
  const csv = toCsv(table);
  const { data, meta } = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });

  it('has REDCap’s 18 headers, exactly', () => {
    expect(meta.fields).toEqual([...redcapHeaders]);
    expect(csv.split('\r\n')[0]).toBe(redcapHeaders.map((h) => (/[",]/.test(h) ? `"${h}"` : h)).join(','));
  });

  it('starts with the record id, on one valid form, with valid field names', () => {
    expect(data[0]!['Variable / Field Name']).toBe('response_id');
    const forms = new Set(data.map((row) => row['Form Name']));
    expect([...forms]).toEqual([id.replace(/-/g, '_')]);
    for (const form of forms) expect(form).toMatch(/^[a-z][a-z0-9_]*$/);
    const names = data.map((row) => row['Variable / Field Name']!);
    for (const name of names) expect(name).toMatch(REDCAP_NAME);
    expect(new Set(names).size).toBe(names.length);
  });

  it('has a field for every export column; a renamed one names its CSV column', () => {
    const columns = csvColumns(versions);
    expect(data).toHaveLength(columns.length);
    const names = new Set(data.map((row) => row['Variable / Field Name']));
    for (const column of columns) {
      if (names.has(column)) continue;
      expect(
        data.some((row) => row['Field Annotation']!.includes(`CSV column ${column}.`)),
        column,
      ).toBe(true);
    }
  });

  it('puts a section header only on the first field of each section', () => {
    const headers = data.map((row) => row['Section Header']).filter(Boolean);
    expect(new Set(headers).size).toBe(headers.length);
    expect(headers).toContain('Scores (computed by Cultivate)');
  });

  it('writes radio choices in REDCap’s form, with codes REDCap takes, and non-response codes as missing data codes', () => {
    const radios = data.filter((row) => row['Field Type'] === 'radio');
    expect(radios.length).toBeGreaterThan(0);
    for (const row of radios) {
      for (const choice of row['Choices, Calculations, OR Slider Labels']!.split(' | ')) {
        const [code] = choice.split(', ');
        expect(code, choice).toMatch(REDCAP_CODE);
      }
    }
    const agreement = radios.find((row) => row['Choices, Calculations, OR Slider Labels']!.startsWith('1, '))!;
    expect(agreement['Choices, Calculations, OR Slider Labels']).toMatch(
      /^1, Strongly disagree \| 2, Disagree \| 3, Neither agree nor disagree \| 4, Agree \| 5, Strongly agree$/,
    );
    expect(data.some((row) => /Missing Data Codes\): -8, Don’t know/.test(row['Field Annotation']!))).toBe(true);
  });

  it('marks scores and metadata read-only, never starting a cell with a formula character', () => {
    for (const row of data.filter((r) => r['Field Note']!.startsWith('Computed by Cultivate')))
      expect(row['Field Annotation']).toContain('@READONLY');
    for (const row of data) for (const cell of Object.values(row)) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });
});
