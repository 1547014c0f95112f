import { mean } from './numbers.ts';

/**
 * The statistics a researcher reports about an instrument: descriptives, internal consistency with its
 * confidence interval, within-group agreement and the ICCs that justify aggregating to groups. Pure and
 * dependency-free, so the browser, the Node scripts and the tests share one implementation, checked against
 * R's psych package in the tests.
 */

/** Columns of a complete-case matrix: columns[j][r] = respondent r's (already reverse-keyed) answer to item j. */
export type Columns = readonly ArrayLike<number>[];

export interface Description {
  n: number;
  mean: number | null;
  /** Sample standard deviation (n − 1); null below two values. */
  sd: number | null;
}

/** Whether every value is the same: an exact test, where a computed variance could be a rounding hair above 0. */
function isConstant(values: ArrayLike<number>): boolean {
  for (let i = 1; i < values.length; i++) if (values[i] !== values[0]) return false;
  return true;
}

/** Sum of squared deviations from the mean, in two passes so large offsets do not swamp small spreads. */
function sumOfSquares(values: ArrayLike<number>, centre: number): number {
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += (values[i]! - centre) ** 2;
  return sum;
}

/** The sample variance (n − 1); exactly 0 for values that do not vary, and for fewer than two. */
export function sampleVariance(values: ArrayLike<number>): number {
  return values.length < 2 || isConstant(values) ? 0 : sumOfSquares(values, mean(values)!) / (values.length - 1);
}

export function describe(values: ArrayLike<number>): Description {
  const n = values.length;
  if (n === 0) return { n, mean: null, sd: null };
  return { n, mean: mean(values), sd: n < 2 ? null : Math.sqrt(sampleVariance(values)) };
}

/** Pearson's r; null when it is undefined (fewer than two pairs, or either variable constant). */
export function pearson(x: ArrayLike<number>, y: ArrayLike<number>): number | null {
  if (x.length !== y.length) throw new Error(`Pearson's r needs paired values; got ${x.length} and ${y.length}.`);
  if (x.length < 2 || isConstant(x) || isConstant(y)) return null;
  const mx = mean(x)!;
  const my = mean(y)!;
  let cross = 0;
  for (let i = 0; i < x.length; i++) cross += (x[i]! - mx) * (y[i]! - my);
  const r = cross / Math.sqrt(sumOfSquares(x, mx) * sumOfSquares(y, my));
  // Rounding can carry a perfect correlation a hair past ±1.
  return Math.max(-1, Math.min(1, r));
}

// ---------------------------------------------------------------------------------------------------------
// The F distribution, for Feldt's interval and the ANOVA's p. Written here rather than imported: it is a
// small numerical core, and the tests pin it to R's pf/qf.

// Lanczos approximation with g = 7, n = 9 (Godfrey's coefficients), about 15 significant digits for x > 0.
const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];

function logGamma(x: number): number {
  // Reflection (Euler): the series is accurate only from 1/2 up.
  if (x < 0.5) return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
  const z = x - 1;
  let sum = LANCZOS[0]!;
  for (let i = 1; i < LANCZOS.length; i++) sum += LANCZOS[i]! / (z + i);
  const t = z + 7.5;
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(sum);
}

/** Continued fraction for I_x(a, b) by the modified Lentz method (Numerical Recipes, 2nd ed., §6.4, betacf). */
function betaContinuedFraction(x: number, a: number, b: number): number {
  const tiny = 1e-300;
  // Convergence takes O(√max(a, b)) terms; the cap only guards against a bug looping for ever.
  const maxTerms = 100_000;
  let c = 1;
  let d = 1 - ((a + b) * x) / (a + 1);
  if (Math.abs(d) < tiny) d = tiny;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= maxTerms; m++) {
    const m2 = 2 * m;
    const even = (m * (b - m) * x) / ((a + m2 - 1) * (a + m2));
    d = 1 + even * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + even / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    h *= d * c;
    const odd = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1));
    d = 1 + odd * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + odd / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const step = d * c;
    h *= step;
    if (Math.abs(step - 1) <= Number.EPSILON) return h;
  }
  throw new Error(`The incomplete beta fraction did not converge for x = ${x}, a = ${a}, b = ${b}.`);
}

/**
 * I_x(a, b) with y = 1 − x given by the caller: where x is near 1, 1 − x computed by subtraction would lose
 * the digits the upper branch depends on, and the F distribution can form both exactly.
 */
function regularizedBeta(x: number, y: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (y <= 0) return 1;
  const front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(y));
  // The fraction converges fast only below the mean; above it, use I_x(a, b) = 1 − I_{1−x}(b, a) (NR §6.4).
  return x < (a + 1) / (a + b + 2)
    ? (front * betaContinuedFraction(x, a, b)) / a
    : 1 - (front * betaContinuedFraction(y, b, a)) / b;
}

/** The regularized incomplete beta function I_x(a, b), the beta distribution's CDF (R's pbeta). */
export function incompleteBeta(x: number, a: number, b: number): number {
  if (!(a > 0 && b > 0)) throw new RangeError(`The beta function needs a, b > 0; got a = ${a}, b = ${b}.`);
  if (Number.isNaN(x)) return Number.NaN;
  return regularizedBeta(x, 1 - x, a, b);
}

function checkDegrees(df1: number, df2: number) {
  if (!(df1 > 0 && df2 > 0)) throw new RangeError(`The F distribution needs df > 0; got ${df1} and ${df2}.`);
}

/** P(F ≤ f) for F with df1 and df2 degrees of freedom (R's pf), through I_{d1·f/(d1·f + d2)}(d1/2, d2/2). */
export function fCdf(f: number, df1: number, df2: number): number {
  checkDegrees(df1, df2);
  if (f <= 0) return 0;
  if (f === Infinity) return 1;
  return regularizedBeta((df1 * f) / (df1 * f + df2), df2 / (df1 * f + df2), df1 / 2, df2 / 2);
}

/** P(F > f), computed directly rather than as 1 − fCdf so that a small p keeps its digits. */
export function fUpperTail(f: number, df1: number, df2: number): number {
  checkDegrees(df1, df2);
  if (f <= 0) return 1;
  if (f === Infinity) return 0;
  return regularizedBeta(df2 / (df2 + df1 * f), (df1 * f) / (df2 + df1 * f), df2 / 2, df1 / 2);
}

/** The F quantile (R's qf): the beta quantile found by bisection, which cannot overshoot, mapped back to F. */
export function fQuantile(p: number, df1: number, df2: number): number {
  checkDegrees(df1, df2);
  if (!(p >= 0 && p <= 1)) throw new RangeError(`A probability must be in [0, 1]; got ${p}.`);
  if (p === 0) return 0;
  if (p === 1) return Infinity;
  const a = df1 / 2;
  const b = df2 / 2;
  let low = 0;
  let high = 1;
  // Halving until the midpoint is one of the ends: full double precision, at most about a thousand steps.
  for (;;) {
    const middle = (low + high) / 2;
    if (middle <= low || middle >= high) break;
    if (incompleteBeta(middle, a, b) < p) low = middle;
    else high = middle;
  }
  const x = (low + high) / 2;
  return (df2 * x) / (df1 * (1 - x));
}

// ---------------------------------------------------------------------------------------------------------
// Internal consistency.

export interface AlphaInterval {
  lower: number;
  upper: number;
  level: number;
}

export interface ScaleReliability {
  /** Respondents (rows). */
  n: number;
  /** Items (k). */
  items: number;
  /** Raw Cronbach's alpha from the covariances (psych's raw_alpha). */
  alpha: number | null;
  /** Alpha of the standardized items, k·r̄/(1 + (k − 1)·r̄) (psych's std.alpha). */
  standardizedAlpha: number | null;
  /** Mean of the off-diagonal inter-item correlations (psych's average_r); null when an item is constant. */
  averageR: number | null;
  /** Feldt's confidence interval for alpha; null when alpha is. */
  interval: AlphaInterval | null;
}

export interface ItemReliability {
  n: number;
  mean: number | null;
  sd: number | null;
  /** r with the sum of the other items (psych's r.drop). */
  correctedItemTotal: number | null;
  /** Raw alpha of the remaining items (psych's alpha.drop raw_alpha); null below three items. */
  alphaIfDeleted: number | null;
}

/** The number of respondents; every column must have one answer from each. */
function rowsOf(columns: Columns): number {
  const n = columns[0]?.length ?? 0;
  columns.forEach((column, j) => {
    if (column.length !== n) throw new Error(`Item ${j} has ${column.length} answers where the first has ${n}.`);
  });
  return n;
}

function sumOf(columns: Columns, n: number, except = -1): Float64Array {
  const totals = new Float64Array(n);
  columns.forEach((column, j) => {
    if (j !== except) for (let r = 0; r < n; r++) totals[r]! += column[r]!;
  });
  return totals;
}

/**
 * Cronbach (1951): α = k/(k − 1)·(1 − Σ sⱼ² / s²_total), over every item but `except`. The item variances and
 * the total are passed in so alpha if deleted can reuse what the item–total correlations already summed.
 */
function alphaOf(itemVariances: readonly number[], totals: Float64Array, except = -1): number | null {
  const k = except < 0 ? itemVariances.length : itemVariances.length - 1;
  if (k < 2 || totals.length < 2) return null;
  const totalVariance = sampleVariance(totals);
  if (totalVariance === 0) return null;
  let sum = 0;
  itemVariances.forEach((variance, j) => {
    if (j !== except) sum += variance;
  });
  return (k / (k - 1)) * (1 - sum / totalVariance);
}

/** Cronbach's alpha alone, for the many small groups whose interval and standardized alpha nobody reads. */
export function cronbachAlpha(columns: Columns): number | null {
  return alphaOf(columns.map(sampleVariance), sumOf(columns, rowsOf(columns)));
}

function averageCorrelation(columns: Columns): number | null {
  const k = columns.length;
  if (k < 2) return null;
  let sum = 0;
  for (let a = 0; a < k; a++) {
    for (let b = a + 1; b < k; b++) {
      const r = pearson(columns[a]!, columns[b]!);
      if (r === null) return null;
      sum += r;
    }
  }
  return sum / ((k * (k - 1)) / 2);
}

/**
 * Feldt (1965) and Feldt, Woodruff & Salih (1987): (1 − α)/(1 − α̂) follows F with n − 1 and (n − 1)(k − 1)
 * degrees of freedom, as psych's alpha.ci uses.
 */
function feldtInterval(alpha: number, n: number, k: number, level: number): AlphaInterval {
  const df1 = n - 1;
  const df2 = (n - 1) * (k - 1);
  const tail = (1 - level) / 2;
  return {
    lower: 1 - (1 - alpha) * fQuantile(1 - tail, df1, df2),
    upper: 1 - (1 - alpha) * fQuantile(tail, df1, df2),
    level,
  };
}

/** Alpha, standardized alpha and Feldt's interval (at `level`, 0.95 unless given) of complete cases. */
export function scaleReliability(columns: Columns, options: { level?: number } = {}): ScaleReliability {
  const level = options.level ?? 0.95;
  if (!(level > 0 && level < 1)) throw new RangeError(`A confidence level must be between 0 and 1; got ${level}.`);
  const n = rowsOf(columns);
  const k = columns.length;
  const alpha = alphaOf(columns.map(sampleVariance), sumOf(columns, n));
  const averageR = n < 2 ? null : averageCorrelation(columns);
  // The standardized alpha is undefined where 1 + (k − 1)·r̄ = 0, the lowest mean correlation k items can have.
  const denominator = averageR === null ? 0 : 1 + (k - 1) * averageR;
  return {
    n,
    items: k,
    alpha,
    standardizedAlpha: averageR === null || denominator === 0 ? null : (k * averageR) / denominator,
    averageR,
    interval: alpha === null ? null : feldtInterval(alpha, n, k, level),
  };
}

/** Each item's descriptives, its correlation with the rest of the scale, and the alpha the rest would have. */
export function itemReliability(columns: Columns): ItemReliability[] {
  const n = rowsOf(columns);
  const variances = columns.map(sampleVariance);
  return columns.map((item, j) => {
    // Summing the other items directly, rather than subtracting the item from the total, keeps a constant
    // rest exactly constant, so it is recognised as undefined instead of correlating rounding noise.
    const rest = sumOf(columns, n, j);
    const correctedItemTotal = columns.length < 2 ? null : pearson(item, rest);
    return { ...describe(item), correctedItemTotal, alphaIfDeleted: alphaOf(variances, rest, j) };
  });
}

// ---------------------------------------------------------------------------------------------------------
// Agreement and aggregation.

/** rwg(j) of James, Demaree & Wolf (1984) for one group's J items on an A-option scale. */
export interface Agreement {
  rwgj: number | null;
  /** The mean of the items' sample variances (n − 1). */
  meanItemVariance: number | null;
  /** The uniform ("rectangular") null variance, (A² − 1)/12. */
  expectedVariance: number;
  n: number;
  items: number;
}

/**
 * Within-group agreement, rwg(j) = J(1 − s̄²/σ²EU) / (J(1 − s̄²/σ²EU) + s̄²/σ²EU) (James, Demaree & Wolf 1984),
 * against the uniform null σ²EU = (A² − 1)/12. When the observed variance reaches the null's, the formula
 * leaves [0, 1] (and is undefined where they are equal); following LeBreton & Senter (2008) it is then set to
 * 0, no agreement, rather than reported out of range. Null below two members, or without items.
 */
export function rwgJ(columns: Columns, options: number): Agreement {
  if (!Number.isInteger(options) || options < 2) {
    throw new RangeError(`rwg(j) needs a scale of at least two options; got ${options}.`);
  }
  const n = rowsOf(columns);
  const items = columns.length;
  const expectedVariance = (options ** 2 - 1) / 12;
  if (n < 2 || items === 0) return { rwgj: null, meanItemVariance: null, expectedVariance, n, items };
  const meanItemVariance = columns.reduce((sum, column) => sum + sampleVariance(column), 0) / items;
  const ratio = meanItemVariance / expectedVariance;
  const agreement = items * (1 - ratio);
  return {
    rwgj: ratio >= 1 ? 0 : agreement / (agreement + ratio),
    meanItemVariance,
    expectedVariance,
    n,
    items,
  };
}

/** One-way random-effects ANOVA of a score across groups, and the ICCs used to justify aggregation (Bliese 2000). */
export interface GroupedVariance {
  /** Groups with at least one member. */
  groups: number;
  n: number;
  msBetween: number | null;
  msWithin: number | null;
  dfBetween: number;
  dfWithin: number;
  /** The group size used in ICC(1): n0 = (N − Σ nᵢ²/N)/(G − 1), equal to the group size when groups are balanced. */
  groupSize: number | null;
  /** (MSB − MSW)/(MSB + (n0 − 1)·MSW); negative when members of a group agree less than members of different groups. */
  icc1: number | null;
  /** (MSB − MSW)/MSB: the reliability of the group means. */
  icc2: number | null;
  /** F = MSB/MSW; null when MSW is 0 and F unbounded. */
  f: number | null;
  /** Upper-tail p of F. */
  p: number | null;
}

/**
 * ICC(1) and ICC(2) from a one-way ANOVA (Shrout & Fleiss 1979's ICC(1,1) and ICC(1,k); Bliese 2000), with
 * unequal groups' sizes averaged as n0 (Snedecor & Cochran 1989). ICC(1) is kept when negative rather than
 * clamped to 0: the sign is evidence about the grouping, and clamping would bias averages over many constructs.
 * Empty groups are ignored, as R's aov drops empty levels. Needs two groups and a within-group degree of
 * freedom; otherwise every statistic is null.
 */
export function groupedVariance(groups: readonly ArrayLike<number>[]): GroupedVariance {
  const members = groups.filter((group) => group.length > 0);
  const g = members.length;
  let n = 0;
  let sum = 0;
  let sumOfSquaredSizes = 0;
  for (const group of members) {
    n += group.length;
    sumOfSquaredSizes += group.length ** 2;
    for (let i = 0; i < group.length; i++) sum += group[i]!;
  }
  const dfBetween = Math.max(0, g - 1);
  const dfWithin = Math.max(0, n - g);
  const empty = {
    groups: g,
    n,
    msBetween: null,
    msWithin: null,
    dfBetween,
    dfWithin,
    groupSize: null,
    icc1: null,
    icc2: null,
    f: null,
    p: null,
  };
  if (g < 2 || dfWithin < 1) return empty;

  const grandMean = sum / n;
  let ssBetween = 0;
  let ssWithin = 0;
  for (const group of members) {
    const groupMean = mean(group)!;
    ssBetween += group.length * (groupMean - grandMean) ** 2;
    if (!isConstant(group)) ssWithin += sumOfSquares(group, groupMean);
  }
  const msBetween = ssBetween / dfBetween;
  const msWithin = ssWithin / dfWithin;
  const groupSize = (n - sumOfSquaredSizes / n) / dfBetween;
  const iccDenominator = msBetween + (groupSize - 1) * msWithin;
  const f = msWithin === 0 ? null : msBetween / msWithin;
  return {
    ...empty,
    msBetween,
    msWithin,
    groupSize,
    icc1: iccDenominator === 0 ? null : (msBetween - msWithin) / iccDenominator,
    icc2: msBetween === 0 ? null : (msBetween - msWithin) / msBetween,
    f,
    p: f === null ? null : fUpperTail(f, dfBetween, dfWithin),
  };
}
