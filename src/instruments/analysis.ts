import { constructAgreement, type ConstructAgreement } from './agreement.ts';
import { pairedChanges, type WaveChange } from './change.ts';
import { compareVersions, crosswalksTo, type Crosswalk } from './crosswalk.ts';
import { estimatesStage, findVersion, versionsOf, type FrameworkModel } from './model.ts';
import { LANGUAGES, type Language } from './languages.ts';
import { mean } from './numbers.ts';
import { pool } from './pooling.ts';
import {
  constructReliability,
  keyedAnswers,
  keyedColumns,
  scalePoints,
  type ConstructReliability,
  type KeyedColumns,
} from './reliability.ts';
import type { ResponseRecord } from './responses.ts';
import {
  keyedConstructItems,
  scoreResponse,
  stageFromMeans,
  strongestAndWeakest,
  type InstrumentScores,
  type ScoringPlan,
  type StageClarity,
} from './score.ts';
import { cronbachAlpha, describe, rwgJ, type Description } from './statistics.ts';
import type { Instrument, StageRule } from './types.ts';

/**
 * Group statistics, agreement, reliability and change of a set of responses to one instrument, for
 * researchers. Pure, like the scoring module, so the browser's analysis page, the Node scripts and the tests
 * share it.
 */

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
  within: FrameworkModel,
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

/** Internal consistency of each construct's items, for responses that all answer this version. */
export function reliability(
  instrument: Instrument,
  responses: readonly ResponseRecord[],
  within: FrameworkModel,
): ConstructReliability[] {
  checkResponses(instrument, responses);
  return constructReliability(instrument, responses, within);
}

export interface ConstructSummary extends Description {
  construct: string;
  /** Respondents who answered every item of the construct with a scale value: what alpha and rwg(j) use. */
  complete: number;
  /** Cronbach's alpha of the group's complete cases. */
  alpha: number | null;
  /** Within-group agreement on the construct's items, against a uniform null (statistics.ts). */
  rwgj: number | null;
  /**
   * How many respondents' construct means fall at each half point of the scale, 1 to 5 (means are rounded to
   * the nearest half, halves up): the spread a dot plot draws.
   */
  distribution: number[];
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
  /**
   * The grouping value (values joined by GROUP_JOINER when grouped by several); null for responses without
   * one (shown as "(none)"), and for the overall summary.
   */
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

/** Groups left out of a view because they hold fewer responses than the smallest group shown. */
export interface Hidden {
  groups: number;
  responses: number;
}

export interface Analysis {
  instrument: { id: string; version: string };
  /** Link parameter names, "role" and "language", in the order asked; empty when not grouped. */
  groupBy: string[];
  /** The languages the analysed responses were answered in, in LANGUAGES order. */
  languages: Language[];
  /** Groups smaller than this are hidden in every group view (never the overall summary). */
  minGroupSize: number;
  n: number;
  overall: GroupSummary;
  /** One per grouping value with at least minGroupSize responses, sorted; empty when not grouped. */
  groups: GroupSummary[];
  hidden: Hidden;
  /** One per role, to compare perspectives; present when the instrument records a role. */
  byRole?: GroupSummary[];
  hiddenRoles?: Hidden;
  /** Per construct, whether the groups shown justify reading group means; empty when fewer than two groups are grouped. */
  agreement: ConstructAgreement[];
  reliability: ConstructReliability[];
  /** Paired change between consecutive waves for respondents with the same code; empty without waves and codes. */
  change: WaveChange[];
  /** The versions pooled on their shared items, newest first; just the one analysed when not pooling. */
  pooled: string[];
  /** When pooling, the items all pooled versions share: the only ones analysed. */
  pooledItems?: string[];
  /** Responses to other versions of the instrument, not analysed here: each version with its count, newest first. */
  setAside: { version: string; n: number }[];
  /** For each earlier version the model holds, oldest first: the items this version shares with it unchanged. */
  crosswalks: Crosswalk[];
}

/** How a group without a value is shown. Parameter patterns start with a letter or digit, so no real value looks like it. */
export const NO_GROUP = '(none)';
export const groupLabel = (key: string | null): string => key ?? NO_GROUP;
/** Joins the values of a group of several parameters; no parameter pattern allows "×", so no value contains it. */
export const GROUP_JOINER = ' × ';

/**
 * The fewest responses a group is shown with, unless a researcher asks otherwise. A school has one principal
 * and few coaches: a row for a group of one or two shows their answers to anyone reading the summary.
 */
export const DEFAULT_MIN_GROUP_SIZE = 5;
/**
 * The key of the row roles held by fewer than the smallest group size are merged into (then hidden too, if
 * still small); role values are codebook ids, so none looks like it.
 */
export const MERGED_ROLES = 'Other roles (merged)';

/** What a response can be grouped by: its link parameters, "role" when it records one, and its language. */
export function groupingOptions(instrument: Instrument): string[] {
  return [
    ...instrument.parameters.map((parameter) => parameter.name),
    ...(instrument.roleItem ? ['role'] : []),
    'language',
  ];
}

/**
 * What a reader is told whenever responses in several languages are analysed or grouped by language: said once
 * here so the analysis page, `npm run analyze` and the README say the same.
 */
export const INVARIANCE_NOTE =
  'Comparing means across language versions assumes the items work the same way in each language. ' +
  'With enough responses, test that first (configural, metric and scalar invariance in a multi-group CFA, ' +
  'e.g. lavaan’s cfa(…, group = "language") or semTools’ measurementInvariance) before reading a difference ' +
  'between languages as real. Languages with fewer responses than the smallest group shown are hidden, like any group.';

/**
 * The invariance note (in English unless the page gives it in its language) when the analysis compares
 * languages or pools responses in several; null otherwise.
 */
export const invarianceNote = (
  analysis: Pick<Analysis, 'groupBy' | 'languages'>,
  note: string = INVARIANCE_NOTE,
): string | null => (analysis.groupBy.includes('language') || analysis.languages.length > 1 ? note : null);

interface Scored {
  response: ResponseRecord;
  scores: InstrumentScores;
  /** Per construct, the keyed answers when every item has a scale value (keyedAnswers), else null. */
  keyed: (number[] | null)[];
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
  const stages: readonly string[] = within.stages.map(({ id }) => id);
  // The last count is for no choice.
  const counts = new Array<number>(stages.length + 1).fill(0);
  for (const { response } of members) {
    const choice = response.answers[item];
    const index = typeof choice === 'string' ? stages.indexOf(choice) : -1;
    counts[index === -1 ? stages.length : index]!++;
  }
  return counts.map((count, s) => ({ stage: stages[s] ?? null, count }));
}

/** The half points of the 1–5 scale a construct mean is counted at. */
export const DISTRIBUTION_POINTS = [1, 1.5, 2, 2.5, 3, 3.5, 4, 4.5, 5];

function distributionOf(values: readonly number[]): number[] {
  const counts = DISTRIBUTION_POINTS.map(() => 0);
  for (const value of values) {
    const index = Math.round((value - 1) * 2);
    counts[Math.min(counts.length - 1, Math.max(0, index))]!++;
  }
  return counts;
}

/** The members' scores on construct c (in the scoring plan's order), leaving out those without one. */
function constructMeans(members: readonly Scored[], c: number): number[] {
  const values: number[] = [];
  for (const { scores } of members) {
    const score = scores.constructs[c]!.mean;
    if (score !== null) values.push(score);
  }
  return values;
}

/** Each construct's complete-case columns over these members, in the scoring plan's order. */
const membersColumns = (plan: ScoringPlan['constructs'], members: readonly Scored[]): KeyedColumns[] =>
  plan.map(({ items }, c) =>
    keyedColumns(
      members.map(({ keyed }) => keyed[c]!),
      items.length,
    ),
  );

/** `keyed`, when given, holds membersColumns of these members, already worked out by the caller. */
function summarize(
  instrument: Instrument,
  key: string | null,
  members: readonly Scored[],
  within: FrameworkModel,
  keyed?: readonly KeyedColumns[],
): GroupSummary {
  const plan = keyedConstructItems(instrument, within);
  const allColumns = keyed ?? membersColumns(plan, members);
  // scoreResponse lists a response's constructs in the scoring plan's order, so position c is construct c.
  const constructs = plan.map(({ id: construct, items }, c): ConstructSummary => {
    const values = constructMeans(members, c);
    const { complete, columns } = allColumns[c]!;
    return {
      construct,
      ...describe(values),
      complete,
      alpha: cronbachAlpha(columns),
      rwgj: items.length === 0 ? null : rwgJ(columns, scalePoints(instrument, items[0]!.id, within)).rwgj,
      distribution: distributionOf(values),
    };
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

/** The groups with at least `minSize` members, summarised and sorted, and what was hidden. */
function groupsOf(
  instrument: Instrument,
  scored: readonly Scored[],
  keyOf: (response: ResponseRecord) => string | null,
  minSize: number,
  within: FrameworkModel,
): { shown: GroupSummary[]; members: Scored[][]; hidden: Hidden } {
  const groups = new Map<string | null, Scored[]>();
  for (const entry of scored) {
    const key = keyOf(entry.response);
    const members = groups.get(key);
    if (members) members.push(entry);
    else groups.set(key, [entry]);
  }
  const hidden: Hidden = { groups: 0, responses: 0 };
  for (const [key, members] of groups) {
    if (members.length >= minSize) continue;
    groups.delete(key);
    hidden.groups++;
    hidden.responses += members.length;
  }
  // Responses without a value come last, after the named groups and the merged roles.
  const rank = (key: string | null) => (key === null ? 2 : key === MERGED_ROLES ? 1 : 0);
  const keys = [...groups.keys()].sort((a, b) => rank(a) - rank(b) || collator.compare(a!, b!));
  return {
    shown: keys.map((key) => summarize(instrument, key, groups.get(key)!, within)),
    members: keys.map((key) => groups.get(key)!),
    hidden,
  };
}

function roleGiven(item: string) {
  return (response: ResponseRecord): string | null => {
    const value = response.answers[item];
    return value === undefined || value === null || value === '' ? null : String(value);
  };
}

/** Each response's role, with every role held by fewer than `minSize` responses as MERGED_ROLES. */
function mergedRoleOf(item: string, scored: readonly Scored[], minSize: number) {
  const given = roleGiven(item);
  const counts = new Map<string | null, number>();
  for (const { response } of scored) {
    const role = given(response);
    counts.set(role, (counts.get(role) ?? 0) + 1);
  }
  return (response: ResponseRecord): string | null => {
    const role = given(response);
    // Saying no role identifies no one, so those responses stay a group of their own.
    return role !== null && counts.get(role)! < minSize ? MERGED_ROLES : role;
  };
}

/**
 * A response's group: one parameter's value (or its merged role), or several values joined, "(none)" standing
 * for a missing one. A combination already splits finely, so its roles are not merged: small cells are hidden.
 */
function groupKeyOf(instrument: Instrument, groupBy: readonly string[], scored: readonly Scored[], minSize: number) {
  const valueOf = (name: string) =>
    name === 'role'
      ? roleGiven(instrument.roleItem!)
      : name === 'language'
        ? (response: ResponseRecord): string => response.language
        : (response: ResponseRecord) => response.params[name] ?? null;
  if (groupBy.length === 1) {
    return groupBy[0] === 'role' ? mergedRoleOf(instrument.roleItem!, scored, minSize) : valueOf(groupBy[0]!);
  }
  const parts = groupBy.map(valueOf);
  return (response: ResponseRecord) => parts.map((part) => groupLabel(part(response))).join(GROUP_JOINER);
}

export interface AnalysisOptions {
  /** Link parameter names, "role" and "language"; several group by their combination (e.g. language × wave). */
  groupBy: readonly string[];
  /** Groups smaller than this are hidden; DEFAULT_MIN_GROUP_SIZE when not given. */
  minGroupSize?: number;
  /** Analyse responses to every version of the instrument together, on the items they all share unchanged. */
  pool?: boolean;
  /** The model the instrument's versions, scales and stages are read from. */
  within: FrameworkModel;
}

/** The grouping options an instrument can use, or an error naming the one it cannot. */
function checkGrouping(instrument: Instrument, groupBy: readonly string[], minGroupSize: number) {
  const options = groupingOptions(instrument);
  for (const name of groupBy) {
    if (!options.includes(name))
      throw new Error(`${instrument.id} cannot be grouped by "${name}"; it can be grouped by ${options.join(', ')}.`);
  }
  if (new Set(groupBy).size !== groupBy.length) throw new Error(`Group by each of ${groupBy.join(', ')} once.`);
  if (!Number.isInteger(minGroupSize) || minGroupSize < 1)
    throw new Error(`The smallest group shown must be a whole number of at least 1, not ${minGroupSize}.`);
}

/**
 * Construct means, SDs, alpha and agreement overall, per group (or combination of groups) and per role, the
 * group stage estimate, vignette choices or readiness profile of each, agreement across groups, full
 * reliability of every construct and paired change between waves, for one version of an instrument. Groups
 * smaller than the smallest group size are hidden and counted. Responses to its other versions are set aside
 * and counted, or pooled on the items the versions share. Responses must have valid answers (as readResponses gives).
 */
export function analyzeResponses(
  target: Instrument,
  responses: readonly ResponseRecord[],
  options: AnalysisOptions,
): Analysis {
  const { within, groupBy } = options;
  const minGroupSize = options.minGroupSize ?? DEFAULT_MIN_GROUP_SIZE;
  checkGrouping(target, groupBy, minGroupSize);
  const pooled = options.pool ? pool(target, responses, within) : null;
  const instrument = pooled?.instrument ?? target;
  const own =
    pooled?.responses ??
    responses.filter(
      (response) => response.instrument.id !== target.id || response.instrument.version === target.version,
    );
  checkResponses(instrument, own);
  const setAside = pooled
    ? []
    : versionsAnswered(target.id, responses)
        .filter((version) => version !== target.version)
        .map((version) => ({
          version,
          n: responses.filter((r) => r.instrument.id === target.id && r.instrument.version === version).length,
        }));

  const plan = keyedConstructItems(instrument, within);
  const scored = own.map((response) => ({
    response,
    scores: scoreResponse(instrument, response.answers, within),
    keyed: plan.map(({ items }) => keyedAnswers(items, response.answers)),
  }));
  const roles = instrument.roleItem
    ? groupsOf(instrument, scored, mergedRoleOf(instrument.roleItem, scored, minGroupSize), minGroupSize, within)
    : undefined;
  const grouped =
    groupBy.length === 0
      ? null
      : groupBy.length === 1 && groupBy[0] === 'role' && roles
        ? roles
        : groupsOf(instrument, scored, groupKeyOf(instrument, groupBy, scored, minGroupSize), minGroupSize, within);
  const constructIds = plan.map(({ id }) => id);
  // The overall summary and the full reliability read the same columns: keyed once for both.
  const overallColumns = membersColumns(plan, scored);
  const agreement =
    grouped === null || grouped.shown.length < 2
      ? []
      : constructIds.map((construct, c) =>
          constructAgreement(
            construct,
            grouped.members.map((members) => constructMeans(members, c)),
            grouped.shown.map((group) => group.constructs[c]!.rwgj),
          ),
        );

  return {
    instrument: { id: target.id, version: target.version },
    groupBy: [...groupBy],
    languages: LANGUAGES.filter((language) => own.some((response) => response.language === language)),
    minGroupSize,
    n: own.length,
    overall: summarize(instrument, null, scored, within, overallColumns),
    groups: grouped?.shown ?? [],
    hidden: grouped?.hidden ?? { groups: 0, responses: 0 },
    ...(roles ? { byRole: roles.shown, hiddenRoles: roles.hidden } : {}),
    agreement,
    reliability: constructReliability(instrument, own, within, overallColumns),
    change: instrument.parameters.some((p) => p.name === 'wave') ? pairedChanges(scored, constructIds) : [],
    pooled: pooled?.versions ?? [target.version],
    ...(pooled ? { pooledItems: pooled.items } : {}),
    setAside,
    crosswalks: crosswalksTo(target, within),
  };
}
