import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { contentHash } from '../../src/instruments/hash.ts';
import { choicesOf, estimatesStage, itemsOf, nonResponseChoicesOf } from '../../src/instruments/model.ts';
import { model } from '../../src/instruments/source-model.ts';
import {
  buildPayload,
  parseResponsePayload,
  responseSchemaV1,
  type ResponsePayload,
} from '../../src/instruments/payload.ts';
import { LANGUAGES } from '../../src/instruments/languages.ts';
import { isNonResponse, NOT_APPLICABLE } from '../../src/instruments/scales.ts';
import { scoreResponse } from '../../src/instruments/score.ts';
import type { Instrument } from '../../src/instruments/types.ts';
import { storedResponses } from '../support/stored-responses.ts';

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/** One Ajv per schema: both schemas carry the same $id. */
function compile(schema: object) {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  // ajv-formats is not installed, so `format: date-time` gets a small RFC 3339 check of its own here.
  ajv.addFormat('date-time', {
    type: 'string',
    validate: (text: string) => RFC3339.test(text) && !Number.isNaN(Date.parse(text)),
  });
  return ajv.compile(schema);
}

const validate = compile(responseSchemaV1);
/** The schema as published before it was generated from Zod: what version 1 has always meant. */
const validatePublished = compile(
  JSON.parse(readFileSync(new URL('../support/response-v1.published.json', import.meta.url), 'utf8')),
);

function schemaErrors(payload: unknown): { path: string; keyword: string }[] {
  return validate(payload)
    ? []
    : (validate.errors ?? []).map((error) => ({ path: error.instancePath, keyword: error.keyword }));
}

/**
 * Every item answered from the model: a choice on its scale, or on every fourth item that offers them, one
 * of its non-response answers ("na" in version 1, the codes later).
 */
function answersFrom(instrument: Instrument): Record<string, number | string> {
  return Object.fromEntries(
    itemsOf(instrument).map((item, i) => {
      const codes = nonResponseChoicesOf(item, model);
      if (codes.length > 0 && i % 4 === 0) return [item.id, codes[(i / 4) % codes.length]!.value];
      const choices = choicesOf(item, model).filter((choice) => !isNonResponse(choice.value));
      return [item.id, choices[(i * 3) % choices.length]!.value];
    }),
  );
}

async function payloadFor(instrument: Instrument): Promise<ResponsePayload> {
  const submitted = new Date();
  return buildPayload({
    within: model,
    instrument,
    hash: await contentHash(instrument),
    params: { community: 'École Nord', site: 'Site 2', wave: '2026-fall', code: 'A17' },
    answers: answersFrom(instrument),
    responseId: crypto.randomUUID(),
    startedAt: new Date(submitted.getTime() - 7 * 60_000).toISOString(),
    submittedAt: submitted.toISOString(),
    locale: 'en-GB',
    language: 'es',
  });
}

// A broken copy is changed at any depth (c.instrument.hash, c.scores.constructs[0].mean, …): typing every path would
// hide what each case breaks.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type MutableCopy = Record<string, any>;

/** A deep copy of the payload after `change`. */
function changed(payload: ResponsePayload, change: (copy: MutableCopy) => void): unknown {
  const copy = structuredClone(payload) as MutableCopy;
  change(copy);
  return copy;
}

const instruments = [...model.instruments, ...model.archive].map(
  (instrument) => [`${instrument.id} ${instrument.version}`, instrument] as const,
);

describe.each(instruments)('a payload of %s', (_id, instrument) => {
  const payload = payloadFor(instrument);

  it('answers every item, some with a non-response answer', async () => {
    const { answers } = await payload;
    expect(Object.keys(answers)).toEqual(itemsOf(instrument).map((item) => item.id));
    expect(Object.values(answers).some(isNonResponse)).toBe(true);
    expect(Object.values(answers).some((value) => typeof value === 'number')).toBe(true);
  });

  it('carries the scores its instrument defines', async () => {
    const { scores } = await payload;
    expect(scores.constructs.length).toBeGreaterThan(0);
    const withNonResponse = scores.constructs.filter((score) => score.notApplicable > 0);
    expect(withNonResponse.length).toBeGreaterThan(0);
    // A short form's construct is its one item: a non-response leaves it unscored.
    if (instrument.shortFormOf === undefined) expect(withNonResponse.some((score) => score.mean !== null)).toBe(true);
    else expect(withNonResponse.every((score) => score.mean === null)).toBe(true);
    expect('stage' in scores).toBe(estimatesStage(instrument));
    expect('readiness' in scores).toBe(instrument.scoring.readinessProfile === true);
  });

  it('carries exactly the scores its answers give', async () => {
    const { answers, scores } = await payload;
    expect(scores).toEqual(scoreResponse(instrument, answers, model));
  });

  it('validates against the response schema', async () => {
    expect(schemaErrors(await payload)).toEqual([]);
  });

  it('is accepted by parseResponsePayload unchanged', async () => {
    const sent = JSON.parse(JSON.stringify(await payload));
    expect(parseResponsePayload(sent)).toEqual({ ok: true, payload: sent });
  });

  it('survives a trip through JSON and still validates', async () => {
    expect(schemaErrors(JSON.parse(JSON.stringify(await payload)))).toEqual([]);
  });

  it('records the language it was shown in, apart from the browser locale', async () => {
    const { language, locale } = await payload;
    expect({ language, locale }).toEqual({ language: 'es', locale: 'en-GB' });
  });

  it('has ISO 8601 UTC timestamps, started before submitted', async () => {
    const { startedAt, submittedAt } = await payload;
    for (const timestamp of [startedAt, submittedAt]) {
      expect(timestamp).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
      expect(new Date(timestamp).toISOString()).toBe(timestamp);
    }
    expect(Date.parse(startedAt)).toBeLessThan(Date.parse(submittedAt));
  });
});

describe('the response schema rejects', () => {
  const instrument = model.instruments[0]!;
  const payload = payloadFor(instrument);

  it('nothing from the valid payload these cases start from', async () => {
    expect(schemaErrors(await payload)).toEqual([]);
  });

  const HASH_PROBLEM = 'instrument.hash: expected "sha256-" and 64 lower-case hexadecimal digits';
  const UUID_PROBLEM = 'responseId: expected a lower-case UUID such as 3f2b8c1e-0a4d-4e5f-9b6a-7c8d9e0f1a2b';

  it.each<[string, (copy: MutableCopy) => void, { path: string; keyword: string }, string]>([
    [
      'an extra top-level property (an email address)',
      (c) => void (c['email'] = 'someone@example.org'),
      { path: '', keyword: 'additionalProperties' },
      'email: not part of payload version 1',
    ],
    [
      'a missing responseId',
      (c) => void delete c['responseId'],
      { path: '', keyword: 'required' },
      'responseId: missing',
    ],
    [
      'a missing instrument hash',
      (c) => void delete c['instrument'].hash,
      { path: '/instrument', keyword: 'required' },
      'instrument.hash: missing',
    ],
    [
      'a hash that is not sha256',
      (c) => void (c['instrument'].hash = `md5-${'0'.repeat(32)}`),
      { path: '/instrument/hash', keyword: 'pattern' },
      HASH_PROBLEM,
    ],
    [
      'a hash that is too short',
      (c) => void (c['instrument'].hash = `sha256-${'a'.repeat(63)}`),
      { path: '/instrument/hash', keyword: 'pattern' },
      HASH_PROBLEM,
    ],
    [
      'a hash in upper case',
      (c) => void (c['instrument'].hash = c['instrument'].hash.toUpperCase()),
      { path: '/instrument/hash', keyword: 'pattern' },
      HASH_PROBLEM,
    ],
    [
      'a responseId that is not a UUID',
      (c) => void (c['responseId'] = 'response-1'),
      { path: '/responseId', keyword: 'pattern' },
      UUID_PROBLEM,
    ],
    [
      'a UUID without its hyphens',
      (c) => void (c['responseId'] = c['responseId'].replaceAll('-', '')),
      { path: '/responseId', keyword: 'pattern' },
      UUID_PROBLEM,
    ],
    [
      'payloadVersion 2',
      (c) => void (c['payloadVersion'] = 2),
      { path: '/payloadVersion', keyword: 'const' },
      'payloadVersion: expected 1',
    ],
    [
      'a params value that is a number',
      (c) => void (c['params'].wave = 2),
      { path: '/params/wave', keyword: 'type' },
      'params.wave: expected a string, got 2',
    ],
    [
      'a params name that is not a variable name',
      (c) => void (c['params']['Bad Name'] = 'x'),
      { path: '/params', keyword: 'propertyNames' },
      'params["Bad Name"]: not a variable name (a lower-case letter, then lower-case letters, digits or _)',
    ],
    [
      'a params value over 200 characters',
      (c) => void (c['params'].community = 'a'.repeat(201)),
      { path: '/params/community', keyword: 'maxLength' },
      'params.community: expected at most 200 characters',
    ],
    [
      'an answer that is an object',
      (c) => void (c['answers'][Object.keys(c['answers'])[0]!] = { value: 3 }),
      { path: `/answers/${itemsOf(instrument)[0]!.id}`, keyword: 'type' },
      `answers.${itemsOf(instrument)[0]!.id}: expected a number or a string, got an object`,
    ],
    [
      'an extra property inside instrument',
      (c) => void (c['instrument'].title = 'x'),
      { path: '/instrument', keyword: 'additionalProperties' },
      'instrument.title: not part of payload version 1',
    ],
    [
      'a version that is not semantic',
      (c) => void (c['instrument'].version = '1.0'),
      { path: '/instrument/version', keyword: 'pattern' },
      'instrument.version: expected a semantic version such as 1.2.0',
    ],
    [
      'a construct score with an extra property',
      (c) => void (c['scores'].constructs[0].respondent = 'x'),
      { path: '/scores/constructs/0', keyword: 'additionalProperties' },
      'scores.constructs[0].respondent: not part of payload version 1',
    ],
    [
      'a submittedAt that is not a date-time',
      (c) => void (c['submittedAt'] = new Date().toString()),
      { path: '/submittedAt', keyword: 'format' },
      'submittedAt: expected an ISO 8601 date-time such as 2026-11-23T09:30:00.000Z',
    ],
    [
      'a startedAt that is a number',
      (c) => void (c['startedAt'] = 1_700_000_000_000),
      { path: '/startedAt', keyword: 'type' },
      'startedAt: expected a string, got 1700000000000',
    ],
    [
      'a locale that is too long',
      (c) => void (c['locale'] = 'x'.repeat(36)),
      { path: '/locale', keyword: 'maxLength' },
      'locale: expected at most 35 characters',
    ],
    [
      'a language the model is not written in',
      (c) => void (c['language'] = 'fr'),
      { path: '/language', keyword: 'enum' },
      'language: expected one of "en", "es"',
    ],
  ])('%s', async (_what, change, expected, problem) => {
    const sent = changed(await payload, change);
    expect(schemaErrors(sent)).toContainEqual(expected);
    expect(validatePublished(sent)).toBe(false);
    const check = parseResponsePayload(sent);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.problems).toContain(problem);
  });
});

describe('every stored response shape', () => {
  const shapes: [string, unknown][] = storedResponses.flatMap((payload, i) => {
    const { stage: _stage, readiness: _readiness, ...constructsOnly } = payload.scores;
    return [
      [
        `stored response ${i + 1} (${payload.instrument.id}, params ${Object.keys(payload.params).join(', ') || 'none'})`,
        payload,
      ],
      [`stored response ${i + 1} without its optional scores`, { ...payload, scores: constructsOnly }],
    ];
  });

  it('includes "na" answers, offset timestamps, empty answers and unscored constructs', () => {
    expect(storedResponses.some((payload) => Object.values(payload.answers).includes(NOT_APPLICABLE))).toBe(true);
    expect(storedResponses.some((payload) => payload.submittedAt.endsWith('+02:00'))).toBe(true);
    expect(storedResponses.some((payload) => Object.keys(payload.answers).length === 0)).toBe(true);
    expect(storedResponses.some((payload) => payload.scores.constructs.some((score) => score.mean === null))).toBe(
      true,
    );
  });

  it.each(shapes)(
    '%s is accepted by the published schema, the generated one and parseResponsePayload',
    (_what, shape) => {
      expect(validatePublished(shape)).toBe(true);
      expect(schemaErrors(shape)).toEqual([]);
      expect(parseResponsePayload(shape)).toEqual({ ok: true, payload: shape });
    },
  );

  // The published schema predates `language`, so only the generated one and the parser are asked.
  it.each(shapes.flatMap(([what, shape]) => LANGUAGES.map((language) => [`${what}, in ${language}`, shape, language])))(
    '%s is accepted by the generated schema and parseResponsePayload',
    (_what, shape, language) => {
      const recorded = { ...(shape as object), language };
      expect(schemaErrors(recorded)).toEqual([]);
      expect(parseResponsePayload(recorded)).toEqual({ ok: true, payload: recorded });
    },
  );

  it('are all from before the language was recorded', () => {
    expect(storedResponses.every((payload) => !('language' in payload))).toBe(true);
  });
});

describe('parseResponsePayload', () => {
  it('says what it expected of a body that is not an object', () => {
    expect(parseResponsePayload(null)).toEqual({
      ok: false,
      problems: ['(the payload): expected an object, got null'],
    });
    expect(parseResponsePayload([])).toEqual({
      ok: false,
      problems: ['(the payload): expected an object, got an array'],
    });
  });

  it('names every problem, and escapes control characters in names taken from the body', () => {
    const check = parseResponsePayload({ ...storedResponses[0], params: { 'x\u001b[2Jy': 'v' }, locale: 7 });
    expect(check).toEqual({
      ok: false,
      problems: [
        'params["x\\u001b[2Jy"]: not a variable name (a lower-case letter, then lower-case letters, digits or _)',
        'locale: expected a string, got 7',
      ],
    });
  });

  it('never echoes text from the body', () => {
    const check = parseResponsePayload({
      ...storedResponses[0],
      answers: { dom_01: ['private words'] },
      locale: { text: 'private words' },
    });
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.problems.join('\n')).not.toContain('private words');
  });
});
