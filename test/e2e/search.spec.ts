import { expect, test } from '@playwright/test';
import { expectAccessible, expectClean, watch } from './site.ts';

test('search finds essays, constructs and instruments, with excerpts and filters', async ({ page }) => {
  const seen = await watch(page);
  await page.goto('/search/?q=trust');
  const results = page.locator('.search-results > li');
  await expect(results.first()).toBeVisible();
  await expect(page.locator('site-search').getByRole('status')).toHaveText(/\d+ results?/);
  await expect(results.first().getByRole('heading').getByRole('link')).toHaveAttribute('href', /^\//);
  await expect(results.first().locator('mark').first()).toHaveText(/trust/i);
  const all = await results.count();

  const types = page.getByRole('group', { name: 'Content type' });
  for (const type of ['Essay', 'Construct', 'Instrument', 'Framework'])
    await expect(types.getByLabel(type, { exact: true })).toBeVisible();
  await types.getByLabel('Construct', { exact: true }).check();
  await expect(page).toHaveURL(/type=Construct/);
  await expect.poll(() => results.count()).toBeLessThan(all);
  for (const href of await results.locator('h2 a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))) {
    expect(href).toMatch(/^\/framework\/[a-z-]+\/$/);
  }

  await types.getByLabel('Construct', { exact: true }).uncheck();
  await page
    .getByRole('group', { name: 'Framework element' })
    .getByLabel('Organizational context', { exact: true })
    .check();
  await expect.poll(() => results.count()).toBeGreaterThan(0);
  await expectAccessible(page);
  expectClean(seen);
});

test('a word from an essay’s card finds the essay, not the pages that list its card', async ({ page }) => {
  const word = 'burnout';
  // The home page, in both languages, lists the coordinator essay's card, whose summary has the word.
  for (const home of ['/', '/es/']) {
    await page.goto(home);
    await expect(page.locator('main .card-grid').last()).toContainText(word);
  }
  await page.goto(`/search/?q=${word}`);
  const results = page.locator('.search-results > li');
  await expect(results.first()).toBeVisible();
  const found = await results.locator('h2 a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  expect(found).toContain('/essays/coordinator-and-core-group/');
  for (const href of found) expect(href).toMatch(/^\/essays\/[a-z-]+\/$/);
  // The essays are in English: the Spanish index holds none of their words, cards included.
  await page.goto(`/es/search/?q=${word}`);
  await expect(page.locator('site-search').getByRole('status')).toHaveText(
    'No hay resultados. Pruebe con otra palabra o con menos filtros.',
  );
});

test('a search link with no matches says so', async ({ page }) => {
  await page.goto('/search/?q=xylophonequark');
  await expect(page.locator('site-search').getByRole('status')).toHaveText(
    'No results. Try another word or fewer filters.',
  );
});

test('without a search index (as under `npm run dev`) the page explains how to get search', async ({ page }) => {
  await page.route('**/pagefind/pagefind.js', (route) => route.fulfill({ status: 404, body: 'not found' }));
  await page.goto('/search/?q=trust');
  await expect(page.locator('site-search').getByRole('status')).toContainText(
    'the search index is made when the site is built',
  );
  await expect(page.locator('site-search').getByRole('status')).toContainText('npm start');
});
