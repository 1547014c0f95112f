/**
 * node scripts/bench/screens.ts [--dist <built site>] (run by `npm run bench`) — figures, never assertions:
 * how many phone screens a respondent scrolls through to complete each instrument. Chromium at 360×740
 * starts each survey, and on every survey page takes the document's full scroll height ÷ 740; the sum is
 * the instrument's figure. Every question is answered with its first choice (so a screener says Yes and
 * the sections it guards are counted). Without --dist it builds the site into bench-results/.
 * Results print as a table and are written to bench-results/screens.json.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from '../../test/e2e/chromium.ts';
import { instruments } from '../../src/instruments/source-model.ts';
import { paths } from '../../src/components/paths.ts';
import { commandLine } from '../cli.ts';
import { benchResults, builtSite, serve } from './preview.ts';

const { values } = commandLine('Usage: node scripts/bench/screens.ts [--dist <built site folder>]', {
  dist: { type: 'string' },
});

const PORT = 4434;
const WIDTH = 360;
const HEIGHT = 740;

const dist = builtSite(values.dist, 'screens-site');

const server = await serve(dist, PORT);
const browser = await chromium.launch(chromiumLaunchOptions());
const rows: { instrument: string; version: string; pages: number; screens: number; longestPage: number }[] = [];
try {
  for (const instrument of instruments) {
    const context = await browser.newContext({ viewport: { width: WIDTH, height: HEIGHT } });
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${PORT}${paths.instrument(instrument.id)}`);
    await page.getByRole('button', { name: 'Start the survey' }).click();
    const heights: number[] = [];
    for (;;) {
      const first = page.locator('.sd-question').first();
      await first.waitFor();
      const name = await first.getAttribute('data-name');
      heights.push(await page.evaluate(() => document.documentElement.scrollHeight));
      for (const question of await page.locator('.sd-question').all()) {
        await question.locator('.sd-item label').first().click();
      }
      const complete = page.getByRole('button', { name: 'Complete', exact: true });
      if (await complete.isVisible()) {
        await complete.click();
        await page.getByRole('heading', { name: 'Your results' }).waitFor();
        break;
      }
      await page.getByRole('button', { name: 'Next', exact: true }).click();
      await page.locator(`.sd-question[data-name="${name}"]`).waitFor({ state: 'detached' });
    }
    rows.push({
      instrument: instrument.id,
      version: instrument.version,
      pages: heights.length,
      screens: Math.round((heights.reduce((sum, height) => sum + height, 0) / HEIGHT) * 10) / 10,
      longestPage: Math.round((Math.max(...heights) / HEIGHT) * 10) / 10,
    });
    await context.close();
  }
} finally {
  await browser.close();
  server.kill();
}

console.log(`Screen heights (${WIDTH}×${HEIGHT}) scrolled to complete each instrument:`);
console.table(rows);
writeFileSync(
  join(benchResults, 'screens.json'),
  `${JSON.stringify({ dist, viewport: [WIDTH, HEIGHT], rows }, null, 2)}\n`,
);
