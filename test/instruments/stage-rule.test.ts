import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findInstrument, findScale, itemsOf } from '../../src/instruments/model.ts';
import { model } from '../../src/instruments/source-model.ts';
import { nonResponses } from '../../src/instruments/scale-source.ts';
import {
  closestStages,
  estimateStage,
  scoreResponse,
  stageFromMeans,
  type Answers,
  type StageEstimate,
} from '../../src/instruments/score.ts';
import type { StageId, StageItem } from '../../src/instruments/types.ts';

// Version 2's stage rule, on the real self-assessment: three items a stage and a vignette that names a stage.
const selfAssessment = findInstrument('cop-self-assessment', model);
const rule = selfAssessment.scoring.stageRule!;
const vignetteId = selfAssessment.stageVignette!;
const stageIds = model.stages.map((stage) => stage.id);
const stageItems = itemsOf(selfAssessment).filter((item): item is StageItem => item.kind === 'stage');
const itemsOfStage = (stage: StageId) => stageItems.filter((item) => item.stage === stage);
const [DONT_KNOW, NOT_APPLICABLE_HERE] = nonResponses.map((code) => code.value) as [number, number];

type StageAnswers = Partial<Record<StageId, readonly (number | undefined)[]>>;

/** Answers to the stage items, stage by stage in item order; `undefined` leaves an item unanswered. */
function answersForStages(values: StageAnswers): Record<string, number> {
  const answers: Record<string, number> = {};
  for (const [stage, list] of Object.entries(values) as [StageId, readonly (number | undefined)[]][]) {
    itemsOfStage(stage).forEach((item, i) => {
      const value = list[i];
      if (value !== undefined) answers[item.id] = value;
    });
  }
  return answers;
}

/** Every stage item answered `low`, except the stages given. */
const around = (low: number, given: StageAnswers): Record<string, number> =>
  answersForStages({ ...Object.fromEntries(stageIds.map((id) => [id, [low, low, low]])), ...given });

const [potential, coalescing, maturing] = stageIds as [StageId, StageId, StageId];

/** Stage means in the model's stage order, every stage measured unless given as null. */
const means = (values: Partial<Record<StageId, number | null>>, rest = 1): StageEstimate['means'] =>
  stageIds.map((stage) => {
    const mean = values[stage] === undefined ? rest : values[stage];
    return { stage, mean, answered: mean === null ? 0 : 3 };
  });

describe('the self-assessment’s stage rule', () => {
  it('asks for 2 answered items a stage, agreement above 3 and a lead of 1', () => {
    expect(rule).toEqual({ minAnsweredPerStage: 2, agreeAbove: 3, lead: 1 });
  });

  it('has 3 items for every stage and a vignette whose answers are the stage ids', () => {
    for (const stage of stageIds) expect(itemsOfStage(stage), stage).toHaveLength(3);
    const vignette = itemsOf(selfAssessment).find((item) => item.id === vignetteId)!;
    expect(findScale(vignette.scale, model).options.map((option) => option.value)).toEqual(stageIds);
  });
});

describe('estimateStage under the stage rule', () => {
  it('names the stage that is agreed with and leads by at least 1', () => {
    expect(estimateStage(selfAssessment, around(1, { [coalescing]: [5, 5, 5] }), model)).toMatchObject({
      stage: coalescing,
      clarity: 'clear',
      lead: 4,
    });
  });

  it('is unclear when a stage has fewer than 2 answered items, however clear the rest', () => {
    const oneAnswered = around(1, { [coalescing]: [5, 5, 5], [maturing]: [2, undefined, undefined] });
    const estimate = estimateStage(selfAssessment, oneAnswered, model);
    expect(estimate).toMatchObject({ stage: null, clarity: 'unclear' });
    expect(estimate.means.find((m) => m.stage === maturing)).toEqual({ stage: maturing, mean: null, answered: 1 });

    const twoAnswered = around(1, { [coalescing]: [5, 5, 5], [maturing]: [2, 2, undefined] });
    expect(estimateStage(selfAssessment, twoAnswered, model)).toMatchObject({ stage: coalescing, clarity: 'clear' });
  });

  it.each([
    ['"Don’t know"', DONT_KNOW],
    ['"Does not apply here"', NOT_APPLICABLE_HERE],
  ])('never counts %s as an answered item', (_label, code) => {
    const estimate = estimateStage(
      selfAssessment,
      around(1, { [coalescing]: [5, 5, 5], [maturing]: [2, code, code] }),
      model,
    );
    expect(estimate).toMatchObject({ stage: null, clarity: 'unclear' });
    expect(estimate.means.find((m) => m.stage === maturing)).toEqual({ stage: maturing, mean: null, answered: 1 });
  });

  it('leaves non-response codes out of a stage’s mean', () => {
    const estimate = estimateStage(selfAssessment, around(1, { [coalescing]: [5, 4, DONT_KNOW] }), model);
    expect(estimate.means.find((m) => m.stage === coalescing)).toEqual({ stage: coalescing, mean: 4.5, answered: 2 });
  });

  it('is unclear when the top mean is 3 (neither agree nor disagree), and clear just above it', () => {
    expect(estimateStage(selfAssessment, around(1, { [coalescing]: [3, 3, 3] }), model)).toMatchObject({
      stage: null,
      clarity: 'unclear',
      lead: 2,
    });
    expect(estimateStage(selfAssessment, around(1, { [coalescing]: [3, 3, 4] }), model)).toMatchObject({
      stage: coalescing,
      clarity: 'clear',
    });
  });

  it('is tentative, naming no stage, when the top stage leads by less than 1', () => {
    const estimate = estimateStage(
      selfAssessment,
      around(1, { [coalescing]: [5, 5, 5], [maturing]: [4, 4, 5] }),
      model,
    );
    expect(estimate.stage).toBeNull();
    expect(estimate.clarity).toBe('tentative');
    expect(estimate.lead).toBeCloseTo(2 / 3, 12);
  });

  it('is tentative, naming no stage, when the vignette names another stage', () => {
    const answers = { ...around(1, { [coalescing]: [5, 5, 5] }), [vignetteId]: maturing };
    expect(estimateStage(selfAssessment, answers, model)).toMatchObject({ stage: null, clarity: 'tentative', lead: 4 });
  });

  it('is clear when the vignette names the same stage', () => {
    const answers = { ...around(1, { [coalescing]: [5, 5, 5] }), [vignetteId]: coalescing };
    expect(estimateStage(selfAssessment, answers, model)).toMatchObject({ stage: coalescing, clarity: 'clear' });
  });

  it('is decided by the means alone when the vignette is unanswered', () => {
    for (const vignette of [undefined, null, '']) {
      const answers: Answers = { ...around(1, { [coalescing]: [5, 5, 5] }), [vignetteId]: vignette };
      expect(estimateStage(selfAssessment, answers, model)).toMatchObject({ stage: coalescing, clarity: 'clear' });
    }
  });

  it('does not let an agreeing vignette rescue a lead that is too short', () => {
    const answers = {
      ...around(1, { [coalescing]: [5, 5, 5], [maturing]: [4, 4, 5] }),
      [vignetteId]: coalescing,
    };
    expect(estimateStage(selfAssessment, answers, model)).toMatchObject({ stage: null, clarity: 'tentative' });
  });

  it('is part of the self-assessment’s scores', () => {
    const answers = around(1, { [coalescing]: [5, 5, 5] });
    expect(scoreResponse(selfAssessment, answers, model).stage).toEqual(estimateStage(selfAssessment, answers, model));
  });
});

describe('stageFromMeans', () => {
  it('is clear at a lead of exactly 1 and tentative at 0.99', () => {
    expect(stageFromMeans(rule, means({ [potential]: 4, [coalescing]: 3 }))).toMatchObject({
      stage: potential,
      clarity: 'clear',
      lead: 1,
    });
    const short = stageFromMeans(rule, means({ [potential]: 4, [coalescing]: 3.01 }));
    expect(short).toMatchObject({ stage: null, clarity: 'tentative' });
    expect(short.lead).toBeCloseTo(0.99, 12);
  });

  it('offers two stages tied above agreement as tentative, and the tie at or below 3 as unclear', () => {
    const tied = stageFromMeans(rule, means({ [potential]: 4, [coalescing]: 4 }));
    expect(tied).toMatchObject({ stage: null, clarity: 'tentative', lead: 0 });
    expect(closestStages(tied.means)).toEqual([potential, coalescing]);
    expect(stageFromMeans(rule, means({ [potential]: 3, [coalescing]: 3 }))).toMatchObject({ clarity: 'unclear' });
  });

  it('counts a lead of 1 reached through floating-point sums as 1', () => {
    // (5 + 4 + 4) / 3 − (4 + 3 + 3) / 3 is 0.9999999999999996 in binary floating point.
    const estimate = stageFromMeans(rule, means({ [potential]: (5 + 4 + 4) / 3, [coalescing]: (4 + 3 + 3) / 3 }));
    expect(estimate).toMatchObject({ stage: potential, clarity: 'clear' });
  });

  it('is unclear when the top mean is exactly agreeAbove, and clear just above it', () => {
    expect(stageFromMeans(rule, means({ [maturing]: 3 }))).toMatchObject({ stage: null, clarity: 'unclear' });
    expect(stageFromMeans(rule, means({ [maturing]: 3.01 }))).toMatchObject({ stage: maturing, clarity: 'clear' });
  });

  it('is unclear when any stage has no mean', () => {
    expect(stageFromMeans(rule, means({ [maturing]: 5, [potential]: null }))).toMatchObject({
      stage: null,
      clarity: 'unclear',
    });
  });

  it('is unclear when nothing was measured', () => {
    const none = means(Object.fromEntries(stageIds.map((id) => [id, null])));
    expect(stageFromMeans(rule, none)).toMatchObject({ stage: null, clarity: 'unclear', lead: null });
  });

  it('reads the thresholds from the rule it is given', () => {
    const lenient = { ...rule, lead: 0.5, agreeAbove: 2 };
    expect(stageFromMeans(lenient, means({ [maturing]: 2.6, [potential]: 2 }))).toMatchObject({
      stage: maturing,
      clarity: 'clear',
    });
    expect(stageFromMeans(rule, means({ [maturing]: 2.6, [potential]: 2 })).stage).toBeNull();
  });

  it('tells tentative from unclear by agreement with the top stage', () => {
    expect(stageFromMeans(rule, means({ [maturing]: 4, [potential]: 3.5 })).clarity).toBe('tentative');
    expect(stageFromMeans(rule, means({ [maturing]: 2.5, [potential]: 2 })).clarity).toBe('unclear');
  });

  it('returns the means it was given', () => {
    const given = means({ [maturing]: 4 });
    expect(stageFromMeans(rule, given).means).toBe(given);
  });
});

describe('closestStages', () => {
  it('names the two highest means, highest first', () => {
    expect(closestStages(means({ [potential]: 2, [coalescing]: 4.5, [maturing]: 3 }, 1))).toEqual([
      coalescing,
      maturing,
    ]);
  });

  it('leaves out stages without a mean', () => {
    const onlyTwo = means(Object.fromEntries(stageIds.map((id) => [id, null])));
    onlyTwo[0] = { stage: potential, mean: 2, answered: 2 };
    onlyTwo[3] = { stage: stageIds[3]!, mean: 4, answered: 2 };
    expect(closestStages(onlyTwo)).toEqual([stageIds[3], potential]);
    expect(closestStages(onlyTwo.slice(0, 1))).toEqual([potential]);
    expect(closestStages([])).toEqual([]);
  });

  it('does not depend on the order the means are listed in', () => {
    const given = means({ [potential]: 3.2, [coalescing]: 4.1, [maturing]: 3.9 });
    expect(closestStages([...given].reverse())).toEqual(closestStages(given));
  });
});

describe('properties of the stage rule', () => {
  const agreement = findScale(stageItems[0]!.scale, model)
    .options.map((option) => Number(option.value))
    .sort((a, b) => a - b);
  const [min, max] = [agreement[0]!, agreement.at(-1)!];

  /** Every stage item answered on the scale; the vignette unanswered or naming a stage. */
  const completeAnswers = fc
    .tuple(
      fc.tuple(...stageItems.map(() => fc.integer({ min, max }))),
      fc.option(fc.constantFrom(...stageIds), { nil: undefined }),
    )
    .map(([values, vignette]) => {
      const answers: Record<string, number | string> = {};
      stageItems.forEach((item, i) => (answers[item.id] = values[i]!));
      if (vignette !== undefined) answers[vignetteId] = vignette;
      return answers;
    });

  // Complete answers rarely give a clear stage by chance: bias one stage upwards so both branches are tried.
  const leaningAnswers = fc.tuple(completeAnswers, fc.constantFrom(...stageIds)).map(([answers, leaning]) => {
    const leaned = { ...answers };
    for (const item of itemsOfStage(leaning)) leaned[item.id] = Math.max(max - 1, Number(leaned[item.id]));
    return leaned;
  });

  it('names a stage exactly when it is clear, and only when every condition holds', () => {
    fc.assert(
      fc.property(fc.oneof(completeAnswers, leaningAnswers), (answers) => {
        const estimate = estimateStage(selfAssessment, answers, model);
        expect(estimate.stage !== null).toBe(estimate.clarity === 'clear');
        if (estimate.stage === null) return;
        const top = estimate.means.find((m) => m.stage === estimate.stage)!.mean!;
        expect(top).toBeGreaterThan(rule.agreeAbove);
        for (const other of estimate.means) {
          if (other.stage !== estimate.stage) expect(top - other.mean!).toBeGreaterThanOrEqual(rule.lead - 1e-9);
        }
        const vignette = answers[vignetteId];
        if (vignette !== undefined) expect(vignette).toBe(estimate.stage);
      }),
    );
  });

  it('keeps a clear stage on top when any one answer moves one step', () => {
    let clear = 0;
    fc.assert(
      fc.property(leaningAnswers, (answers) => {
        const estimate = estimateStage(selfAssessment, answers, model);
        if (estimate.clarity !== 'clear') return;
        clear++;
        for (const item of stageItems) {
          for (const step of [-1, 1]) {
            const moved = Number(answers[item.id]) + step;
            if (moved < min || moved > max) continue;
            const after = estimateStage(selfAssessment, { ...answers, [item.id]: moved }, model).means;
            const named = after.find((m) => m.stage === estimate.stage)!.mean!;
            for (const other of after) {
              if (other.stage !== estimate.stage) expect(other.mean!, `${item.id} ${step}`).toBeLessThan(named);
            }
          }
        }
      }),
    );
    expect(clear).toBeGreaterThan(0);
  });
});
