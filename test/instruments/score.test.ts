import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixtureInstrument } from '../support/fixture-instrument.ts';
import { descriptiveBands } from '../../src/instruments/bands.ts';
import { context, version1 } from '../../src/instruments/items.ts';
import {
  choicesOf,
  findInstrument,
  findScale,
  findVersion,
  itemsOf,
  nonResponseChoicesOf,
} from '../../src/instruments/model.ts';
import { model } from '../../src/instruments/source-model.ts';
import { NOT_APPLICABLE, scaleValue } from '../../src/instruments/scales.ts';
import {
  answerProblems,
  bandFor,
  estimateStage,
  meetsMinimum,
  readinessProfile,
  strongestAndWeakest,
  scoreResponse,
  type Answers,
  type ConstructScore,
} from '../../src/instruments/score.ts';
import type { Instrument, Item, StageId } from '../../src/instruments/types.ts';
import { findModelProblems } from '../../src/instruments/validate.ts';

// A small version 1 instrument whose shape the hand-computed examples rely on: a 5-item construct whose last
// item is reverse-keyed, a 6-item construct, two items per stage and one context question. Version 1's "na"
// and stage margin still score every response to the archived versions; later versions are tested in
// non-response.test.ts and stage-rule.test.ts.
const [FIVE, SIX] = model.constructs.map((construct) => construct.id) as [string, string];
const nominalScale = model.scales.find((scale) => scale.kind === 'nominal')!;

const fixture = fixtureInstrument({
  id: 'scoring-fixture',
  sections: [
    {
      id: 'scored',
      title: 'Scored',
      description: '',
      items: [
        version1.scored('five_1', FIVE, 'Five, one.'),
        version1.scored('five_2', FIVE, 'Five, two.'),
        version1.scored('five_3', FIVE, 'Five, three.'),
        version1.scored('five_4', FIVE, 'Five, four.'),
        version1.scored('five_5', FIVE, 'Five, five (reverse).', true),
        ...[1, 2, 3, 4, 5, 6].map((n) => version1.scored(`six_${n}`, SIX, `Six, ${n}.`)),
      ],
    },
    {
      id: 'stages',
      title: 'Stages',
      description: '',
      items: model.stages.flatMap((stage) =>
        [1, 2].map((n) => version1.stage(`stage_${stage.id}_${n}`, stage.id, `${stage.name} ${n}.`)),
      ),
    },
    { id: 'context', title: 'Context', description: '', items: [context('ctx_role', nominalScale.id, 'Role?')] },
  ],
  parameters: [],
  scoring: { minAnsweredShare: 2 / 3, bands: descriptiveBands, stageClearMargin: 1 },
});

const fiveItems = ['five_1', 'five_2', 'five_3', 'five_4', 'five_5'];
const sixItems = ['six_1', 'six_2', 'six_3', 'six_4', 'six_5', 'six_6'];

/** Answers for the listed items, in order; `undefined` leaves an item unanswered. */
function answersFor(
  ids: readonly string[],
  values: readonly (number | string | undefined)[],
): Record<string, number | string> {
  const answers: Record<string, number | string> = {};
  ids.forEach((id, i) => {
    const value = values[i];
    if (value !== undefined) answers[id] = value;
  });
  return answers;
}

const scoreOf = (construct: string, answers: Answers, instrument: Instrument = fixture): ConstructScore =>
  scoreResponse(instrument, answers, model).constructs.find((score) => score.construct === construct)!;

describe('the scoring fixture', () => {
  it('is a valid instrument', () => {
    expect(findModelProblems({ ...model, instruments: [...model.instruments, fixture] })).toEqual([]);
  });

  it('uses an agreement scale from 1 to 5 (the examples below assume it)', () => {
    const item = itemsOf(fixture).find((each) => each.kind === 'scored')!;
    expect(findScale(item.scale, model).options.map((option) => option.value)).toEqual([1, 2, 3, 4, 5]);
  });
});

describe('construct scores', () => {
  it('reverse-keys reverse items: 5, 4, 4, 4 and a reverse 2 (counted as 4) give 4.2, established', () => {
    expect(scoreOf(FIVE, answersFor(fiveItems, [5, 4, 4, 4, 2]))).toEqual({
      construct: FIVE,
      mean: 4.2,
      answered: 5,
      notApplicable: 0,
      items: 5,
      band: 'established',
    });
  });

  it('scores a reverse item’s 5 as 1 and its 1 as 5', () => {
    expect(scoreOf(FIVE, answersFor(fiveItems, [3, 3, 3, 3, 5])).mean).toBeCloseTo(13 / 5, 12);
    expect(scoreOf(FIVE, answersFor(fiveItems, [3, 3, 3, 3, 1])).mean).toBeCloseTo(17 / 5, 12);
  });

  it('never averages "na" and does not count it as answered', () => {
    const score = scoreOf(FIVE, answersFor(fiveItems, [5, 5, 5, 1, NOT_APPLICABLE]));
    expect(score.mean).toBe(4);
    expect(score.answered).toBe(4);
    expect(score.notApplicable).toBe(1);
    expect(score.items).toBe(5);
  });

  it('treats a missing, null or empty answer as unanswered, not as "na"', () => {
    const score = scoreOf(SIX, { six_1: 4, six_2: 4, six_3: 4, six_4: 2, six_5: null, six_6: '' });
    expect(score).toMatchObject({ mean: 3.5, answered: 4, notApplicable: 0, items: 6 });
  });

  it('ignores answers to items of other constructs and unknown keys', () => {
    const alone = scoreOf(FIVE, answersFor(fiveItems, [1, 2, 3, 4, 5]));
    const withOthers = scoreOf(FIVE, {
      ...answersFor(fiveItems, [1, 2, 3, 4, 5]),
      ...answersFor(sixItems, [5, 5, 5, 5, 5, 5]),
      zzz: 5,
    });
    expect(withOthers).toEqual(alone);
  });

  describe('the minimum share of answered items (2/3 in the fixture)', () => {
    it('scores 4 of 6 answered', () => {
      expect(scoreOf(SIX, answersFor(sixItems, [4, 4, 2, 2, undefined, undefined])).mean).toBe(3);
    });

    it('does not score 3 of 6 answered, even when the rest are "na"', () => {
      const na = NOT_APPLICABLE;
      expect(scoreOf(SIX, answersFor(sixItems, [4, 4, 4, na, na, na]))).toEqual({
        construct: SIX,
        mean: null,
        answered: 3,
        notApplicable: 3,
        items: 6,
        band: null,
      });
    });

    it('scores 4 of 5 answered', () => {
      // The reverse item's 1 counts as 5: (4 + 4 + 2 + 5) / 4.
      expect(scoreOf(FIVE, answersFor(fiveItems, [4, 4, 2, NOT_APPLICABLE, 1])).mean).toBe(3.75);
    });

    it('does not score 3 of 5 answered', () => {
      expect(scoreOf(FIVE, answersFor(fiveItems, [4, 4, 2, undefined, undefined])).mean).toBeNull();
    });

    it('does not score a construct with nothing answered', () => {
      expect(scoreOf(FIVE, {})).toMatchObject({ mean: null, answered: 0, notApplicable: 0, band: null });
    });

    it('meetsMinimum compares the share without a floating-point hair failing 4 of 6', () => {
      expect(meetsMinimum(4, 6, 2 / 3)).toBe(true);
      expect(meetsMinimum(3, 6, 2 / 3)).toBe(false);
      expect(meetsMinimum(2, 3, 2 / 3)).toBe(true);
      expect(meetsMinimum(0, 0, 2 / 3)).toBe(false);
      expect(meetsMinimum(1, 1, 1)).toBe(true);
    });
  });
});

describe('bands', () => {
  it.each([
    [1, 'emerging'],
    [2.49, 'emerging'],
    [2.5, 'developing'],
    [3.49, 'developing'],
    [3.5, 'established'],
    [5, 'established'],
  ])('puts a mean of %s in %s', (value, band) => {
    expect(bandFor(value, descriptiveBands)?.id).toBe(band);
  });

  it('starts every band at its min, inclusive, and ends it just below the next', () => {
    descriptiveBands.forEach((band, i) => {
      expect(bandFor(band.min, descriptiveBands)).toBe(band);
      if (i > 0) expect(bandFor(band.min - 0.001, descriptiveBands)).toBe(descriptiveBands[i - 1]);
    });
  });

  it('has no band below the first', () => {
    expect(bandFor(descriptiveBands[0]!.min - 0.5, descriptiveBands)).toBeUndefined();
  });

  it('gives a construct whose mean is exactly 2.5 the developing band', () => {
    expect(scoreOf(SIX, answersFor(sixItems, [3, 2, 3, 2, 3, 2]))).toMatchObject({ mean: 2.5, band: 'developing' });
  });
});

describe('answerProblems', () => {
  const base = answersFor(fiveItems, [5, 4, 4, 4, 2]);

  it('accepts scale values, "na" where offered, and an on-scale context answer', () => {
    const role = nominalScale.options[0]!.value;
    expect(answerProblems(fixture, { ...base, six_1: NOT_APPLICABLE, ctx_role: role }, model)).toEqual([]);
  });

  it.each<[string, number | string]>([
    ['an off-scale number', 7],
    ['zero', 0],
    ['a number written as a string', '5'],
    ['a word', 'yes'],
    ['a fractional value', 3.5],
  ])('flags %s on an agreement item, naming the item', (_what, value) => {
    const problems = answerProblems(fixture, { ...base, five_2: value }, model);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^five_2: /);
    expect(problems[0]).toContain(JSON.stringify(value));
  });

  it('flags "na" on a context item, which does not offer it', () => {
    expect(answerProblems(fixture, { ctx_role: NOT_APPLICABLE }, model)).toEqual([
      expect.stringMatching(/^ctx_role: "na"/),
    ]);
  });

  it('ignores unanswered items and unknown keys', () => {
    expect(
      answerProblems(fixture, { five_1: null, five_2: undefined, five_3: '', not_an_item: 'anything' }, model),
    ).toEqual([]);
  });

  it('flags every bad answer', () => {
    expect(answerProblems(fixture, { five_1: 9, six_1: 'x', ctx_role: 4 }, model)).toHaveLength(3);
  });
});

describe('estimateStage (fixture margin: 1)', () => {
  type StageAnswers = Partial<Record<StageId, (number | string)[]>>;
  const stageIds = model.stages.map((stage) => stage.id);
  const answersForStages = (values: StageAnswers): Answers =>
    Object.fromEntries(
      Object.entries(values).flatMap(([stage, list]) => list.map((value, i) => [`stage_${stage}_${i + 1}`, value])),
    );
  /** Every stage at `low`, except the ones given. */
  const around = (low: number, given: StageAnswers): Answers =>
    answersForStages({ ...Object.fromEntries(stageIds.map((id) => [id, [low, low]])), ...given });

  const [first, second, third] = stageIds as [StageId, StageId, StageId];

  it('is clear when the top stage leads by more than the margin and is agreed with', () => {
    const estimate = estimateStage(fixture, around(2, { [second]: [5, 5] }), model);
    expect(estimate).toMatchObject({ stage: second, clarity: 'clear', lead: 3 });
  });

  it('is clear when the lead equals the margin', () => {
    const estimate = estimateStage(fixture, around(2, { [first]: [5, 5], [second]: [4, 4] }), model);
    expect(estimate).toMatchObject({ stage: first, clarity: 'clear', lead: 1 });
  });

  it('is tentative when the lead is below the margin', () => {
    const estimate = estimateStage(fixture, around(2, { [first]: [4, 5], [third]: [4, 4] }), model);
    expect(estimate).toMatchObject({ stage: first, clarity: 'tentative', lead: 0.5 });
  });

  it('is tentative when only one stage was answered (no lead to measure)', () => {
    const estimate = estimateStage(fixture, answersForStages({ [third]: [5, 5] }), model);
    expect(estimate).toMatchObject({ stage: third, clarity: 'tentative', lead: null });
  });

  it('reads the margin from the instrument', () => {
    const answers = around(2, { [first]: [4, 5], [third]: [4, 4] });
    const lenient = { ...fixture, scoring: { ...fixture.scoring, stageClearMargin: 0.5 } };
    expect(estimateStage(lenient, answers, model).clarity).toBe('clear');
  });

  it('names no stage when the top two tie', () => {
    const estimate = estimateStage(fixture, around(2, { [first]: [5, 4], [second]: [4, 5] }), model);
    expect(estimate).toMatchObject({ stage: null, clarity: 'unclear', lead: 0 });
  });

  it('names no stage when the top mean is at the midpoint (3) or below', () => {
    expect(estimateStage(fixture, around(1, { [second]: [3, 3] }), model)).toMatchObject({
      stage: null,
      clarity: 'unclear',
      lead: 2,
    });
    expect(estimateStage(fixture, around(1, { [second]: [2, 2] }), model).stage).toBeNull();
  });

  it('names a stage just above the midpoint', () => {
    expect(estimateStage(fixture, around(1, { [second]: [3, 4] }), model)).toMatchObject({
      stage: second,
      clarity: 'clear',
    });
  });

  it('names no stage when nothing (or only "na") was answered', () => {
    for (const answers of [{}, answersForStages(Object.fromEntries(stageIds.map((id) => [id, ['na', 'na']])))]) {
      const estimate = estimateStage(fixture, answers, model);
      expect(estimate).toMatchObject({ stage: null, clarity: 'unclear', lead: null });
      expect(estimate.means.map((m) => m.stage)).toEqual(stageIds);
      expect(estimate.means.every((m) => m.mean === null && m.answered === 0)).toBe(true);
    }
  });

  it('averages each stage’s answered items, leaving "na" out', () => {
    const estimate = estimateStage(
      fixture,
      answersForStages({ [first]: [5, NOT_APPLICABLE], [second]: [2, 3] }),
      model,
    );
    expect(estimate.means.find((m) => m.stage === first)).toEqual({ stage: first, mean: 5, answered: 1 });
    expect(estimate.means.find((m) => m.stage === second)).toEqual({ stage: second, mean: 2.5, answered: 2 });
  });
});

describe('readinessProfile', () => {
  const score = (construct: string, mean: number | null): ConstructScore => ({
    construct,
    mean,
    answered: mean === null ? 0 : 4,
    notApplicable: 0,
    items: 4,
    band: null,
  });

  it('averages the factor means that could be scored', () => {
    const profile = readinessProfile([score('a', 2), score('b', 4), score('c', null), score('d', 3)]);
    expect(profile.overall).toBe(3);
    expect(profile.strongest).toEqual(['b']);
    expect(profile.weakest).toEqual(['a']);
  });

  it('lists every construct tied for strongest or weakest', () => {
    const profile = readinessProfile([score('a', 4.5), score('b', 2), score('c', 4.5), score('d', 2), score('e', 3)]);
    expect(profile.strongest).toEqual(['a', 'c']);
    expect(profile.weakest).toEqual(['b', 'd']);
  });

  it('counts means that differ only by floating-point rounding as tied, as the analysis of a group does', () => {
    // 1.1 + 2.2 is 3.3000000000000003 and 0.7 + 0.6 is 1.2999999999999998 in binary floating point.
    const profile = readinessProfile([score('a', 1.1 + 2.2), score('b', 3.3), score('c', 0.7 + 0.6), score('d', 1.3)]);
    expect(profile.strongest).toEqual(['a', 'b']);
    expect(profile.weakest).toEqual(['c', 'd']);
    expect(
      strongestAndWeakest([
        { construct: 'a', mean: 3.3 },
        { construct: 'b', mean: 3.3 + 1e-6 },
      ]),
    ).toEqual({ strongest: ['b'], weakest: ['a'] });
  });

  it('names one construct both strongest and weakest when it is the only one scored', () => {
    expect(readinessProfile([score('a', null), score('b', 3.25)])).toEqual({
      overall: 3.25,
      strongest: ['b'],
      weakest: ['b'],
    });
  });

  it('is empty when nothing could be scored', () => {
    expect(readinessProfile([])).toEqual({ overall: null, strongest: [], weakest: [] });
    expect(readinessProfile([score('a', null)])).toEqual({ overall: null, strongest: [], weakest: [] });
  });
});

describe('scoreResponse on the real instruments', () => {
  const selfAssessment = findInstrument('cop-self-assessment', model);
  const readiness = findInstrument('organizational-readiness', model);
  const shortForm = findInstrument('organizational-readiness-short', model);
  // Version 1 of the readiness instrument profiled readiness; responses to it still carry that profile.
  const readiness1 = findVersion('organizational-readiness', '1.0.0', model)!;
  const selfAssessment1 = findVersion('cop-self-assessment', '1.0.0', model)!;

  it('estimates the stage for the self-assessment only, in every version', () => {
    for (const instrument of [selfAssessment, selfAssessment1])
      expect(scoreResponse(instrument, {}, model).stage).toBeDefined();
    for (const instrument of [readiness, shortForm, readiness1])
      expect(scoreResponse(instrument, {}, model)).not.toHaveProperty('stage');
  });

  it('profiles readiness for version 1 of the readiness instrument only', () => {
    expect(scoreResponse(readiness1, {}, model).readiness).toEqual({ overall: null, strongest: [], weakest: [] });
    for (const instrument of [readiness, shortForm, selfAssessment, selfAssessment1])
      expect(scoreResponse(instrument, {}, model), instrument.id).not.toHaveProperty('readiness');
  });

  it.each([selfAssessment, readiness, shortForm, selfAssessment1, readiness1])(
    'scores each construct of $id $version once, in the order its items first appear',
    (instrument) => {
      const order = [
        ...new Set(itemsOf(instrument).flatMap((item) => (item.kind === 'scored' ? [item.construct] : []))),
      ];
      expect(scoreResponse(instrument, {}, model).constructs.map((score) => score.construct)).toEqual(order);
    },
  );

  it('profiles the readiness constructs from a full response to version 1', () => {
    const answers = Object.fromEntries(
      itemsOf(readiness1).flatMap((item) => (item.kind === 'scored' ? [[item.id, item.reverse ? 1 : 5]] : [])),
    );
    const scores = scoreResponse(readiness1, answers, model);
    expect(scores.constructs.every((score) => score.mean === 5 && score.band === 'established')).toBe(true);
    expect(scores.readiness).toEqual({
      overall: 5,
      strongest: scores.constructs.map((score) => score.construct),
      weakest: scores.constructs.map((score) => score.construct),
    });
  });
});

describe('properties of scoring on the real instruments', () => {
  /** The values an item accepts: its scale's values, then its non-response answers. */
  const valuesOf = (item: Item): (number | string)[] => choicesOf(item, model).map((choice) => choice.value);

  /** Random valid answers: each item unanswered or given one of its values. */
  const validAnswers = (instrument: Instrument) =>
    fc
      .tuple(...itemsOf(instrument).map((item) => fc.option(fc.constantFrom(...valuesOf(item)), { nil: undefined })))
      .map((values) =>
        answersFor(
          itemsOf(instrument).map((item) => item.id),
          values,
        ),
      );

  const scoredItems = (instrument: Instrument) => itemsOf(instrument).filter((item) => item.kind === 'scored');
  const scaleRange = (instrument: Instrument) => {
    const values = findScale(scoredItems(instrument)[0]!.scale, model).options.map((option) => Number(option.value));
    return { min: Math.min(...values), max: Math.max(...values) };
  };

  const versions = [...model.instruments, ...model.archive];
  const cases = (list: readonly Instrument[]) =>
    list.map((instrument) => [`${instrument.id} ${instrument.version}`, instrument] as const);
  // Later versions' stage rule has its own properties in stage-rule.test.ts.
  const withStages = cases(versions.filter((instrument) => instrument.scoring.stageClearMargin !== undefined));
  const withReadiness = cases(versions.filter((instrument) => instrument.scoring.readinessProfile === true));

  it('covers a version 1 stage estimate and readiness profile', () => {
    expect(withStages.length).toBeGreaterThan(0);
    expect(withReadiness.length).toBeGreaterThan(0);
  });

  describe.each(cases(versions))('%s', (_id, instrument) => {
    const { min, max } = scaleRange(instrument);

    it('raises no answer problems for valid answers', () => {
      fc.assert(
        fc.property(validAnswers(instrument), (answers) => answerProblems(instrument, answers, model).length === 0),
      );
    });

    it('keeps every construct mean null or within the scale, with a band exactly when there is a mean', () => {
      fc.assert(
        fc.property(validAnswers(instrument), (answers) => {
          for (const score of scoreResponse(instrument, answers, model).constructs) {
            if (score.mean !== null) {
              expect(score.mean).toBeGreaterThanOrEqual(min);
              expect(score.mean).toBeLessThanOrEqual(max);
            }
            expect(score.band === null).toBe(score.mean === null);
          }
        }),
      );
    });

    it('never counts more answered and non-response items than the construct has', () => {
      fc.assert(
        fc.property(validAnswers(instrument), (answers) => {
          for (const score of scoreResponse(instrument, answers, model).constructs) {
            const items = scoredItems(instrument).filter(
              (item) => item.kind === 'scored' && item.construct === score.construct,
            );
            expect(score.items).toBe(items.length);
            expect(score.answered + score.notApplicable).toBeLessThanOrEqual(score.items);
          }
        }),
      );
    });

    it('maps each construct mean m to (min + max − m) when every answer is reversed', () => {
      fc.assert(
        fc.property(validAnswers(instrument), (answers) => {
          const reversed = Object.fromEntries(
            // Non-response codes are numbers too, but not on the scale: they stay as they are.
            Object.entries(answers).map(([id, value]) => {
              const scaled = scaleValue(value);
              return [id, scaled === null ? value : min + max - scaled];
            }),
          );
          const before = scoreResponse(instrument, answers, model).constructs;
          const after = scoreResponse(instrument, reversed, model).constructs;
          before.forEach((score, i) => {
            const flipped = after[i]!;
            expect(flipped.answered).toBe(score.answered);
            expect(flipped.notApplicable).toBe(score.notApplicable);
            if (score.mean === null) expect(flipped.mean).toBeNull();
            else expect(flipped.mean).toBeCloseTo(min + max - score.mean, 10);
          });
        }),
      );
    });

    it('leaves every mean unchanged when an unanswered item gets one of its non-response answers', () => {
      fc.assert(
        fc.property(validAnswers(instrument), fc.nat(), fc.nat(), (answers, pick, pickCode) => {
          const unanswered = scoredItems(instrument).filter((item) => answers[item.id] === undefined);
          fc.pre(unanswered.length > 0);
          const item = unanswered[pick % unanswered.length]!;
          const codes = nonResponseChoicesOf(item, model);
          const code = codes[pickCode % codes.length]!.value;
          const before = scoreResponse(instrument, answers, model).constructs;
          const after = scoreResponse(instrument, { ...answers, [item.id]: code }, model).constructs;
          before.forEach((score, i) => {
            const bumped = item.kind === 'scored' && item.construct === score.construct;
            expect(after[i]).toEqual({ ...score, notApplicable: score.notApplicable + (bumped ? 1 : 0) });
          });
        }),
      );
    });

    it('raises a construct mean when one answer goes up (lowers it when the item is reverse-keyed)', () => {
      fc.assert(
        fc.property(validAnswers(instrument), fc.nat(), (answers, pick) => {
          const raisable = scoredItems(instrument).filter(
            (item) => scaleValue(answers[item.id]) !== null && answers[item.id] !== max,
          );
          fc.pre(raisable.length > 0);
          const item = raisable[pick % raisable.length]!;
          if (item.kind !== 'scored') return;
          const construct = (a: Answers) =>
            scoreResponse(instrument, a, model).constructs.find((s) => s.construct === item.construct)!;
          const before = construct(answers).mean;
          const after = construct({ ...answers, [item.id]: (answers[item.id] as number) + 1 }).mean;
          if (before === null) {
            expect(after).toBeNull();
          } else if (item.reverse) {
            expect(after!).toBeLessThan(before);
          } else {
            expect(after!).toBeGreaterThan(before);
          }
        }),
      );
    });
  });

  describe.each(withStages)('%s stage estimate', (_id, instrument) => {
    it('names a stage only when its mean is above the midpoint and above every other stage’s', () => {
      fc.assert(
        fc.property(validAnswers(instrument), (answers) => {
          const estimate = scoreResponse(instrument, answers, model).stage!;
          if (estimate.stage === null) return;
          const top = estimate.means.find((m) => m.stage === estimate.stage)!.mean!;
          expect(top).toBeGreaterThan(3);
          for (const other of estimate.means) {
            if (other.stage !== estimate.stage && other.mean !== null) expect(top).toBeGreaterThan(other.mean);
          }
          expect(estimate.clarity === 'clear').toBe(
            estimate.lead !== null && estimate.lead >= instrument.scoring.stageClearMargin!,
          );
        }),
      );
    });
  });

  describe.each(withReadiness)('%s readiness profile', (_id, instrument) => {
    it('keeps the readiness overall between the weakest and strongest means', () => {
      fc.assert(
        fc.property(validAnswers(instrument), (answers) => {
          const { constructs, readiness } = scoreResponse(instrument, answers, model);
          if (readiness!.overall === null) return;
          const meanOf = (id: string) => constructs.find((score) => score.construct === id)!.mean!;
          expect(readiness!.overall).toBeGreaterThanOrEqual(meanOf(readiness!.weakest[0]!) - 1e-9);
          expect(readiness!.overall).toBeLessThanOrEqual(meanOf(readiness!.strongest[0]!) + 1e-9);
        }),
      );
    });
  });
});
