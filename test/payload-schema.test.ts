import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { choicesOf, offersNotApplicable } from '../src/instruments/generate.ts';
import { contentHash } from '../src/instruments/hash.ts';
import { itemsOf, model } from '../src/instruments/model.ts';
import { responseSchemaV1, type ResponsePayload } from '../src/instruments/payload.ts';
import { NOT_APPLICABLE } from '../src/instruments/scales.ts';
import { scoreResponse, type Answers } from '../src/instruments/score.ts';
import type { Instrument } from '../src/instruments/types.ts';

// ajv-formats is not installed, so `format: date-time` gets a small RFC 3339 check of its own here.
const ajv = new Ajv2020({ strict: false, allErrors: true });
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
ajv.addFormat('date-time', { type: 'string', validate: (text: string) => RFC3339.test(text) && !Number.isNaN(Date.parse(text)) });
const validate = ajv.compile(responseSchemaV1);

function schemaErrors(payload: unknown): { path: string; keyword: string }[] {
  return validate(payload) ? [] : (validate.errors ?? []).map((error) => ({ path: error.instancePath, keyword: error.keyword }));
}

/** Every item answered from the model: a valid choice, with "na" on every fourth item that offers it. */
function answersFrom(instrument: Instrument): Record<string, number | string> {
  return Object.fromEntries(
    itemsOf(instrument).map((item, i) => {
      if (offersNotApplicable(item) && i % 4 === 0) return [item.id, NOT_APPLICABLE];
      const choices = choicesOf(item).filter((choice) => choice.value !== NOT_APPLICABLE);
      return [item.id, choices[(i * 3) % choices.length]!.value];
    }),
  );
}

async function payloadFor(instrument: Instrument): Promise<ResponsePayload> {
  const answers: Answers = answersFrom(instrument);
  const submitted = new Date();
  return {
    payloadVersion: 1,
    responseId: crypto.randomUUID(),
    instrument: { id: instrument.id, version: instrument.version, hash: await contentHash(instrument) },
    params: { community: 'École Nord', site: 'Site 2', wave: '2026-fall', code: 'A17' },
    answers,
    scores: scoreResponse(instrument, answers),
    startedAt: new Date(submitted.getTime() - 7 * 60_000).toISOString(),
    submittedAt: submitted.toISOString(),
    locale: 'en-GB',
  };
}

/** A deep copy of the payload after `change`. */
function changed(payload: ResponsePayload, change: (copy: Record<string, any>) => void): unknown {
  const copy = structuredClone(payload) as Record<string, any>;
  change(copy);
  return copy;
}

const instruments = model.instruments.map((instrument) => [instrument.id, instrument] as const);

describe.each(instruments)('a payload of %s', (_id, instrument) => {
  const payload = payloadFor(instrument);

  it('answers every item, some with "na"', async () => {
    const { answers } = await payload;
    expect(Object.keys(answers)).toEqual(itemsOf(instrument).map((item) => item.id));
    expect(Object.values(answers)).toContain(NOT_APPLICABLE);
    expect(Object.values(answers).some((value) => typeof value === 'number')).toBe(true);
  });

  it('carries the scores its instrument defines', async () => {
    const { scores } = await payload;
    expect(scores.constructs.length).toBeGreaterThan(0);
    expect(scores.constructs.some((score) => score.mean !== null && score.notApplicable > 0)).toBe(true);
    expect('stage' in scores).toBe(instrument.scoring.stageClearMargin !== undefined);
    expect('readiness' in scores).toBe(instrument.scoring.readinessProfile === true);
  });

  it('validates against the response schema', async () => {
    expect(schemaErrors(await payload)).toEqual([]);
  });

  it('survives a trip through JSON and still validates', async () => {
    expect(schemaErrors(JSON.parse(JSON.stringify(await payload)))).toEqual([]);
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

  it.each<[string, (copy: Record<string, any>) => void, { path: string; keyword: string }]>([
    ['an extra top-level property (an email address)', (c) => void (c['email'] = 'someone@example.org'), { path: '', keyword: 'additionalProperties' }],
    ['a missing responseId', (c) => void delete c['responseId'], { path: '', keyword: 'required' }],
    ['a missing instrument hash', (c) => void delete c['instrument'].hash, { path: '/instrument', keyword: 'required' }],
    ['a hash that is not sha256', (c) => void (c['instrument'].hash = `md5-${'0'.repeat(32)}`), { path: '/instrument/hash', keyword: 'pattern' }],
    ['a hash that is too short', (c) => void (c['instrument'].hash = `sha256-${'a'.repeat(63)}`), { path: '/instrument/hash', keyword: 'pattern' }],
    ['a hash in upper case', (c) => void (c['instrument'].hash = c['instrument'].hash.toUpperCase()), { path: '/instrument/hash', keyword: 'pattern' }],
    ['a responseId that is not a UUID', (c) => void (c['responseId'] = 'response-1'), { path: '/responseId', keyword: 'pattern' }],
    ['a UUID without its hyphens', (c) => void (c['responseId'] = c['responseId'].replaceAll('-', '')), { path: '/responseId', keyword: 'pattern' }],
    ['payloadVersion 2', (c) => void (c['payloadVersion'] = 2), { path: '/payloadVersion', keyword: 'const' }],
    ['a params value that is a number', (c) => void (c['params'].wave = 2), { path: '/params/wave', keyword: 'type' }],
    ['a params name that is not a variable name', (c) => void (c['params']['Bad Name'] = 'x'), { path: '/params', keyword: 'propertyNames' }],
    ['a params value over 200 characters', (c) => void (c['params'].community = 'a'.repeat(201)), { path: '/params/community', keyword: 'maxLength' }],
    ['an answer that is an object', (c) => void (c['answers'][Object.keys(c['answers'])[0]!] = { value: 3 }), { path: `/answers/${itemsOf(instrument)[0]!.id}`, keyword: 'type' }],
    ['an extra property inside instrument', (c) => void (c['instrument'].title = 'x'), { path: '/instrument', keyword: 'additionalProperties' }],
    ['a version that is not semantic', (c) => void (c['instrument'].version = '1.0'), { path: '/instrument/version', keyword: 'pattern' }],
    ['a construct score with an extra property', (c) => void (c['scores'].constructs[0].respondent = 'x'), { path: '/scores/constructs/0', keyword: 'additionalProperties' }],
    ['a submittedAt that is not a date-time', (c) => void (c['submittedAt'] = new Date().toString()), { path: '/submittedAt', keyword: 'format' }],
    ['a startedAt that is a number', (c) => void (c['startedAt'] = Date.now()), { path: '/startedAt', keyword: 'type' }],
    ['a locale that is too long', (c) => void (c['locale'] = 'x'.repeat(36)), { path: '/locale', keyword: 'maxLength' }],
  ])('%s', async (_what, change, expected) => {
    expect(schemaErrors(changed(await payload, change))).toContainEqual(expected);
  });
});
