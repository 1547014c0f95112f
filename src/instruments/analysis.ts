import { compareVersions, crosswalksTo, type Crosswalk } from './crosswalk.ts';
import { estimatesStage, findVersion, model, versionsOf, type FrameworkModel } from './model.ts';
import { mean, rounded } from './numbers.ts';
import type { ResponseRecord } from './responses.ts';
import { scaleValue } from './scales.ts';
import {
  keyedConstructItems,
  scoreResponse,
  stageFromMeans,
  strongestAndWeakest,
  type InstrumentScores,
  type StageClarity,
} from './score.ts';
import type { Table } from './csv.ts';
import type { Instrument, StageRule } from './types.ts';

/**
 * Group statistics and reliability of a set of responses to one instrument, for researchers. Pure, like
 * the scoring module, so the browser's analysis page, the Node scripts and the tests share it.
 */

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
function sumOfSquares(values: ArrayLike<number>, mean: number): number {
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += (values[i]! - mean) ** 2;
  return sum;
}

const sampleVariance = (values: ArrayLike<number>): number =>
  isConstant(values) ? 0 : sumOfSquares(values, mean(values)!) / (values.length - 1);

export function describe(values: readonly number[]): Description {
  const n = values.length;
  if (n === 0) return { n, mean: null, sd: null };
  return { n, mean: mean(values), sd: n < 2 ? null : Math.sqrt(sampleVariance(values)) };
}

/** Pearson's r; null when it is undefined (fewer than two pairs, or either variable constant). */
function pearson(x: ArrayLike<number>, y: ArrayLike<number>): number | null {
  if (x.length < 2 || isConstant(x) || isConstant(y)) return null;
  const mx = mean(x)!;
  const my = mean(y)!;
  let cross = 0;
  for (let i = 0; i < x.length; i++) cross += (x[i]! - mx) * (y[i]! - my);
  const r = cross / Math.sqrt(sumOfSquares(x, mx) * sumOfSquares(y, my));
  // Rounding can carry a perfect correlation a hair past ±1.
  return Math.max(-1, Math.min(1, r));
}

/** The matrix's columns; every row must have as many items as the first. */
function columnsOf(matrix: readonly (readonly number[])[]): Float64Array[] {
  const k = matrix[0]?.length ?? 0;
  const columns = Array.from({ length: k }, () => new Float64Array(matrix.length));
  matrix.forEach((row, r) => {
    if (row.length !== k) throw new Error(`Row ${r} has ${row.length} items where the first row has ${k}.`);
    for (let j = 0; j < k; j++) columns[j]![r] = row[j]!;
  });
  return columns;
}

function totalsOf(columns: readonly Float64Array[], n: number): Float64Array {
  const totals = new Float64Array(n);
  for (const column of columns) for (let r = 0; r < n; r++) totals[r]! += column[r]!;
  return totals;
}

function alphaOf(columns: readonly Float64Array[], n: number): number | null {
  const k = columns.length;
  if (k < 2 || n < 2) return null;
  const totalVariance = sampleVariance(totalsOf(columns, n));
  if (totalVariance === 0) return null;
  const itemVariances = columns.reduce((sum, column) => sum + sampleVariance(column), 0);
  return (k / (k - 1)) * (1 - itemVariances / totalVariance);
}

function itemTotalsOf(columns: readonly Float64Array[], n: number): (number | null)[] {
  return columns.map((item, j) => {
    // Summing the other items directly, rather than subtracting the item from the total, keeps a constant
    // rest exactly constant, so it is recognised as undefined instead of correlating rounding noise.
    const rest = new Float64Array(n);
    columns.forEach((other, o) => {
      if (o !== j) for (let r = 0; r < n; r++) rest[r]! += other[r]!;
    });
    return columns.length < 2 ? null : pearson(item, rest);
  });
}

/** Cronbach's alpha of complete cases (rows are respondents, columns items), from sample variances. */
export function cronbachAlpha(matrix: readonly (readonly number[])[]): number | null {
  return alphaOf(columnsOf(matrix), matrix.length);
}

/** For each item, Pearson's r between it and the sum of the other items. */
export function correctedItemTotal(matrix: readonly (readonly number[])[]): (number | null)[] {
  return itemTotalsOf(columnsOf(matrix), matrix.length);
}

export interface ConstructReliability {
  construct: string;
  /** Complete cases: respondents who answered every item of the construct with a scale value. */
  n: number;
  items: number;
  alpha: number | null;
  itemTotal: { item: string; r: number | null }[];
}

/** Responses must answer this instrument, in this version: pooling versions would mix different questions. */
function checkResponses(instrument: Instrument, responses: readonly ResponseRecord[]) {
  for (const response of responses) {
    const { id, version } = response.instrument;
    const where = `${response.source.file}:${response.source.line}`;
    if (id !== instrument.id)
      throw new Error(`${where} answers ${id}, not ${instrument.id}; analyse each instrument separately.`);
    if (version !== instrument.version) {
      throw new Error(`${where} answers ${id} version ${version}, not ${instrument.version}.`);
    }
  }
}

/** The versions of an instrument the responses answer, newest first. */
export function versionsAnswered(id: string, responses: readonly ResponseRecord[]): string[] {
  const versions = new Set(responses.filter((r) => r.instrument.id === id).map((r) => r.instrument.version));
  return [...versions].sort((a, b) => compareVersions(b, a));
}

/**
 * The version of an instrument to analyse: the one asked for, or else the newest the responses answer (the
 * current one when there are none). An asked-for version the model does not hold is an error naming the ones it does.
 */
export function versionToAnalyse(
  id: string,
  responses: readonly ResponseRecord[],
  requested: string | null,
  within: FrameworkModel = model,
): Instrument {
  const versions = versionsOf(id, within);
  if (versions.length === 0) throw new Error(`Unknown instrument "${id}".`);
  const version = requested ?? versionsAnswered(id, responses)[0] ?? versions[0]!.version;
  const instrument = findVersion(id, version, within);
  if (!instrument) {
    throw new Error(`${id} has no version ${version}; its versions are ${versions.map((v) => v.version).join(', ')}.`);
  }
  return instrument;
}

function reliabilityOf(
  instrument: Instrument,
  responses: readonly ResponseRecord[],
  within: FrameworkModel,
): ConstructReliability[] {
  // Keyed as in scoring, so a reverse-keyed item does not pull alpha down.
  return keyedConstructItems(instrument, within).map(({ id: construct, items }) => {
    const complete = responses.filter((response) =>
      items.every((item) => scaleValue(response.answers[item.id]) !== null),
    );
    const n = complete.length;
    const columns = items.map((item) => {
      const column = new Float64Array(n);
      complete.forEach((response, r) => {
        const value = scaleValue(response.answers[item.id])!;
        column[r] = item.flip === null ? value : item.flip - value;
      });
      return column;
    });
    const rs = itemTotalsOf(columns, n);
    return {
      construct,
      n,
      items: items.length,
      alpha: alphaOf(columns, n),
      itemTotal: items.map((item, j) => ({ item: item.id, r: rs[j] ?? null })),
    };
  });
}

/** Internal consistency of each construct's items over the complete cases, after reverse-keying. */
export function reliability(
  instrument: Instrument,
  responses: readonly ResponseRecord[],
  within: FrameworkModel = model,
): ConstructReliability[] {
  checkResponses(instrument, responses);
  return reliabilityOf(instrument, responses, within);
}

export interface ConstructSummary extends Description {
  construct: string;
}

/**
 * A group's stage estimate: the instrument's rule applied to the group's average agreement with each stage's
 * description. Counting the respondents' own estimates instead would drop everyone whose estimate was unclear
 * and let a few clear ones speak for the group.
 */
export interface GroupStage {
  /** Each stage's mean of the respondents' stage means, over the respondents who have one (`n`). */
  means: { stage: string; mean: number | null; n: number }[];
  /** The stage the averaged means point to, or null when the rule does not name one. */
  stage: string | null;
  clarity: StageClarity;
  lead: number | null;
}

export interface GroupSummary {
  /** The grouping value; null for responses without one (shown as "(none)"), and for the overall summary. */
  key: string | null;
  n: number;
  /** Each construct's mean over the responses that have a score for it (`n`). */
  constructs: ConstructSummary[];
  /** Present when the instrument estimates a stage. */
  stage?: GroupStage;
  /** How many respondents chose each stage's story in the vignette (null: no choice); present when it has one. */
  vignette?: { stage: string | null; count: number }[];
  /** The constructs with the highest and lowest group mean, several when tied. */
  strongest: string[];
  weakest: string[];
  /** Version 1 readiness only: the respondents' overall readiness scores (later versions do not average unlike factors). */
  readinessOverall?: Description;
}

export interface Analysis {
  instrument: { id: string; version: string };
  /** A link parameter name, "role", or null. */
  groupBy: string | null;
  n: number;
  overall: GroupSummary;
  /** One per grouping value, sorted; empty when not grouped. */
  groups: GroupSummary[];
  /** One per role, to compare perspectives; present when the instrument records a role. */
  byRole?: GroupSummary[];
  reliability: ConstructReliability[];
  /** Responses to other versions of the instrument, not analysed here: each version with its count, newest first. */
  setAside: { version: string; n: number }[];
  /** For each earlier version the model holds, oldest first: the items this version shares with it unchanged. */
  crosswalks: Crosswalk[];
}

/** How a group without a value is shown. Parameter patterns start with a letter or digit, so no real value looks like it. */
export const NO_GROUP = '(none)';
export const groupLabel = (key: string | null): string => key ?? NO_GROUP;

/**
 * The fewest responses a role is shown with on its own. A school has one principal and few coaches: a row for
 * a role held by one or two people would show their answers to anyone reading the summary, so smaller roles
 * are merged into one row (shown merged even when that row is small too, never split back out).
 */
export const MIN_ROLE_GROUP = 5;
/** The key of the row the small roles are merged into; role values are codebook ids, so none looks like it. */
export const MERGED_ROLES = 'Other roles (merged)';

/** What a response can be grouped by: its link parameters, and "role" when it records one. */
export function groupingOptions(instrument: Instrument): string[] {
  return [...instrument.parameters.map((parameter) => parameter.name), ...(instrument.roleItem ? ['role'] : [])];
}

interface Scored {
  response: ResponseRecord;
  scores: InstrumentScores;
}

// Numeric-aware so waves 2 and 10 sort as numbers; a fixed locale so every machine sorts alike.
const collator = new Intl.Collator('en', { numeric: true });

/** The rule a group's averaged stage means are read with: version 2's, or one that matches version 1's margin. */
function groupStageRule(instrument: Instrument): StageRule {
  return (
    instrument.scoring.stageRule ?? {
      minAnsweredPerStage: 1,
      agreeAbove: 3,
      lead: instrument.scoring.stageClearMargin ?? 0,
    }
  );
}

function groupStage(instrument: Instrument, members: readonly Scored[], within: FrameworkModel): GroupStage {
  const means = within.stages.map(({ id }, s) => {
    const values: number[] = [];
    for (const { scores } of members) {
      // estimateStage lists the stages in the model's order, so position s is stage s.
      const value = scores.stage?.means[s]?.mean;
      if (value !== undefined && value !== null) values.push(value);
    }
    return { stage: id, mean: mean(values), n: values.length };
  });
  const estimate = stageFromMeans(
    groupStageRule(instrument),
    means.map(({ stage, mean, n }) => ({ stage, mean, answered: n })),
  );
  return { means, stage: estimate.stage, clarity: estimate.clarity, lead: estimate.lead };
}

function vignetteChoices(item: string, members: readonly Scored[], within: FrameworkModel) {
  const counts = new Map<string | null, number>([...within.stages.map(({ id }) => [id, 0] as const), [null, 0]]);
  for (const { response } of members) {
    const choice = response.answers[item];
    const stage = typeof choice === 'string' && counts.has(choice) ? choice : null;
    counts.set(stage, counts.get(stage)! + 1);
  }
  return [...counts].map(([stage, count]) => ({ stage, count }));
}

function summarize(
  instrument: Instrument,
  key: string | null,
  members: readonly Scored[],
  within: FrameworkModel,
): GroupSummary {
  // scoreResponse lists a response's constructs in the scoring plan's order, so position c is construct c.
  const constructs = keyedConstructItems(instrument, within).map(({ id: construct }, c) => {
    const values: number[] = [];
    for (const { scores } of members) {
      const score = scores.constructs[c]!.mean;
      if (score !== null) values.push(score);
    }
    return { construct, ...describe(values) };
  });
  const scored = constructs.filter((c): c is ConstructSummary & { mean: number } => c.mean !== null);
  const summary: GroupSummary = { key, n: members.length, constructs, ...strongestAndWeakest(scored) };
  if (estimatesStage(instrument)) summary.stage = groupStage(instrument, members, within);
  if (instrument.stageVignette !== undefined)
    summary.vignette = vignetteChoices(instrument.stageVignette, members, within);
  if (instrument.scoring.readinessProfile) {
    summary.readinessOverall = describe(
      members.flatMap(({ scores }) => {
        const value = scores.readiness?.overall;
        return value === undefined || value === null ? [] : [value];
      }),
    );
  }
  return summary;
}

function groupsOf(
  instrument: Instrument,
  scored: readonly Scored[],
  keyOf: (response: ResponseRecord) => string | null,
  within: FrameworkModel,
): GroupSummary[] {
  const groups = new Map<string | null, Scored[]>();
  for (const entry of scored) {
    const key = keyOf(entry.response);
    const members = groups.get(key);
    if (members) members.push(entry);
    else groups.set(key, [entry]);
  }
  // Responses without a value come last, after the named groups and the merged roles.
  const rank = (key: string | null) => (key === null ? 2 : key === MERGED_ROLES ? 1 : 0);
  const keys = [...groups.keys()].sort((a, b) => rank(a) - rank(b) || collator.compare(a!, b!));
  return keys.map((key) => summarize(instrument, key, groups.get(key)!, within));
}

/** Each response's role, with every role held by fewer than MIN_ROLE_GROUP responses as MERGED_ROLES. */
function roleOf(item: string, scored: readonly Scored[]): (response: ResponseRecord) => string | null {
  const given = (response: ResponseRecord) => {
    const value = response.answers[item];
    return value === undefined || value === null || value === '' ? null : String(value);
  };
  const counts = new Map<string | null, number>();
  for (const { response } of scored) {
    const role = given(response);
    counts.set(role, (counts.get(role) ?? 0) + 1);
  }
  return (response) => {
    const role = given(response);
    // Saying no role identifies no one, so those responses stay a group of their own.
    return role !== null && counts.get(role)! < MIN_ROLE_GROUP ? MERGED_ROLES : role;
  };
}

/**
 * Construct means and SDs overall, per group and per role (small roles merged), the group stage estimate,
 * vignette choices or readiness profile of each, and the reliability of every construct, for one version of
 * an instrument. Responses to its other versions are set aside and counted: pooling versions would mix
 * different questions. Responses must have valid answers (as readResponses gives).
 */
export function analyzeResponses(
  instrument: Instrument,
  responses: readonly ResponseRecord[],
  options: { groupBy: string | null; within?: FrameworkModel },
): Analysis {
  const within = options.within ?? model;
  const { groupBy } = options;
  if (groupBy !== null && !groupingOptions(instrument).includes(groupBy)) {
    throw new Error(
      `${instrument.id} cannot be grouped by "${groupBy}"; it can be grouped by ${groupingOptions(instrument).join(', ')}.`,
    );
  }
  const own = responses.filter(
    (response) => response.instrument.id !== instrument.id || response.instrument.version === instrument.version,
  );
  checkResponses(instrument, own);
  const setAside = versionsAnswered(instrument.id, responses)
    .filter((version) => version !== instrument.version)
    .map((version) => ({
      version,
      n: responses.filter((r) => r.instrument.id === instrument.id && r.instrument.version === version).length,
    }));
  const crosswalks = crosswalksTo(instrument, within);

  const scored = own.map((response) => ({
    response,
    scores: scoreResponse(instrument, response.answers, within),
  }));
  const byRole = instrument.roleItem
    ? groupsOf(instrument, scored, roleOf(instrument.roleItem, scored), within)
    : undefined;
  let groups: GroupSummary[] = [];
  if (groupBy === 'role' && byRole) groups = byRole;
  else if (groupBy !== null)
    groups = groupsOf(instrument, scored, (response) => response.params[groupBy] ?? null, within);

  return {
    instrument: { id: instrument.id, version: instrument.version },
    groupBy,
    n: own.length,
    overall: summarize(instrument, null, scored, within),
    groups,
    ...(byRole ? { byRole } : {}),
    reliability: reliabilityOf(instrument, own, within),
    setAside,
    crosswalks,
  };
}

/** Marks the rows of all responses in the long summary table; parenthesised so no parameter name or value can match. */
export const ALL = '(all)';

/**
 * Construct statistics in long form: one row per group and construct. All responses come first, then the
 * groups, then the roles (unless the groups already are the roles).
 */
export function summaryTable(analysis: Analysis): Table {
  const blocks: { groupBy: string; summaries: readonly GroupSummary[] }[] = [
    { groupBy: ALL, summaries: [analysis.overall] },
    ...(analysis.groupBy === null ? [] : [{ groupBy: analysis.groupBy, summaries: analysis.groups }]),
    ...(analysis.byRole && analysis.groupBy !== 'role' ? [{ groupBy: 'role', summaries: analysis.byRole }] : []),
  ];
  return {
    fields: ['group_by', 'group', 'construct', 'n', 'mean', 'sd'],
    rows: blocks.flatMap(({ groupBy, summaries }) =>
      summaries.flatMap((summary) =>
        summary.constructs.map((construct) => ({
          group_by: groupBy,
          group: groupBy === ALL ? ALL : groupLabel(summary.key),
          construct: construct.construct,
          n: construct.n,
          mean: rounded(construct.mean),
          sd: rounded(construct.sd),
        })),
      ),
    ),
  };
}

/** Reliability in long form: one row per item, with its construct's n, item count and alpha repeated. */
export function reliabilityTable(analysis: Analysis): Table {
  return {
    fields: ['construct', 'n', 'items', 'alpha', 'item', 'corrected_item_total_r'],
    rows: analysis.reliability.flatMap((construct) =>
      construct.itemTotal.map(({ item, r }) => ({
        construct: construct.construct,
        n: construct.n,
        items: construct.items,
        alpha: rounded(construct.alpha),
        item,
        corrected_item_total_r: rounded(r),
      })),
    ),
  };
}
