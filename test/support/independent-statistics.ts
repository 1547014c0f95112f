/**
 * Cronbach's alpha written differently from src/instruments/statistics.ts, for tests to check the module
 * against: from the average inter-item covariance, α = k·c̄ / (v̄ + (k − 1)·c̄), on plain item columns.
 */
export function alphaByCovariance(columns: readonly (readonly number[])[]): number | null {
  const k = columns.length;
  const n = columns[0]?.length ?? 0;
  if (n < 2 || k < 2) return null;
  const means = columns.map((column) => column.reduce((a, b) => a + b, 0) / n);
  const covariance = (a: number, b: number) =>
    columns[a]!.reduce((sum, value, r) => sum + (value - means[a]!) * (columns[b]![r]! - means[b]!), 0) / (n - 1);
  let variances = 0;
  let covariances = 0;
  for (let a = 0; a < k; a++) {
    for (let b = 0; b < k; b++) {
      if (a === b) variances += covariance(a, b);
      else covariances += covariance(a, b);
    }
  }
  const vBar = variances / k;
  const cBar = covariances / (k * (k - 1));
  const denominator = vBar + (k - 1) * cBar;
  return Math.abs(denominator) < 1e-12 ? null : (k * cBar) / denominator;
}

/** Columns of a row-major matrix (rows are respondents, as hand computations are written), as the module takes them. */
export const columnsOf = (rows: readonly (readonly number[])[]): number[][] =>
  Array.from({ length: rows[0]?.length ?? 0 }, (_, j) => rows.map((row) => row[j]!));
