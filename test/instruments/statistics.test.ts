import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alphaByCovariance, columnsOf } from '../support/independent-statistics.ts';
import {
  describe as describeValues,
  fCdf,
  fQuantile,
  fUpperTail,
  groupedVariance,
  incompleteBeta,
  itemReliability,
  pearson,
  rwgJ,
  sampleVariance,
  scaleReliability,
} from '../../src/instruments/statistics.ts';

// ---------------------------------------------------------------------------------------------------------
// Independent implementations, written differently from the module, on row-major plain arrays.

/** z-scores, so the raw alpha of standardized items can be compared with the module's standardized alpha. */
function standardized(column: readonly number[]): number[] {
  const n = column.length;
  const m = column.reduce((a, b) => a + b, 0) / n;
  const sd = Math.sqrt(column.reduce((s, v) => s + (v - m) ** 2, 0) / (n - 1));
  return column.map((v) => (v - m) / sd);
}

/** P(Binomial(a + b − 1, x) ≥ a), which equals I_x(a, b) for whole a and b. */
function binomialTail(x: number, a: number, b: number): number {
  const trials = a + b - 1;
  let coefficient = 1;
  let sum = 0;
  for (let j = 0; j <= trials; j++) {
    if (j > 0) coefficient = (coefficient * (trials - j + 1)) / j;
    if (j >= a) sum += coefficient * x ** j * (1 - x) ** (trials - j);
  }
  return sum;
}

/**
 * Walsh functions on 8 points: h_m[i] = (−1)^popcount(i & m). For m = 1…7 each has mean 0 and sum of squares
 * 8, and any two are orthogonal, so data built from them has an exactly known covariance matrix.
 */
const walsh = (m: number): number[] =>
  Array.from({ length: 8 }, (_, i) => {
    let bits = i & m;
    let sign = 1;
    while (bits) {
      sign = -sign;
      bits &= bits - 1;
    }
    return sign;
  });

/**
 * Parallel items: item j = 3 + t + eⱼ, with true score t = h₁ and errors h₂, h₄, h₆ (values 1, 3 or 5).
 * Every item variance is v = (1 + 1)·8/7 = 16/7 and every covariance c = var(t) = 8/7, so
 *   α = k·c/(v + (k − 1)·c) = 3·(8/7)/(16/7 + 16/7) = 3/4, and r̄ = c/v = 1/2, so std α = 3·½/(1 + 2·½) = 3/4;
 *   without one item, α = 2·(8/7)/(16/7 + 8/7) = 2/3;
 *   r(item, sum of the other two) = 2c/√(v·(2v + 2c)) = (16/7)/√((16/7)·(48/7)) = 16/√768 = 1/√3.
 */
const PARALLEL: number[][] = [2, 4, 6].map((m) => walsh(1).map((t, i) => 3 + t + walsh(m)[i]!));

/** The same respondents `times` over: every sum of squares doubles with each copy, so alpha stays 3/4. */
const stacked = (columns: readonly number[][], times: number) =>
  columns.map((column) => Array.from({ length: times }, () => column).flat());

// ---------------------------------------------------------------------------------------------------------

describe('describe, sampleVariance and pearson', () => {
  it('keep the semantics of the analysis module: no mean without values, no sd below two', () => {
    expect(describeValues([])).toEqual({ n: 0, mean: null, sd: null });
    expect(describeValues([4])).toEqual({ n: 1, mean: 4, sd: null });
    const { mean, sd } = describeValues(Float64Array.from([2, 4, 4, 4, 5, 5, 7, 9]));
    expect(mean).toBe(5);
    // Σd² = 32 over n − 1 = 7.
    expect(sd).toBeCloseTo(Math.sqrt(32 / 7), 12);
  });

  it('give exactly 0 variance for values that do not vary, even where the mean is not exact in binary', () => {
    expect(sampleVariance(Array(10).fill(0.1))).toBe(0);
    expect(describeValues(Array(10).fill(0.1)).sd).toBe(0);
    expect(sampleVariance([7])).toBe(0);
  });

  it('give r only when it is defined, clamped to ±1', () => {
    expect(pearson([1], [2])).toBeNull();
    expect(pearson([1, 2, 3], [4, 4, 4])).toBeNull();
    expect(pearson([0.1, 0.2, 0.3], [0.3, 0.6, 0.9])).toBe(1);
    expect(pearson([1, 2, 3], [3, 2, 1])).toBe(-1);
    // Deviations −1 0 1 and −1 1 0: cross 1, Σd² 2 and 2, r = 1/2.
    expect(pearson([1, 2, 3], [1, 3, 2])).toBeCloseTo(0.5, 14);
    expect(() => pearson([1, 2], [1, 2, 3])).toThrow(/paired/);
  });

  it('r is symmetric and within [−1, 1]', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 })), { maxLength: 30 }),
        (pairs) => {
          const x = pairs.map(([a]) => a);
          const y = pairs.map(([, b]) => b);
          const r = pearson(x, y);
          expect(pearson(y, x)).toBe(r);
          if (r !== null) expect(Math.abs(r)).toBeLessThanOrEqual(1);
        },
      ),
    );
  });
});

describe('the F distribution', () => {
  // Reference values from R 4 (pf, qf, pbeta), to the digits R printed.
  it('matches R’s quantiles', () => {
    expect(fQuantile(0.95, 2, 10)).toBeCloseTo(4.102821, 6);
    expect(fQuantile(0.975, 5, 20)).toBeCloseTo(3.289056, 6);
    expect(fQuantile(0.025, 5, 20)).toBeCloseTo(0.1580139483, 9);
    expect(fQuantile(0.975, 59, 236)).toBeCloseTo(1.4645304906984, 10);
    expect(fQuantile(0.025, 59, 236)).toBeCloseTo(0.64950342707121411, 10);
    expect(fQuantile(0.975, 999, 8991)).toBeCloseTo(1.0949943979416281, 10);
    expect(fQuantile(0.025, 9999, 99990)).toBeCloseTo(0.97117457192682055, 10);
    expect(fQuantile(0.5, 1, 1)).toBeCloseTo(1, 12);
    expect(fQuantile(0.999, 1, 1) / 405284.0679028482).toBeCloseTo(1, 9);
  });

  it('matches the closed form for two numerator degrees of freedom: F = (d₂/2)·((1 − p)^(−2/d₂) − 1)', () => {
    for (const [p, d2] of [
      [0.95, 10],
      [0.5, 3],
      [0.01, 40],
    ] as const) {
      expect(fQuantile(p, 2, d2)).toBeCloseTo((d2 / 2) * ((1 - p) ** (-2 / d2) - 1), 10);
    }
  });

  it('matches R’s CDF and upper tail, keeping the digits of a tiny p', () => {
    expect(fCdf(3, 4, 12)).toBeCloseTo(0.9375, 12);
    expect(fUpperTail(3, 4, 12)).toBeCloseTo(0.0625, 12);
    expect(fCdf(0.01, 1, 3)).toBeCloseTo(0.073347651199194161, 12);
    expect(fUpperTail(2.5, 3, 7)).toBeCloseTo(0.14350945627893921, 12);
    expect(fUpperTail(25, 7, 400) / 2.7522377514279937e-28).toBeCloseTo(1, 9);
    expect([fCdf(0, 3, 4), fCdf(Infinity, 3, 4), fUpperTail(0, 3, 4), fUpperTail(Infinity, 3, 4)]).toEqual([
      0, 1, 1, 0,
    ]);
    expect(() => fCdf(1, 0, 4)).toThrow(RangeError);
    expect(() => fQuantile(1.5, 2, 4)).toThrow(RangeError);
    expect([fQuantile(0, 2, 4), fQuantile(1, 2, 4)]).toEqual([0, Infinity]);
  });

  it('matches R’s pbeta and the closed forms I_x(a, 1) = xᵃ, I_x(½, ½) = (2/π)·asin(√x)', () => {
    expect(incompleteBeta(0.5, 2, 3)).toBeCloseTo(11 / 16, 14);
    expect(incompleteBeta(0.2, 50, 70) / 3.7178550203852647e-8).toBeCloseTo(1, 9);
    expect(incompleteBeta(0.7, 0.5, 3.5)).toBeCloseTo(0.99507619574779826, 12);
    expect(incompleteBeta(0.3, 2.5, 1)).toBeCloseTo(0.3 ** 2.5, 14);
    expect(incompleteBeta(0.3, 0.5, 0.5)).toBeCloseTo((2 / Math.PI) * Math.asin(Math.sqrt(0.3)), 13);
  });

  it('equals the binomial tail for whole a and b', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.001, max: 0.999, noNaN: true }),
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 1, max: 40 }),
        (x, a, b) => {
          expect(incompleteBeta(x, a, b)).toBeCloseTo(binomialTail(x, a, b), 11);
        },
      ),
    );
  });

  it('inverts its own CDF, and the two tails add to 1', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.001, max: 0.999, noNaN: true }),
        fc.integer({ min: 1, max: 500 }),
        fc.integer({ min: 1, max: 5000 }),
        (p, df1, df2) => {
          const f = fQuantile(p, df1, df2);
          expect(fCdf(f, df1, df2)).toBeCloseTo(p, 10);
          // Each tail comes through exp(log Γ sums) that reach 10⁴, so about 12 digits survive, not 15.
          expect(fCdf(f, df1, df2) + fUpperTail(f, df1, df2)).toBeCloseTo(1, 11);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('scaleReliability and itemReliability', () => {
  it('give the closed-form values of parallel items: α = std α = 3/4, r̄ = 1/2', () => {
    const result = scaleReliability(PARALLEL);
    expect(result).toMatchObject({ n: 8, items: 3 });
    expect(result.alpha).toBeCloseTo(0.75, 12);
    expect(result.standardizedAlpha).toBeCloseTo(0.75, 12);
    expect(result.averageR).toBeCloseTo(0.5, 12);
  });

  it('give each parallel item α-if-deleted 2/3, r with the rest 1/√3, and its own descriptives', () => {
    for (const item of itemReliability(PARALLEL)) {
      expect(item.n).toBe(8);
      expect(item.mean).toBe(3);
      expect(item.sd).toBeCloseTo(Math.sqrt(16 / 7), 12);
      expect(item.alphaIfDeleted).toBeCloseTo(2 / 3, 12);
      expect(item.correctedItemTotal).toBeCloseTo(1 / Math.sqrt(3), 12);
    }
  });

  it('match R’s Feldt bounds for n = 8, k = 3: 1 − (1 − α)·qf(.975 and .025; 7, 14)', () => {
    const { interval } = scaleReliability(PARALLEL);
    expect(interval!.level).toBe(0.95);
    expect(interval!.lower).toBeCloseTo(1 - 0.25 * 3.3799328776529309, 10);
    expect(interval!.upper).toBeCloseTo(1 - 0.25 * 0.21757603445831109, 10);
    const ninety = scaleReliability(PARALLEL, { level: 0.9 }).interval!;
    expect(ninety.lower).toBeCloseTo(1 - 0.25 * 2.7641992567781779, 10);
    expect(ninety.upper).toBeCloseTo(1 - 0.25 * 0.28334781332146974, 10);
    expect(() => scaleReliability(PARALLEL, { level: 95 })).toThrow(RangeError);
  });

  it('give Feldt bounds that bracket alpha and narrow as the same pattern is seen by more respondents', () => {
    let width = Infinity;
    for (const times of [1, 2, 4, 8, 32]) {
      const { alpha, interval } = scaleReliability(stacked(PARALLEL, times));
      expect(alpha).toBeCloseTo(0.75, 12);
      expect(interval!.lower).toBeLessThan(alpha!);
      expect(interval!.upper).toBeGreaterThan(alpha!);
      expect(interval!.upper - interval!.lower).toBeLessThan(width);
      width = interval!.upper - interval!.lower;
    }
  });

  it('agree with the independent implementations on random 1–5 answers', () => {
    const matrices = fc.tuple(fc.integer({ min: 2, max: 30 }), fc.integer({ min: 1, max: 7 })).chain(([n, k]) =>
      fc.array(fc.array(fc.integer({ min: 1, max: 5 }), { minLength: k, maxLength: k }), {
        minLength: n,
        maxLength: n,
      }),
    );
    fc.assert(
      fc.property(matrices, (rows) => {
        const columns = columnsOf(rows);
        const k = columns.length;
        const scale = scaleReliability(columns);
        const expected = alphaByCovariance(columns);
        if (expected === null) expect(scale.alpha).toBeNull();
        else expect(scale.alpha).toBeCloseTo(expected, 9);

        // std α is the raw alpha of the z-scored items.
        if (scale.standardizedAlpha !== null) {
          expect(scale.standardizedAlpha).toBeCloseTo(alphaByCovariance(columns.map(standardized))!, 9);
        }

        itemReliability(columns).forEach((item, j) => {
          const rest = columns.filter((_, o) => o !== j);
          if (k < 3) expect(item.alphaIfDeleted).toBeNull();
          else {
            const alpha = alphaByCovariance(rest);
            if (alpha === null) expect(item.alphaIfDeleted).toBeNull();
            else expect(item.alphaIfDeleted).toBeCloseTo(alpha, 9);
          }
        });
      }),
    );
  });

  it('leave alpha unchanged when a constant is added to an item', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 3, maxLength: 3 }), {
          minLength: 3,
          maxLength: 20,
        }),
        fc.integer({ min: 0, max: 2 }),
        fc.integer({ min: -1000, max: 1000 }),
        (rows, item, shift) => {
          const columns = columnsOf(rows);
          const shifted = columns.map((column, j) => (j === item ? column.map((v) => v + shift) : column));
          const before = scaleReliability(columns);
          const after = scaleReliability(shifted);
          if (before.alpha === null) expect(after.alpha).toBeNull();
          else expect(after.alpha).toBeCloseTo(before.alpha, 9);
          if (before.averageR === null) expect(after.averageR).toBeNull();
          else expect(after.averageR).toBeCloseTo(before.averageR, 9);
        },
      ),
    );
  });

  it('are undefined where they should be, and accept typed arrays', () => {
    expect(scaleReliability([])).toEqual({
      n: 0,
      items: 0,
      alpha: null,
      standardizedAlpha: null,
      averageR: null,
      interval: null,
    });
    const one = scaleReliability([[1, 2, 3]]);
    expect([one.alpha, one.standardizedAlpha, one.averageR, one.interval]).toEqual([null, null, null, null]);
    expect(itemReliability([[1, 2, 3]])).toEqual([
      { n: 3, mean: 2, sd: 1, correctedItemTotal: null, alphaIfDeleted: null },
    ]);
    // A constant item: alpha is defined, r̄ is not.
    const constant = scaleReliability([Float64Array.from([1, 2, 3, 4]), Float64Array.from([3, 3, 3, 3]), [2, 3, 3, 4]]);
    expect(constant.alpha).toBeCloseTo(9 / 13, 12);
    expect(constant.averageR).toBeNull();
    expect(constant.standardizedAlpha).toBeNull();
    expect(() =>
      scaleReliability([
        [1, 2, 3],
        [1, 2],
      ]),
    ).toThrow(/Item 1 has 2 answers where the first has 3/);
  });
});

describe('rwgJ', () => {
  it('matches a hand computation: 5 options, σ²EU = (25 − 1)/12 = 2', () => {
    // Item variances (n − 1 = 3): 3 3 4 4 → 1/3; 2 3 3 4 → 2/3; 3 3 3 3 → 0. Mean s̄² = 1/3, s̄²/σ² = 1/6.
    // rwg(j) = 3·(5/6) / (3·(5/6) + 1/6) = (5/2) / (8/3) = 15/16.
    const result = rwgJ(
      [
        [3, 3, 4, 4],
        [2, 3, 3, 4],
        [3, 3, 3, 3],
      ],
      5,
    );
    expect(result.expectedVariance).toBe(2);
    expect(result.meanItemVariance).toBeCloseTo(1 / 3, 14);
    expect(result.rwgj).toBeCloseTo(15 / 16, 14);
    expect(result).toMatchObject({ n: 4, items: 3 });
  });

  it('is 1 when every member gives the same answers', () => {
    expect(rwgJ([Array(6).fill(2), Array(6).fill(5)], 5).rwgj).toBe(1);
  });

  it('is 0 when the observed variance reaches or exceeds the uniform null’s', () => {
    // 1 and 3: variance exactly 2 = σ²EU, where the formula would divide 0 by 0 for J = 1.
    expect(rwgJ([[1, 3]], 5).rwgj).toBe(0);
    // 1 and 5: variance 8, four times the null; the formula would give a negative value.
    expect(
      rwgJ(
        [
          [1, 5],
          [5, 1],
        ],
        5,
      ).rwgj,
    ).toBe(0);
  });

  it('is undefined below two members or without items, and rejects a scale of fewer than two options', () => {
    expect(rwgJ([[3], [4]], 5)).toEqual({ rwgj: null, meanItemVariance: null, expectedVariance: 2, n: 1, items: 2 });
    expect(rwgJ([], 5).rwgj).toBeNull();
    expect(() => rwgJ([[1, 2]], 1)).toThrow(RangeError);
    expect(() => rwgJ([[1, 2]], 4.5)).toThrow(RangeError);
  });

  it('reduces to rwg = 1 − s²/σ²EU for one item, and stays in [0, 1]', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 11 }).chain((options) =>
          fc.tuple(
            fc.constant(options),
            fc.array(fc.array(fc.integer({ min: 1, max: options }), { minLength: 2, maxLength: 12 }), {
              minLength: 1,
              maxLength: 6,
            }),
          ),
        ),
        ([options, items]) => {
          const n = Math.min(...items.map((item) => item.length));
          const columns = items.map((item) => item.slice(0, n));
          const { rwgj } = rwgJ(columns, options);
          expect(rwgj).toBeGreaterThanOrEqual(0);
          expect(rwgj).toBeLessThanOrEqual(1);
          const single = rwgJ([columns[0]!], options);
          const ratio = sampleVariance(columns[0]!) / ((options ** 2 - 1) / 12);
          expect(single.rwgj).toBeCloseTo(Math.max(0, 1 - ratio), 12);
        },
      ),
    );
  });
});

describe('groupedVariance', () => {
  // Shrout & Fleiss (1979), Table 2: six targets rated by four judges. Taking each target as a group of four
  // ratings, the one-way ANOVA has BMS = 11.24 and WMS = 6.26, and ICC(1,1) = .17, ICC(1,k) = .44.
  const SHROUT_FLEISS = [
    [9, 2, 5, 8],
    [6, 1, 3, 2],
    [8, 4, 6, 8],
    [7, 1, 2, 6],
    [10, 5, 6, 9],
    [6, 2, 4, 7],
  ];

  it('reproduces Shrout & Fleiss’s published one-way ICCs', () => {
    const result = groupedVariance(SHROUT_FLEISS);
    expect(result).toMatchObject({ groups: 6, n: 24, dfBetween: 5, dfWithin: 18, groupSize: 4 });
    expect(result.msBetween).toBeCloseTo(11.24, 2);
    expect(result.msWithin).toBeCloseTo(6.26, 2);
    expect(result.icc1).toBeCloseTo(0.17, 2);
    expect(result.icc2).toBeCloseTo(0.44, 2);
    expect(result.f).toBeCloseTo(11.24 / 6.26, 2);
    expect(result.p).toBeCloseTo(fUpperTail(result.f!, 5, 18), 14);
  });

  it('uses n0 for unequal groups: sizes 2, 3, 5 give (10 − 38/10)/2 = 3.1', () => {
    expect(
      groupedVariance([
        [1, 2],
        [3, 4, 5],
        [1, 2, 3, 4, 5],
      ]).groupSize,
    ).toBeCloseTo(3.1, 14);
  });

  it('keeps a negative ICC(1): members of a group differ more than the groups do', () => {
    // Means 3, 3.5, 2.5 (grand 3): SSB = 2·(0 + ¼ + ¼) = 1, MSB = ½; SSW = 8 + 4.5 + 4.5 = 17, MSW = 17/3.
    // ICC(1) = (½ − 17/3)/(½ + 17/3) = −31/37; ICC(2) = (½ − 17/3)/½ = −31/3.
    const result = groupedVariance([
      [1, 5],
      [2, 5],
      [1, 4],
    ]);
    expect(result.icc1).toBeCloseTo(-31 / 37, 14);
    expect(result.icc2).toBeCloseTo(-31 / 3, 13);
  });

  it('has no F when groups do not vary inside, and no ICC(2) when their means are equal', () => {
    const separate = groupedVariance([
      [1, 1],
      [3, 3],
    ]);
    expect(separate).toMatchObject({ msBetween: 4, msWithin: 0, icc1: 1, icc2: 1, f: null, p: null });
    const equal = groupedVariance([
      [1, 5],
      [1, 5],
    ]);
    expect(equal).toMatchObject({ msBetween: 0, msWithin: 8, icc1: -1, icc2: null, f: 0, p: 1 });
  });

  it('needs two groups and a within-group degree of freedom; empty groups do not count', () => {
    const nulls = { msBetween: null, msWithin: null, groupSize: null, icc1: null, icc2: null, f: null, p: null };
    expect(groupedVariance([])).toEqual({ groups: 0, n: 0, dfBetween: 0, dfWithin: 0, ...nulls });
    expect(groupedVariance([[1, 2, 3]])).toEqual({ groups: 1, n: 3, dfBetween: 0, dfWithin: 2, ...nulls });
    expect(groupedVariance([[1], [2], [3]])).toEqual({ groups: 3, n: 3, dfBetween: 2, dfWithin: 0, ...nulls });
    expect(groupedVariance([[1, 2], [], [4, 6]])).toMatchObject({ groups: 2, n: 4, dfBetween: 1, dfWithin: 2 });
  });

  const groupsArbitrary = fc.array(fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 10 }), {
    minLength: 2,
    maxLength: 8,
  });

  it('splits the total sum of squares, and ICC(2) ≥ ICC(1) whenever ICC(1) > 0 and n0 > 1', () => {
    fc.assert(
      fc.property(groupsArbitrary, (groups) => {
        const result = groupedVariance(groups);
        if (result.msBetween === null) return;
        const all = groups.flat();
        const grand = all.reduce((a, b) => a + b, 0) / all.length;
        const total = all.reduce((s, v) => s + (v - grand) ** 2, 0);
        expect(result.msBetween * result.dfBetween + result.msWithin! * result.dfWithin).toBeCloseTo(total, 9);
        if (result.icc1 !== null && result.icc1 > 0 && result.groupSize! > 1) {
          expect(result.icc2!).toBeGreaterThanOrEqual(result.icc1 - 1e-12);
        }
      }),
    );
  });

  it('relates ICC(2) to ICC(1) by Spearman–Brown when groups are balanced', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 8 }).chain((size) =>
          fc.array(fc.array(fc.integer({ min: 1, max: 5 }), { minLength: size, maxLength: size }), {
            minLength: 2,
            maxLength: 8,
          }),
        ),
        (groups) => {
          const { icc1, icc2, groupSize } = groupedVariance(groups);
          expect(groupSize).toBeCloseTo(groups[0]!.length, 12);
          if (icc1 === null || icc2 === null) return;
          const k = groups[0]!.length;
          expect(icc2).toBeCloseTo((k * icc1) / (1 + (k - 1) * icc1), 9);
        },
      ),
    );
  });
});
