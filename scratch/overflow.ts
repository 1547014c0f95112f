import { readdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../test/e2e/chromium.ts';
import { serve } from '../scripts/bench/preview.ts';
const server = await serve('/tmp/verify-dist', 4481);
const browser = await chromium.launch(chromiumLaunchOptions());
const page = await browser.newPage({ viewport: { width: 320, height: 640 } });
for (const slug of readdirSync('/tmp/verify-dist/essays').filter((n) => !n.includes('.'))) {
  await page.goto(`http://127.0.0.1:4481/essays/${slug}/`);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  console.log(slug, overflow);
}
await page.goto('http://127.0.0.1:4481/essays/');
await page.screenshot({ path: '/tmp/essays-index.png', fullPage: false });
await page.setViewportSize({ width: 1280, height: 900 });
await page.goto('http://127.0.0.1:4481/essays/stages-of-development/');
await page.locator('#references-heading').scrollIntoViewIfNeeded();
await page.screenshot({ path: '/tmp/essay-refs.png' });
await browser.close();
server.kill();
