import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { fixtureInstrument } from '../support/fixture-instrument.ts';
import {
  analyzeResponses,
  DEFAULT_MIN_GROUP_SIZE,
  GROUP_JOINER,
  groupingOptions,
  INVARIANCE_NOTE,
  invarianceNote,
  MERGED_ROLES,
  reliability,
  versionToAnalyse,
  type GroupSummary,
} from '../../src/instruments/analysis.ts';
import { ALL, reliabilityTable, summaryTable } from '../../src/instruments/analysis-tables.ts';
import { describe as describeValues, itemReliability, scaleReliability } from '../../src/instruments/statistics.ts';
import { descriptiveBands } from '../../src/instruments/bands.ts';
import { compareVersions, crosswalk } from '../../src/instruments/crosswalk.ts';
import { context, scored, stageItem, version1 } from '../../src/instruments/items.ts';
import { findScale, findVersion, itemsOf, versionsOf } from '../../src/instruments/model.ts';
import { model } from '../../src/instruments/source-model.ts';
import { distributionParameters } from '../../src/instruments/parameters.ts';
import { readResponses, type ResponseRecord } from '../../src/instruments/responses.ts';
import { isNonResponse, NOT_APPLICABLE } from '../../src/instruments/scales.ts';
import * as scoring from '../../src/instruments/score.ts';
import type { Instrument, StageId } from '../../src/instruments/types.ts';
import { findModelProblems } from '../../src/instruments/validate.ts';
import { makeResponses, prng } from '../../scripts/bench/synthetic-responses.ts';
import { alphaByCovariance, columnsOf } from '../support/independent-statistics.ts';

// Counts scoreResponse calls, to check that an analysis scores each response once.
vi.mock('../../src/instruments/score.ts', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/instruments/score.ts')>();
  return { ...actual, scoreResponse: vi.fn(actual.scoreResponse) };
});

// ---------------------------------------------------------------------------------------------------------
// Independent implementations, written differently from the module: alpha from the average inter-item
// covariance, α = k·c̄ / (v̄ + (k − 1)·c̄), and r from explicit deviation lists on plain arrays.

function restCorrelationByDeviations(matrix: readonly (readonly number[])[], item: number): number | null {
  const x = matrix.map((row) => row[item]!);
  const y = matrix.map((row) => row.reduce((sum, value, j) => (j === item ? sum : sum + value), 0));
  if (x.length < 2) return null;
  const mx = x.reduce((a, b) => a + b, 0) / x.length;
  const my = y.reduce((a, b) => a + b, 0) / y.length;
  const dx = x.map((v) => v - mx);
  const dy = y.map((v) => v - my);
  const sxx = dx.reduce((s, d) => s + d * d, 0);
  const syy = dy.reduce((s, d) => s + d * d, 0);
  if (sxx === 0 || syy === 0) return null;
  return dx.reduce((s, d, i) => s + d * dy[i]!, 0) / Math.sqrt(sxx * syy);
}

const cronbachAlpha = (matrix: readonly (readonly number[])[]) => scaleReliability(columnsOf(matrix)).alpha;
const correctedItemTotal = (matrix: readonly (readonly number[])[]) =>
  itemReliability(columnsOf(matrix)).map((item) => item.correctedItemTotal);

const closeOrNull = (actual: number | null, expected: number | null, digits = 9) => {
  if (expected === null) expect(actual).toBeNull();
  else expect(actual).toBeCloseTo(expected, digits);
};

// ---------------------------------------------------------------------------------------------------------
// Hand-computed examples.

/**
 * Four respondents, three items. Item variances (n − 1 = 3):
 *   item 1: 1 2 3 4, mean 2.5, squared deviations 2.25 + .25 + .25 + 2.25 = 5, variance 5/3
 *   item 2: 2 2 4 4, mean 3,   squared deviations 1 + 1 + 1 + 1 = 4,          variance 4/3
 *   item 3: 2 3 3 4, mean 3,   squared deviations 1 + 0 + 0 + 1 = 2,          variance 2/3
 *   sum of item variances 11/3
 *   totals: 5 7 10 12, mean 8.5, squared deviations 12.25 + 2.25 + 2.25 + 12.25 = 29, variance 29/3
 *   α = 3/2 · (1 − (11/3)/(29/3)) = 3/2 · 18/29 = 27/29 ≈ 0.931
 * Corrected item–total r (item against the sum of the other two):
 *   item 1 vs 4 5 7 8 (mean 6, deviations −2 −1 1 2, Σd² = 10):
 *     cross products (−1.5)(−2) + (−.5)(−1) + (.5)(1) + (1.5)(2) = 7, r = 7/√(5·10) = 7/√50 ≈ 0.990
 *   item 2 vs 3 5 6 8 (mean 5.5, deviations −2.5 −.5 .5 2.5, Σd² = 13):
 *     cross products 2.5 + .5 + .5 + 2.5 = 6, r = 6/√(4·13) = 6/√52 ≈ 0.832
 *   item 3 vs 3 4 7 8 (mean 5.5, deviations −2.5 −1.5 1.5 2.5, Σd² = 17):
 *     cross products 2.5 + 0 + 0 + 2.5 = 5, r = 5/√(2·17) = 5/√34 ≈ 0.857
 */
const M = [
  [1, 2, 2],
  [2, 2, 3],
  [3, 4, 3],
  [4, 4, 4],
];
const M_ALPHA = 27 / 29;
const M_ITEM_TOTAL = [7 / Math.sqrt(50), 6 / Math.sqrt(52), 5 / Math.sqrt(34)];

/**
 * The middle item is constant (3 for everyone):
 *   item variances 5/3, 0, 2/3 (sum 7/3); totals 6 8 9 11, mean 8.5, Σd² = 6.25 + .25 + .25 + 6.25 = 13, variance 13/3
 *   α = 3/2 · (1 − 7/13) = 3/2 · 6/13 = 9/13 ≈ 0.692
 *   item 1 vs 5 6 6 7 (deviations −1 0 0 1, Σd² = 2): cross 1.5 + 1.5 = 3, r = 3/√(5·2) = 3/√10
 *   item 2: constant, so r is undefined (null)
 *   item 3 vs 4 5 6 7 (deviations −1.5 −.5 .5 1.5, Σd² = 5): cross 1.5 + 1.5 = 3, r = 3/√(2·5) = 3/√10
 */
const CONSTANT_ITEM = [
  [1, 3, 2],
  [2, 3, 3],
  [3, 3, 3],
  [4, 3, 4],
];

describe('describe', () => {
  it('has no mean or sd without values, and no sd with one', () => {
    expect(describeValues([])).toEqual({ n: 0, mean: null, sd: null });
    expect(describeValues([4])).toEqual({ n: 1, mean: 4, sd: null });
  });

  it('uses the sample SD (n − 1): 2 4 4 4 5 5 7 9 has Σd² = 32, so sd = √(32/7), not the population 2', () => {
    const { n, mean, sd } = describeValues([2, 4, 4, 4, 5, 5, 7, 9]);
    expect(n).toBe(8);
    expect(mean).toBe(5);
    expect(sd).toBeCloseTo(Math.sqrt(32 / 7), 12);
  });

  it('gives exactly 0 for values that do not vary, even where the mean is not exact in binary', () => {
    expect(describeValues(Array(10).fill(0.1)).sd).toBe(0);
  });

  it('has a mean of sum/n and an sd whose square is Σd²/(n − 1)', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { maxLength: 50 }), (values) => {
        const { n, mean, sd } = describeValues(values);
        expect(n).toBe(values.length);
        if (values.length === 0) {
          expect(mean).toBeNull();
        } else {
          expect(mean).toBe(values.reduce((a, b) => a + b, 0) / values.length);
        }
        if (values.length < 2) {
          expect(sd).toBeNull();
        } else {
          const m = values.reduce((a, b) => a + b, 0) / values.length;
          const variance = values.reduce((s, v) => s + (v - m) ** 2, 0) / (values.length - 1);
          expect(sd).toBeGreaterThanOrEqual(0);
          // Relative comparison: the values reach ±1e6, so variances reach 1e12.
          expect(Math.abs(sd! ** 2 - variance)).toBeLessThanOrEqual(1e-9 * Math.max(1, variance));
        }
      }),
    );
  });
});

describe('cronbachAlpha and correctedItemTotal', () => {
  it('match the hand computation: α = 27/29, r = 7/√50, 6/√52, 5/√34', () => {
    expect(cronbachAlpha(M)).toBeCloseTo(M_ALPHA, 12);
    correctedItemTotal(M).forEach((r, j) => expect(r).toBeCloseTo(M_ITEM_TOTAL[j]!, 12));
  });

  it('agree with the independent implementations on the hand-computed matrix', () => {
    expect(alphaByCovariance(columnsOf(M))).toBeCloseTo(M_ALPHA, 12);
    M_ITEM_TOTAL.forEach((r, j) => expect(restCorrelationByDeviations(M, j)).toBeCloseTo(r, 12));
  });

  it('keep a constant item in alpha (α = 9/13) but give it no item–total r', () => {
    expect(cronbachAlpha(CONSTANT_ITEM)).toBeCloseTo(9 / 13, 12);
    expect(alphaByCovariance(columnsOf(CONSTANT_ITEM))).toBeCloseTo(9 / 13, 12);
    const [first, constant, third] = correctedItemTotal(CONSTANT_ITEM);
    expect(first).toBeCloseTo(3 / Math.sqrt(10), 12);
    expect(constant).toBeNull();
    expect(third).toBeCloseTo(3 / Math.sqrt(10), 12);
  });

  it('are undefined with fewer than two respondents', () => {
    expect(cronbachAlpha([])).toBeNull();
    expect(correctedItemTotal([])).toEqual([]);
    expect(cronbachAlpha([[1, 2, 3]])).toBeNull();
    expect(correctedItemTotal([[1, 2, 3]])).toEqual([null, null, null]);
  });

  it('give no alpha for a single item, whose "other items" sum to nothing', () => {
    expect(cronbachAlpha([[1], [2], [3]])).toBeNull();
    expect(correctedItemTotal([[1], [2], [3]])).toEqual([null]);
  });

  it('give no alpha when the totals do not vary, while the items still correlate (here −1)', () => {
    // Totals 4 4 4: the variance of the totals is 0.
    const opposite = [
      [1, 3],
      [2, 2],
      [3, 1],
    ];
    expect(cronbachAlpha(opposite)).toBeNull();
    expect(correctedItemTotal(opposite)).toEqual([-1, -1]);
  });

  const matrices = fc
    .record({ n: fc.integer({ min: 0, max: 25 }), k: fc.integer({ min: 1, max: 7 }) })
    .chain(({ n, k }) =>
      fc.array(fc.array(fc.integer({ min: 1, max: 5 }), { minLength: k, maxLength: k }), {
        minLength: n,
        maxLength: n,
      }),
    );

  it('agree with the independent implementations on random 1–5 data', () => {
    fc.assert(
      fc.property(matrices, (matrix) => {
        closeOrNull(cronbachAlpha(matrix), alphaByCovariance(columnsOf(matrix)));
        correctedItemTotal(matrix).forEach((r, j) => closeOrNull(r, restCorrelationByDeviations(matrix, j)));
      }),
    );
  });

  it('never give an alpha above 1, or an r outside [−1, 1]', () => {
    fc.assert(
      fc.property(matrices, (matrix) => {
        const alpha = cronbachAlpha(matrix);
        if (alpha !== null) expect(alpha).toBeLessThanOrEqual(1 + 1e-12);
        for (const r of correctedItemTotal(matrix)) if (r !== null) expect(Math.abs(r)).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('do not depend on the order of respondents', () => {
    const withPermutation = matrices.chain((matrix) =>
      fc.tuple(
        fc.constant(matrix),
        fc.shuffledSubarray(matrix, { minLength: matrix.length, maxLength: matrix.length }),
      ),
    );
    fc.assert(
      fc.property(withPermutation, ([matrix, permuted]) => {
        closeOrNull(cronbachAlpha(permuted), cronbachAlpha(matrix), 12);
        correctedItemTotal(permuted).forEach((r, j) => closeOrNull(r, correctedItemTotal(matrix)[j]!, 12));
      }),
    );
  });
});

// ---------------------------------------------------------------------------------------------------------
// A small version 1 instrument: constructs A and B have three items each, A's third reverse-keyed; one
// stage item per stage; a role question. It both estimates stages and profiles readiness, so one fixture
// covers both.

const [A, B] = model.constructs.map((construct) => construct.id) as [string, string];
const stageIds = model.stages.map((stage) => stage.id);

const fixture = fixtureInstrument({
  id: 'analysis-fixture',
  sections: [
    {
      id: 'scored',
      title: 'Scored',
      description: '',
      items: [
        version1.scored('a_1', A, 'A one.'),
        version1.scored('a_2', A, 'A two.'),
        version1.scored('a_3', A, 'A three (reverse).', true),
        version1.scored('b_1', B, 'B one.'),
        version1.scored('b_2', B, 'B two.'),
        version1.scored('b_3', B, 'B three.'),
      ],
    },
    {
      id: 'stages',
      title: 'Stages',
      description: '',
      items: stageIds.map((stage) => version1.stage(`st_${stage}`, stage, `${stage}.`)),
    },
    { id: 'context', title: 'Context', description: '', items: [context('ctx_role', 'cop-role', 'Role?')] },
  ],
  roleItem: 'ctx_role',
  parameters: distributionParameters,
  scoring: { minAnsweredShare: 2 / 3, bands: descriptiveBands, stageClearMargin: 0.5, readinessProfile: true },
});

let line = 0;
function response(
  answers: Record<string, number | string>,
  params: Record<string, string> = {},
  instrument: Instrument = fixture,
): ResponseRecord {
  line++;
  return {
    source: { file: 'fixture.ndjson', line },
    responseId: `r${line}`,
    instrument: { id: instrument.id, version: instrument.version, hash: null },
    params,
    answers,
    language: 'en',
  };
}

/** The hand-computed matrix M as answers to A's items: the reverse item answered 6 − value, so reversing restores M. */
const answersFromM = (row: readonly number[]) => ({ a_1: row[0]!, a_2: row[1]!, a_3: 6 - row[2]! });

describe('the analysis fixture', () => {
  it('is a valid instrument on a 1–5 agreement scale', () => {
    expect(findModelProblems({ ...model, instruments: [...model.instruments, fixture] })).toEqual([]);
    expect(findScale('agreement-5', model).options.map((option) => option.value)).toEqual([1, 2, 3, 4, 5]);
  });
});

describe('reliability', () => {
  const B_VALUES = [
    [1, 2, 2],
    [2, 2, 1],
    [3, 4, 4],
    [4, 5, 3],
    [5, 4, 5],
    [3, 3, 2],
  ];
  const answersFromB = (row: readonly number[]) => ({ b_1: row[0]!, b_2: row[1]!, b_3: row[2]! });
  const responses = [
    ...M.map((row, i) => response({ ...answersFromM(row), ...answersFromB(B_VALUES[i]!) })),
    // Answered B completely but A only partly: "na" on one item, nothing on another.
    response({ a_1: 3, a_2: NOT_APPLICABLE, a_3: 3, ...answersFromB(B_VALUES[4]!) }),
    response({ a_2: 4, a_3: 2, ...answersFromB(B_VALUES[5]!) }),
  ];
  const [a, b] = reliability(fixture, responses, model);

  it('reverses reverse-keyed items first, recovering α = 27/29 and the hand-computed item–total r', () => {
    expect(a).toMatchObject({ construct: A, n: 4, items: 3 });
    expect(a!.alpha).toBeCloseTo(M_ALPHA, 12);
    expect(a!.itemDetails.map((entry) => entry.item)).toEqual(['a_1', 'a_2', 'a_3']);
    a!.itemDetails.forEach(({ correctedItemTotal: r }, j) => expect(r).toBeCloseTo(M_ITEM_TOTAL[j]!, 12));
    // Unreversed, the same answers hang together far worse, so reversing is what the figure above shows.
    expect(cronbachAlpha(M.map((row) => [row[0]!, row[1]!, 6 - row[2]!]))!).toBeLessThan(0.5);
  });

  it('counts complete cases per construct: "na" or a missing answer drops the respondent from that construct only', () => {
    expect(a!.n).toBe(4);
    expect(b).toMatchObject({ construct: B, n: 6, items: 3 });
    expect(b!.alpha).toBeCloseTo(alphaByCovariance(columnsOf(B_VALUES))!, 12);
    b!.itemDetails.forEach(({ correctedItemTotal: r }, j) =>
      expect(r).toBeCloseTo(restCorrelationByDeviations(B_VALUES, j)!, 12),
    );
  });

  it('reports null alpha and r below two complete cases', () => {
    const [few] = reliability(
      fixture,
      [response(answersFromM(M[0]!)), response({ a_1: 2, a_2: NOT_APPLICABLE, a_3: 2 })],
      model,
    );
    expect(few).toMatchObject({
      construct: A,
      n: 1,
      excluded: 1,
      items: 3,
      alpha: null,
      interval: null,
      itemDetails: [
        { item: 'a_1', correctedItemTotal: null, alphaIfDeleted: null },
        { item: 'a_2', correctedItemTotal: null, alphaIfDeleted: null },
        { item: 'a_3', correctedItemTotal: null, alphaIfDeleted: null },
      ],
    });
    expect(reliability(fixture, [], model).map((c) => [c.construct, c.n, c.alpha])).toEqual([
      [A, 0, null],
      [B, 0, null],
    ]);
  });

  it('gives a constant item no r but keeps it in alpha', () => {
    const [withConstant] = reliability(
      fixture,
      CONSTANT_ITEM.map((row) => response(answersFromM(row))),
      model,
    );
    expect(withConstant!.alpha).toBeCloseTo(9 / 13, 12);
    expect(withConstant!.itemDetails.map(({ correctedItemTotal: r }) => r)).toEqual([
      expect.closeTo(3 / Math.sqrt(10), 12),
      null,
      expect.closeTo(3 / Math.sqrt(10), 12),
    ]);
  });
});

// ---------------------------------------------------------------------------------------------------------
// Grouping. Every A item is answered so that A's score is a whole number (the reverse item as 6 − v), and
// every B item alike, so group means can be worked out by eye.

/** Answers giving construct scores `a` and `b` (null: every B item "na"), a clear stage estimate (or none), and a role. */
function profile(a: number, b: number | null, stage: StageId | null, role?: string): Record<string, number | string> {
  const answers: Record<string, number | string> = { a_1: a, a_2: a, a_3: 6 - a };
  for (const item of ['b_1', 'b_2', 'b_3']) answers[item] = b ?? NOT_APPLICABLE;
  if (stage) for (const id of stageIds) answers[`st_${id}`] = id === stage ? 5 : 1;
  if (role) answers['ctx_role'] = role;
  return answers;
}

/**
 *       community  role     A  B   stage        readiness overall (mean of A and B)
 *   1   north      member   2  4   potential    3
 *   2   north      leader   4  4   maturing     4
 *   3   north      member   3  –   maturing     3
 *   4   south      leader   5  1   (unclear)    3
 *   5   south      –        1  2   stewardship  1.5
 *   6   –          member   3  3   maturing     3
 */
const groupData = [
  response(profile(2, 4, 'potential', 'member'), { community: 'north', wave: '1' }),
  response(profile(4, 4, 'maturing', 'leader'), { community: 'north', wave: '1' }),
  response(profile(3, null, 'maturing', 'member'), { community: 'north', wave: '10' }),
  response(profile(5, 1, null, 'leader'), { community: 'south', wave: '2' }),
  response(profile(1, 2, 'stewardship'), { community: 'south', wave: '2' }),
  response(profile(3, 3, 'maturing', 'member')),
];

const constructOf = (summary: GroupSummary | undefined, construct: string) =>
  summary!.constructs.find((c) => c.construct === construct)!;
const groupOf = (groups: readonly GroupSummary[] | undefined, key: string | null) =>
  groups!.find((group) => group.key === key);

describe('analyzeResponses', () => {
  const analysis = analyzeResponses(fixture, groupData, { within: model, groupBy: ['community'], minGroupSize: 1 });

  it('scores each response once', () => {
    const spy = vi.mocked(scoring.scoreResponse);
    spy.mockClear();
    analyzeResponses(fixture, groupData, { within: model, groupBy: ['community'], minGroupSize: 1 });
    expect(spy).toHaveBeenCalledTimes(groupData.length);
  });

  it('names the instrument and the grouping, and counts the responses', () => {
    expect(analysis.instrument).toEqual({ id: fixture.id, version: fixture.version });
    expect(analysis.groupBy).toEqual(['community']);
    expect(analysis.n).toBe(6);
    expect(analysis.overall.key).toBeNull();
    expect(analysis.overall.n).toBe(6);
  });

  it('describes all responses with the sample SD: A 2 4 3 5 1 3 (mean 3, Σd² = 10, sd √(10/5)); B has 5 scores', () => {
    expect(constructOf(analysis.overall, A)).toMatchObject({
      construct: A,
      n: 6,
      mean: 3,
      sd: expect.closeTo(Math.sqrt(2), 12),
    });
    // B: 4 4 1 2 3, mean 2.8, deviations 1.2 1.2 −1.8 −.8 .2, Σd² = 1.44 + 1.44 + 3.24 + .64 + .04 = 6.8, sd √(6.8/4).
    expect(constructOf(analysis.overall, B)).toMatchObject({
      construct: B,
      n: 5,
      mean: expect.closeTo(2.8, 12),
      sd: expect.closeTo(Math.sqrt(1.7), 12),
    });
  });

  it('groups by a link parameter, sorted, with responses lacking it in a "(none)" group last', () => {
    expect(analysis.groups.map((group) => [group.key, group.n])).toEqual([
      ['north', 3],
      ['south', 2],
      [null, 1],
    ]);
    const north = groupOf(analysis.groups, 'north');
    // A 2 4 3: mean 3, Σd² = 2, sd 1. B 4 4 (the third has none): sd 0.
    expect(constructOf(north, A)).toMatchObject({ construct: A, n: 3, mean: 3, sd: 1 });
    expect(constructOf(north, B)).toMatchObject({ construct: B, n: 2, mean: 4, sd: 0 });
    // A 5 1: mean 3, Σd² = 8, sd √8 (the population SD would be 2).
    expect(constructOf(groupOf(analysis.groups, 'south'), A)).toMatchObject({
      construct: A,
      n: 2,
      mean: 3,
      sd: expect.closeTo(Math.sqrt(8), 12),
    });
    expect(constructOf(groupOf(analysis.groups, null), A)).toMatchObject({ construct: A, n: 1, mean: 3, sd: null });
  });

  it('sorts numeric values as numbers', () => {
    const byWave = analyzeResponses(fixture, groupData, { within: model, groupBy: ['wave'], minGroupSize: 1 });
    expect(byWave.groups.map((group) => group.key)).toEqual(['1', '2', '10', null]);
  });

  it('puts everything in the "(none)" group when no response carries the parameter', () => {
    const bySite = analyzeResponses(fixture, groupData, { within: model, groupBy: ['site'], minGroupSize: 1 });
    expect(bySite.groups.map((group) => [group.key, group.n])).toEqual([[null, 6]]);
  });

  it('merges roles held by fewer than the smallest group size: with 5, leader (2) and member (3) become one row', () => {
    expect(DEFAULT_MIN_GROUP_SIZE).toBe(5);
    const analysis = analyzeResponses(fixture, groupData, { within: model, groupBy: ['community'], minGroupSize: 5 });
    expect(analysis.byRole!.map((group) => [group.key, group.n])).toEqual([[MERGED_ROLES, 5]]);
    // A 2 4 3 5 3: mean 3.4.
    expect(constructOf(groupOf(analysis.byRole, MERGED_ROLES), A).mean).toBeCloseTo(3.4, 12);
    // The single response without a role is under 5 too: hidden, and counted.
    expect(analysis.hiddenRoles).toEqual({ groups: 1, responses: 1 });
  });

  it('groups by role when asked, the same groups as byRole', () => {
    const byRole = analyzeResponses(fixture, groupData, { within: model, groupBy: ['role'], minGroupSize: 2 });
    expect(byRole.groups).toEqual(byRole.byRole);
    // With 2 as the smallest group, leaders (2) and members (3) stand on their own; the one without a role is hidden.
    expect(byRole.groups.map((group) => group.key)).toEqual(['leader', 'member']);
    expect(byRole.hidden).toEqual({ groups: 1, responses: 1 });
  });

  it('has no groups when not grouped, but still compares roles', () => {
    const ungrouped = analyzeResponses(fixture, groupData, { within: model, groupBy: [], minGroupSize: 1 });
    expect(ungrouped.groups).toEqual([]);
    expect(ungrouped.byRole!.map((group) => group.key)).toEqual(['leader', 'member', null]);
    expect(ungrouped.overall).toEqual(analysis.overall);
  });

  it('averages each stage’s respondent means over the respondents who have one, and reads the group’s stage from them', () => {
    // Respondent 4 answered no stage item. Potential 5 1 1 1 1, maturing 1 5 5 1 5, stewardship 1 1 1 5 1.
    expect(analysis.overall.stage!.means).toEqual([
      { stage: 'potential', mean: expect.closeTo(1.8, 12), n: 5 },
      { stage: 'coalescing', mean: 1, n: 5 },
      { stage: 'maturing', mean: expect.closeTo(3.4, 12), n: 5 },
      { stage: 'stewardship', mean: expect.closeTo(1.8, 12), n: 5 },
      { stage: 'transformation', mean: 1, n: 5 },
    ]);
    // Maturing 3.4 is above the midpoint and leads by 1.6, more than the margin of 0.5.
    expect(analysis.overall.stage).toMatchObject({ stage: 'maturing', clarity: 'clear' });
    expect(analysis.overall.stage!.lead).toBeCloseTo(1.6, 12);
    // South: only respondent 5 has stage means.
    expect(groupOf(analysis.groups, 'south')!.stage).toMatchObject({ stage: 'stewardship', clarity: 'clear' });
    expect(groupOf(analysis.groups, 'south')!.stage!.means.map((m) => m.n)).toEqual([1, 1, 1, 1, 1]);
  });

  it('names the stage the averaged means point to, not the one most respondents’ own estimates name', () => {
    // Two respondents lean to potential (4 against 3, clear by 1); one is firmly maturing (5 against 1).
    const lean = { st_potential: 4, st_coalescing: 1, st_maturing: 3, st_stewardship: 1, st_transformation: 1 };
    const firm = { st_potential: 1, st_coalescing: 1, st_maturing: 5, st_stewardship: 1, st_transformation: 1 };
    const group = analyzeResponses(fixture, [response(lean), response(lean), response(firm)], {
      within: model,
      groupBy: [],
    });
    // Potential (4 + 4 + 1) / 3 = 3, maturing (3 + 3 + 5) / 3 = 11/3: maturing leads by 2/3, above the margin.
    expect(group.overall.stage).toMatchObject({ stage: 'maturing', clarity: 'clear' });
  });

  it('calls a group’s stage unclear when no stage is agreed with, or no one answered a stage’s items', () => {
    const lukewarm = Object.fromEntries(stageIds.map((id, i) => [`st_${id}`, i === 0 ? 3 : 2]));
    expect(analyzeResponses(fixture, [response(lukewarm)], { within: model, groupBy: [] }).overall.stage).toMatchObject(
      {
        stage: null,
        clarity: 'unclear',
      },
    );
    const none = analyzeResponses(fixture, [response({ a_1: 3 })], { within: model, groupBy: [] }).overall.stage!;
    expect(none).toMatchObject({ stage: null, clarity: 'unclear' });
    expect(none.means.every((m) => m.mean === null && m.n === 0)).toBe(true);
  });

  it('profiles readiness by the group’s construct means, and describes the respondents’ overall scores (version 1)', () => {
    // South: A means 5 and 1 (group mean 3), B 1 and 2 (1.5). Respondent 5 is strongest on B, but the group is strongest on A.
    const south = groupOf(analysis.groups, 'south')!;
    expect(south).toMatchObject({ strongest: [A], weakest: [B] });
    expect(south.readinessOverall).toEqual({ n: 2, mean: 2.25, sd: expect.closeTo(Math.sqrt(1.125), 12) });
    // North: A 3, B 4. Overall scores 3 4 3: mean 10/3.
    expect(groupOf(analysis.groups, 'north')).toMatchObject({ strongest: [B], weakest: [A] });
    expect(groupOf(analysis.groups, 'north')!.readinessOverall!.mean).toBeCloseTo(10 / 3, 12);
    // Overall scores 3 4 3 3 1.5 3: mean 17.5/6.
    expect(analysis.overall.readinessOverall!.mean).toBeCloseTo(17.5 / 6, 12);
  });

  it('lists every construct tied for strongest and weakest, including ties reached by rounding', () => {
    expect(groupOf(analysis.groups, null)).toMatchObject({ strongest: [A, B], weakest: [A, B] });
    // A scores 1, 10/3 and 5/3 average to 2, as do B scores 1, 1 and 4, but in floating point A's mean is 2.0000000000000004.
    const tie = analyzeResponses(
      fixture,
      [
        response({ a_1: 1, a_2: 1, a_3: 5, b_1: 1, b_2: 1, b_3: 1 }),
        response({ a_1: 4, a_2: 3, a_3: 3, b_1: 1, b_2: 1, b_3: 1 }),
        response({ a_1: 2, a_2: 2, a_3: 5, b_1: 4, b_2: 4, b_3: 4 }),
      ],
      { within: model, groupBy: [] },
    );
    expect(constructOf(tie.overall, A).mean).not.toBe(constructOf(tie.overall, B).mean);
    expect(tie.overall).toMatchObject({ strongest: [A, B], weakest: [A, B] });
  });

  it('leaves out the stage estimate, vignette and overall readiness for instruments without them', () => {
    const plain: Instrument = {
      ...fixture,
      sections: fixture.sections.filter((section) => section.id !== 'stages'),
      scoring: { minAnsweredShare: 2 / 3, bands: descriptiveBands },
    };
    const result = analyzeResponses(
      plain,
      groupData.map((r) => ({ ...r, instrument: { ...r.instrument, id: plain.id } })),
      { within: model, groupBy: [] },
    );
    expect(result.overall).not.toHaveProperty('stage');
    expect(result.overall).not.toHaveProperty('vignette');
    expect(result.overall).not.toHaveProperty('readinessOverall');
    expect(result.overall).toMatchObject({ strongest: [A], weakest: [B] });
    const noRole: Instrument = { ...plain };
    delete noRole.roleItem;
    expect(analyzeResponses(noRole, [], { within: model, groupBy: [] })).not.toHaveProperty('byRole');
    expect(() => analyzeResponses(noRole, [], { within: model, groupBy: ['role'], minGroupSize: 1 })).toThrow(
      /cannot be grouped by "role"/,
    );
  });

  it('includes the reliability of every construct', () => {
    expect(analysis.reliability).toEqual(reliability(fixture, groupData, model));
    // A's items move together in this data (a_3 reversed), so alpha is exactly 1.
    expect(analysis.reliability[0]!.alpha).toBeCloseTo(1, 12);
  });

  it('analyses an empty set', () => {
    const empty = analyzeResponses(fixture, [], { within: model, groupBy: ['community'], minGroupSize: 1 });
    expect(empty.n).toBe(0);
    expect(empty.groups).toEqual([]);
    expect(empty.overall.constructs).toMatchObject([
      { construct: A, n: 0, mean: null, sd: null, complete: 0, alpha: null, rwgj: null },
      { construct: B, n: 0, mean: null, sd: null, complete: 0, alpha: null, rwgj: null },
    ]);
    expect(empty.overall).toMatchObject({
      readinessOverall: { n: 0, mean: null, sd: null },
      strongest: [],
      weakest: [],
    });
  });

  it('refuses an unknown grouping and another instrument’s responses', () => {
    expect(groupingOptions(fixture)).toEqual(['community', 'site', 'wave', 'code', 'role', 'language']);
    expect(() => analyzeResponses(fixture, groupData, { within: model, groupBy: ['team'], minGroupSize: 1 })).toThrow(
      /cannot be grouped by "team".*community, site, wave, code, role, language/,
    );
    const other = { ...groupData[0]!, instrument: { id: 'cop-self-assessment', version: '2.0.0', hash: null } };
    expect(() => analyzeResponses(fixture, [other], { within: model, groupBy: [] })).toThrow(
      /fixture\.ndjson:1 answers cop-self-assessment/,
    );
  });

  it('sets aside responses to another version of the instrument, counted by version, and analyses the rest', () => {
    const older = { ...groupData[0]!, instrument: { id: fixture.id, version: '0.9.0', hash: null } };
    const result = analyzeResponses(fixture, [...groupData, older, older], { within: model, groupBy: [] });
    expect(result.n).toBe(groupData.length);
    expect(result.setAside).toEqual([{ version: '0.9.0', n: 2 }]);
    expect(result.overall).toEqual(analysis.overall);
    expect(analysis.setAside).toEqual([]);
    expect(() => reliability(fixture, [older], model)).toThrow(/version 0\.9\.0, not 1\.0\.0/);
  });
});

describe('summaryTable and reliabilityTable', () => {
  const analysis = analyzeResponses(fixture, groupData, { within: model, groupBy: ['community'], minGroupSize: 1 });

  it('has one row per group and construct: all responses, the groups, then the roles', () => {
    const { fields, rows } = summaryTable(analysis);
    expect(fields).toEqual(['group_by', 'group', 'construct', 'n', 'mean', 'sd', 'complete_cases', 'alpha', 'rwg_j']);
    expect(rows.map((row) => `${row['group_by']}/${row['group']}/${row['construct']}`)).toEqual(
      [
        [ALL, ALL],
        ['community', 'north'],
        ['community', 'south'],
        ['community', '(none)'],
        ['role', 'leader'],
        ['role', 'member'],
        ['role', '(none)'],
      ].flatMap(([by, group]) => [A, B].map((construct) => `${by}/${group}/${construct}`)),
    );
  });

  it('rounds to 3 decimals and leaves undefined values empty', () => {
    const { rows } = summaryTable(analysis);
    const row = (by: string, group: string, construct: string) =>
      rows.find((r) => r['group_by'] === by && r['group'] === group && r['construct'] === construct);
    // A's items move together (a_3 reversed), so alpha and rwg(j) are whole: alpha 1; rwg(j) below.
    expect(row(ALL, ALL, A)).toMatchObject({ group_by: ALL, group: ALL, construct: A, n: 6, mean: 3, sd: 1.414 });
    expect(row('community', 'south', A)).toMatchObject({ n: 2, mean: 3, sd: 2.828 });
    expect(row('community', '(none)', A)).toMatchObject({ n: 1, mean: 3, sd: '' });
    // Members: A 2 3 3, mean 8/3, Σd² = 2/3, sd √(1/3).
    expect(row('role', 'member', A)).toMatchObject({ n: 3, mean: 2.667, sd: 0.577 });
  });

  it('does not repeat the roles when grouped by role, and has only all responses and roles when not grouped', () => {
    const groups = (groupBy: string[]) => {
      const { rows } = summaryTable(analyzeResponses(fixture, groupData, { within: model, groupBy, minGroupSize: 1 }));
      return [...new Set(rows.map((r) => `${r['group_by']}/${r['group']}`))];
    };
    const roles = [`${ALL}/${ALL}`, 'role/leader', 'role/member', 'role/(none)'];
    expect(groups(['role'])).toEqual(roles);
    expect(groups([])).toEqual(roles);
  });

  it('lists reliability in long form, one row per item with its construct’s n, items and alpha', () => {
    const responses = M.map((row) => response(answersFromM(row)));
    const { fields, rows } = reliabilityTable(analyzeResponses(fixture, responses, { within: model, groupBy: [] }));
    expect(fields).toEqual([
      'construct',
      'n',
      'excluded',
      'items',
      'alpha',
      'alpha_lower_95',
      'alpha_upper_95',
      'standardized_alpha',
      'average_r',
      'item',
      'reverse_keyed',
      'item_n',
      'item_mean',
      'item_sd',
      'dont_know_share',
      'not_applicable_share',
      'corrected_item_total_r',
      'alpha_if_deleted',
    ]);
    // a_3 is answered 6 − value and reversed back, so its keyed mean is M's third column's: (2 + 3 + 3 + 4) / 4.
    expect(rows).toMatchObject([
      {
        construct: A,
        n: 4,
        excluded: 0,
        items: 3,
        alpha: 0.931,
        item: 'a_1',
        reverse_keyed: 'no',
        item_mean: 2.5,
        corrected_item_total_r: 0.99,
      },
      { construct: A, n: 4, items: 3, alpha: 0.931, item: 'a_2', corrected_item_total_r: 0.832 },
      {
        construct: A,
        n: 4,
        items: 3,
        alpha: 0.931,
        item: 'a_3',
        reverse_keyed: 'yes',
        item_mean: 3,
        corrected_item_total_r: 0.857,
      },
      {
        construct: B,
        n: 0,
        excluded: 4,
        items: 3,
        alpha: '',
        alpha_lower_95: '',
        item: 'b_1',
        item_n: 0,
        item_mean: '',
        corrected_item_total_r: '',
      },
      { construct: B, n: 0, items: 3, alpha: '', item: 'b_2', corrected_item_total_r: '' },
      { construct: B, n: 0, items: 3, alpha: '', item: 'b_3', corrected_item_total_r: '' },
    ]);
  });
});

describe('small roles merged', () => {
  /** `count` responses in `role` (undefined: none given), each with A = `a` (every A item `a`, the reverse one 6 − a). */
  const inRole = (count: number, role: string | undefined, a: number) =>
    Array.from({ length: count }, () => response({ a_1: a, a_2: a, a_3: 6 - a, ...(role ? { ctx_role: role } : {}) }));

  it('keeps roles with at least five responses and merges the rest into one row, before the responses without a role', () => {
    const data = [
      ...inRole(5, 'member', 3),
      ...inRole(5, 'coach', 4),
      ...inRole(1, 'leader', 5),
      ...inRole(2, 'facilitator', 2),
      ...inRole(2, 'other', 3),
      ...inRole(5, undefined, 3),
    ];
    const result = analyzeResponses(fixture, data, { within: model, groupBy: ['role'] });
    expect(result.byRole!.map((group) => [group.key, group.n])).toEqual([
      ['coach', 5],
      ['member', 5],
      [MERGED_ROLES, 5],
      [null, 5],
    ]);
    // Leader 5, facilitators 2 and 2, others 3 and 3.
    expect(constructOf(groupOf(result.byRole, MERGED_ROLES), A).mean).toBe(3);
    const labels = summaryTable(result).rows.map((row) => row['group']);
    expect(labels).toContain(MERGED_ROLES);
    expect(labels).not.toContain('leader');
    expect(labels).not.toContain('facilitator');
  });

  it('hides the merged row too when it still has fewer responses than the smallest group', () => {
    const result = analyzeResponses(fixture, [...inRole(5, 'member', 3), ...inRole(1, 'leader', 5)], {
      within: model,
      groupBy: [],
    });
    expect(result.byRole!.map((group) => [group.key, group.n])).toEqual([['member', 5]]);
    expect(result.hiddenRoles).toEqual({ groups: 1, responses: 1 });
    expect(summaryTable(result).rows.map((row) => row['group'])).not.toContain(MERGED_ROLES);
  });
});

// ---------------------------------------------------------------------------------------------------------
// A version 2 style instrument: "don't know" (-8) and "does not apply" (-9), a stage rule and a vignette.

const fixture2 = fixtureInstrument({
  id: 'analysis-fixture',
  version: '2.0.0',
  sections: [
    {
      id: 'scored',
      title: 'Scored',
      description: '',
      items: [
        scored('a_1', A, 'A one.'),
        scored('a_2', A, 'A two.', { nonResponse: ['dont-know', 'not-applicable'] }),
        scored('a_3', A, 'A three (reverse).', { reverse: true }),
        scored('b_1', B, 'B one.'),
        scored('b_2', B, 'B two.'),
        scored('b_3', B, 'B three.'),
      ],
    },
    {
      id: 'stages',
      title: 'Stages',
      description: '',
      items: stageIds.map((stage) => stageItem(`st_${stage}`, stage, `${stage}.`)),
    },
    { id: 'vignette', title: 'Vignette', description: '', items: [context('vig', 'stage-vignette', 'Which?')] },
  ],
  stageVignette: 'vig',
  parameters: distributionParameters,
  scoring: {
    minAnsweredShare: 2 / 3,
    bands: descriptiveBands,
    stageRule: { minAnsweredPerStage: 1, agreeAbove: 3, lead: 1 },
  },
});

describe('analyzeResponses, version 2', () => {
  const stages = (values: readonly (number | string)[]) =>
    Object.fromEntries(stageIds.map((id, i) => [`st_${id}`, values[i]!]));
  const v2 = (answers: Record<string, number | string>) => response(answers, {}, fixture2);

  it('never averages the non-response codes: construct and stage means use scale values only', () => {
    const result = analyzeResponses(
      fixture2,
      [
        v2({ a_1: 4, a_2: -9, a_3: 2, ...stages([-8, 1, 5, 1, 1]) }),
        v2({ a_1: 2, a_2: -8, a_3: 4, ...stages([3, 1, 4, 1, 1]) }),
      ],
      { within: model, groupBy: [] },
    );
    // Respondent A scores 4 and 2 (the codes dropped, the reverse item 6 − value).
    expect(constructOf(result.overall, A)).toMatchObject({ n: 2, mean: 3 });
    expect(result.overall.stage!.means[0]).toEqual({ stage: 'potential', mean: 3, n: 1 });
    expect(result.overall.stage!.means[2]).toEqual({ stage: 'maturing', mean: 4.5, n: 2 });
    expect(isNonResponse(-8)).toBe(true);
  });

  it('reads the group’s means with the version’s own rule: a lead under 1 is only tentative', () => {
    // Maturing (5 + 4) / 2 = 4.5, stewardship (4 + 4) / 2 = 4: above agreement, but a lead of 0.5.
    const result = analyzeResponses(fixture2, [v2(stages([1, 1, 5, 4, 1])), v2(stages([1, 1, 4, 4, 1]))], {
      within: model,
      groupBy: [],
    });
    expect(result.overall.stage).toMatchObject({ stage: null, clarity: 'tentative', lead: 0.5 });
  });

  it('counts the vignette choices per stage as a distribution of its own, unanswered last', () => {
    const result = analyzeResponses(
      fixture2,
      [v2({ vig: 'maturing' }), v2({ vig: 'maturing' }), v2({ vig: 'potential' }), v2({ a_1: 3 })],
      { within: model, groupBy: [] },
    );
    expect(result.overall.vignette).toEqual([
      { stage: 'potential', count: 1 },
      { stage: 'coalescing', count: 0 },
      { stage: 'maturing', count: 2 },
      { stage: 'stewardship', count: 0 },
      { stage: 'transformation', count: 0 },
      { stage: null, count: 1 },
    ]);
  });

  it('has no overall readiness mean, but the strongest and weakest constructs', () => {
    const result = analyzeResponses(fixture2, [v2({ a_1: 5, a_3: 1, b_1: 2, b_2: 2 })], { within: model, groupBy: [] });
    expect(result.overall).not.toHaveProperty('readinessOverall');
    expect(result.overall).toMatchObject({ strongest: [A], weakest: [B] });
  });
});

describe('one version at a time', () => {
  const cop1 = findVersion('cop-self-assessment', '1.0.0', model)!;
  const cop2 = findVersion('cop-self-assessment', '2.0.0', model)!;
  const answered = (instrument: Instrument) => response({}, {}, instrument);
  const mixed = [answered(cop1), answered(cop2), answered(cop1)];

  it('orders versions by number, not by text', () => {
    expect(compareVersions('1.10.0', '1.9.0')).toBeGreaterThan(0);
    expect(compareVersions('1.0.0', '2.0.0')).toBeLessThan(0);
    expect(compareVersions('2.0.0', '2.0.0')).toBe(0);
  });

  it('analyses the newest version the responses answer unless another is asked for', () => {
    expect(versionToAnalyse('cop-self-assessment', mixed, null, model)).toBe(cop2);
    expect(versionToAnalyse('cop-self-assessment', [answered(cop1)], null, model)).toBe(cop1);
    expect(versionToAnalyse('cop-self-assessment', mixed, '1.0.0', model)).toBe(cop1);
    const known = versionsOf('cop-self-assessment', model).map((version) => version.version);
    expect(known).toContain('1.0.0');
    expect(() => versionToAnalyse('cop-self-assessment', mixed, '3.0.0', model)).toThrow(
      `cop-self-assessment has no version 3.0.0; its versions are ${known.join(', ')}.`,
    );
  });

  it('says how many responses to other versions were set aside, and which items are unchanged since them', () => {
    const current = analyzeResponses(cop2, mixed, { within: model, groupBy: [] });
    expect(current.n).toBe(1);
    expect(current.setAside).toEqual([{ version: '1.0.0', n: 2 }]);
    expect(current.crosswalks).toEqual([crosswalk(cop1, cop2)]);
    expect(current.crosswalks[0]!.unchanged.length).toBeGreaterThan(0);
    const earlier = analyzeResponses(cop1, mixed, { within: model, groupBy: [] });
    expect(earlier.n).toBe(2);
    expect(earlier.setAside).toEqual([{ version: '2.0.0', n: 1 }]);
    // Nothing came before version 1.
    expect(earlier.crosswalks).toEqual([]);
  });

  it('reads version 1’s group stage with a rule matching its margin', () => {
    const v1 = analyzeResponses(cop1, [answered(cop1)], { within: model, groupBy: [] });
    expect(v1.overall.stage).toMatchObject({ stage: null, clarity: 'unclear' });
    expect(itemsOf(cop1).some((item) => item.kind === 'stage')).toBe(true);
  });
});

describe('grouping by a combination, with small groups hidden', () => {
  /** `count` responses from one community and wave, each with A = `a`. */
  const cell = (count: number, community: string, wave: string, a: number) =>
    Array.from({ length: count }, () => response(profile(a, 3, null), { community, wave }));
  const data = [
    ...cell(5, 'north', '1', 4),
    ...cell(6, 'north', '2', 2),
    ...cell(3, 'south', '1', 5),
    ...cell(5, 'south', '2', 3),
  ];
  const analysis = analyzeResponses(fixture, data, { within: model, groupBy: ['community', 'wave'] });

  it('groups by every combination of values, joined, sorted by community then wave', () => {
    expect(analysis.groupBy).toEqual(['community', 'wave']);
    expect(analysis.groups.map((group) => [group.key, group.n])).toEqual([
      [`north${GROUP_JOINER}1`, 5],
      [`north${GROUP_JOINER}2`, 6],
      [`south${GROUP_JOINER}2`, 5],
    ]);
  });

  it('hides the cell with fewer than five responses, counts it, and keeps it in all responses', () => {
    expect(analysis.hidden).toEqual({ groups: 1, responses: 3 });
    expect(analysis.overall.n).toBe(19);
    const groups = summaryTable(analysis).rows.map((row) => row['group']);
    expect(groups).not.toContain(`south${GROUP_JOINER}1`);
    expect(summaryTable(analysis).rows[2]).toMatchObject({ group_by: `community${GROUP_JOINER}wave` });
  });

  it('shows a missing value as "(none)" within a combination', () => {
    const noWave = Array.from({ length: 5 }, () => response(profile(3, 3, null), { community: 'east' }));
    const result = analyzeResponses(fixture, noWave, { within: model, groupBy: ['community', 'wave'] });
    expect(result.groups.map((group) => group.key)).toEqual([`east${GROUP_JOINER}(none)`]);
  });

  it('refuses a grouping named twice and a smallest group size that is not a whole number of at least 1', () => {
    expect(() => analyzeResponses(fixture, data, { within: model, groupBy: ['wave', 'wave'] })).toThrow(/once/);
    expect(() => analyzeResponses(fixture, data, { within: model, groupBy: [], minGroupSize: 0 })).toThrow(
      /at least 1, not 0/,
    );
    expect(() => analyzeResponses(fixture, data, { within: model, groupBy: [], minGroupSize: 2.5 })).toThrow(
      /whole number/,
    );
  });
});

describe('comparing languages', () => {
  // Synthetic responses with every item answered at random (seeded), every third in Spanish.
  const random = prng(15);
  const answers = () =>
    Object.fromEntries(['a_1', 'a_2', 'a_3', 'b_1', 'b_2', 'b_3'].map((id) => [id, 1 + Math.floor(random() * 5)]));
  const data = Array.from({ length: 23 }, (_, i) => ({
    ...response(answers(), { wave: String(1 + (i % 2)) }),
    language: i % 3 === 0 ? ('es' as const) : ('en' as const),
  }));
  // Written out here rather than read from the scoring: A's third item reversed, each construct the mean of its three.
  const scoreA = (r: ResponseRecord) =>
    (Number(r.answers['a_1']) + Number(r.answers['a_2']) + 6 - Number(r.answers['a_3'])) / 3;
  const scoreB = (r: ResponseRecord) =>
    (Number(r.answers['b_1']) + Number(r.answers['b_2']) + Number(r.answers['b_3'])) / 3;
  const average = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
  const inLanguage = (language: string) => data.filter((r) => r.language === language);

  it('gives n and the construct means of each language', () => {
    const analysis = analyzeResponses(fixture, data, { within: model, groupBy: ['language'] });
    expect(analysis.languages).toEqual(['en', 'es']);
    expect(analysis.groups.map((group) => [group.key, group.n])).toEqual([
      ['en', 15],
      ['es', 8],
    ]);
    for (const language of ['en', 'es']) {
      const group = groupOf(analysis.groups, language);
      expect(constructOf(group, A).mean).toBeCloseTo(average(inLanguage(language).map(scoreA)), 12);
      expect(constructOf(group, B).mean).toBeCloseTo(average(inLanguage(language).map(scoreB)), 12);
    }
  });

  it('combines with other groupings, small cells hidden', () => {
    const analysis = analyzeResponses(fixture, data, { within: model, groupBy: ['language', 'wave'] });
    // Spanish is every third response and wave alternates, so each Spanish cell holds 4: under the smallest group of 5.
    expect(analysis.groups.map((group) => [group.key, group.n])).toEqual([
      [`en${GROUP_JOINER}1`, 8],
      [`en${GROUP_JOINER}2`, 7],
    ]);
    expect(analysis.hidden).toEqual({ groups: 2, responses: 8 });
  });

  it('adds the invariance note exactly when languages are compared or several are analysed together', () => {
    const english = inLanguage('en');
    const note = (responses: ResponseRecord[], groupBy: string[]) =>
      invarianceNote(analyzeResponses(fixture, responses, { within: model, groupBy }));
    expect(note(data, ['language'])).toBe(INVARIANCE_NOTE);
    expect(note(data, ['wave', 'language'])).toBe(INVARIANCE_NOTE);
    expect(note(data, [])).toBe(INVARIANCE_NOTE);
    expect(note(data, ['wave'])).toBe(INVARIANCE_NOTE);
    expect(note(english, ['language'])).toBe(INVARIANCE_NOTE);
    expect(note(english, [])).toBeNull();
    expect(note(english, ['wave'])).toBeNull();
    expect(INVARIANCE_NOTE).toMatch(/configural, metric and scalar invariance/);
  });

  it('is the note the README gives', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const prose = readme.replace(/\n\s*>?\s*/g, ' ');
    expect(prose).toContain(INVARIANCE_NOTE);
  });
});

describe('agreement within and across groups', () => {
  /** A respondent answering A's three items (keyed) with these values, B with 3s. */
  const keyed = (values: readonly [number, number, number], community: string) =>
    response({ a_1: values[0], a_2: values[1], a_3: 6 - values[2], b_1: 3, b_2: 3, b_3: 3 }, { community });
  const agreeing = ['x', 'x', 'x', 'x', 'x'].map((_, i) => keyed(i % 2 ? [4, 4, 4] : [4, 4, 5], 'agree'));
  const split = ['x', 'x', 'x', 'x', 'x', 'x'].map((_, i) => keyed(i % 2 ? [1, 1, 1] : [5, 5, 5], 'split'));
  const analysis = analyzeResponses(fixture, [...agreeing, ...split], { within: model, groupBy: ['community'] });
  const [agree, splitGroup] = analysis.groups;

  it('gives rwg(j) near 1 where members agree and 0 where they split, against a uniform null of variance 2', () => {
    // Agree: a_1, a_2 constant; a_3 alternates 5 4 5 4 5, variance 0.3. Mean item variance 0.1, ratio 0.05:
    // rwg(j) = 3(0.95) / (3(0.95) + 0.05) = 2.85 / 2.9.
    expect(agree!.constructs[0]!.rwgj).toBeCloseTo(2.85 / 2.9, 12);
    // Split: variance of 5 1 5 1 5 1 is 4.8, above the null's 2, so rwg(j) is set to 0.
    expect(splitGroup!.constructs[0]!.rwgj).toBe(0);
  });

  it('computes ICC(1) and ICC(2) from a one-way ANOVA of construct scores across the groups shown', () => {
    // Construct A scores: agree 13/3, 4, 13/3, 4, 13/3; split 5 1 5 1 5 1 (each 3 items, so the means).
    const groups = [
      [13 / 3, 4, 13 / 3, 4, 13 / 3],
      [5, 1, 5, 1, 5, 1],
    ];
    const all = groups.flat();
    const grand = all.reduce((a, b) => a + b, 0) / all.length;
    const groupMean = (g: number[]) => g.reduce((a, b) => a + b, 0) / g.length;
    const ssb = groups.reduce((sum, g) => sum + g.length * (groupMean(g) - grand) ** 2, 0);
    const ssw = groups.reduce((sum, g) => sum + g.reduce((s, v) => s + (v - groupMean(g)) ** 2, 0), 0);
    const msb = ssb / 1;
    const msw = ssw / (all.length - 2);
    const n0 = (all.length - (25 + 36) / all.length) / 1;
    const [a] = analysis.agreement;
    expect(a).toMatchObject({ construct: A, groups: 2, n: 11 });
    expect(a!.icc1).toBeCloseTo((msb - msw) / (msb + (n0 - 1) * msw), 10);
    expect(a!.icc2).toBeCloseTo((msb - msw) / msb, 10);
  });

  it('says aggregating is not defensible when members disagree', () => {
    // Median rwg(j) of 0.98 and 0 is the lower one, 0.
    expect(analysis.agreement[0]).toMatchObject({ medianRwgj: 0, verdict: 'disagree' });
  });

  it('has no agreement across groups with fewer than two groups shown', () => {
    expect(analyzeResponses(fixture, agreeing, { within: model, groupBy: ['community'] }).agreement).toEqual([]);
    expect(analyzeResponses(fixture, agreeing, { within: model, groupBy: [] }).agreement).toEqual([]);
  });

  it('counts each construct’s respondent means at half points, for the dot plot', () => {
    // Split: three at 5, three at 1; agree: three at 13/3 (rounds to 4.5), two at 4.
    expect(analysis.overall.constructs[0]!.distribution).toEqual([3, 0, 0, 0, 0, 0, 2, 3, 3]);
  });
});

describe('paired change between waves', () => {
  const at = (wave: string, code: string, a: number, b: number | null) => response(profile(a, b, null), { wave, code });
  const data = [
    at('1', 'p1', 2, 3),
    at('2', 'p1', 4, 3),
    at('1', 'p2', 3, 2),
    at('2', 'p2', 4, null),
    at('1', 'p3', 1, 1),
    at('2', 'p3', 1, 2),
    // Two responses with one code in wave 2: which to pair is unknown.
    at('1', 'p4', 3, 3),
    at('2', 'p4', 5, 5),
    at('2', 'p4', 1, 1),
    // Only in wave 1, and a response without a code.
    at('1', 'p5', 5, 5),
    response(profile(3, 3, null), { wave: '2' }),
    // Wave 10 follows wave 2.
    at('10', 'p1', 5, 5),
  ];
  const { change } = analyzeResponses(fixture, data, { within: model, groupBy: [] });

  it('pairs each wave with the next, in numeric order', () => {
    expect(change.map(({ from, to }) => [from, to])).toEqual([
      ['1', '2'],
      ['2', '10'],
    ]);
  });

  it('counts the pairs, leaves out codes with several responses, and averages the change per construct', () => {
    expect(change[0]).toMatchObject({ paired: 3, ambiguous: 1 });
    // A: +2, +1, 0: mean 1, sd 1. B: 0, (none), +1: n 2, mean 0.5, sd √0.5.
    expect(change[0]!.constructs[0]).toMatchObject({ construct: A, n: 3, mean: 1, sd: 1 });
    expect(change[0]!.constructs[1]).toMatchObject({ construct: B, n: 2, mean: 0.5 });
    expect(change[0]!.constructs[1]!.sd).toBeCloseTo(Math.sqrt(0.5), 12);
    // Wave 2 to 10: only p1 (p4's two wave-2 responses make it ambiguous there too).
    expect(change[1]).toMatchObject({ paired: 1, ambiguous: 0 });
    expect(change[1]!.constructs[0]).toMatchObject({ n: 1, mean: 1, sd: null });
  });

  it('leaves out pairs of waves that share no respondent code', () => {
    const anonymous = [at('1', 'p1', 3, 3), at('2', 'q1', 4, 4), at('3', 'q1', 5, 5)];
    expect(
      analyzeResponses(fixture, anonymous, { within: model, groupBy: [] }).change.map(({ from, to }) => [from, to]),
    ).toEqual([['2', '3']]);
  });

  it('has no change without waves', () => {
    expect(analyzeResponses(fixture, [at('1', 'p1', 3, 3)], { within: model, groupBy: [] }).change).toEqual([]);
  });
});

describe('pooling versions on their unchanged items', () => {
  const cop1 = findVersion('cop-self-assessment', '1.0.0', model)!;
  const cop2 = findVersion('cop-self-assessment', '2.0.0', model)!;
  const shared = crosswalk(cop1, cop2).unchanged;
  const answering = (instrument: Instrument, value: number | string) =>
    response(
      Object.fromEntries(
        itemsOf(instrument)
          .filter((item) => item.kind === 'scored')
          .map((item) => [item.id, value]),
      ),
      {},
      instrument,
    );

  it('analyses responses to both versions on the shared items only, v1’s "na" as missing', () => {
    const data = [answering(cop1, 4), answering(cop1, NOT_APPLICABLE), answering(cop2, 2)];
    const pooled = analyzeResponses(cop2, data, { within: model, groupBy: [], pool: true });
    expect(pooled.pooled).toEqual(['2.0.0', '1.0.0']);
    expect(pooled.pooledItems).toEqual(
      itemsOf(cop2)
        .map((item) => item.id)
        .filter((id) => shared.includes(id)),
    );
    expect(pooled.n).toBe(3);
    expect(pooled.setAside).toEqual([]);
    const items = pooled.reliability.flatMap((construct) => construct.itemDetails.map((item) => item.item));
    expect(items.every((id) => shared.includes(id))).toBe(true);
    // Every construct with a shared scored item: scores from the v1 "4" and the v2 "2" respondents only.
    for (const construct of pooled.overall.constructs) expect(construct).toMatchObject({ n: 2, mean: 3 });
    // Pooled onto version 1, version 2's "don't know" (−8) is missing too, not an answer version 1 cannot score.
    const onto1 = analyzeResponses(cop1, [answering(cop2, -8), answering(cop2, 4), answering(cop1, 2)], {
      within: model,
      groupBy: [],
      pool: true,
    });
    expect(onto1.pooled).toEqual(['2.0.0', '1.0.0']);
    for (const construct of onto1.overall.constructs) expect(construct).toMatchObject({ n: 2, mean: 3 });
    const alone = analyzeResponses(cop2, data, { within: model, groupBy: [] });
    expect(alone).toMatchObject({ n: 1, pooled: ['2.0.0'], setAside: [{ version: '1.0.0', n: 2 }] });
  });
});

describe('the benchmark’s synthetic responses', () => {
  it.each(
    [...model.instruments, ...model.archive].map(
      (instrument) => [`${instrument.id} ${instrument.version}`, instrument] as const,
    ),
  )('are valid responses to %s, the same for the same seed', (_id, instrument) => {
    const text = makeResponses(instrument, 200, 7);
    expect(makeResponses(instrument, 200, 7)).toBe(text);
    expect(makeResponses(instrument, 200, 8)).not.toBe(text);
    const { responses, rejected } = readResponses([{ name: 'synthetic.ndjson', text }], {}, { within: model });
    expect(rejected).toEqual([]);
    expect(responses).toHaveLength(200);
    expect(responses.every((r) => r.instrument.version === instrument.version)).toBe(true);
    expect(new Set(responses.map((r) => r.params['community'])).size).toBe(20);
    // Constructs hang together as in real data, so the benchmark exercises realistic reliability figures
    // (a short form's one-item constructs have no alpha).
    for (const construct of analyzeResponses(instrument, responses, {
      within: model,
      groupBy: ['community'],
      minGroupSize: 1,
    }).reliability) {
      if (construct.items > 1) expect(construct.alpha).toBeGreaterThan(0.5);
      else expect(construct.alpha).toBeNull();
    }
  });

  // Version 1 offered one "na" answer; later versions offer the codes, which other tests cover.
  const offeringNa = model.archive.filter((instrument) =>
    itemsOf(instrument).some((item) => item.kind !== 'context' && item.notApplicable === true),
  );
  it.each(offeringNa.map((instrument) => [`${instrument.id} ${instrument.version}`, instrument] as const))(
    'answer about one in twenty items of %s "na"',
    (_id, instrument) => {
      const { responses } = readResponses(
        [{ name: 'synthetic.ndjson', text: makeResponses(instrument, 200, 7) }],
        {},
        { within: model },
      );
      const answers = responses.flatMap((r) => Object.values(r.answers));
      const share = answers.filter((value) => value === NOT_APPLICABLE).length / answers.length;
      expect(share).toBeGreaterThan(0.02);
      expect(share).toBeLessThan(0.08);
    },
  );
});
