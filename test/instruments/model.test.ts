import { afterEach, describe, expect, it, vi } from 'vitest';
import { canonicalJson, contentHash, hashedContent } from '../../src/instruments/hash.ts';
import { choicesOf, findScale, itemsOf, model } from '../../src/instruments/model.ts';
import {
  NOT_APPLICABLE,
  NOT_APPLICABLE_LABEL,
  nonResponses,
  nonResponseSource,
  notApplicableLabelSource,
} from '../../src/instruments/scales.ts';
import { scoreResponse } from '../../src/instruments/score.ts';
import type { Instrument, Item } from '../../src/instruments/types.ts';
import { findModelProblems } from '../../src/instruments/validate.ts';
import type { DraftModel } from '../support/draft-model.ts';

const S = model.instruments.findIndex((instrument) => itemsOf(instrument).some((item) => item.kind === 'stage'));
// The full readiness instrument: no stage items, not a short form.
const R = model.instruments.findIndex(
  (instrument) => instrument.shortFormOf === undefined && !itemsOf(instrument).some((item) => item.kind === 'stage'),
);
const selfAssessment = model.instruments[S]!;
const readiness = model.instruments[R]!;
const versions = [...model.instruments, ...model.archive];
/** Version 1 offered one "na"; later versions offer non-response codes. */
const usesCodes = (instrument: Instrument) =>
  itemsOf(instrument).some((item) => item.kind !== 'context' && item.nonResponse !== undefined);
// Archived versions are named with their version, since the current one shares the id.
const at = (instrument: Instrument) =>
  model.archive.includes(instrument)
    ? `instrument "${instrument.id}" ${instrument.version}`
    : `instrument "${instrument.id}"`;

/** The lowest value of the ordinal scales the instrument's scored and stage items use. */
function scaleMinimum(instrument: Instrument): number {
  const values = itemsOf(instrument)
    .filter((item) => item.kind !== 'context')
    .flatMap((item) => findScale(item.scale).options.map((option) => Number(option.value)));
  return Math.min(...values);
}

describe('validation: the first band starts at the scale minimum', () => {
  it('the real instruments start their first band at the scale minimum', () => {
    for (const instrument of versions)
      expect(instrument.scoring.bands[0]!.min, instrument.id).toBe(scaleMinimum(instrument));
  });

  it('the instruments, current and archived, share one bands array, and so does a structuredClone of the model', () => {
    for (const instrument of versions) expect(instrument.scoring.bands).toBe(selfAssessment.scoring.bands);
    const draft = structuredClone(model) as DraftModel;
    for (const instrument of [...draft.instruments, ...draft.archive])
      expect(instrument.scoring.bands).toBe(draft.instruments[S]!.scoring.bands);
  });

  it('reports scoring.bands[0].min when one instrument’s first band starts above the minimum', () => {
    const draft = structuredClone(model) as DraftModel;
    const instrument = draft.instruments[S]!;
    const raised = scaleMinimum(selfAssessment) + 1;
    expect(raised).toBeLessThan(instrument.scoring.bands[1]!.min);
    instrument.scoring.bands = instrument.scoring.bands.map((band, i) => (i === 0 ? { ...band, min: raised } : band));

    const problems = findModelProblems(draft);
    expect(problems.map(({ where, field }) => ({ where, field }))).toEqual([
      { where: at(selfAssessment), field: 'scoring.bands[0].min' },
    ]);
    expect(problems[0]!.message).toContain(`(${scaleMinimum(selfAssessment)})`);
  });

  it('reports it for every instrument that shares a changed bands array', () => {
    const draft = structuredClone(model) as DraftModel;
    draft.instruments[S]!.scoring.bands[0]!.min = 2;
    const located = findModelProblems(draft).map(({ where, field }) => ({ where, field }));
    expect(located).toEqual(versions.map((instrument) => ({ where: at(instrument), field: 'scoring.bands[0].min' })));
  });

  it('accepts a first band that starts below the scale minimum (every mean still has a band)', () => {
    const draft = structuredClone(model) as DraftModel;
    const instrument = draft.instruments[R]!;
    instrument.scoring.bands = instrument.scoring.bands.map((band, i) => (i === 0 ? { ...band, min: 0 } : band));
    expect(findModelProblems(draft)).toEqual([]);
  });
});

describe('hashedContent: what the content hash covers beyond the instrument', () => {
  it('includes the "not applicable" option’s value and label for version 1, and no codes', () => {
    const version1 = versions.filter((instrument) => !usesCodes(instrument));
    expect(version1.map((instrument) => instrument.version)).toEqual(model.archive.map(() => '1.0.0'));
    for (const instrument of version1) {
      const content = hashedContent(instrument) as Record<string, unknown>;
      expect(content, instrument.id).toMatchObject({
        notApplicable: { value: NOT_APPLICABLE, label: NOT_APPLICABLE_LABEL },
      });
      expect(content['nonResponses'], instrument.id).toBeUndefined();
    }
  });

  it('includes the non-response codes and labels for later versions, and no "na"', () => {
    const later = versions.filter(usesCodes);
    expect(later.map((instrument) => instrument.id)).toEqual(model.instruments.map((instrument) => instrument.id));
    for (const instrument of later) {
      const content = hashedContent(instrument) as Record<string, unknown>;
      expect(content['nonResponses'], instrument.id).toEqual(nonResponses);
      expect(content['notApplicable'], instrument.id).toBeUndefined();
    }
  });

  it('includes the stage ids and names for the instrument with stage items', () => {
    const { stages } = hashedContent(selfAssessment) as { stages: unknown };
    expect(stages).toEqual(model.stages.map((stage) => ({ id: stage.id, name: stage.name })));
    expect(model.stages.length).toBeGreaterThan(0);
  });

  it('includes no stages for the readiness instrument, which has no stage items', () => {
    expect(itemsOf(readiness).some((item) => item.kind === 'stage')).toBe(false);
    expect(hashedContent(readiness)).toMatchObject({ stages: [] });
  });

  it('is what contentHash digests', async () => {
    for (const instrument of model.instruments) {
      const bytes = new TextEncoder().encode(canonicalJson(hashedContent(instrument)));
      const hex = Buffer.from(await crypto.subtle.digest('SHA-256', bytes)).toString('hex');
      expect(await contentHash(instrument), instrument.id).toBe(`sha256-${hex}`);
    }
  });

  it('changes the self-assessment’s hash, but not the readiness instrument’s, when a stage name changes', async () => {
    const draft = structuredClone(model) as DraftModel;
    draft.stages[0]!.name += ' (renamed)';
    expect(await contentHash(selfAssessment, draft)).not.toBe(await contentHash(selfAssessment));
    expect(await contentHash(readiness, draft)).toBe(await contentHash(readiness));
  });
});

describe('contentHash: the labels of the non-response answers', () => {
  afterEach(() => {
    vi.doUnmock('../src/instruments/scales.ts');
    vi.resetModules();
  });

  /** contentHash as it would be if scales.ts declared `overrides`. */
  async function contentHashWith(overrides: Record<string, unknown>) {
    vi.resetModules();
    vi.doMock('../../src/instruments/scales.ts', async (importOriginal) => ({
      ...(await importOriginal<object>()),
      ...overrides,
    }));
    const fresh = await import('../../src/instruments/hash.ts');
    const scales = await import('../../src/instruments/scales.ts');
    return { contentHash: fresh.contentHash, scales };
  }

  it('the mock takes effect (so the next tests mean something)', async () => {
    const { scales } = await contentHashWith({ notApplicableLabelSource: { en: 'Not sure' } });
    expect(scales.notApplicableLabelSource).toEqual({ en: 'Not sure' });
  });

  it('is unchanged when the labels are the same', async () => {
    const { contentHash: hashWith } = await contentHashWith({ notApplicableLabelSource, nonResponseSource });
    for (const instrument of versions) expect(await hashWith(instrument, model)).toBe(await contentHash(instrument));
  });

  it('changes for every version 1 instrument, and no later one, when the "na" label would change', async () => {
    const { contentHash: hashWith } = await contentHashWith({ notApplicableLabelSource: { en: 'Not sure' } });
    for (const instrument of versions) {
      const before = await contentHash(instrument);
      if (usesCodes(instrument)) expect(await hashWith(instrument, model), instrument.id).toBe(before);
      else expect(await hashWith(instrument, model), instrument.id).not.toBe(before);
    }
  });

  it('changes for every later instrument, and no version 1 one, when a non-response label would change', async () => {
    const relabelled = nonResponseSource.map((code) =>
      code.id === 'dont-know' ? { ...code, label: { en: 'Not sure' } } : code,
    );
    const { contentHash: hashWith } = await contentHashWith({ nonResponseSource: relabelled });
    for (const instrument of versions) {
      const before = await contentHash(instrument);
      if (usesCodes(instrument)) expect(await hashWith(instrument, model), instrument.id).not.toBe(before);
      else expect(await hashWith(instrument, model), instrument.id).toBe(before);
    }
  });
});

describe('scoreResponse: answers outside the scale', () => {
  const firstOf = (instrument: Instrument, kind: Item['kind']) =>
    itemsOf(instrument).find((item) => item.kind === kind)!;
  const validAnswer = (item: Item) => choicesOf(item)[0]!.value;

  it.each([
    ['a number above the scale', 7],
    ['a number below the scale', 0],
    ['a number between two values', 2.5],
    ['a number as text', '5'],
  ])('throws on %s, naming the instrument and the item', (_what, value) => {
    for (const instrument of versions) {
      const item = firstOf(instrument, 'scored');
      const answers = {
        ...Object.fromEntries(itemsOf(instrument).map((each) => [each.id, validAnswer(each)])),
        [item.id]: value,
      };
      expect(() => scoreResponse(instrument, answers), instrument.id).toThrow(
        `Cannot score ${instrument.id}: ${item.id}: ${JSON.stringify(value)} is not one of`,
      );
    }
  });

  it('throws on an off-scale stage item and on a context answer outside its categories', () => {
    const stage = firstOf(selfAssessment, 'stage');
    expect(() => scoreResponse(selfAssessment, { [stage.id]: '5' })).toThrow(`${stage.id}: "5"`);
    const context = firstOf(selfAssessment, 'context');
    expect(() => scoreResponse(selfAssessment, { [context.id]: 'astronaut' })).toThrow(`${context.id}: "astronaut"`);
    expect(() => scoreResponse(selfAssessment, { [context.id]: NOT_APPLICABLE })).toThrow(context.id);
  });

  it('names every off-scale item', () => {
    const [a, b] = itemsOf(readiness).filter((item) => item.kind === 'scored');
    let message = '';
    try {
      scoreResponse(readiness, { [a!.id]: 7, [b!.id]: '5' });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain(`${a!.id}: 7`);
    expect(message).toContain(`${b!.id}: "5"`);
  });

  it('does not throw on the scale’s own values, "na" where offered, or unanswered items', () => {
    const item = firstOf(selfAssessment, 'scored');
    for (const { value } of choicesOf(item))
      expect(() => scoreResponse(selfAssessment, { [item.id]: value })).not.toThrow();
    expect(() => scoreResponse(selfAssessment, { [item.id]: null, unknown_key: 'ignored' })).not.toThrow();
  });
});
