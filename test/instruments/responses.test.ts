import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { choicesOf, findInstrument, findScale, findVersion, itemsOf, versionsOf } from '../../src/instruments/model.ts';
import { model } from '../../src/instruments/source-model.ts';
import { publishedHashes } from '../../src/instruments/published.ts';
import { readableHashes } from '../../src/instruments/hash.ts';
import {
  detectFormat,
  hashMismatch,
  isRejection,
  lineCounter,
  mergedCount,
  parseResponseFile,
  readResponses,
  toResponse,
  type ParsedFile,
  type Rejection,
  type ResponseRecord,
} from '../../src/instruments/responses.ts';
import { escapeControl } from '../../src/instruments/printable.ts';
import { isNonResponse, NOT_APPLICABLE } from '../../src/instruments/scales.ts';
import type { Instrument, Item } from '../../src/instruments/types.ts';
import { storedResponses } from '../support/stored-responses.ts';

// The current versions: the self-assessment (with stage items) and the readiness survey.
const selfAssessment = findInstrument('cop-self-assessment', model);
const readiness = findInstrument('organizational-readiness', model);
/** Version 2's "don't know". */
const DONT_KNOW = -8;

const isOrdinal = (item: Item) => findScale(item.scale, model).kind === 'ordinal';
const scoredItems = (instrument: Instrument) => itemsOf(instrument).filter((item) => item.kind === 'scored');
const contextItems = (instrument: Instrument) => itemsOf(instrument).filter((item) => item.kind === 'context');
const offersCode = (item: Item) => choicesOf(item, model).some((choice) => isNonResponse(choice.value));

/** A valid answer to every item: the choices in turn, so every kind of value (numbers, categories, codes) appears. */
function validAnswers(instrument: Instrument): Record<string, number | string> {
  return Object.fromEntries(
    itemsOf(instrument).map((item, i) => {
      const choices = choicesOf(item, model);
      return [item.id, choices[i % choices.length]!.value];
    }),
  );
}

function accepted(result: ResponseRecord | Rejection): ResponseRecord {
  if (isRejection(result))
    throw new Error(`expected a response, got a rejection at line ${result.line}: ${result.reason}`);
  return result;
}

function rejected(result: ResponseRecord | Rejection): Rejection {
  if (!isRejection(result)) throw new Error(`expected a rejection, got a response: ${JSON.stringify(result)}`);
  return result;
}

const lines = (parsed: ParsedFile) => parsed.records.map((record) => record.source.line);
const csv = (rows: readonly (readonly (string | number)[])[]) => Papa.unparse(rows.map((row) => row.map(String)));

describe('detectFormat', () => {
  it.each([
    ['responses.ndjson', 'ndjson'],
    ['responses.jsonl', 'ndjson'],
    ['RESPONSES.NDJSON', 'ndjson'],
    ['responses.csv', 'csv'],
    ['Responses.CSV', 'csv'],
  ] as const)('%s is %s by its extension, whatever it holds', (name, format) => {
    for (const text of ['[{"a":1}]', '{"a":1}', 'a,b\n1,2\n']) expect(detectFormat(name, text)).toBe(format);
  });

  it('reads a .json file holding an array or one object as JSON', () => {
    expect(detectFormat('responses.json', '[{"a":1}]')).toBe('json');
    expect(detectFormat('response.json', '{\n  "a": {\n    "b": 1\n  },\n  "c": 2\n}\n')).toBe('json');
    expect(detectFormat('response.JSON', '  \n {"a":1}')).toBe('json');
  });

  it('reads a .json file with one object per line as NDJSON', () => {
    expect(detectFormat('responses.json', '{"a":1}\n{"a":2}\n')).toBe('ndjson');
    expect(detectFormat('responses.json', '{"a":1}\r\n{"a":2}\r\n')).toBe('ndjson');
  });

  it('decides by content when the extension says nothing', () => {
    expect(detectFormat('export', '\n  [{"a":1}]')).toBe('json');
    expect(detectFormat('export.txt', '{"a":1}\n{"a":2}')).toBe('ndjson');
    expect(detectFormat('export.txt', 'instrument_id,dom_01\ncop-self-assessment,4\n')).toBe('csv');
  });
});

describe('parseResponseFile: NDJSON', () => {
  const text = ['{"n":1}', '', '{"n":2}', '   ', '\t', '{"n":3}', ''].join('\n');

  it('gives each record the line it is on, skipping blank lines', () => {
    const parsed = parseResponseFile('r.ndjson', text);
    expect(parsed.error).toBeNull();
    expect(parsed.records).toEqual([
      { source: { file: 'r.ndjson', line: 1 }, data: { n: 1 } },
      { source: { file: 'r.ndjson', line: 3 }, data: { n: 2 } },
      { source: { file: 'r.ndjson', line: 6 }, data: { n: 3 } },
    ]);
  });

  it('reads Windows line endings', () => {
    const parsed = parseResponseFile('r.ndjson', '{"n":1}\r\n\r\n{"n":2}\r\n');
    expect(parsed.records.map((r) => [r.source.line, r.data])).toEqual([
      [1, { n: 1 }],
      [3, { n: 2 }],
    ]);
  });

  it('keeps a broken line as a record, which toResponse rejects with its line number', () => {
    const parsed = parseResponseFile('r.ndjson', `{"n":1}\n\n{"instrument": {"id": "${selfAssessment.id}",\n{"n":4}\n`);
    expect(parsed.error).toBeNull();
    expect(lines(parsed)).toEqual([1, 3, 4]);
    const rejection = rejected(toResponse(parsed.records[1]!, { within: model }));
    expect(rejection).toMatchObject({ file: 'r.ndjson', line: 3 });
    expect(rejection.reason).toMatch(/^cannot be read: /);
  });

  it('keeps a line that is JSON but not an object as a record that toResponse rejects', () => {
    const parsed = parseResponseFile('r.ndjson', '[1,2]\n"text"\n42\nnull\n');
    expect(lines(parsed)).toEqual([1, 2, 3, 4]);
    for (const [i, record] of parsed.records.entries()) {
      expect(rejected(toResponse(record, { within: model }))).toEqual({
        file: 'r.ndjson',
        line: i + 1,
        reason: 'is not a response object',
      });
    }
  });
});

describe('parseResponseFile: JSON', () => {
  it('gives every element of a one-line array line 1', () => {
    const parsed = parseResponseFile('r.json', '[{"n":1},{"n":2},{"n":3}]');
    expect(parsed.error).toBeNull();
    expect(parsed.records.map((r) => [r.source.line, r.data])).toEqual([
      [1, { n: 1 }],
      [1, { n: 2 }],
      [1, { n: 3 }],
    ]);
  });

  it('gives each element of a pretty-printed array the line it starts on', () => {
    const payloads = [0, 1, 2].map((n) => ({
      responseId: `r${n}`,
      instrument: { id: selfAssessment.id, version: selfAssessment.version, hash: null },
      params: { community: 'Math Dept' },
      answers: validAnswers(selfAssessment),
    }));
    const text = JSON.stringify(payloads, null, 2);
    // With an indent of 2, a top-level element starts on a line that is exactly "  {".
    const starts = text.split('\n').flatMap((line, i) => (line === '  {' ? [i + 1] : []));
    expect(starts).toHaveLength(payloads.length);
    expect(starts[1]).toBeGreaterThan(10);

    const parsed = parseResponseFile('r.json', text);
    expect(lines(parsed)).toEqual(starts);
    expect(parsed.records.map((r) => r.data)).toEqual(payloads);
  });

  it('is not thrown off by brackets, braces, commas and escaped quotes inside strings', () => {
    const text = [
      '[',
      '  {"note": "a ] \\" , [ { }"},',
      '',
      '  {',
      '    "list": [1,',
      '      2]',
      '  },',
      '  {"n": 3}',
      ']',
    ].join('\n');
    const parsed = parseResponseFile('r.json', text);
    expect(parsed.error).toBeNull();
    expect(lines(parsed)).toEqual([2, 4, 8]);
    expect(parsed.records[0]!.data).toEqual({ note: 'a ] " , [ { }' });
  });

  it('keeps elements that are not objects as records that toResponse rejects with their line', () => {
    const parsed = parseResponseFile('r.json', '[\n  {"n": 1},\n  "oops",\n  [1, 2]\n]');
    expect(lines(parsed)).toEqual([2, 3, 4]);
    expect(rejected(toResponse(parsed.records[1]!, { within: model }))).toEqual({
      file: 'r.json',
      line: 3,
      reason: 'is not a response object',
    });
    expect(rejected(toResponse(parsed.records[2]!, { within: model }))).toEqual({
      file: 'r.json',
      line: 4,
      reason: 'is not a response object',
    });
  });

  it('reads a single object (pretty-printed) as one record on line 1', () => {
    const payload = {
      responseId: 'only',
      instrument: { id: readiness.id },
      answers: { [scoredItems(readiness)[0]!.id]: 4 },
    };
    const parsed = parseResponseFile('one.json', JSON.stringify(payload, null, 2));
    expect(parsed).toEqual({ records: [{ source: { file: 'one.json', line: 1 }, data: payload }], error: null });
  });

  it('reports broken JSON as a file-level error naming the file and the line', () => {
    const text = '[\n  {"n": 1},\n  {"n": 2,,}\n]';
    const parsed = parseResponseFile('broken.json', text);
    expect(parsed.records).toEqual([]);
    expect(parsed.error).toMatch(/^broken\.json is not valid JSON \(line 3: /);
  });

  it('reports a truncated array as a file-level error', () => {
    const parsed = parseResponseFile('cut.json', '[\n  {"n": 1},\n  {"n": 2');
    expect(parsed.records).toEqual([]);
    expect(parsed.error).toMatch(/^cut\.json is not valid JSON/);
  });
});

describe('parseResponseFile: CSV', () => {
  it('reads a file that starts with a byte-order mark, keeping the first column’s name', () => {
    const item = scoredItems(selfAssessment)[0]!;
    const parsed = parseResponseFile('bom.csv', `\uFEFFinstrument_id,${item.id}\r\n${selfAssessment.id},4\r\n`);
    expect(parsed.error).toBeNull();
    expect(parsed.records).toEqual([
      { source: { file: 'bom.csv', line: 2 }, data: { instrument_id: selfAssessment.id, [item.id]: '4' } },
    ]);
    expect(accepted(toResponse(parsed.records[0]!, { within: model })).answers).toEqual({ [item.id]: 4 });
  });

  it('trims white space around header names', () => {
    const parsed = parseResponseFile('h.csv', ' instrument_id , dom_01 \nx,1\n');
    expect(parsed.records[0]!.data).toEqual({ instrument_id: 'x', dom_01: '1' });
  });

  it('reads quoted fields with commas and line breaks, and still numbers later rows by their line', () => {
    const text = [
      'response_id,community,note',
      'r1,"Math, Science",plain',
      'r2,Arts,"first line',
      'second line, with a comma',
      'third ""quoted"" line"',
      'r3,"Site ""B""",x',
      '',
      'r4,Music,y',
    ].join('\n');
    const parsed = parseResponseFile('q.csv', text);
    expect(parsed.error).toBeNull();
    expect(parsed.records.map((r) => [r.source.line, r.data['response_id']])).toEqual([
      [2, 'r1'],
      [3, 'r2'],
      [6, 'r3'],
      [8, 'r4'],
    ]);
    expect(parsed.records[0]!.data['community']).toBe('Math, Science');
    expect(parsed.records[1]!.data['note']).toBe('first line\nsecond line, with a comma\nthird "quoted" line');
    expect(parsed.records[2]!.data['community']).toBe('Site "B"');
  });

  it('skips blank lines but counts them (Windows line endings too)', () => {
    const parsed = parseResponseFile('b.csv', 'a,b\r\n1,2\r\n\r\n  \r\n3,4\r\n');
    expect(parsed.records.map((r) => [r.source.line, r.data])).toEqual([
      [2, { a: '1', b: '2' }],
      [5, { a: '3', b: '4' }],
    ]);
  });

  it('keeps a row with the wrong number of fields as a record that toResponse rejects with its line', () => {
    const parsed = parseResponseFile(
      'f.csv',
      `instrument_id,dom_01\n${selfAssessment.id},3\n${selfAssessment.id},3,extra\n`,
    );
    expect(lines(parsed)).toEqual([2, 3]);
    const rejection = rejected(toResponse(parsed.records[1]!, { within: model }));
    expect(rejection).toMatchObject({ file: 'f.csv', line: 3 });
    expect(rejection.reason).toMatch(/^cannot be read: .*fields/);
  });

  it('reports an empty file', () => {
    for (const [name, text] of [
      ['empty.csv', ''],
      ['blank.csv', ' \n\n'],
      ['empty.ndjson', ''],
      ['empty.json', '\n'],
    ]) {
      expect(parseResponseFile(name!, text!), name).toEqual({ records: [], error: `${name} is empty.` });
    }
  });

  it('reports a CSV without header names', () => {
    const parsed = parseResponseFile('noheader.csv', '\n\n,\n');
    expect(parsed).toEqual({ records: [], error: 'noheader.csv has no header row of variable names.' });
  });

  it('takes the first row of a CSV without a header as the header, and then rejects every row as having none of the variables', () => {
    const answers = scoredItems(selfAssessment)
      .slice(0, 3)
      .map((item, i) => choicesOf(item, model)[i]!.value);
    const parsed = parseResponseFile('data-only.csv', csv([answers, answers, answers]));
    expect(lines(parsed)).toEqual([2, 3]);
    for (const record of parsed.records) {
      const rejection = rejected(toResponse(record, { within: model, defaultInstrument: selfAssessment.id }));
      expect(rejection.reason).toBe(`has none of the variables of ${selfAssessment.id} (see its codebook)`);
    }
  });
});

describe('toResponse: response payloads', () => {
  const answers = validAnswers(selfAssessment);
  const payload = {
    payloadVersion: 1,
    responseId: '0b7c0a59-1f0e-4c52-9a55-2b1c8d1e9f10',
    instrument: { id: selfAssessment.id, version: selfAssessment.version, hash: `sha256-${'a'.repeat(64)}` },
    params: { community: 'Math Dept', wave: '2026-fall', unknown_param: 'dropped' },
    answers,
    scores: { constructs: [] },
  };
  const source = { file: 'p.ndjson', line: 7 };

  it('becomes a response with its id, instrument, the instrument’s parameters and the answers', () => {
    expect(accepted(toResponse({ source, data: payload }, { within: model }))).toEqual({
      source,
      responseId: payload.responseId,
      instrument: payload.instrument,
      params: { community: 'Math Dept', wave: '2026-fall' },
      answers,
      language: 'en',
    });
  });

  it('keeps the language it was answered in, and takes one that does not say as English', () => {
    expect(accepted(toResponse({ source, data: { ...payload, language: 'es' } }, { within: model })).language).toBe(
      'es',
    );
    expect(accepted(toResponse({ source, data: payload }, { within: model })).language).toBe('en');
    expect(accepted(toResponse({ source, data: { ...payload, language: null } }, { within: model })).language).toBe(
      'en',
    );
  });

  it('refuses a language the model is not written in, or one that is not text', () => {
    for (const language of ['fr', 'EN', { en: true }]) {
      expect(toResponse({ source, data: { ...payload, language } }, { within: model })).toEqual({
        ...source,
        reason: 'has a language that is not one of en, es',
      });
    }
  });

  it('keeps answers as they are, non-response codes included', () => {
    const result = accepted(toResponse({ source, data: payload }, { within: model }));
    expect(Object.values(result.answers)).toContain(DONT_KNOW);
    expect(Object.keys(result.answers)).toEqual(itemsOf(selfAssessment).map((item) => item.id));
  });

  it('cleans link values as the respondent page does: Unicode NFC, surrounding space removed', () => {
    const decomposed = ' E\u0301cole Nord '; // "École" with a combining accent
    const result = accepted(
      toResponse({ source, data: { ...payload, params: { community: decomposed } } }, { within: model }),
    );
    expect(result.params).toEqual({ community: '\u00c9cole Nord' });
  });

  it('takes a payload that names no version to answer the current one, and leaves a missing hash null', () => {
    const result = accepted(
      toResponse({ source, data: { instrument: { id: readiness.id }, answers: {} } }, { within: model }),
    );
    expect(result.instrument).toEqual({ id: readiness.id, version: readiness.version, hash: null });
    expect(result.responseId).toBeNull();
    expect(result.answers).toEqual({});
  });

  it('rejects a payload without an answers object', () => {
    const { answers: _answers, ...withoutAnswers } = payload;
    expect(rejected(toResponse({ source, data: withoutAnswers }, { within: model }))).toEqual({
      ...source,
      reason: 'has no answers object',
    });
    expect(rejected(toResponse({ source, data: { ...payload, answers: [4, 5] } }, { within: model })).reason).toBe(
      'has no answers object',
    );
  });

  it('takes the payload’s instrument over a default instrument', () => {
    const data = { instrument: { id: readiness.id }, answers: {} };
    expect(
      accepted(toResponse({ source, data }, { within: model, defaultInstrument: selfAssessment.id })).instrument.id,
    ).toBe(readiness.id);
  });
});

describe('toResponse: flat rows (CSV in codebook variable names)', () => {
  const scored = scoredItems(selfAssessment);
  const naItem = scored.find(offersCode)!;
  const ordinalValues = findScale(scored[0]!.scale, model).options.map((option) => option.value as number);
  const context = contextItems(selfAssessment)[0]!;
  const contextValue = choicesOf(context, model)[1]!.value;
  const [first, second, third, fourth] = scored.filter((item) => item.id !== naItem.id) as [Item, Item, Item, Item];

  const header = [
    'response_id',
    'instrument_id',
    'instrument_version',
    'instrument_hash',
    'community',
    'site',
    first.id,
    second.id,
    third.id,
    naItem.id,
    context.id,
    fourth.id,
  ];
  const row = [
    'r-1',
    selfAssessment.id,
    selfAssessment.version,
    '',
    'Math Dept',
    '',
    ordinalValues[0]!,
    ordinalValues.at(-1)!,
    '',
    DONT_KNOW,
    contextValue,
    ` ${ordinalValues[1]} `,
  ];

  const parsedRow = () => parseResponseFile('flat.csv', csv([header, row])).records[0]!;

  it('turns text numbers on ordinal items into numbers, codes included, keeps categories, and skips empty cells', () => {
    expect(isOrdinal(first) && isOrdinal(fourth) && !isOrdinal(context)).toBe(true);
    const result = accepted(toResponse(parsedRow(), { within: model }));
    expect(result.answers).toEqual({
      [first.id]: ordinalValues[0],
      [second.id]: ordinalValues.at(-1),
      [naItem.id]: DONT_KNOW,
      [context.id]: contextValue,
      [fourth.id]: ordinalValues[1],
    });
    expect(result.answers).not.toHaveProperty(third.id);
  });

  it('picks up the id, the instrument’s version and non-empty parameters', () => {
    const result = accepted(toResponse(parsedRow(), { within: model }));
    expect(result.source).toEqual({ file: 'flat.csv', line: 2 });
    expect(result.responseId).toBe('r-1');
    expect(result.instrument).toEqual({ id: selfAssessment.id, version: selfAssessment.version, hash: null });
    expect(result.params).toEqual({ community: 'Math Dept' });
    expect(result.language).toBe('en');
  });

  it('reads the export’s language column; an empty cell is English', () => {
    const read = (language: string) =>
      accepted(
        toResponse(
          parseResponseFile(
            'flat.csv',
            csv([
              [...header, 'language'],
              [...row, language],
            ]),
          ).records[0]!,
          { within: model },
        ),
      ).language;
    expect([read('es'), read('en'), read('')]).toEqual(['es', 'en', 'en']);
  });

  it('ignores columns that are neither variables nor parameters', () => {
    const data = {
      instrument_id: readiness.id,
      [scoredItems(readiness)[0]!.id]: '2',
      notes: 'free text',
      timestamp: '2026-01-01',
    };
    const result = accepted(toResponse({ source: { file: 'x.csv', line: 2 }, data }, { within: model }));
    expect(result.answers).toEqual({ [scoredItems(readiness)[0]!.id]: 2 });
    expect(result.params).toEqual({});
  });

  it('accepts a row of every valid answer of each instrument, as CSV text', () => {
    for (const instrument of [selfAssessment, readiness]) {
      const answers = validAnswers(instrument);
      const text = csv([
        ['instrument_id', ...Object.keys(answers)],
        [instrument.id, ...Object.values(answers)],
      ]);
      const result = accepted(toResponse(parseResponseFile('all.csv', text).records[0]!, { within: model }));
      expect(result.answers, instrument.id).toEqual(answers);
    }
  });
});

describe('toResponse: which instrument', () => {
  const item = scoredItems(selfAssessment)[0]!;
  const source = { file: 'rows.csv', line: 4 };

  it('rejects a row that does not name its instrument, pointing to --instrument', () => {
    const rejection = rejected(toResponse({ source, data: { [item.id]: '3' } }, { within: model }));
    expect(rejection).toMatchObject(source);
    expect(rejection.reason).toMatch(/does not say which instrument/);
    expect(rejection.reason).toContain('--instrument');
  });

  it('uses the default instrument for a row that does not name one', () => {
    const result = accepted(
      toResponse({ source, data: { [item.id]: '3' } }, { within: model, defaultInstrument: selfAssessment.id }),
    );
    expect(result.instrument.id).toBe(selfAssessment.id);
    expect(result.answers).toEqual({ [item.id]: 3 });
  });

  it('keeps a row’s own instrument_id over the default', () => {
    const readinessItem = scoredItems(readiness)[0]!;
    const result = accepted(
      toResponse(
        { source, data: { instrument_id: readiness.id, [readinessItem.id]: '3' } },
        { within: model, defaultInstrument: selfAssessment.id },
      ),
    );
    expect(result.instrument.id).toBe(readiness.id);
  });

  it('treats an empty instrument_id cell as missing', () => {
    expect(
      rejected(toResponse({ source, data: { instrument_id: '', [item.id]: '3' } }, { within: model })).reason,
    ).toMatch(/does not say which instrument/);
  });

  it('rejects an unknown instrument, naming it and the known ones', () => {
    const rejection = rejected(
      toResponse({ source, data: { instrument_id: 'cop-self-assesment', [item.id]: '3' } }, { within: model }),
    );
    expect(rejection.reason).toContain('"cop-self-assesment"');
    for (const instrument of model.instruments) expect(rejection.reason).toContain(instrument.id);
  });

  it('rejects an unknown instrument given as the default', () => {
    expect(
      rejected(toResponse({ source, data: { [item.id]: '3' } }, { within: model, defaultInstrument: 'nope' })).reason,
    ).toContain('"nope"');
  });
});

describe('toResponse: answers that cannot be scored', () => {
  const [first, second] = scoredItems(selfAssessment) as [Item, Item];
  const maxValue = Math.max(...findScale(first.scale, model).options.map((option) => Number(option.value)));
  const context = contextItems(selfAssessment)[0]!;
  const source = { file: 'bad.csv', line: 9 };
  const row = (answers: Record<string, unknown>) => ({
    source,
    data: { instrument_id: selfAssessment.id, ...answers },
  });

  it('rejects an off-scale number, listing the item', () => {
    const rejection = rejected(
      toResponse(row({ [first.id]: String(maxValue + 2), [second.id]: '3' }), { within: model }),
    );
    expect(rejection).toMatchObject(source);
    expect(rejection.reason).toMatch(/^has answers outside their scales: /);
    expect(rejection.reason).toContain(`${first.id}: ${maxValue + 2} is not one of`);
    expect(rejection.reason).not.toContain(second.id);
  });

  it('lists every item with an off-scale answer', () => {
    const reason = rejected(
      toResponse(row({ [first.id]: '0', [second.id]: '2.5', [context.id]: 'wizard' }), { within: model }),
    ).reason;
    for (const id of [first.id, second.id, context.id]) expect(reason).toContain(`${id}:`);
    expect(reason).toContain('"wizard"');
  });

  it('rejects "na" on an item that does not offer it: a context item, or any item of version 2', () => {
    expect(offersCode(context)).toBe(false);
    expect(rejected(toResponse(row({ [first.id]: NOT_APPLICABLE }), { within: model })).reason).toContain(
      `${first.id}: "na" is not one of 1, 2, 3, 4, 5, -8`,
    );
    expect(rejected(toResponse(row({ [context.id]: NOT_APPLICABLE }), { within: model })).reason).toContain(
      `${context.id}: "na" is not one of`,
    );
  });

  it('rejects a category word on an ordinal item', () => {
    expect(rejected(toResponse(row({ [first.id]: 'agree' }), { within: model })).reason).toContain(
      `${first.id}: "agree"`,
    );
  });

  it('rejects a row with none of the instrument’s variables (wrong columns)', () => {
    const wrongColumns = { instrument_id: selfAssessment.id, Q1: '4', Q2: '5', 'DOM 01': '3', community: 'Math Dept' };
    expect(rejected(toResponse({ source, data: wrongColumns }, { within: model }))).toEqual({
      ...source,
      reason: `has none of the variables of ${selfAssessment.id} (see its codebook)`,
    });
  });

  it('rejects a row of another instrument’s variables', () => {
    const readinessOnly = scoredItems(readiness).filter(
      (item) => !itemsOf(selfAssessment).some((other) => other.id === item.id),
    );
    const data = {
      instrument_id: selfAssessment.id,
      ...Object.fromEntries(readinessOnly.map((item) => [item.id, '4'])),
    };
    expect(rejected(toResponse({ source, data }, { within: model })).reason).toMatch(/has none of the variables/);
  });
});

describe('every version the model holds', () => {
  const version1 = findVersion('cop-self-assessment', '1.0.0', model)!;
  const stored = storedResponses.find(
    (payload) => payload.instrument.id === version1.id && Object.values(payload.answers).includes(NOT_APPLICABLE),
  )!;
  const source = { file: 'outbox.ndjson', line: 1 };

  it('reads a version 1 response with version 1’s items and choices, "na" included', () => {
    const result = accepted(toResponse({ source, data: stored }, { within: model }));
    expect(result.instrument).toEqual(stored.instrument);
    expect(result.answers).toEqual(stored.answers);
  });

  it('checks the answers against the version the response names: "na" is refused for version 2', () => {
    const data = { ...stored, instrument: { ...stored.instrument, version: selfAssessment.version } };
    const naItem = Object.keys(stored.answers).find((id) => stored.answers[id] === NOT_APPLICABLE)!;
    expect(rejected(toResponse({ source, data }, { within: model })).reason).toContain(`${naItem}: "na" is not one of`);
  });

  it('rejects a version this release does not hold, naming the ones it reads', () => {
    const readable = versionsOf('cop-self-assessment', model)
      .map((version) => version.version)
      .join(', ');
    const data = { ...stored, instrument: { ...stored.instrument, version: '9.9.9' } };
    expect(rejected(toResponse({ source, data }, { within: model })).reason).toBe(
      `answers cop-self-assessment version 9.9.9, which this release cannot read (it reads ${readable})`,
    );
  });

  it('hashes every version as published, and reads every stored version 1 response with its hash', async () => {
    const hashes = await readableHashes();
    expect(hashes).toEqual(publishedHashes);
    const text = storedResponses.map((payload) => JSON.stringify(payload)).join('\n');
    const result = readResponses([{ name: 'stored.ndjson', text }], hashes, { within: model });
    expect(result.rejected).toEqual([]);
    expect(result.responses.length + mergedCount(result.merged)).toBe(storedResponses.length);
    expect(new Set(result.responses.map((response) => response.instrument.version))).toEqual(new Set(['1.0.0']));
  });

  it('rejects a response whose hash is not the one published for its version', async () => {
    const wrong = `sha256-${'0'.repeat(64)}`;
    const data = { ...stored, instrument: { ...stored.instrument, hash: wrong } };
    const result = readResponses([{ name: 'old.ndjson', text: JSON.stringify(data) }], await readableHashes(), {
      within: model,
    });
    expect(result.responses).toEqual([]);
    expect(result.rejected).toEqual([
      {
        file: 'old.ndjson',
        line: 1,
        reason: `answers cop-self-assessment 1.0.0 with content hash ${wrong}, not the published ${publishedHashes['cop-self-assessment']!['1.0.0']}`,
      },
    ]);
    const response = accepted(toResponse({ source, data }, { within: model }));
    expect(hashMismatch({ ...response, instrument: { ...response.instrument, hash: null } }, {})).toBeNull();
  });
});

describe('lineCounter', () => {
  it('numbers offsets asked in order with one pass, and starts over for an earlier offset', () => {
    const text = 'a\nbb\n\nccc\n';
    const lineAt = lineCounter(text);
    expect([0, 1, 2, 4, 5, 6, 9, 10, 99].map((offset) => lineAt(offset))).toEqual([1, 1, 2, 2, 3, 4, 4, 5, 5]);
    expect(lineAt(3)).toBe(2);
  });
});

describe('parseResponseFile: large files', () => {
  it('numbers 100,000 CSV rows (some spanning lines) correctly, in linear time', () => {
    const item = scoredItems(selfAssessment)[0]!;
    const rows: string[] = [`instrument_id,note,${item.id}`];
    for (let i = 0; i < 100_000; i++)
      rows.push(i % 1000 === 0 ? `${selfAssessment.id},"two\nlines",3` : `${selfAssessment.id},,3`);
    const text = rows.join('\n');
    const parsed = parseResponseFile('big.csv', text);
    expect(parsed.records).toHaveLength(100_000);
    // Row i starts on line 2 + i + the line breaks inside quoted cells of earlier rows.
    const expected = (i: number) => 2 + i + Math.ceil(i / 1000);
    for (const i of [0, 1, 999, 1000, 1001, 54_321, 99_999])
      expect(parsed.records[i]!.source.line, `row ${i}`).toBe(expected(i));
  });

  it('numbers the elements of a large JSON array and the lines of a large NDJSON file', () => {
    const payload = { instrument: { id: readiness.id }, answers: { [scoredItems(readiness)[0]!.id]: 4 } };
    const elements = Array.from({ length: 20_000 }, () => payload);
    expect(lines(parseResponseFile('big.json', JSON.stringify(elements, null, 1))).at(-1)).toBe(2 + 19_999 * 8);
    const ndjson = Array.from({ length: 20_000 }, () => JSON.stringify(payload)).join('\n');
    expect(lines(parseResponseFile('big.ndjson', ndjson)).at(-1)).toBe(20_000);
  });
});

describe('toResponse: values that are neither numbers nor text', () => {
  const item = scoredItems(selfAssessment)[0]!;
  const deep = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;
  const payload = (answer: string) =>
    `{"responseId":"deep","instrument":{"id":"${selfAssessment.id}"},"answers":{"${item.id}":${answer}}}`;

  it('rejects an answer nested 100,000 levels deep, naming the variable, and keeps reading the file', () => {
    const good = JSON.stringify({ instrument: { id: selfAssessment.id }, answers: { [item.id]: 3 } });
    const text = [good, payload(deep(100_000)), good].join('\n');
    const { responses, rejected: bad } = readResponses([{ name: 'deep.ndjson', text }], {}, { within: model });
    expect(responses.map((response) => response.source.line)).toEqual([1, 3]);
    expect(bad).toEqual([
      {
        file: 'deep.ndjson',
        line: 2,
        reason: `has a list as its answer to ${item.id}, where a number or text belongs`,
      },
    ]);
  });

  it('rejects a deeply nested object anywhere a value is read: id, instrument, version, link value', () => {
    const nested = `${'{"a":'.repeat(50_000)}1${'}'.repeat(50_000)}`;
    const cases: [string, string][] = [
      [
        `{"responseId":${nested},"instrument":{"id":"${selfAssessment.id}"},"answers":{}}`,
        'an object as its responseId',
      ],
      [`{"instrument":{"id":${nested}},"answers":{}}`, 'an object as its instrument.id'],
      [
        `{"instrument":{"id":"${selfAssessment.id}","version":${deep(50_000)}},"answers":{}}`,
        'a list as its instrument.version',
      ],
      [
        `{"instrument":{"id":"${selfAssessment.id}"},"params":{"community":${nested}},"answers":{}}`,
        'an object as its community value',
      ],
      [`{"instrument_id":"${selfAssessment.id}","${item.id}":${nested}}`, `an object as its answer to ${item.id}`],
      [payload('true'), `true as its answer to ${item.id}`],
    ];
    for (const [line, reason] of cases) {
      const record = parseResponseFile('x.ndjson', line).records[0]!;
      expect(rejected(toResponse(record, { within: model })).reason).toContain(`has ${reason}`);
    }
  });

  it('ignores a nested value under a name that is not a variable, as it ignores any unknown column', () => {
    const text = `{"instrument":{"id":"${selfAssessment.id}"},"answers":{"${item.id}":3},"extra":${deep(100_000)}}`;
    expect(accepted(toResponse(parseResponseFile('x.ndjson', text).records[0]!, { within: model })).answers).toEqual({
      [item.id]: 3,
    });
  });
});

describe('reasons carry no control characters', () => {
  it('escapes control and bidirectional characters quoted from the response', () => {
    const text = [
      JSON.stringify({ instrument: { id: 'evil\u001b[2J\u202e' }, answers: {} }),
      JSON.stringify({
        instrument: { id: selfAssessment.id },
        answers: { [scoredItems(selfAssessment)[0]!.id]: 'x\u009b31m' },
      }),
      '{"broken\u0007',
    ].join('\n');
    const { rejected: bad } = readResponses([{ name: 'c.ndjson', text }], {}, { within: model });
    expect(bad).toHaveLength(3);
    for (const { reason } of bad) {
      // eslint-disable-next-line no-control-regex -- the test looks for control characters
      expect(reason).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e]/);
    }
    expect(bad[0]!.reason).toContain('"evil\\u001b[2J\\u202e"');
    expect(bad[1]!.reason).toContain('x\\u009b31m');
  });

  it('escapeControl escapes control and bidirectional characters and leaves other text alone', () => {
    expect(escapeControl('a\u0000b\u007f\u200ec — é')).toBe('a\\u0000b\\u007f\\u200ec — é');
  });
});

describe('readResponses: each response counted once', () => {
  const answers = validAnswers(selfAssessment);
  const payload = (responseId: string, extra: Record<string, unknown> = {}) =>
    JSON.stringify({
      responseId,
      instrument: { id: selfAssessment.id, version: selfAssessment.version },
      params: { community: 'Math Dept' },
      answers,
      ...extra,
    });
  const read = (files: { name: string; text: string }[]) => readResponses(files, {}, { within: model });

  it('merges identical copies, within a file and across files, into the first, and says where they were', () => {
    const a = { name: 'a.ndjson', text: [payload('r1'), payload('r2'), payload('r1')].join('\n') };
    const b = { name: 'b.ndjson', text: [payload('r2'), payload('r3'), payload('r1')].join('\n') };
    const result = read([a, b]);
    expect(result.rejected).toEqual([]);
    expect(result.responses.map((r) => [r.responseId, r.source.file, r.source.line])).toEqual([
      ['r1', 'a.ndjson', 1],
      ['r2', 'a.ndjson', 2],
      ['r3', 'b.ndjson', 2],
    ]);
    expect(result.merged).toEqual([
      {
        responseId: 'r1',
        first: { file: 'a.ndjson', line: 1 },
        copies: [
          { file: 'a.ndjson', line: 3 },
          { file: 'b.ndjson', line: 3 },
        ],
      },
      { responseId: 'r2', first: { file: 'a.ndjson', line: 2 }, copies: [{ file: 'b.ndjson', line: 1 }] },
    ]);
    expect(mergedCount(result.merged)).toBe(3);
    expect(result.conflicts).toBe(0);
  });

  it('takes copies as identical by content, not by text: key order, other fields and format do not matter', () => {
    const reordered = JSON.stringify({
      submittedAt: '2026-01-01T00:00:00Z',
      answers: Object.fromEntries(Object.entries(answers).reverse()),
      params: { community: 'Math Dept' },
      instrument: { version: selfAssessment.version, id: selfAssessment.id },
      responseId: 'r1',
    });
    const row = {
      response_id: 'r1',
      instrument_id: selfAssessment.id,
      instrument_version: selfAssessment.version,
      community: 'Math Dept',
      ...answers,
    };
    const result = read([
      { name: 'a.ndjson', text: payload('r1') },
      { name: 'b.ndjson', text: reordered },
      { name: 'c.csv', text: csv([Object.keys(row), Object.values(row)]) },
    ]);
    expect(result.rejected).toEqual([]);
    expect(result.responses).toHaveLength(1);
    expect(mergedCount(result.merged)).toBe(2);
  });

  it('rejects every copy of an id whose copies differ, naming every place, and counts none of them', () => {
    const item = scoredItems(selfAssessment)[0]!;
    const [other, changed] = choicesOf(item, model)
      .map((choice) => choice.value)
      .filter((value) => value !== answers[item.id])
      .map((value) => ({ ...answers, [item.id]: value }));
    const a = { name: 'a.ndjson', text: [payload('r1'), payload('r2'), payload('r1', { answers: other })].join('\n') };
    const b = { name: 'b.ndjson', text: [payload('r1', { answers: changed }), payload('r1')].join('\n') };
    const result = read([a, b]);
    expect(result.responses.map((r) => r.responseId)).toEqual(['r2']);
    expect(result.conflicts).toBe(1);
    expect(result.merged).toEqual([]);
    const places = 'a.ndjson:1, a.ndjson:3, b.ndjson:1, b.ndjson:2';
    expect(result.rejected).toEqual(
      [
        ['a.ndjson', 1],
        ['a.ndjson', 3],
        ['b.ndjson', 1],
        ['b.ndjson', 2],
      ].map(([file, line]) => ({
        file,
        line,
        reason: `is one of 4 copies of response r1 with 3 different contents (${places}); none is counted until only one remains`,
      })),
    );
  });

  it('sees different link values or another version under one id as a conflict', () => {
    for (const extra of [
      { params: { community: 'Arts' } },
      { instrument: { id: selfAssessment.id, version: '0.0.1' } },
    ]) {
      const result = read([{ name: 'a.ndjson', text: [payload('r1'), payload('r1', extra)].join('\n') }]);
      // A copy of another version is rejected for that already; the other copy then stands alone.
      if ('instrument' in extra) expect(result.responses).toHaveLength(1);
      else expect(result.conflicts).toBe(1);
    }
  });

  it('counts rows without a response id as they are, even when identical', () => {
    const item = scoredItems(selfAssessment)[0]!;
    const text = csv([
      ['instrument_id', item.id],
      [selfAssessment.id, 3],
      [selfAssessment.id, 3],
    ]);
    const result = read([{ name: 'paper.csv', text }]);
    expect(result.responses).toHaveLength(2);
    expect(result.merged).toEqual([]);
  });
});
