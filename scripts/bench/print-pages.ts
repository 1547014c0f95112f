/**
 * node scripts/bench/print-pages.ts [--dist <built site>] (run by `npm run bench`) — figures, never assertions:
 * how many A4 pages each instrument's paper version takes when Chromium prints it, and whether anything is
 * wider than the printed page. The goal is at most 4 pages for the organizational readiness survey: paper
 * costs money and a long form loses respondents. Without --dist it builds the site into bench-results/.
 * Results print as a table and are written to bench-results/print-pages.json.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from '../../test/e2e/chromium.ts';
import { SITE_LANGUAGES } from '../../src/instruments/languages.ts';
import { modelIn } from '../../src/instruments/source-model.ts';
import { pathsIn } from '../../src/components/paths.ts';
import { commandLine } from '../cli.ts';
import { benchResults, builtSite, serve } from './preview.ts';

const { values } = commandLine('Usage: node scripts/bench/print-pages.ts [--dist <built site folder>]', {
  dist: { type: 'string' },
});

const PORT = 4433;

const dist = builtSite(values.dist, 'print-site');

/** Page objects in a PDF Chromium wrote (it writes no object streams, so each page is a plain `/Type /Page`). */
const pageCount = (pdf: Buffer): number => pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;

const server = await serve(dist, PORT);
const browser = await chromium.launch(chromiumLaunchOptions());
const rows: { instrument: string; version: string; language: string; pages: number; widerThanPage: number }[] = [];
try {
  const page = await browser.newPage();
  // Every paper version in every language it is published in: Spanish statements run longer than English.
  const versions = SITE_LANGUAGES.flatMap((language) =>
    modelIn(language).instruments.map((instrument) => ({ language, instrument })),
  );
  for (const { language, instrument } of versions) {
    await page.goto(`http://127.0.0.1:${PORT}${pathsIn(language).instrumentPrint(instrument.id)}`);
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4', printBackground: false });
    // A4 less Chromium's default margins is about 718 CSS px wide; print layout uses that width.
    await page.setViewportSize({ width: 718, height: 1000 });
    const widerThanPage = await page.evaluate(
      () =>
        [...document.querySelectorAll('main *')].filter(
          (element) => element.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5,
        ).length,
    );
    await page.emulateMedia({ media: 'screen' });
    rows.push({
      instrument: instrument.id,
      version: instrument.version,
      language,
      pages: pageCount(pdf),
      widerThanPage,
    });
  }
} finally {
  await browser.close();
  server.kill();
}

console.table(rows);
writeFileSync(join(benchResults, 'print-pages.json'), `${JSON.stringify({ dist, rows }, null, 2)}\n`);
