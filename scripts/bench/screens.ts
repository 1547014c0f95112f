/**
 * node scripts/bench/screens.ts [--dist <built site>] (run by `npm run bench`) — figures, never assertions:
 * how many phone screens a respondent scrolls through to complete each instrument. Chromium at 360×740
 * starts each survey, and on every survey page takes the document's full scroll height ÷ 740; the sum is
 * the instrument's figure. Every question is answered with its first choice (so a screener says Yes and
 * the sections it guards are counted). Without --dist it builds the site into bench-results/.
 * Results print as a table and are written to bench-results/screens.json.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from '../../test/e2e/chromium.ts';
import { instruments } from '../../src/instruments/model.ts';
import { paths } from '../../src/components/paths.ts';
import { commandLine } from '../cli.ts';

const { values } = commandLine('Usage: node scripts/bench/screens.ts [--dist <built site folder>]', {
  dist: { type: 'string' },
});

const root = new URL('../..', import.meta.url).pathname;
const out = join(root, 'bench-results');
const astro = join(root, 'node_modules/.bin/astro');
const PORT = 4434;
const WIDTH = 360;
const HEIGHT = 740;
mkdirSync(out, { recursive: true });

let dist = values.dist ? resolve(values.dist) : join(out, 'screens-site');
if (!values.dist) {
  const build = spawnSync(astro, ['build', '--outDir', dist], { cwd: root, stdio: 'ignore' });
  if (build.status !== 0) throw new Error('astro build failed');
}
dist = resolve(dist);

function serve(dir: string, port: number): Promise<ChildProcess> {
  const server = spawn(
    astro,
    ['preview', '--outDir', dir, '--host', '127.0.0.1', '--port', String(port), '--ignore-lock'],
    { cwd: root, stdio: 'pipe' },
  );
  return new Promise((done, fail) => {
    server.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes(String(port)) && done(server));
    server.on('exit', (code) => fail(new Error(`preview exited with ${code}`)));
  });
}

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
writeFileSync(join(out, 'screens.json'), `${JSON.stringify({ dist, viewport: [WIDTH, HEIGHT], rows }, null, 2)}\n`);
