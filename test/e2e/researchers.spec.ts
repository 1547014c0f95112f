import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { fill } from '../../src/i18n/catalogue.ts';
import { testScriptMessages } from '../../src/i18n/endpoint.ts';
import { findInstrument } from '../../src/instruments/model.ts';
import { read, removeDir, root, scratchDir, startCollector } from '../support/collector-harness.ts';
import { ports } from './ports.ts';
import { expectAccessible, expectClean, watch } from './site.ts';
import { model } from '../../src/instruments/source-model.ts';

/**
 * The researchers' pages say where this build sends responses before anyone hands out links, and can send
 * a marked test response: against the test endpoint, the real collector, and a build with no endpoint.
 */
const endpoint = `http://127.0.0.1:${ports.endpoint}/responses`;
const local = `http://127.0.0.1:${ports.localSite}`;
const researcherPages = ['/researchers/', '/researchers/links/', '/researchers/analyze/', '/researchers/authoring/'];
const readiness = findInstrument('organizational-readiness', model);
const words = testScriptMessages.en;

const notice = (page: Page) => page.getByRole('region', { name: 'Where this build sends responses' });
const result = (page: Page) => notice(page).getByRole('status');

async function expectFits(page: Page, width: number) {
  await page.setViewportSize({ width, height: 700 });
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(scrollWidth, `page width at ${width} px`).toBe(width);
}

async function sendTest(page: Page, title: string): Promise<string> {
  await notice(page).getByLabel('Instrument').selectOption({ label: title });
  await notice(page).getByRole('button', { name: 'Send a test response' }).click();
  await expect(result(page)).not.toHaveText(/Sending/);
  const text = (await result(page).textContent()) ?? '';
  return /test response ([0-9a-f-]{36})/.exec(text)?.[1] ?? '';
}

test.describe('a build that sends responses to an endpoint', () => {
  for (const path of researcherPages) {
    for (const width of [320, 360]) {
      test(`${path} at ${width} px: names the endpoint at the top, fits, axe-clean`, async ({ page }) => {
        const seen = await watch(page);
        await page.setViewportSize({ width, height: 700 });
        await page.goto(path);
        await expect(notice(page)).toContainText(`This build sends completed responses to ${endpoint}.`);
        // At the top: straight after the page's heading.
        const firstAfterHeading = await page.evaluate(
          () => document.querySelector('h1')!.nextElementSibling?.getAttribute('aria-labelledby') ?? null,
        );
        expect(firstAfterHeading).toBe('endpoint-notice-heading');
        await expectFits(page, width);
        await expectAccessible(page);
        expectClean(seen);
      });
    }
  }

  // Test responses carry no community, so they share the test endpoint's default lane: one at a time.
  test.describe('sending a test response', () => {
    test.describe.configure({ mode: 'serial' });

    test('a test response is stored by the endpoint, marked wave=test, and the page says it was accepted', async ({
      page,
    }) => {
      const seen = await watch(page);
      await page.goto('/researchers/links/');
      await expect(notice(page)).toContainText('wave=test');
      const responseId = await sendTest(page, readiness.title);
      await expect(result(page)).toHaveText(fill(words.replyAccepted, { status: '201 Created', responseId }));
      const lane = (await (await fetch(`http://127.0.0.1:${ports.endpoint}/__lanes/default`)).json()) as {
        stored: { responseId: string; params: Record<string, string>; instrument: { id: string } }[];
      };
      const stored = lane.stored.find((payload) => payload.responseId === responseId);
      expect(stored?.params).toEqual({ wave: 'test' });
      expect(stored?.instrument.id).toBe(readiness.id);
      await expectAccessible(page);
      expectClean(seen);
    });

    test('a refusal shows the status and the server’s own message as text', async ({ page }) => {
      await fetch(`http://127.0.0.1:${ports.endpoint}/__lanes/default`, {
        method: 'PUT',
        body: JSON.stringify([{ status: 400 }]),
      });
      await page.goto('/researchers/');
      await sendTest(page, readiness.title);
      await expect(result(page)).toHaveText(
        fill(words.replyRefused, { status: '400 Bad Request', message: 'fault on demand' }),
      );
    });
  });

  test('the citation names the address the site is served from', async ({ page }) => {
    await page.goto('/researchers/');
    const citation = page.locator('.citation').first();
    await expect(citation).toContainText(`http://127.0.0.1:${ports.site}/instruments/`);
    await expect(page.locator('.citation', { hasText: 'example' })).toHaveCount(0);
  });
});

test.describe('a build with no endpoint', () => {
  for (const path of researcherPages) {
    for (const width of [320, 360]) {
      test(`${path} at ${width} px: warns that nothing is collected, fits, axe-clean`, async ({ page }) => {
        await page.setViewportSize({ width, height: 700 });
        await page.goto(`${local}${path}`);
        await expect(notice(page)).toContainText(
          'This build keeps responses on the respondent’s device: nothing is collected.',
        );
        await expect(notice(page)).toContainText('Before you send links to anyone');
        await expect(notice(page).getByRole('button', { name: 'Send a test response' })).toHaveCount(0);
        await expectFits(page, width);
        await expectAccessible(page);
      });
    }
  }
});

test('npm start’s build: a test response is stored by the collector and found in its export by wave=test', async ({
  page,
}) => {
  const site = join(root, 'dist-e2e/collector');
  if (!existsSync(join(site, 'index.html')))
    throw new Error(`${site} holds no build: run \`npm run build:e2e\` first.`);
  const dir = scratchDir();
  const collector = await startCollector(dir, { COLLECTOR_SITE_DIR: site });
  try {
    await page.goto(`${collector.url}/researchers/`);
    await expect(notice(page)).toContainText(
      'This build sends completed responses to /api/responses (a path on this site’s own server).',
    );
    const responseId = await sendTest(page, readiness.title);
    await expect(result(page)).toHaveText(fill(words.replyAccepted, { status: '201 Created', responseId }));
    const exported = await read(collector.url, '/api/responses?format=ndjson&param.wave=test');
    expect(exported.status).toBe(200);
    const stored = (await exported.text())
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => JSON.parse(line) as { responseId: string; params: Record<string, string> });
    expect(stored.map((payload) => payload.responseId)).toEqual([responseId]);
    expect(stored[0]!.params['wave']).toBe('test');
  } finally {
    await collector.stop();
    removeDir(dir);
  }
});
