/**
 * node scripts/bench/site.ts (run by `npm run bench`) — figures for the closing notes, never assertions:
 *  - build time of the site;
 *  - JavaScript and total transfer (gzip) of the home page, an essay page and an instrument page;
 *  - in Chromium under emulated slow 4G: time from navigation to the start button being visible and to the
 *    first question being answerable, for the real instrument page and for a naive SurveyJS page (baseline);
 *  - analysing 10,000 responses in Node (scripts/bench/analysis.ts) and in Chromium.
 * Results print as tables and are written to bench-results/results.json.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';
import { chromiumLaunchOptions } from '../../test/e2e/chromium.ts';
import { publishedHash } from '../../src/instruments/hash.ts';
import { instruments } from '../../src/instruments/source-model.ts';
import { pathIn, paths } from '../../src/components/paths.ts';
import { median } from '../../src/instruments/numbers.ts';
import { commandLine } from '../cli.ts';
import { serve } from './preview.ts';
import { makeResponses } from './synthetic-responses.ts';

commandLine('Usage: node scripts/bench/site.ts', {});

const root = new URL('../..', import.meta.url).pathname;
const out = join(root, 'bench-results');
const astro = join(root, 'node_modules/.bin/astro');
const RUNS = 5;

mkdirSync(out, { recursive: true });

function timedBuild(cwd: string, outDir: string): number {
  const start = performance.now();
  const result = spawnSync(astro, ['build', '--outDir', outDir], { cwd, stdio: 'ignore' });
  if (result.status !== 0) throw new Error(`astro build failed in ${cwd}`);
  return (performance.now() - start) / 1000;
}

// The site, and a scratch copy of it with the naive baseline page added (nothing of it is committed). The
// baseline page carries a bare policy because the copy's build, like the site's, checks every page has one.
const siteDist = join(out, 'site');
const buildSeconds = timedBuild(root, siteDist);
const scratch = join(out, 'naive-project');
rmSync(scratch, { recursive: true, force: true });
mkdirSync(scratch, { recursive: true });
for (const entry of ['src', 'astro.config.mjs', 'tsconfig.json', 'package.json'])
  cpSync(join(root, entry), join(scratch, entry), { recursive: true });
symlinkSync(join(root, 'node_modules'), join(scratch, 'node_modules'));
cpSync(join(root, 'scripts/bench/NaiveSurvey.tsx'), join(scratch, 'src/components/NaiveSurvey.tsx'));
writeFileSync(
  join(scratch, 'src/pages/naive-survey.astro'),
  `---
import NaiveSurvey from '../components/NaiveSurvey.tsx';
import { surveyJson } from '../instruments/generate.ts';
import { findInstrument } from '../instruments/model.ts';
const instrument = findInstrument('cop-self-assessment');
---
<html lang="en"><head><meta charset="utf-8" />
<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self'; style-src 'self'" />
<title>Naive SurveyJS page</title></head>
<body><NaiveSurvey client:only="react" json={surveyJson(instrument)} title={instrument.title} /></body></html>
`,
);
timedBuild(scratch, join(scratch, 'dist'));

/** Gzip size of every same-origin file a page loads, read from the build (the preview server does not compress). */
async function pageWeight(browser: Browser, base: string, dist: string, path: string) {
  const page = await browser.newPage();
  const files = new Map<string, string>();
  page.on('response', (response) => {
    const url = new URL(response.url());
    if (url.origin === base) files.set(url.pathname, response.request().resourceType());
  });
  await page.goto(base + path, { waitUntil: 'networkidle' });
  await page.close();
  let js = 0;
  let total = 0;
  for (const [pathname, type] of files) {
    const file = join(dist, pathname.endsWith('/') ? `${pathname}index.html` : pathname);
    if (!existsSync(file)) continue;
    const size = gzipSync(readFileSync(file)).length;
    total += size;
    if (type === 'script') js += size;
  }
  return { path, jsKB: +(js / 1024).toFixed(1), totalKB: +(total / 1024).toFixed(1), files: files.size };
}

/** Slow 4G as Chrome DevTools defines it: 562.5 ms RTT, 1.6 Mb/s down, 750 kb/s up. */
async function timeToFirstQuestion(browser: Browser, url: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 562.5,
    downloadThroughput: (1.6 * 1024 * 1024 * 0.9) / 8,
    uploadThroughput: (750 * 1024 * 0.9) / 8,
  });
  const start = performance.now();
  await page.goto(url, { waitUntil: 'commit' });
  const button = page.getByRole('button', { name: 'Start the survey' });
  await button.waitFor({ state: 'visible', timeout: 120_000 });
  const startVisible = performance.now() - start;
  await button.click();
  await page.locator('.sd-question input[type="radio"]').first().waitFor({ state: 'attached', timeout: 120_000 });
  await page.locator('.sd-question').first().waitFor({ state: 'visible' });
  const answerable = performance.now() - start;
  await context.close();
  return { startVisible, answerable };
}

/**
 * Seconds the analysis page reports for reading, scoring and analysing a file of 10,000 responses grouped by
 * community × wave, and the tab's JavaScript heap afterwards (Chromium's Performance metrics, in MB).
 */
async function analyseInBrowser(browser: Browser, base: string, file: string) {
  const page = await browser.newPage();
  await page.goto(`${base}/researchers/analyze/`);
  await page.getByLabel('Community').check();
  await page.getByLabel('Wave').check();
  await page.getByLabel('Response files').setInputFiles(file);
  // The page has other status regions; the analysis's is the one that reports what was analysed.
  const status = page.getByRole('status').filter({ hasText: 'response(s) analysed' });
  await status.waitFor({ timeout: 120_000 });
  const seconds = Number(/in ([\d.]+) s/.exec((await status.textContent()) ?? '')?.[1]);
  const session = await page.context().newCDPSession(page);
  await session.send('Performance.enable');
  const { metrics } = await session.send('Performance.getMetrics');
  const heap = metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? Number.NaN;
  await page.close();
  return { seconds, heapMegabytes: heap / 1e6 };
}

const browser = await chromium.launch(chromiumLaunchOptions());
const siteServer = await serve(siteDist, 4431);
const naiveServer = await serve(join(scratch, 'dist'), 4432);
try {
  const weights = [];
  for (const path of [
    '/',
    '/essays/what-is-a-community-of-practice/',
    '/instruments/cop-self-assessment/',
    '/researchers/analyze/',
  ]) {
    weights.push(await pageWeight(browser, 'http://127.0.0.1:4431', siteDist, path));
  }
  // Each instrument page in Spanish beside English: a page loads only its own language's texts, so the goal is
  // a Spanish page within 2% of the English one.
  const languageWeights = [];
  for (const instrument of instruments.filter((each) => each.languages.includes('es'))) {
    const [english, spanish] = await Promise.all(
      [paths.instrument(instrument.id), pathIn('es', paths.instrument(instrument.id))].map((path) =>
        pageWeight(browser, 'http://127.0.0.1:4431', siteDist, path),
      ),
    );
    languageWeights.push({
      instrument: instrument.id,
      'English (KB)': english!.totalKB,
      'Spanish (KB)': spanish!.totalKB,
      'Spanish / English': +(spanish!.totalKB / english!.totalKB).toFixed(3),
    });
  }
  const naiveWeight = await pageWeight(browser, 'http://127.0.0.1:4432', join(scratch, 'dist'), '/naive-survey/');

  const timings: Record<string, { startVisible: number[]; answerable: number[] }> = {
    'Cultivate instrument page': { startVisible: [], answerable: [] },
    'naive SurveyJS page (baseline)': { startVisible: [], answerable: [] },
  };
  for (let run = 0; run < RUNS; run++) {
    for (const [name, url] of [
      ['Cultivate instrument page', 'http://127.0.0.1:4431/instruments/cop-self-assessment/'],
      ['naive SurveyJS page (baseline)', 'http://127.0.0.1:4432/naive-survey/'],
    ] as const) {
      const timing = await timeToFirstQuestion(browser, url);
      timings[name]!.startVisible.push(timing.startVisible);
      timings[name]!.answerable.push(timing.answerable);
    }
  }

  console.log(`\nBuild (astro build + Pagefind index): ${buildSeconds.toFixed(1)} s\n`);
  console.log('Transfer, gzip (KB):');
  console.table([...weights, { ...naiveWeight, path: `${naiveWeight.path} (baseline)` }]);
  console.log('Instrument pages by language, gzip (goal: Spanish within 2% of English):');
  console.table(languageWeights);
  console.log(`Slow 4G, median of ${RUNS} cold loads (ms):`);
  const timingRows = Object.entries(timings).map(([page, t]) => ({
    page,
    'start button visible': Math.round(median(t.startVisible)),
    'first question answerable (start clicked at once)': Math.round(median(t.answerable)),
  }));
  console.table(timingRows);

  const analysisInChromium = [];
  for (const instrument of instruments) {
    const file = join(out, `${instrument.id}-10000.ndjson`);
    writeFileSync(file, makeResponses(instrument, 10_000, 7, { hash: await publishedHash(instrument) }));
    const runs = [];
    for (let run = 0; run < RUNS; run++) runs.push(await analyseInBrowser(browser, 'http://127.0.0.1:4431', file));
    analysisInChromium.push({
      instrument: instrument.id,
      responses: 10_000,
      'read + score + analyse + render (s), median': median(runs.map((run) => run.seconds)),
      'JS heap afterwards (MB), median': Math.round(median(runs.map((run) => run.heapMegabytes))),
    });
  }
  console.log('Analysis page in Chromium:');
  console.table(analysisInChromium);

  const analysis = spawnSync(join(root, 'node_modules/.bin/node'), [join(root, 'scripts/bench/analysis.ts')], {
    encoding: 'utf8',
  });
  console.log(analysis.stdout, analysis.stderr);
  writeFileSync(
    join(out, 'results.json'),
    JSON.stringify(
      {
        buildSeconds,
        weights,
        languageWeights,
        naiveWeight,
        timings: timingRows,
        analysisInChromium,
        analysisInNode: analysis.stdout,
      },
      null,
      2,
    ),
  );
} finally {
  siteServer.kill();
  naiveServer.kill();
  await browser.close();
}
