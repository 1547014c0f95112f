/** Arithmetic shared by scoring, analysis and their tables, so a mean or a rounded cell means one thing. */

/** The arithmetic mean; null when there are no values. */
export function mean(values: ArrayLike<number>): number | null {
  if (values.length === 0) return null;
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i]!;
  return sum / values.length;
}

/** A table cell: three decimals are more than any 1–5 scale needs; empty when there is no value. */
export const rounded = (value: number | null): number | '' => (value === null ? '' : Math.round(value * 1000) / 1000);

/** The middle value (the upper of the two for an even count), as benchmarks report; NaN when there is none. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}
