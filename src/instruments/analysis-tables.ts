import { verdictText } from './agreement.ts';
import { groupLabel, GROUP_JOINER, type Analysis, type GroupSummary } from './analysis.ts';
import type { Table } from './csv.ts';
import { rounded } from './numbers.ts';

/** An analysis as long-form tables for CSV: what the page offers as downloads and `analyze --out` writes. */

/** Marks the rows of all responses in the long summary table; parenthesised so no parameter name or value can match. */
export const ALL = '(all)';

/**
 * Construct statistics in long form: one row per group and construct. All responses come first, then the
 * groups shown, then the roles shown (unless the groups already are the roles). Hidden groups have no rows.
 */
export function summaryTable(analysis: Analysis): Table {
  const grouping = analysis.groupBy.join(GROUP_JOINER);
  const blocks: { groupBy: string; summaries: readonly GroupSummary[] }[] = [
    { groupBy: ALL, summaries: [analysis.overall] },
    ...(grouping === '' ? [] : [{ groupBy: grouping, summaries: analysis.groups }]),
    ...(analysis.byRole && grouping !== 'role' ? [{ groupBy: 'role', summaries: analysis.byRole }] : []),
  ];
  return {
    fields: ['group_by', 'group', 'construct', 'n', 'mean', 'sd', 'complete_cases', 'alpha', 'rwg_j'],
    rows: blocks.flatMap(({ groupBy, summaries }) =>
      summaries.flatMap((summary) =>
        summary.constructs.map((construct) => ({
          group_by: groupBy,
          group: groupBy === ALL ? ALL : groupLabel(summary.key),
          construct: construct.construct,
          n: construct.n,
          mean: rounded(construct.mean),
          sd: rounded(construct.sd),
          complete_cases: construct.complete,
          alpha: rounded(construct.alpha),
          rwg_j: rounded(construct.rwgj),
        })),
      ),
    ),
  };
}

/** Reliability in long form: one row per item, with its construct's figures repeated, as psych::alpha reports them. */
export function reliabilityTable(analysis: Analysis): Table {
  return {
    fields: [
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
    ],
    rows: analysis.reliability.flatMap((construct) =>
      construct.itemDetails.map((item) => ({
        construct: construct.construct,
        n: construct.n,
        excluded: construct.excluded,
        items: construct.items,
        alpha: rounded(construct.alpha),
        alpha_lower_95: rounded(construct.interval?.lower ?? null),
        alpha_upper_95: rounded(construct.interval?.upper ?? null),
        standardized_alpha: rounded(construct.standardizedAlpha),
        average_r: rounded(construct.averageR),
        item: item.item,
        reverse_keyed: item.reverse ? 'yes' : 'no',
        item_n: item.n,
        item_mean: rounded(item.mean),
        item_sd: rounded(item.sd),
        dont_know_share: rounded(item.dontKnow),
        not_applicable_share: rounded(item.notApplicable),
        corrected_item_total_r: rounded(item.correctedItemTotal),
        alpha_if_deleted: rounded(item.alphaIfDeleted),
      })),
    ),
  };
}

/** Agreement across the groups shown, one row per construct; empty when fewer than two groups are shown. */
export function agreementTable(analysis: Analysis): Table {
  return {
    fields: ['group_by', 'construct', 'groups', 'n', 'icc1', 'icc2', 'f', 'p', 'median_rwg_j', 'verdict'],
    rows: analysis.agreement.map((construct) => ({
      group_by: analysis.groupBy.join(GROUP_JOINER),
      construct: construct.construct,
      groups: construct.groups,
      n: construct.n,
      icc1: rounded(construct.icc1),
      icc2: rounded(construct.icc2),
      f: rounded(construct.f),
      p: rounded(construct.p),
      median_rwg_j: rounded(construct.medianRwgj),
      verdict: verdictText[construct.verdict],
    })),
  };
}

/** Paired change between waves, one row per pair of waves and construct. */
export function changeTable(analysis: Analysis): Table {
  return {
    fields: ['from_wave', 'to_wave', 'paired', 'ambiguous', 'construct', 'n', 'mean_change', 'sd_change'],
    rows: analysis.change.flatMap((change) =>
      change.constructs.map((construct) => ({
        from_wave: change.from,
        to_wave: change.to,
        paired: change.paired,
        ambiguous: change.ambiguous,
        construct: construct.construct,
        n: construct.n,
        mean_change: rounded(construct.mean),
        sd_change: rounded(construct.sd),
      })),
    ),
  };
}
