import { findScale, itemsOf, type FrameworkModel } from './model.ts';
import type { ResponseRecord } from './responses.ts';
import { NON_RESPONSE_VALUES, NOT_APPLICABLE, scaleValue } from './scales.ts';
import { keyedConstructItems } from './score.ts';
import { describe, itemReliability, scaleReliability, type AlphaInterval, type ItemReliability } from './statistics.ts';
import type { Instrument } from './types.ts';

/**
 * Reliability of each construct the way researchers read it in SPSS or R's `psych::alpha`: alpha with a Feldt
 * interval, standardised alpha and the average inter-item r over complete cases, and each item's figures.
 */

/**
 * The missing-data rule, said once so the page, the CLI and the README say the same: alpha and the item–total
 * figures use complete cases (listwise), as SPSS does; `psych::alpha` defaults to pairwise correlations, so
 * its figures can differ a little when answers are missing.
 */
export const MISSING_DATA_RULE =
  'Alpha, its interval, standardised alpha, the average inter-item r, item–total r and alpha if deleted use complete cases only: respondents who answered every statement of the construct with a point on the scale (listwise, as SPSS does; R’s psych::alpha uses pairwise correlations by default, so its figures can differ slightly when answers are missing). “Don’t know” and “does not apply” count as missing. Item means and SDs use every respondent who answered that statement. Reverse-keyed statements are reversed first.';

/** A construct's item answers after reverse-keying, one column per item, over the responses that answered them all. */
export interface KeyedColumns {
  /** Responses with a scale value for every item of the construct. */
  complete: number;
  columns: Float64Array[];
}

type KeyedItems = readonly { id: string; flip: number | null }[];

/**
 * One response's keyed answers to a construct's items, or null when any is unanswered or a non-response. A plain
 * array: thousands of tiny typed arrays cost more to allocate than they save.
 */
export function keyedAnswers(items: KeyedItems, answers: ResponseRecord['answers']): number[] | null {
  const row: number[] = [];
  for (let j = 0; j < items.length; j++) {
    const { id, flip } = items[j]!;
    const value = scaleValue(answers[id]);
    if (value === null) return null;
    row.push(flip === null ? value : flip - value);
  }
  return row;
}

/**
 * The complete cases' columns from each response's keyed answers (null rows left out). Working from rows
 * keyed once per response lets every group's figures reuse them instead of reading the answers again.
 */
export function keyedColumns(rows: readonly (readonly number[] | null)[], items: number): KeyedColumns {
  const complete = rows.filter((row): row is readonly number[] => row !== null);
  const columns = Array.from({ length: items }, (_, j) => {
    const column = new Float64Array(complete.length);
    for (let r = 0; r < complete.length; r++) column[r] = complete[r]![j]!;
    return column;
  });
  return { complete: complete.length, columns };
}

/** The number of points on a construct's scale (A in rwg(j)'s null distribution), from its first item. */
export function scalePoints(instrument: Instrument, itemId: string, within: FrameworkModel): number {
  const item = itemsOf(instrument).find((candidate) => candidate.id === itemId)!;
  return findScale(item.scale, within).options.filter((option) => typeof option.value === 'number').length;
}

export interface ItemDetail extends ItemReliability {
  item: string;
  reverse: boolean;
  /** Shares of the responses analysed that answered "don't know" and "does not apply" (version 1: its one "na"). */
  dontKnow: number;
  notApplicable: number;
}

export interface ConstructReliability {
  construct: string;
  items: number;
  /** Complete cases used. */
  n: number;
  /** Responses analysed but left out for a missing or non-response answer. */
  excluded: number;
  alpha: number | null;
  interval: AlphaInterval | null;
  standardizedAlpha: number | null;
  averageR: number | null;
  itemDetails: ItemDetail[];
}

/** An item's keyed scale answers, and how many responses said "don't know" or "does not apply", in one pass. */
function itemAnswers(responses: readonly ResponseRecord[], id: string, flip: number | null) {
  const answered: number[] = [];
  let dontKnow = 0;
  let notApplicable = 0;
  for (const response of responses) {
    const answer = response.answers[id];
    if (answer === undefined) continue;
    const value = scaleValue(answer);
    if (value !== null) answered.push(flip === null ? value : flip - value);
    else if (answer === NON_RESPONSE_VALUES['dont-know']) dontKnow++;
    else if (answer === NON_RESPONSE_VALUES['not-applicable'] || answer === NOT_APPLICABLE) notApplicable++;
  }
  const total = Math.max(1, responses.length);
  return { answered, dontKnow: dontKnow / total, notApplicable: notApplicable / total };
}

/**
 * Each construct's reliability over these responses (all answering `instrument`). `keyed`, when given, holds each
 * construct's complete-case columns over these responses, already worked out by the caller.
 */
export function constructReliability(
  instrument: Instrument,
  responses: readonly ResponseRecord[],
  within: FrameworkModel,
  keyed?: readonly KeyedColumns[],
): ConstructReliability[] {
  return keyedConstructItems(instrument, within).map(({ id: construct, items }, c) => {
    const { complete, columns } =
      keyed?.[c] ??
      keyedColumns(
        responses.map((response) => keyedAnswers(items, response.answers)),
        items.length,
      );
    const scale = scaleReliability(columns);
    const completeCase = itemReliability(columns);
    const itemDetails = items.map(({ id, flip }, j): ItemDetail => {
      // Item means and SDs over everyone who answered it, keyed like the construct.
      const { answered, dontKnow, notApplicable } = itemAnswers(responses, id, flip);
      return {
        ...completeCase[j]!,
        ...describe(answered),
        item: id,
        reverse: flip !== null,
        dontKnow,
        notApplicable,
      };
    });
    return {
      construct,
      items: items.length,
      n: complete,
      excluded: responses.length - complete,
      alpha: scale.alpha,
      interval: scale.interval,
      standardizedAlpha: scale.standardizedAlpha,
      averageR: scale.averageR,
      itemDetails,
    };
  });
}
