import { estimatesStage, model, type FrameworkModel } from './model.ts';
import { mean, rounded } from './numbers.ts';
import type { ResponseRecord } from './responses.ts';
import { scaleValue } from './scales.ts';
import { keyedConstructItems, scoreResponse, strongestAndWeakest, type InstrumentScores } from './score.ts';
import type { Table } from './csv.ts';
import type { Instrument } from './types.ts';

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
    if (version !== null && version !== instrument.version) {
      throw new Error(`${where} answers ${id} version ${version}, not ${instrument.version}.`);
    }
  }
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

export interface GroupSummary {
  /** The grouping value; null for responses without one (shown as "(none)"), and for the overall summary. */
  key: string | null;
  n: number;
  /** Each construct's mean over the responses that have a score for it (`n`). */
  constructs: ConstructSummary[];
  /** How many responses' stage estimate names each stage; null counts the unclear estimates. */
  stages?: { stage: string | null; count: number }[];
  /** Strongest and weakest by the group's construct means; `overall` describes the respondents' overall scores. */
  readiness?: { overall: Description; strongest: string[]; weakest: string[] };
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
}

/** How a group without a value is shown. Parameter patterns start with a letter or digit, so no real value looks like it. */
export const NO_GROUP = '(none)';
export const groupLabel = (key: string | null): string => key ?? NO_GROUP;

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
  const summary: GroupSummary = { key, n: members.length, constructs };

  if (estimatesStage(instrument)) {
    const counts = new Map<string | null, number>([...within.stages.map(({ id }) => [id, 0] as const), [null, 0]]);
    for (const { scores } of members) {
      const stage = scores.stage?.stage ?? null;
      counts.set(stage, (counts.get(stage) ?? 0) + 1);
    }
    summary.stages = [...counts].map(([stage, count]) => ({ stage, count }));
  }

  if (instrument.scoring.readinessProfile) {
    const overall = members.flatMap(({ scores }) => {
      const value = scores.readiness?.overall;
      return value === undefined || value === null ? [] : [value];
    });
    const scored = constructs.filter((c): c is ConstructSummary & { mean: number } => c.mean !== null);
    summary.readiness = { overall: describe(overall), ...strongestAndWeakest(scored) };
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
  // Responses without a value come last, after the named groups.
  const keys = [...groups.keys()].sort((a, b) => (a === null ? 1 : b === null ? -1 : collator.compare(a, b)));
  return keys.map((key) => summarize(instrument, key, groups.get(key)!, within));
}

function roleOf(instrument: Instrument): (response: ResponseRecord) => string | null {
  const item = instrument.roleItem;
  return (response) => {
    const value = item === undefined ? undefined : response.answers[item];
    return value === undefined || value === null || value === '' ? null : String(value);
  };
}

/**
 * Construct means and SDs overall, per group and per role, the stage distribution or readiness profile of
 * each, and the reliability of every construct. Responses must have valid answers (as readResponses gives).
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
  checkResponses(instrument, responses);

  const scored = responses.map((response) => ({
    response,
    scores: scoreResponse(instrument, response.answers, within),
  }));
  const byRole = instrument.roleItem ? groupsOf(instrument, scored, roleOf(instrument), within) : undefined;
  let groups: GroupSummary[] = [];
  if (groupBy === 'role' && byRole) groups = byRole;
  else if (groupBy !== null)
    groups = groupsOf(instrument, scored, (response) => response.params[groupBy] ?? null, within);

  return {
    instrument: { id: instrument.id, version: instrument.version },
    groupBy,
    n: responses.length,
    overall: summarize(instrument, null, scored, within),
    groups,
    ...(byRole ? { byRole } : {}),
    reliability: reliabilityOf(instrument, responses, within),
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
