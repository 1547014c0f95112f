/**
 * npm run bench — every benchmark, one after another, each in a process of its own so one part's
 * servers, browsers and memory cannot colour the next part's figures. A part that fails is reported and
 * the rest still run; the exit code is then 1. Parts added by other work are run once their file exists.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { commandLine } from '../cli.ts';

commandLine('Usage: npm run bench', {});

const parts = [
  {
    file: 'site.ts',
    what: 'site: build, page weight, slow 4G, analysis in Node and Chromium, a 100,000-row CSV read and scored in Node',
  },
  { file: 'build-per-page.ts', what: 'build time per page beside bare Astro + Pagefind' },
  { file: 'collector.ts', what: 'collector load test' },
  { file: 'print-pages.ts', what: 'A4 pages of each instrument’s paper version, printed by Chromium' },
  { file: 'screens.ts', what: 'phone screens (360×740) scrolled to complete each instrument, in Chromium' },
];

const failed: string[] = [];
for (const { file, what } of parts) {
  const path = fileURLToPath(new URL(file, import.meta.url));
  console.log(`\n== ${what} (scripts/bench/${file}) ==`);
  if (!existsSync(path)) {
    console.log('Not in this checkout: skipped.');
    continue;
  }
  const run = spawnSync(process.execPath, [path], { stdio: 'inherit' });
  if (run.status !== 0)
    failed.push(
      `${file} ${run.error ? `could not start: ${run.error.message}` : `exited with ${run.status ?? run.signal}`}`,
    );
}
if (failed.length > 0) {
  console.error(`\nBenchmarks that failed: ${failed.join('; ')}`);
  process.exitCode = 1;
}
