import type { ConstructScore } from './payload.ts';
import type { StageId, Text } from './types.ts';

/**
 * Which organizational conditions matter most at each stage of a community's life, and what it looks like
 * when the organization works against the stage. Support should fit the stage: the same help can feed one
 * stage and smother another (Wenger, McDermott & Snyder 2002). The readiness factors come from the
 * organizational-culture essays; each row names where its reasoning comes from.
 */
export interface StageFit<T extends Text = string> {
  stage: StageId;
  /** Readiness factors that matter most now, most important first, each with the reason in plain words. */
  priorities: readonly { construct: string; why: T }[];
  /** Shown when the factor's mean is below the agreement midpoint: the organization pulls against the stage. */
  mismatches: readonly { construct: string; flag: T }[];
  sources: readonly string[];
}

/** A factor counts as working against the stage when respondents, on balance, disagree that it is in place. */
export const MISMATCH_BELOW = 3;

export interface StageFitReport {
  stage: StageId;
  priorities: { construct: string; why: string; mean: number | null }[];
  /** Only the mismatches whose factor was scored below MISMATCH_BELOW. */
  mismatches: { construct: string; flag: string; mean: number }[];
  sources: readonly string[];
}

/**
 * The fit table's row for a stage, read against readiness scores (a respondent's or a group's means), from
 * the table in the language the reader reads (FrameworkModel.stageFit).
 */
export function fitFor(
  stage: StageId,
  scores: readonly Pick<ConstructScore, 'construct' | 'mean'>[],
  table: readonly StageFit[],
): StageFitReport {
  const row = table.find((fit) => fit.stage === stage);
  if (!row) throw new Error(`The stage fit table has no row for "${stage}".`);
  const meanOf = (construct: string) => scores.find((score) => score.construct === construct)?.mean ?? null;
  return {
    stage,
    priorities: row.priorities.map((priority) => ({ ...priority, mean: meanOf(priority.construct) })),
    mismatches: row.mismatches.flatMap((mismatch) => {
      const mean = meanOf(mismatch.construct);
      return mean !== null && mean < MISMATCH_BELOW ? [{ ...mismatch, mean }] : [];
    }),
    sources: row.sources,
  };
}
