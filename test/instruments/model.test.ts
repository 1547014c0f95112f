import { afterEach, describe, expect, it, vi } from 'vitest';
import { canonicalJson } from '../../src/instruments/canonical-json.ts';
import { contentHash, hashedContent, writtenHash } from '../../src/instruments/hash.ts';
import { inLanguage, type Language } from '../../src/instruments/languages.ts';
import { choicesOf, findScale, findVersion, itemsOf } from '../../src/instruments/model.ts';
import { model, modelIn, sourceModel } from '../../src/instruments/source-model.ts';
import { NOT_APPLICABLE } from '../../src/instruments/scales.ts';
import {
  NOT_APPLICABLE_LABEL,
  nonResponses,
  nonResponseSource,
  notApplicableLabelSource,
} from '../../src/instruments/scale-source.ts';
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
/** A version offered in English only that asks the self-assessment's current questions, to hash changed copies of. */
const englishSelfAssessment = model.archive.find(
  (instrument) => instrument.id === selfAssessment.id && instrument.languages.length === 1 && usesCodes(instrument),
)!;
/** What the hash covers, per language: one offered in several covers each of them. */
function contentByLanguage(instrument: Instrument): [Language, Record<string, unknown>][] {
  const content = hashedContent(instrument) as Record<string, unknown>;
  const perLanguage = content['languages'] as Record<Language, Record<string, unknown>> | undefined;
  return perLanguage ? (Object.entries(perLanguage) as [Language, Record<string, unknown>][]) : [['en', content]];
}
// Archived versions are named with their version, since the current one shares the id.
const at = (instrument: Instrument) =>
  model.archive.includes(instrument)
    ? `instrument "${instrument.id}" ${instrument.version}`
    : `instrument "${instrument.id}"`;

/** The lowest value of the ordinal scales the instrument's scored and stage items use. */
function scaleMinimum(instrument: Instrument): number {
  const values = itemsOf(instrument)
    .filter((item) => item.kind !== 'context')
    .flatMap((item) => findScale(item.scale, model).options.map((option) => Number(option.value)));
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

    // Versions that only lacked a language share the current version's scoring, and so its bands.
    const sharing = versions.filter((version) => version.scoring === selfAssessment.scoring);
    const problems = findModelProblems(draft);
    expect(problems.map(({ where, field }) => ({ where, field }))).toEqual(
      sharing.map((version) => ({ where: at(version), field: 'scoring.bands[0].min' })),
    );
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
    expect(version1.length).toBeGreaterThan(0);
    for (const instrument of version1) {
      expect(model.archive).toContain(instrument);
      const content = hashedContent(instrument) as Record<string, unknown>;
      expect(content, instrument.id).toMatchObject({
        notApplicable: { value: NOT_APPLICABLE, label: NOT_APPLICABLE_LABEL },
      });
      expect(content['nonResponses'], instrument.id).toBeUndefined();
    }
  });

  it('includes the non-response codes and labels for later versions, in each of their languages, and no "na"', () => {
    const later = versions.filter(usesCodes);
    expect(model.instruments.every((instrument) => later.includes(instrument))).toBe(true);
    for (const instrument of later) {
      const contents = contentByLanguage(instrument);
      expect(
        contents.map(([language]) => language),
        instrument.id,
      ).toEqual(instrument.languages);
      for (const [language, content] of contents) {
        expect(content['nonResponses'], `${instrument.id} ${language}`).toEqual(modelIn(language).nonResponses);
        expect(content['notApplicable'], instrument.id).toBeUndefined();
      }
    }
    expect(inLanguage(nonResponseSource, 'en')).toEqual(nonResponses);
  });

  it('includes the stage ids and names, in each language, for the instrument with stage items', () => {
    for (const [language, content] of contentByLanguage(selfAssessment)) {
      const { stages } = modelIn(language);
      expect(content['stages']).toEqual(stages.map((stage) => ({ id: stage.id, name: stage.name })));
      expect(stages.length).toBeGreaterThan(0);
    }
    expect(selfAssessment.languages.length).toBeGreaterThan(1);
  });

  it('includes no stages for the readiness instrument, which has no stage items', () => {
    expect(itemsOf(readiness).some((item) => item.kind === 'stage')).toBe(false);
    for (const [, content] of contentByLanguage(readiness)) expect(content).toMatchObject({ stages: [] });
  });

  it('is what contentHash digests', async () => {
    for (const instrument of model.instruments) {
      const bytes = new TextEncoder().encode(canonicalJson(hashedContent(instrument)));
      const hex = Buffer.from(await crypto.subtle.digest('SHA-256', bytes)).toString('hex');
      expect(await contentHash(instrument), instrument.id).toBe(`sha256-${hex}`);
    }
  });

  it('changes the self-assessment’s hash, but not the readiness instrument’s, when a stage name changes', async () => {
    const englishReadiness = model.archive.find(
      (instrument) => instrument.id === readiness.id && instrument.languages.length === 1 && usesCodes(instrument),
    )!;
    const draft = structuredClone(model) as DraftModel;
    draft.stages[0]!.name += ' (renamed)';
    const [selfAssessmentCopy, readinessCopy] = [englishSelfAssessment, englishReadiness].map(
      (instrument) => draft.archive[model.archive.indexOf(instrument)]!,
    );
    expect(await contentHash(selfAssessmentCopy!, draft)).not.toBe(await contentHash(englishSelfAssessment));
    expect(await contentHash(readinessCopy!, draft)).toBe(await contentHash(englishReadiness));
  });

  it('changes the self-assessment’s hash, but not the readiness instrument’s, when a stage’s Spanish name changes', async () => {
    const written = (id: string) => sourceModel.instruments.find((instrument) => instrument.id === id)!;
    const draft = structuredClone(sourceModel);
    const [first, ...rest] = draft.stages;
    const renamed = { ...first!, name: { ...first!.name, es: `${first!.name.es} (otro nombre)` } };
    const changed = { ...draft, stages: [renamed, ...rest] };
    const selfAssessmentHash = await contentHash(selfAssessment);
    expect(await writtenHash(written(selfAssessment.id))).toBe(selfAssessmentHash);
    expect(await writtenHash(written(selfAssessment.id), changed)).not.toBe(selfAssessmentHash);
    expect(await writtenHash(written(readiness.id), changed)).toBe(await contentHash(readiness));
  });

  it('will not hash a changed copy of an instrument offered in several languages, which cannot show its other texts', async () => {
    const draft = structuredClone(model) as DraftModel;
    await expect(contentHash(draft.instruments[S]!, draft)).rejects.toThrow(/writtenHash/);
    await expect(contentHash({ ...selfAssessment, version: '9.0.0' })).rejects.toThrow(/several languages/);
  });
});

describe('contentHash: the labels of the non-response answers', () => {
  afterEach(() => {
    vi.doUnmock('../../src/instruments/scale-source.ts');
    vi.resetModules();
  });

  /** contentHash as it would be if scale-source.ts declared `overrides`. */
  async function contentHashWith(overrides: Record<string, unknown>) {
    vi.resetModules();
    vi.doMock('../../src/instruments/scale-source.ts', async (importOriginal) => ({
      ...(await importOriginal<object>()),
      ...overrides,
    }));
    const fresh = await import('../../src/instruments/hash.ts');
    const freshSource = await import('../../src/instruments/source-model.ts');
    const scales = await import('../../src/instruments/scale-source.ts');
    // The fresh modules' own copy of a version: only the model as written can hash one in several languages.
    const hashWith = (instrument: Instrument) =>
      fresh.contentHash(findVersion(instrument.id, instrument.version, freshSource.model)!);
    return { hashWith, scales };
  }

  it('the mock takes effect (so the next tests mean something)', async () => {
    const { scales } = await contentHashWith({ notApplicableLabelSource: { en: 'Not sure' } });
    expect(scales.notApplicableLabelSource).toEqual({ en: 'Not sure' });
  });

  it('is unchanged when the labels are the same', async () => {
    const { hashWith } = await contentHashWith({ notApplicableLabelSource, nonResponseSource });
    for (const instrument of versions) expect(await hashWith(instrument)).toBe(await contentHash(instrument));
  });

  it('changes for every version 1 instrument, and no later one, when the "na" label would change', async () => {
    const { hashWith } = await contentHashWith({ notApplicableLabelSource: { en: 'Not sure' } });
    for (const instrument of versions) {
      const before = await contentHash(instrument);
      if (usesCodes(instrument)) expect(await hashWith(instrument), instrument.id).toBe(before);
      else expect(await hashWith(instrument), instrument.id).not.toBe(before);
    }
  });

  it('changes for every later instrument, and no version 1 one, when a non-response label would change', async () => {
    const relabelled = nonResponseSource.map((code) =>
      code.id === 'dont-know' ? { ...code, label: { en: 'Not sure' } } : code,
    );
    const { hashWith } = await contentHashWith({ nonResponseSource: relabelled });
    for (const instrument of versions) {
      const before = await contentHash(instrument);
      if (usesCodes(instrument)) expect(await hashWith(instrument), instrument.id).not.toBe(before);
      else expect(await hashWith(instrument), instrument.id).toBe(before);
    }
  });
});

describe('scoreResponse: answers outside the scale', () => {
  const firstOf = (instrument: Instrument, kind: Item['kind']) =>
    itemsOf(instrument).find((item) => item.kind === kind)!;
  const validAnswer = (item: Item) => choicesOf(item, model)[0]!.value;

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
      expect(() => scoreResponse(instrument, answers, model), instrument.id).toThrow(
        `Cannot score ${instrument.id}: ${item.id}: ${JSON.stringify(value)} is not one of`,
      );
    }
  });

  it('throws on an off-scale stage item and on a context answer outside its categories', () => {
    const stage = firstOf(selfAssessment, 'stage');
    expect(() => scoreResponse(selfAssessment, { [stage.id]: '5' }, model)).toThrow(`${stage.id}: "5"`);
    const context = firstOf(selfAssessment, 'context');
    expect(() => scoreResponse(selfAssessment, { [context.id]: 'astronaut' }, model)).toThrow(
      `${context.id}: "astronaut"`,
    );
    expect(() => scoreResponse(selfAssessment, { [context.id]: NOT_APPLICABLE }, model)).toThrow(context.id);
  });

  it('names every off-scale item', () => {
    const [a, b] = itemsOf(readiness).filter((item) => item.kind === 'scored');
    let message = '';
    try {
      scoreResponse(readiness, { [a!.id]: 7, [b!.id]: '5' }, model);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain(`${a!.id}: 7`);
    expect(message).toContain(`${b!.id}: "5"`);
  });

  it('does not throw on the scale’s own values, "na" where offered, or unanswered items', () => {
    const item = firstOf(selfAssessment, 'scored');
    for (const { value } of choicesOf(item, model))
      expect(() => scoreResponse(selfAssessment, { [item.id]: value }, model)).not.toThrow();
    expect(() => scoreResponse(selfAssessment, { [item.id]: null, unknown_key: 'ignored' }, model)).not.toThrow();
  });
});
