import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { choicesOf, findScale, itemsOf, model } from '../../src/instruments/model.ts';
import {
  detectFormat,
  isRejection,
  parseResponseFile,
  toResponse,
  type ParsedFile,
  type Rejection,
  type ResponseRecord,
} from '../../src/instruments/responses.ts';
import { NOT_APPLICABLE } from '../../src/instruments/scales.ts';
import type { Instrument, Item } from '../../src/instruments/types.ts';

// The instrument with stage items (the self-assessment) and the one with a readiness profile.
const selfAssessment = model.instruments.find((i) => itemsOf(i).some((item) => item.kind === 'stage'))!;
const readiness = model.instruments.find((i) => i.scoring.readinessProfile === true)!;

const isOrdinal = (item: Item) => findScale(item.scale).kind === 'ordinal';
const scoredItems = (instrument: Instrument) => itemsOf(instrument).filter((item) => item.kind === 'scored');
const contextItems = (instrument: Instrument) => itemsOf(instrument).filter((item) => item.kind === 'context');
const offersNa = (item: Item) => choicesOf(item).some((choice) => choice.value === NOT_APPLICABLE);

/** A valid answer to every item: the choices in turn, so every kind of value (numbers, categories, "na") appears. */
function validAnswers(instrument: Instrument): Record<string, number | string> {
  return Object.fromEntries(
    itemsOf(instrument).map((item, i) => {
      const choices = choicesOf(item);
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
    const rejection = rejected(toResponse(parsed.records[1]!));
    expect(rejection).toMatchObject({ file: 'r.ndjson', line: 3 });
    expect(rejection.reason).toMatch(/^cannot be read: /);
  });

  it('keeps a line that is JSON but not an object as a record that toResponse rejects', () => {
    const parsed = parseResponseFile('r.ndjson', '[1,2]\n"text"\n42\nnull\n');
    expect(lines(parsed)).toEqual([1, 2, 3, 4]);
    for (const [i, record] of parsed.records.entries()) {
      expect(rejected(toResponse(record))).toEqual({
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
    expect(rejected(toResponse(parsed.records[1]!))).toEqual({
      file: 'r.json',
      line: 3,
      reason: 'is not a response object',
    });
    expect(rejected(toResponse(parsed.records[2]!))).toEqual({
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
    expect(accepted(toResponse(parsed.records[0]!)).answers).toEqual({ [item.id]: 4 });
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
    const rejection = rejected(toResponse(parsed.records[1]!));
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
      .map((item, i) => choicesOf(item)[i]!.value);
    const parsed = parseResponseFile('data-only.csv', csv([answers, answers, answers]));
    expect(lines(parsed)).toEqual([2, 3]);
    for (const record of parsed.records) {
      const rejection = rejected(toResponse(record, { defaultInstrument: selfAssessment.id }));
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
    expect(accepted(toResponse({ source, data: payload }))).toEqual({
      source,
      responseId: payload.responseId,
      instrument: payload.instrument,
      params: { community: 'Math Dept', wave: '2026-fall' },
      answers,
    });
  });

  it('keeps answers as they are, "na" included', () => {
    const result = accepted(toResponse({ source, data: payload }));
    expect(Object.values(result.answers)).toContain(NOT_APPLICABLE);
    expect(Object.keys(result.answers)).toEqual(itemsOf(selfAssessment).map((item) => item.id));
  });

  it('cleans link values as the respondent page does: Unicode NFC, surrounding space removed', () => {
    const decomposed = ' E\u0301cole Nord '; // "École" with a combining accent
    const result = accepted(toResponse({ source, data: { ...payload, params: { community: decomposed } } }));
    expect(result.params).toEqual({ community: '\u00c9cole Nord' });
  });

  it('leaves version and hash null when the payload does not give them', () => {
    const result = accepted(toResponse({ source, data: { instrument: { id: readiness.id }, answers: {} } }));
    expect(result.instrument).toEqual({ id: readiness.id, version: null, hash: null });
    expect(result.responseId).toBeNull();
    expect(result.answers).toEqual({});
  });

  it('rejects a payload without an answers object', () => {
    const { answers: _answers, ...withoutAnswers } = payload;
    expect(rejected(toResponse({ source, data: withoutAnswers }))).toEqual({
      ...source,
      reason: 'has no answers object',
    });
    expect(rejected(toResponse({ source, data: { ...payload, answers: [4, 5] } })).reason).toBe(
      'has no answers object',
    );
  });

  it('takes the payload’s instrument over a default instrument', () => {
    const data = { instrument: { id: readiness.id }, answers: {} };
    expect(accepted(toResponse({ source, data }, { defaultInstrument: selfAssessment.id })).instrument.id).toBe(
      readiness.id,
    );
  });
});

describe('toResponse: flat rows (CSV in codebook variable names)', () => {
  const scored = scoredItems(selfAssessment);
  const naItem = scored.find(offersNa)!;
  const ordinalValues = findScale(scored[0]!.scale).options.map((option) => option.value as number);
  const context = contextItems(selfAssessment)[0]!;
  const contextValue = choicesOf(context)[1]!.value;
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
    NOT_APPLICABLE,
    contextValue,
    ` ${ordinalValues[1]} `,
  ];

  const parsedRow = () => parseResponseFile('flat.csv', csv([header, row])).records[0]!;

  it('turns text numbers on ordinal items into numbers, keeps "na" and categories, and skips empty cells', () => {
    expect(isOrdinal(first) && isOrdinal(fourth) && !isOrdinal(context)).toBe(true);
    const result = accepted(toResponse(parsedRow()));
    expect(result.answers).toEqual({
      [first.id]: ordinalValues[0],
      [second.id]: ordinalValues.at(-1),
      [naItem.id]: NOT_APPLICABLE,
      [context.id]: contextValue,
      [fourth.id]: ordinalValues[1],
    });
    expect(result.answers).not.toHaveProperty(third.id);
  });

  it('picks up the id, the instrument’s version and non-empty parameters', () => {
    const result = accepted(toResponse(parsedRow()));
    expect(result.source).toEqual({ file: 'flat.csv', line: 2 });
    expect(result.responseId).toBe('r-1');
    expect(result.instrument).toEqual({ id: selfAssessment.id, version: selfAssessment.version, hash: null });
    expect(result.params).toEqual({ community: 'Math Dept' });
  });

  it('ignores columns that are neither variables nor parameters', () => {
    const data = {
      instrument_id: readiness.id,
      [scoredItems(readiness)[0]!.id]: '2',
      notes: 'free text',
      timestamp: '2026-01-01',
    };
    const result = accepted(toResponse({ source: { file: 'x.csv', line: 2 }, data }));
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
      const result = accepted(toResponse(parseResponseFile('all.csv', text).records[0]!));
      expect(result.answers, instrument.id).toEqual(answers);
    }
  });
});

describe('toResponse: which instrument', () => {
  const item = scoredItems(selfAssessment)[0]!;
  const source = { file: 'rows.csv', line: 4 };

  it('rejects a row that does not name its instrument, pointing to --instrument', () => {
    const rejection = rejected(toResponse({ source, data: { [item.id]: '3' } }));
    expect(rejection).toMatchObject(source);
    expect(rejection.reason).toMatch(/does not say which instrument/);
    expect(rejection.reason).toContain('--instrument');
  });

  it('uses the default instrument for a row that does not name one', () => {
    const result = accepted(toResponse({ source, data: { [item.id]: '3' } }, { defaultInstrument: selfAssessment.id }));
    expect(result.instrument.id).toBe(selfAssessment.id);
    expect(result.answers).toEqual({ [item.id]: 3 });
  });

  it('keeps a row’s own instrument_id over the default', () => {
    const readinessItem = scoredItems(readiness)[0]!;
    const result = accepted(
      toResponse(
        { source, data: { instrument_id: readiness.id, [readinessItem.id]: '3' } },
        { defaultInstrument: selfAssessment.id },
      ),
    );
    expect(result.instrument.id).toBe(readiness.id);
  });

  it('treats an empty instrument_id cell as missing', () => {
    expect(rejected(toResponse({ source, data: { instrument_id: '', [item.id]: '3' } })).reason).toMatch(
      /does not say which instrument/,
    );
  });

  it('rejects an unknown instrument, naming it and the known ones', () => {
    const rejection = rejected(toResponse({ source, data: { instrument_id: 'cop-self-assesment', [item.id]: '3' } }));
    expect(rejection.reason).toContain('"cop-self-assesment"');
    for (const instrument of model.instruments) expect(rejection.reason).toContain(instrument.id);
  });

  it('rejects an unknown instrument given as the default', () => {
    expect(rejected(toResponse({ source, data: { [item.id]: '3' } }, { defaultInstrument: 'nope' })).reason).toContain(
      '"nope"',
    );
  });
});

describe('toResponse: answers that cannot be scored', () => {
  const [first, second] = scoredItems(selfAssessment) as [Item, Item];
  const maxValue = Math.max(...findScale(first.scale).options.map((option) => Number(option.value)));
  const context = contextItems(selfAssessment)[0]!;
  const source = { file: 'bad.csv', line: 9 };
  const row = (answers: Record<string, unknown>) => ({
    source,
    data: { instrument_id: selfAssessment.id, ...answers },
  });

  it('rejects an off-scale number, listing the item', () => {
    const rejection = rejected(toResponse(row({ [first.id]: String(maxValue + 2), [second.id]: '3' })));
    expect(rejection).toMatchObject(source);
    expect(rejection.reason).toMatch(/^has answers outside their scales: /);
    expect(rejection.reason).toContain(`${first.id}: ${maxValue + 2} is not one of`);
    expect(rejection.reason).not.toContain(second.id);
  });

  it('lists every item with an off-scale answer', () => {
    const reason = rejected(toResponse(row({ [first.id]: '0', [second.id]: '2.5', [context.id]: 'wizard' }))).reason;
    for (const id of [first.id, second.id, context.id]) expect(reason).toContain(`${id}:`);
    expect(reason).toContain('"wizard"');
  });

  it('rejects "na" on an item that does not offer it', () => {
    expect(offersNa(context)).toBe(false);
    expect(rejected(toResponse(row({ [context.id]: NOT_APPLICABLE }))).reason).toContain(
      `${context.id}: "na" is not one of`,
    );
  });

  it('rejects a category word on an ordinal item', () => {
    expect(rejected(toResponse(row({ [first.id]: 'agree' }))).reason).toContain(`${first.id}: "agree"`);
  });

  it('rejects a row with none of the instrument’s variables (wrong columns)', () => {
    const wrongColumns = { instrument_id: selfAssessment.id, Q1: '4', Q2: '5', 'DOM 01': '3', community: 'Math Dept' };
    expect(rejected(toResponse({ source, data: wrongColumns }))).toEqual({
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
    expect(rejected(toResponse({ source, data })).reason).toMatch(/has none of the variables/);
  });
});
