import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { groupedVariance, itemReliability, scaleReliability } from '../../src/instruments/statistics.ts';
import { prng } from '../../scripts/bench/synthetic-responses.ts';

/**
 * The statistics module against R: psych::alpha for reliability, base R's aov (and psych::ICC where the groups
 * are balanced) for the grouped variance. One Rscript run computes every reference value, so the suite stays
 * a few seconds long. Without R and psych it fails rather than skips: a skipped comparison reads as a passed one.
 */

const MISSING = 'Rscript with the psych package is needed (Debian: apt-get install r-base-core r-cran-psych)';

// ---------------------------------------------------------------------------------------------------------
// Deterministic data: a seeded PRNG, so R and the module see the same numbers on every run and machine.

/** A standard normal by Box–Muller. */
const normal = (random: () => number) => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());

/**
 * n respondents answering items on a 1–`options` scale driven by one common factor. A negative loading makes a
 * reverse-worded item, which is then reverse-keyed (options + 1 − answer), as the module's callers do.
 */
function factorItems(seed: number, n: number, loadings: readonly number[], options = 5): number[][] {
  const random = prng(seed);
  const middle = (options + 1) / 2;
  const columns = loadings.map(() => [] as number[]);
  for (let r = 0; r < n; r++) {
    const factor = normal(random);
    loadings.forEach((loading, j) => {
      const answer = Math.min(options, Math.max(1, Math.round(middle + loading * factor + normal(random))));
      columns[j]!.push(loading < 0 ? options + 1 - answer : answer);
    });
  }
  return columns;
}

/** Scores of members of groups of the given sizes: a group effect with SD `spread` plus individual noise. */
function groupedScores(seed: number, sizes: readonly number[], spread: number): number[][] {
  const random = prng(seed);
  return sizes.map((size) => {
    const effect = spread * normal(random);
    // Quarter points, as a mean of four 1–5 items would be.
    return Array.from({ length: size }, () => Math.round((3 + effect + normal(random)) * 4) / 4);
  });
}

const SCALES = [
  factorItems(1, 60, [0.9, 0.8, -0.7, 1, -0.6]),
  factorItems(2, 120, [0.5, -0.4, 0.6, 0.3, -0.5, 0.4, 0.2, 0.6]),
  factorItems(3, 40, [1.2, -1, 0.8], 7),
];

const GROUPED = [
  groupedScores(4, [3, 5, 8, 12, 4, 6, 9, 7, 10], 0.6),
  groupedScores(5, Array(10).fill(5), 0.5),
  groupedScores(6, [4, 4, 6, 3, 8, 5], 0),
];

// ---------------------------------------------------------------------------------------------------------
// R.

const R_SCRIPT = String.raw`
if (!suppressPackageStartupMessages(requireNamespace("psych", quietly = TRUE))) {
  cat("the psych package does not load\n", file = stderr())
  quit(status = 3)
}
dir <- commandArgs(trailingOnly = TRUE)[1]
num <- function(v) {
  v <- unlist(v)
  paste0("[", paste(ifelse(is.na(v), "null", sprintf("%.17g", v)), collapse = ","), "]")
}
obj <- function(...) {
  x <- list(...)
  paste0("{", paste0('"', names(x), '":', unlist(x), collapse = ","), "}")
}

scales <- character()
for (i in seq_len(${SCALES.length})) {
  x <- as.matrix(read.csv(file.path(dir, paste0("scale-", i, ".csv")), header = FALSE))
  a <- suppressWarnings(psych::alpha(x, check.keys = FALSE))
  ci90 <- psych::alpha.ci(a$total$raw_alpha, nrow(x), n.var = ncol(x), p.val = 0.1)
  scales <- c(scales, obj(
    raw_alpha = num(a$total$raw_alpha), std_alpha = num(a$total$std.alpha), average_r = num(a$total$average_r),
    feldt_lower = num(a$feldt$lower.ci), feldt_upper = num(a$feldt$upper.ci),
    ci90_lower = num(ci90$lower.ci), ci90_upper = num(ci90$upper.ci),
    n = num(a$item.stats$n), mean = num(a$item.stats$mean), sd = num(a$item.stats$sd),
    r_drop = num(a$item.stats$r.drop), alpha_drop = num(a$alpha.drop$raw_alpha)
  ))
}

grouped <- character()
for (i in seq_len(${GROUPED.length})) {
  d <- read.csv(file.path(dir, paste0("grouped-", i, ".csv")))
  d$group <- factor(d$group)
  s <- summary(aov(score ~ group, data = d))[[1]]
  msb <- s[["Mean Sq"]][1]
  msw <- s[["Mean Sq"]][2]
  N <- nrow(d)
  G <- nlevels(d$group)
  sizes <- as.vector(table(d$group))
  n0 <- (N - sum(sizes^2) / N) / (G - 1)
  fields <- list(
    ms_between = num(msb), ms_within = num(msw), df_between = num(s$Df[1]), df_within = num(s$Df[2]),
    n0 = num(n0), icc1 = num((msb - msw) / (msb + (n0 - 1) * msw)), icc2 = num((msb - msw) / msb),
    f = num(s[["F value"]][1]), p = num(s[["Pr(>F)"]][1])
  )
  if (all(sizes == sizes[1])) {
    # psych's own ICC(1) and ICC(1,k), from a targets-by-judges matrix: one row per group.
    m <- t(sapply(split(d$score, d$group), identity))
    icc <- psych::ICC(m, lmer = FALSE)$results
    fields$psych_icc1 <- num(icc["Single_raters_absolute", "ICC"])
    fields$psych_icc1k <- num(icc["Average_raters_absolute", "ICC"])
    fields$psych_p <- num(icc["Single_raters_absolute", "p"])
  }
  grouped <- c(grouped, do.call(obj, fields))
}
cat("{\"scales\":[", paste(scales, collapse = ","), "],\"grouped\":[", paste(grouped, collapse = ","), "]}\n", sep = "")
`;

interface ScaleReference {
  raw_alpha: number[];
  std_alpha: number[];
  average_r: number[];
  feldt_lower: number[];
  feldt_upper: number[];
  ci90_lower: number[];
  ci90_upper: number[];
  n: number[];
  mean: number[];
  sd: number[];
  r_drop: number[];
  alpha_drop: number[];
}

interface GroupedReference {
  ms_between: number[];
  ms_within: number[];
  df_between: number[];
  df_within: number[];
  n0: number[];
  icc1: number[];
  icc2: number[];
  f: number[];
  p: number[];
  psych_icc1?: number[];
  psych_icc1k?: number[];
  psych_p?: number[];
}

let directory = '';
let reference: { scales: ScaleReference[]; grouped: GroupedReference[] } | undefined;
let failure: Error | undefined;

/** R's values; every test that needs them fails with the reason, rather than being reported as skipped. */
function fromR() {
  if (!reference) throw failure ?? new Error('The R reference values were not computed.');
  return reference;
}

beforeAll(() => {
  directory = mkdtempSync(join(tmpdir(), 'cultivate-psych-'));
  SCALES.forEach((columns, i) => {
    const rows = columns[0]!.map((_, r) => columns.map((column) => column[r]).join(','));
    writeFileSync(join(directory, `scale-${i + 1}.csv`), rows.join('\n') + '\n');
  });
  GROUPED.forEach((groups, i) => {
    // Zero-padded names, so R's sorted factor levels keep the groups in this order.
    const rows = groups.flatMap((scores, g) => scores.map((score) => `g${String(g).padStart(3, '0')},${score}`));
    writeFileSync(join(directory, `grouped-${i + 1}.csv`), ['group,score', ...rows].join('\n') + '\n');
  });
  const script = join(directory, 'reference.R');
  writeFileSync(script, R_SCRIPT);
  let output: string;
  try {
    output = execFileSync(process.env.RSCRIPT ?? 'Rscript', ['--vanilla', script, directory], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: 60_000,
    });
  } catch (error) {
    const { stderr, message } = error as { stderr?: string; message: string };
    failure = new Error(`${MISSING}. Running it failed: ${stderr?.trim() || message}`);
    return;
  }
  try {
    reference = JSON.parse(output) as typeof reference;
  } catch {
    failure = new Error(`The R script printed something other than JSON: ${output.slice(0, 500)}`);
  }
}, 60_000);

afterAll(() => {
  if (directory) rmSync(directory, { recursive: true, force: true });
});

// ---------------------------------------------------------------------------------------------------------

const expectClose = (actual: number | null, expected: number | null | undefined, tolerance = 1e-6) => {
  expect(expected, 'R gave no value').toBeTypeOf('number');
  expect(actual).not.toBeNull();
  expect(Math.abs(actual! - expected!)).toBeLessThanOrEqual(tolerance);
};

describe('scaleReliability and itemReliability against psych::alpha', () => {
  it('has three scales with reverse-keyed items that correlate positively after keying', () => {
    expect(fromR().scales).toHaveLength(SCALES.length);
    for (const columns of SCALES) expect(scaleReliability(columns).averageR).toBeGreaterThan(0);
  });

  SCALES.forEach((columns, i) => {
    const label = `scale ${i + 1} (${columns[0]!.length} × ${columns.length})`;

    it(`${label}: raw and standardized alpha, average r and Feldt's 95% and 90% bounds`, () => {
      const r = fromR().scales[i]!;
      const scale = scaleReliability(columns);
      expect(scale).toMatchObject({ n: columns[0]!.length, items: columns.length });
      expectClose(scale.alpha, r.raw_alpha[0]);
      expectClose(scale.standardizedAlpha, r.std_alpha[0]);
      expectClose(scale.averageR, r.average_r[0]);
      expectClose(scale.interval!.lower, r.feldt_lower[0]);
      expectClose(scale.interval!.upper, r.feldt_upper[0]);
      const ninety = scaleReliability(columns, { level: 0.9 }).interval!;
      expectClose(ninety.lower, r.ci90_lower[0]);
      expectClose(ninety.upper, r.ci90_upper[0]);
    });

    it(`${label}: each item's n, mean, sd, r.drop and alpha if dropped`, () => {
      const r = fromR().scales[i]!;
      const items = itemReliability(columns);
      expect(items).toHaveLength(r.r_drop.length);
      items.forEach((item, j) => {
        expect(item.n).toBe(r.n[j]);
        expectClose(item.mean, r.mean[j]);
        expectClose(item.sd, r.sd[j]);
        expectClose(item.correctedItemTotal, r.r_drop[j]);
        expectClose(item.alphaIfDeleted, r.alpha_drop[j]);
      });
    });
  });
});

describe('groupedVariance against aov and psych::ICC', () => {
  GROUPED.forEach((groups, i) => {
    const label = `grouped ${i + 1} (${groups.length} groups of ${groups.map((g) => g.length).join(', ')})`;

    it(`${label}: mean squares, n0, ICC(1), ICC(2), F and p`, () => {
      const r = fromR().grouped[i]!;
      const result = groupedVariance(groups);
      expect(result.dfBetween).toBe(r.df_between[0]);
      expect(result.dfWithin).toBe(r.df_within[0]);
      expectClose(result.msBetween, r.ms_between[0]);
      expectClose(result.msWithin, r.ms_within[0]);
      expectClose(result.groupSize, r.n0[0]);
      expectClose(result.icc1, r.icc1[0]);
      expectClose(result.icc2, r.icc2[0]);
      expectClose(result.f, r.f[0]);
      expectClose(result.p, r.p[0]);
      if (r.psych_icc1) {
        expectClose(result.icc1, r.psych_icc1[0]);
        expectClose(result.icc2, r.psych_icc1k![0]);
        expectClose(result.p, r.psych_p![0]);
      }
    });
  });

  it('includes a balanced design checked against psych::ICC and a grouping without effect', () => {
    expect(fromR().grouped.filter((r) => r.psych_icc1 !== undefined)).toHaveLength(1);
    // No group effect was simulated in the third: its ICC(1) is near 0 and may be negative.
    expect(Math.abs(groupedVariance(GROUPED[2]!).icc1!)).toBeLessThan(0.3);
  });
});
