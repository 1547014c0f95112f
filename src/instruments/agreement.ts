import { groupedVariance, type GroupedVariance } from './statistics.ts';

/**
 * Whether a construct's group means stand for their groups: members must agree within a group (rwg(j)) and
 * groups must differ more than members do (ICC(1), ICC(2)) before a group mean is read as the group's view.
 * The thresholds are the conventional ones: rwg(j) ≥ .70 (James, Demaree & Wolf 1984; LeBreton & Senter 2008)
 * and ICC(2) ≥ .70 (Bliese 2000; Klein et al. 2000).
 */
export const AGREEMENT_THRESHOLD = 0.7;
const GROUP_MEAN_RELIABILITY = 0.7;

/** LeBreton & Senter's (2008, table 3) words for a level of within-group agreement. */
export function agreementLevel(rwgj: number | null): string {
  if (rwgj === null) return 'not enough answers';
  if (rwgj > 0.9) return 'very strong';
  if (rwgj > 0.7) return 'strong';
  if (rwgj > 0.5) return 'moderate';
  if (rwgj > 0.3) return 'weak';
  return 'lack of agreement';
}

export type AggregationVerdict = 'defensible' | 'agree-but-unreliable' | 'disagree' | 'too-few-groups';

export interface ConstructAgreement extends GroupedVariance {
  construct: string;
  /** The middle rwg(j) of the groups that have one (the lower middle for an even count), null when none has. */
  medianRwgj: number | null;
  verdict: AggregationVerdict;
}

/** Each verdict in plain words, for the page and the CLI. */
export const verdictText: Record<AggregationVerdict, string> = {
  defensible: 'Aggregating is defensible: members agree within groups and group means are reliable.',
  'agree-but-unreliable':
    'Members agree within groups, but the groups’ means are not reliably told apart (ICC(2) below .70): report group means with care, and larger groups would help.',
  disagree:
    'Members do not agree within groups (median rwg(j) below .70): describe the spread of answers rather than a group mean.',
  'too-few-groups': 'Agreement across groups needs at least two groups of the smallest size shown, with some spread.',
};

function lowerMedian(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}

/**
 * One construct's agreement over the groups shown: `scores` are each group's respondents' construct means,
 * `rwgj` each group's within-group agreement.
 */
export function constructAgreement(
  construct: string,
  scores: readonly ArrayLike<number>[],
  rwgj: readonly (number | null)[],
): ConstructAgreement {
  const variance = groupedVariance(scores);
  const medianRwgj = lowerMedian(rwgj.filter((value): value is number => value !== null));
  let verdict: AggregationVerdict;
  if (variance.icc2 === null || medianRwgj === null) verdict = 'too-few-groups';
  else if (medianRwgj < AGREEMENT_THRESHOLD) verdict = 'disagree';
  else if (variance.icc2 < GROUP_MEAN_RELIABILITY) verdict = 'agree-but-unreliable';
  else verdict = 'defensible';
  return { ...variance, construct, medianRwgj, verdict };
}
