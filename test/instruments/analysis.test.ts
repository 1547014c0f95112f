import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { fixtureInstrument } from '../support/fixture-instrument.ts';
import {
  ALL,
  analyzeResponses,
  correctedItemTotal,
  cronbachAlpha,
  describe as describeValues,
  groupingOptions,
  MERGED_ROLES,
  MIN_ROLE_GROUP,
  reliability,
  reliabilityTable,
  summaryTable,
  versionToAnalyse,
  type GroupSummary,
} from '../../src/instruments/analysis.ts';
import { descriptiveBands } from '../../src/instruments/bands.ts';
import { compareVersions, crosswalk } from '../../src/instruments/crosswalk.ts';
import { context, scored, stageItem, version1 } from '../../src/instruments/items.ts';
import { findScale, findVersion, itemsOf, model } from '../../src/instruments/model.ts';
import { distributionParameters } from '../../src/instruments/parameters.ts';
import { readResponses, type ResponseRecord } from '../../src/instruments/responses.ts';
import { isNonResponse, NOT_APPLICABLE } from '../../src/instruments/scales.ts';
import * as scoring from '../../src/instruments/score.ts';
import type { Instrument, StageId } from '../../src/instruments/types.ts';
import { findModelProblems } from '../../src/instruments/validate.ts';
import { makeResponses } from '../../scripts/bench/synthetic-responses.ts';

// Counts scoreResponse calls, to check that an analysis scores each response once.
vi.mock('../../src/instruments/score.ts', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/instruments/score.ts')>();
  return { ...actual, scoreResponse: vi.fn(actual.scoreResponse) };
});

// ---------------------------------------------------------------------------------------------------------
// Independent implementations, written differently from the module: alpha from the average inter-item
// covariance, α = k·c̄ / (v̄ + (k − 1)·c̄), and r from explicit deviation lists on plain arrays.

function alphaByCovariance(matrix: readonly (readonly number[])[]): number | null {
  const n = matrix.length;
  const k = matrix[0]?.length ?? 0;
  if (n < 2 || k < 2) return null;
  const means = Array.from({ length: k }, (_, j) => matrix.reduce((sum, row) => sum + row[j]!, 0) / n);
  const covariance = (a: number, b: number) =>
    matrix.reduce((sum, row) => sum + (row[a]! - means[a]!) * (row[b]! - means[b]!), 0) / (n - 1);
  let variances = 0;
  let covariances = 0;
  for (let a = 0; a < k; a++) {
    for (let b = 0; b < k; b++) {
      if (a === b) variances += covariance(a, b);
      else covariances += covariance(a, b);
    }
  }
  const vBar = variances / k;
  const cBar = covariances / (k * (k - 1));
  // vBar + (k − 1)·cBar is the variance of the totals divided by k: zero when the totals do not vary.
  const denominator = vBar + (k - 1) * cBar;
  return Math.abs(denominator) < 1e-12 ? null : (k * cBar) / denominator;
}

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
    expect(alphaByCovariance(M)).toBeCloseTo(M_ALPHA, 12);
    M_ITEM_TOTAL.forEach((r, j) => expect(restCorrelationByDeviations(M, j)).toBeCloseTo(r, 12));
  });

  it('keep a constant item in alpha (α = 9/13) but give it no item–total r', () => {
    expect(cronbachAlpha(CONSTANT_ITEM)).toBeCloseTo(9 / 13, 12);
    expect(alphaByCovariance(CONSTANT_ITEM)).toBeCloseTo(9 / 13, 12);
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

  it('refuse rows of different lengths', () => {
    expect(() => cronbachAlpha([[1, 2], [3]])).toThrow(/Row 1 has 1 items where the first row has 2/);
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
        closeOrNull(cronbachAlpha(matrix), alphaByCovariance(matrix));
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
  };
}

/** The hand-computed matrix M as answers to A's items: the reverse item answered 6 − value, so reversing restores M. */
const answersFromM = (row: readonly number[]) => ({ a_1: row[0]!, a_2: row[1]!, a_3: 6 - row[2]! });

describe('the analysis fixture', () => {
  it('is a valid instrument on a 1–5 agreement scale', () => {
    expect(findModelProblems({ ...model, instruments: [...model.instruments, fixture] })).toEqual([]);
    expect(findScale('agreement-5').options.map((option) => option.value)).toEqual([1, 2, 3, 4, 5]);
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
  const [a, b] = reliability(fixture, responses);

  it('reverses reverse-keyed items first, recovering α = 27/29 and the hand-computed item–total r', () => {
    expect(a).toMatchObject({ construct: A, n: 4, items: 3 });
    expect(a!.alpha).toBeCloseTo(M_ALPHA, 12);
    expect(a!.itemTotal.map((entry) => entry.item)).toEqual(['a_1', 'a_2', 'a_3']);
    a!.itemTotal.forEach(({ r }, j) => expect(r).toBeCloseTo(M_ITEM_TOTAL[j]!, 12));
    // Unreversed, the same answers hang together far worse, so reversing is what the figure above shows.
    expect(cronbachAlpha(M.map((row) => [row[0]!, row[1]!, 6 - row[2]!]))!).toBeLessThan(0.5);
  });

  it('counts complete cases per construct: "na" or a missing answer drops the respondent from that construct only', () => {
    expect(a!.n).toBe(4);
    expect(b).toMatchObject({ construct: B, n: 6, items: 3 });
    expect(b!.alpha).toBeCloseTo(alphaByCovariance(B_VALUES)!, 12);
    b!.itemTotal.forEach(({ r }, j) => expect(r).toBeCloseTo(restCorrelationByDeviations(B_VALUES, j)!, 12));
  });

  it('reports null alpha and r below two complete cases', () => {
    const [few] = reliability(fixture, [
      response(answersFromM(M[0]!)),
      response({ a_1: 2, a_2: NOT_APPLICABLE, a_3: 2 }),
    ]);
    expect(few).toEqual({
      construct: A,
      n: 1,
      items: 3,
      alpha: null,
      itemTotal: [
        { item: 'a_1', r: null },
        { item: 'a_2', r: null },
        { item: 'a_3', r: null },
      ],
    });
    expect(reliability(fixture, []).map((c) => [c.construct, c.n, c.alpha])).toEqual([
      [A, 0, null],
      [B, 0, null],
    ]);
  });

  it('gives a constant item no r but keeps it in alpha', () => {
    const [withConstant] = reliability(
      fixture,
      CONSTANT_ITEM.map((row) => response(answersFromM(row))),
    );
    expect(withConstant!.alpha).toBeCloseTo(9 / 13, 12);
    expect(withConstant!.itemTotal.map(({ r }) => r)).toEqual([
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
  const analysis = analyzeResponses(fixture, groupData, { groupBy: 'community' });

  it('scores each response once', () => {
    const spy = vi.mocked(scoring.scoreResponse);
    spy.mockClear();
    analyzeResponses(fixture, groupData, { groupBy: 'community' });
    expect(spy).toHaveBeenCalledTimes(groupData.length);
  });

  it('names the instrument and the grouping, and counts the responses', () => {
    expect(analysis.instrument).toEqual({ id: fixture.id, version: fixture.version });
    expect(analysis.groupBy).toBe('community');
    expect(analysis.n).toBe(6);
    expect(analysis.overall.key).toBeNull();
    expect(analysis.overall.n).toBe(6);
  });

  it('describes all responses with the sample SD: A 2 4 3 5 1 3 (mean 3, Σd² = 10, sd √(10/5)); B has 5 scores', () => {
    expect(constructOf(analysis.overall, A)).toEqual({
      construct: A,
      n: 6,
      mean: 3,
      sd: expect.closeTo(Math.sqrt(2), 12),
    });
    // B: 4 4 1 2 3, mean 2.8, deviations 1.2 1.2 −1.8 −.8 .2, Σd² = 1.44 + 1.44 + 3.24 + .64 + .04 = 6.8, sd √(6.8/4).
    expect(constructOf(analysis.overall, B)).toEqual({
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
    expect(constructOf(north, A)).toEqual({ construct: A, n: 3, mean: 3, sd: 1 });
    expect(constructOf(north, B)).toEqual({ construct: B, n: 2, mean: 4, sd: 0 });
    // A 5 1: mean 3, Σd² = 8, sd √8 (the population SD would be 2).
    expect(constructOf(groupOf(analysis.groups, 'south'), A)).toEqual({
      construct: A,
      n: 2,
      mean: 3,
      sd: expect.closeTo(Math.sqrt(8), 12),
    });
    expect(constructOf(groupOf(analysis.groups, null), A)).toEqual({ construct: A, n: 1, mean: 3, sd: null });
  });

  it('sorts numeric values as numbers', () => {
    const byWave = analyzeResponses(fixture, groupData, { groupBy: 'wave' });
    expect(byWave.groups.map((group) => group.key)).toEqual(['1', '2', '10', null]);
  });

  it('puts everything in the "(none)" group when no response carries the parameter', () => {
    const bySite = analyzeResponses(fixture, groupData, { groupBy: 'site' });
    expect(bySite.groups.map((group) => [group.key, group.n])).toEqual([[null, 6]]);
  });

  it('merges roles held by fewer than MIN_ROLE_GROUP responses: leader (2) and member (3) become one row', () => {
    expect(MIN_ROLE_GROUP).toBe(5);
    expect(analysis.byRole!.map((group) => [group.key, group.n])).toEqual([
      [MERGED_ROLES, 5],
      [null, 1],
    ]);
    // A 2 4 3 5 3: mean 3.4.
    expect(constructOf(groupOf(analysis.byRole, MERGED_ROLES), A).mean).toBeCloseTo(3.4, 12);
  });

  it('groups by role when asked, the same groups as byRole', () => {
    const byRole = analyzeResponses(fixture, groupData, { groupBy: 'role' });
    expect(byRole.groups).toEqual(byRole.byRole);
    expect(byRole.groups.map((group) => group.key)).toEqual([MERGED_ROLES, null]);
  });

  it('has no groups when not grouped, but still compares roles', () => {
    const ungrouped = analyzeResponses(fixture, groupData, { groupBy: null });
    expect(ungrouped.groups).toEqual([]);
    expect(ungrouped.byRole).toHaveLength(2);
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
    const group = analyzeResponses(fixture, [response(lean), response(lean), response(firm)], { groupBy: null });
    // Potential (4 + 4 + 1) / 3 = 3, maturing (3 + 3 + 5) / 3 = 11/3: maturing leads by 2/3, above the margin.
    expect(group.overall.stage).toMatchObject({ stage: 'maturing', clarity: 'clear' });
  });

  it('calls a group’s stage unclear when no stage is agreed with, or no one answered a stage’s items', () => {
    const lukewarm = Object.fromEntries(stageIds.map((id, i) => [`st_${id}`, i === 0 ? 3 : 2]));
    expect(analyzeResponses(fixture, [response(lukewarm)], { groupBy: null }).overall.stage).toMatchObject({
      stage: null,
      clarity: 'unclear',
    });
    const none = analyzeResponses(fixture, [response({ a_1: 3 })], { groupBy: null }).overall.stage!;
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
      { groupBy: null },
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
      { groupBy: null },
    );
    expect(result.overall).not.toHaveProperty('stage');
    expect(result.overall).not.toHaveProperty('vignette');
    expect(result.overall).not.toHaveProperty('readinessOverall');
    expect(result.overall).toMatchObject({ strongest: [A], weakest: [B] });
    const noRole: Instrument = { ...plain };
    delete noRole.roleItem;
    expect(analyzeResponses(noRole, [], { groupBy: null })).not.toHaveProperty('byRole');
    expect(() => analyzeResponses(noRole, [], { groupBy: 'role' })).toThrow(/cannot be grouped by "role"/);
  });

  it('includes the reliability of every construct', () => {
    expect(analysis.reliability).toEqual(reliability(fixture, groupData));
    // A's items move together in this data (a_3 reversed), so alpha is exactly 1.
    expect(analysis.reliability[0]!.alpha).toBeCloseTo(1, 12);
  });

  it('analyses an empty set', () => {
    const empty = analyzeResponses(fixture, [], { groupBy: 'community' });
    expect(empty.n).toBe(0);
    expect(empty.groups).toEqual([]);
    expect(empty.overall.constructs).toEqual([
      { construct: A, n: 0, mean: null, sd: null },
      { construct: B, n: 0, mean: null, sd: null },
    ]);
    expect(empty.overall).toMatchObject({
      readinessOverall: { n: 0, mean: null, sd: null },
      strongest: [],
      weakest: [],
    });
  });

  it('refuses an unknown grouping and another instrument’s responses', () => {
    expect(groupingOptions(fixture)).toEqual(['community', 'site', 'wave', 'code', 'role']);
    expect(() => analyzeResponses(fixture, groupData, { groupBy: 'team' })).toThrow(
      /cannot be grouped by "team".*community, site, wave, code, role/,
    );
    const other = { ...groupData[0]!, instrument: { id: 'cop-self-assessment', version: '2.0.0', hash: null } };
    expect(() => analyzeResponses(fixture, [other], { groupBy: null })).toThrow(
      /fixture\.ndjson:1 answers cop-self-assessment/,
    );
  });

  it('sets aside responses to another version of the instrument, counted by version, and analyses the rest', () => {
    const older = { ...groupData[0]!, instrument: { id: fixture.id, version: '0.9.0', hash: null } };
    const result = analyzeResponses(fixture, [...groupData, older, older], { groupBy: null });
    expect(result.n).toBe(groupData.length);
    expect(result.setAside).toEqual([{ version: '0.9.0', n: 2 }]);
    expect(result.overall).toEqual(analysis.overall);
    expect(analysis.setAside).toEqual([]);
    expect(() => reliability(fixture, [older])).toThrow(/version 0\.9\.0, not 1\.0\.0/);
  });
});

describe('summaryTable and reliabilityTable', () => {
  const analysis = analyzeResponses(fixture, groupData, { groupBy: 'community' });

  it('has one row per group and construct: all responses, the groups, then the roles', () => {
    const { fields, rows } = summaryTable(analysis);
    expect(fields).toEqual(['group_by', 'group', 'construct', 'n', 'mean', 'sd']);
    expect(rows.map((row) => `${row['group_by']}/${row['group']}/${row['construct']}`)).toEqual(
      [
        [ALL, ALL],
        ['community', 'north'],
        ['community', 'south'],
        ['community', '(none)'],
        ['role', MERGED_ROLES],
        ['role', '(none)'],
      ].flatMap(([by, group]) => [A, B].map((construct) => `${by}/${group}/${construct}`)),
    );
  });

  it('rounds to 3 decimals and leaves undefined values empty', () => {
    const { rows } = summaryTable(analysis);
    const row = (by: string, group: string, construct: string) =>
      rows.find((r) => r['group_by'] === by && r['group'] === group && r['construct'] === construct);
    expect(row(ALL, ALL, A)).toEqual({ group_by: ALL, group: ALL, construct: A, n: 6, mean: 3, sd: 1.414 });
    expect(row('community', 'south', A)).toMatchObject({ n: 2, mean: 3, sd: 2.828 });
    expect(row('community', '(none)', A)).toMatchObject({ n: 1, mean: 3, sd: '' });
    // Leaders and members merged: A 2 4 3 5 3, mean 3.4, Σd² = 5.2, sd √1.3.
    expect(row('role', MERGED_ROLES, A)).toMatchObject({ n: 5, mean: 3.4, sd: 1.14 });
  });

  it('does not repeat the roles when grouped by role, and has only all responses and roles when not grouped', () => {
    const groups = (groupBy: string | null) => {
      const { rows } = summaryTable(analyzeResponses(fixture, groupData, { groupBy }));
      return [...new Set(rows.map((r) => `${r['group_by']}/${r['group']}`))];
    };
    const roles = [`${ALL}/${ALL}`, `role/${MERGED_ROLES}`, 'role/(none)'];
    expect(groups('role')).toEqual(roles);
    expect(groups(null)).toEqual(roles);
  });

  it('lists reliability in long form, one row per item with its construct’s n, items and alpha', () => {
    const responses = M.map((row) => response(answersFromM(row)));
    const { fields, rows } = reliabilityTable(analyzeResponses(fixture, responses, { groupBy: null }));
    expect(fields).toEqual(['construct', 'n', 'items', 'alpha', 'item', 'corrected_item_total_r']);
    expect(rows).toEqual([
      { construct: A, n: 4, items: 3, alpha: 0.931, item: 'a_1', corrected_item_total_r: 0.99 },
      { construct: A, n: 4, items: 3, alpha: 0.931, item: 'a_2', corrected_item_total_r: 0.832 },
      { construct: A, n: 4, items: 3, alpha: 0.931, item: 'a_3', corrected_item_total_r: 0.857 },
      { construct: B, n: 0, items: 3, alpha: '', item: 'b_1', corrected_item_total_r: '' },
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
      ...inRole(1, undefined, 3),
    ];
    const result = analyzeResponses(fixture, data, { groupBy: 'role' });
    expect(result.byRole!.map((group) => [group.key, group.n])).toEqual([
      ['coach', 5],
      ['member', 5],
      [MERGED_ROLES, 3],
      [null, 1],
    ]);
    // Leader 5, facilitators 2 and 2.
    expect(constructOf(groupOf(result.byRole, MERGED_ROLES), A).mean).toBe(3);
    const labels = summaryTable(result).rows.map((row) => row['group']);
    expect(labels).toContain(MERGED_ROLES);
    expect(labels).not.toContain('leader');
    expect(labels).not.toContain('facilitator');
  });

  it('shows one small role merged even when the merged row itself has fewer than five responses', () => {
    const result = analyzeResponses(fixture, [...inRole(5, 'member', 3), ...inRole(1, 'leader', 5)], {
      groupBy: null,
    });
    expect(result.byRole!.map((group) => [group.key, group.n])).toEqual([
      ['member', 5],
      [MERGED_ROLES, 1],
    ]);
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
      { groupBy: null },
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
      groupBy: null,
    });
    expect(result.overall.stage).toMatchObject({ stage: null, clarity: 'tentative', lead: 0.5 });
  });

  it('counts the vignette choices per stage as a distribution of its own, unanswered last', () => {
    const result = analyzeResponses(
      fixture2,
      [v2({ vig: 'maturing' }), v2({ vig: 'maturing' }), v2({ vig: 'potential' }), v2({ a_1: 3 })],
      { groupBy: null },
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
    const result = analyzeResponses(fixture2, [v2({ a_1: 5, a_3: 1, b_1: 2, b_2: 2 })], { groupBy: null });
    expect(result.overall).not.toHaveProperty('readinessOverall');
    expect(result.overall).toMatchObject({ strongest: [A], weakest: [B] });
  });
});

describe('one version at a time', () => {
  const cop1 = findVersion('cop-self-assessment', '1.0.0')!;
  const cop2 = findVersion('cop-self-assessment', '2.0.0')!;
  const answered = (instrument: Instrument) => response({}, {}, instrument);
  const mixed = [answered(cop1), answered(cop2), answered(cop1)];

  it('orders versions by number, not by text', () => {
    expect(compareVersions('1.10.0', '1.9.0')).toBeGreaterThan(0);
    expect(compareVersions('1.0.0', '2.0.0')).toBeLessThan(0);
    expect(compareVersions('2.0.0', '2.0.0')).toBe(0);
  });

  it('analyses the newest version the responses answer unless another is asked for', () => {
    expect(versionToAnalyse('cop-self-assessment', mixed, null)).toBe(cop2);
    expect(versionToAnalyse('cop-self-assessment', [answered(cop1)], null)).toBe(cop1);
    expect(versionToAnalyse('cop-self-assessment', mixed, '1.0.0')).toBe(cop1);
    expect(() => versionToAnalyse('cop-self-assessment', mixed, '3.0.0')).toThrow(
      /cop-self-assessment has no version 3\.0\.0; its versions are 2\.0\.0, 1\.0\.0/,
    );
  });

  it('says how many responses to other versions were set aside, and which items are unchanged since them', () => {
    const current = analyzeResponses(cop2, mixed, { groupBy: null });
    expect(current.n).toBe(1);
    expect(current.setAside).toEqual([{ version: '1.0.0', n: 2 }]);
    expect(current.crosswalks).toEqual([crosswalk(cop1, cop2)]);
    expect(current.crosswalks[0]!.unchanged.length).toBeGreaterThan(0);
    const earlier = analyzeResponses(cop1, mixed, { groupBy: null });
    expect(earlier.n).toBe(2);
    expect(earlier.setAside).toEqual([{ version: '2.0.0', n: 1 }]);
    // Nothing came before version 1.
    expect(earlier.crosswalks).toEqual([]);
  });

  it('reads version 1’s group stage with a rule matching its margin', () => {
    const v1 = analyzeResponses(cop1, [answered(cop1)], { groupBy: null });
    expect(v1.overall.stage).toMatchObject({ stage: null, clarity: 'unclear' });
    expect(itemsOf(cop1).some((item) => item.kind === 'stage')).toBe(true);
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
    const { responses, rejected } = readResponses([{ name: 'synthetic.ndjson', text }], {});
    expect(rejected).toEqual([]);
    expect(responses).toHaveLength(200);
    expect(responses.every((r) => r.instrument.version === instrument.version)).toBe(true);
    expect(new Set(responses.map((r) => r.params['community'])).size).toBe(20);
    // Constructs hang together as in real data, so the benchmark exercises realistic reliability figures
    // (a short form's one-item constructs have no alpha).
    for (const construct of analyzeResponses(instrument, responses, { groupBy: 'community' }).reliability) {
      if (construct.items > 1) expect(construct.alpha).toBeGreaterThan(0.5);
      else expect(construct.alpha).toBeNull();
    }
  });

  it.each(model.archive.map((instrument) => [`${instrument.id} ${instrument.version}`, instrument] as const))(
    'answer about one in twenty items of %s "na"',
    (_id, instrument) => {
      const { responses } = readResponses([{ name: 'synthetic.ndjson', text: makeResponses(instrument, 200, 7) }], {});
      const answers = responses.flatMap((r) => Object.values(r.answers));
      const share = answers.filter((value) => value === NOT_APPLICABLE).length / answers.length;
      expect(share).toBeGreaterThan(0.02);
      expect(share).toBeLessThan(0.08);
    },
  );
});
