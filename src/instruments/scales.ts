import type { NonResponseId } from './types.ts';

/** Version 1's one "don't know / not applicable": recorded under this value, never averaged. */
export const NOT_APPLICABLE = 'na';

/**
 * Version 1's "na" as CSV exports write it: a number, because one text cell in a column makes SPSS, Stata and R
 * read the whole column as text. Readers map it back to "na" on the items that offer the combined answer.
 */
export const NOT_APPLICABLE_CODE = -7;

/** An answer as a CSV export writes it: version 1's "na" as its numeric code, everything else as it is. */
export const csvAnswer = (value: number | string): number | string =>
  value === NOT_APPLICABLE ? NOT_APPLICABLE_CODE : value;

/**
 * Later versions tell "don't know" from "not applicable": "there are no coaches here" is a finding, "I cannot
 * see it" is missing. Negative numbers, as SPSS and Stata conventions use, keep every answer column numeric.
 */
export const NON_RESPONSE_VALUES = { 'dont-know': -8, 'not-applicable': -9 } as const satisfies Record<
  NonResponseId,
  number
>;
const nonResponseValues: ReadonlySet<unknown> = new Set(Object.values(NON_RESPONSE_VALUES));

/** Whether an answer is one of the non-response codes (or version 1's "na"): recorded, never scored. */
export const isNonResponse = (value: unknown): boolean => value === NOT_APPLICABLE || nonResponseValues.has(value);

/** An answer as a value on its scale, or null for no answer, a non-response code or a category. */
export const scaleValue = (value: unknown): number | null =>
  typeof value === 'number' && !isNonResponse(value) ? value : null;
