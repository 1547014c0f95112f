import { expect, test } from '@playwright/test';
import { findInstrument, itemsOf } from '../../src/instruments/model.ts';
import { expectAccessible, expectClean, watch } from './site.ts';
import { model } from '../../src/instruments/source-model.ts';

const essay = '/essays/stages-of-development/';

test('an essay page has a table of contents, its references and previous/next in reading order', async ({ page }) => {
  await page.goto(essay);
  const toc = page.getByRole('navigation', { name: 'Contents' });
  const entries = toc.getByRole('link');
  expect(await entries.count()).toBeGreaterThan(2);
  for (const href of await entries.evaluateAll((links) => links.map((a) => a.getAttribute('href')!))) {
    await expect(page.locator(`[id="${href.slice(1)}"]`)).toHaveCount(1);
  }

  const citations = page.locator('.cite a');
  expect(await citations.count()).toBeGreaterThan(0);
  const references = page.getByRole('region', { name: 'References' }).getByRole('listitem');
  for (const href of await citations.evaluateAll((links) => links.map((a) => a.getAttribute('href')!))) {
    await expect(page.locator(`[id="${href.slice(1)}"]`)).toHaveCount(1);
  }
  expect(await references.count()).toBeGreaterThan(0);

  const pager = page.getByRole('navigation', { name: 'Essays in reading order' });
  await expect(pager.getByRole('link', { name: /Previous essay/ })).toHaveAttribute(
    'href',
    '/essays/what-is-a-community-of-practice/',
  );
  await expect(pager.getByRole('link', { name: /Next essay/ })).toHaveAttribute('href', '/essays/stage-vignettes/');
  await expect(page.getByRole('list', { name: 'Tags' })).toBeVisible();

  // Construct and stage links resolve to the framework pages.
  await page.locator('.prose a.concept-link[href^="/framework/"]').first().click();
  await expect(page).toHaveURL(/\/framework\//);
});

test('essay pages load no React, only the outbox and its notice', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  const seen = await watch(page);
  await page.goto(essay, { waitUntil: 'networkidle' });
  expect(
    // The outbox's own chunks, and the small shared ones Vite splits out of them (its preload helper, the
    // receipt check the researchers' test sender also uses).
    scripts.every((path) =>
      /\/(OutboxFlush\.astro_astro_type_script|outbox\.|receipt\.|preload-helper\.)[^/]*\.js$/.test(path),
    ),
    scripts.join(', '),
  ).toBe(true);
  expect(await page.evaluate(() => document.querySelectorAll('astro-island').length)).toBe(0);
  expectClean(seen);
});

test('the print stylesheet leaves just the essay', async ({ page }) => {
  await page.goto(essay);
  await page.emulateMedia({ media: 'print' });
  for (const selector of ['.site-header', '.site-footer', '.toc', '.pager']) {
    await expect(page.locator(selector)).toBeHidden();
  }
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('region', { name: 'References' })).toBeVisible();
});

test('framework and construct pages show the model', async ({ page }) => {
  await page.goto('/framework/');
  await expect(page.getByRole('img', { name: 'The elements of a community of practice' })).toBeVisible();
  await expect(page.locator('#stage-maturing')).toContainText('Support that fits');
  await page.getByRole('link', { name: 'Shared practice' }).first().click();
  await expect(page).toHaveURL('/framework/shared-practice/');
  const practiceItems = itemsOf(findInstrument('cop-self-assessment', model)).filter(
    (item) => item.kind === 'scored' && item.construct === 'shared-practice',
  );
  await expect(page.getByRole('table').first().getByRole('row')).toHaveCount(practiceItems.length + 1);
});

test('the essays index groups essays by what a reader wants to do, each group in reading order', async ({ page }) => {
  const seen = await watch(page);
  await page.goto('/essays/');
  const groups = page.getByRole('navigation', { name: 'Essay groups' }).getByRole('link');
  await expect(groups).toHaveText(['Understand', 'Start', 'Sustain', 'Assess']);
  for (const [heading, essay] of [
    ['Understand', 'What a community of practice is'],
    ['Start', 'Starting a community of practice'],
    ['Sustain', 'Designing for aliveness'],
    ['Assess', 'Measuring the value a community creates'],
  ] as const) {
    const section = page.getByRole('region', { name: heading });
    await expect(section.getByRole('heading', { level: 3, name: new RegExp(essay, 'i') })).toBeVisible();
    // Numbered in the reading order, ascending within the group.
    const numbers = (await section.locator('.essay-card .meta').allTextContents()).map((meta) =>
      Number(/Essay (\d+)/.exec(meta)![1]),
    );
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
  }
  await groups.getByText('Assess').click();
  await expect(page).toHaveURL(/#assess$/);
  await expectAccessible(page);
  expectClean(seen);
});

test('search finds each new essay by its main terms', async ({ page }) => {
  for (const [query, slug] of [
    ['coordinator core group', 'coordinator-and-core-group'],
    ['aliveness principles', 'designing-for-aliveness'],
    ['reframing value stories', 'measuring-value'],
    ['professional learning communities DuFour', 'plcs-and-communities-of-practice'],
    ['hybrid online', 'online-and-hybrid-communities'],
    ['paradox leaders', 'leading-through-the-paradox'],
    ['vignettes', 'stage-vignettes'],
    ['starting first members', 'starting-a-community-of-practice'],
  ] as const) {
    await page.goto(`/search/?q=${encodeURIComponent(query)}`);
    const links = page.locator('.search-results > li h2 a');
    await expect(links.first()).toBeVisible();
    const hrefs = (await links.evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')))).slice(0, 5);
    expect(hrefs, query).toContain(`/essays/${slug}/`);
  }
});
