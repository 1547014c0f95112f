import { expect, test } from '@playwright/test';
import { siteMessages } from '../../src/i18n/site.ts';
import { LANGUAGE_AUTONYMS } from '../../src/instruments/languages.ts';
import { findInstrument } from '../../src/instruments/model.ts';
import { expectClean, watch } from './site.ts';

/** Moving between the two languages of a page, as a respondent who would rather answer in Spanish does. */
const readiness = findInstrument('organizational-readiness');
const query = '?site=Escuela%20Norte&wave=2026-fall';

test('the language switcher opens the same survey in Spanish with the link’s parameters, by keyboard', async ({
  page,
}) => {
  const seen = await watch(page);
  await page.goto(`/instruments/${readiness.id}/${query}#top`);
  const switcher = page.getByRole('navigation', { name: siteMessages.en.languages });
  await expect(switcher.getByRole('link', { name: LANGUAGE_AUTONYMS.en })).toHaveAttribute('aria-current', 'true');
  await switcher.getByRole('link', { name: LANGUAGE_AUTONYMS.es }).focus();
  await page.keyboard.press('Enter');

  await page.waitForURL(`**/es/instruments/${readiness.id}/**`);
  const opened = new URL(page.url());
  expect(`${opened.pathname}${opened.search}${opened.hash}`).toBe(`/es/instruments/${readiness.id}/${query}#top`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  // The link's site is named on the Spanish page, as it was on the English one.
  await expect(page.locator('main')).toContainText('Escuela Norte');
  const back = page.getByRole('navigation', { name: siteMessages.es.languages });
  await expect(back.getByRole('link', { name: LANGUAGE_AUTONYMS.es })).toHaveAttribute('aria-current', 'true');
  await expect(back.getByRole('link', { name: LANGUAGE_AUTONYMS.en })).toHaveAttribute(
    'href',
    `/instruments/${readiness.id}/${query}#top`,
  );
  expectClean(seen);
});

test('each translated page names its other languages for search engines, and marks links to English-only pages', async ({
  page,
}) => {
  await page.goto('/es/framework/');
  const alternates = await page
    .locator('link[rel="alternate"][hreflang]')
    .evaluateAll((links) =>
      links.map((link) => [link.getAttribute('hreflang'), new URL(link.getAttribute('href')!).pathname]),
    );
  expect(alternates).toEqual([
    ['en', '/framework/'],
    ['es', '/es/framework/'],
  ]);
  const essays = page.getByRole('navigation', { name: siteMessages.es.mainNavigation }).getByRole('link', {
    name: siteMessages.es.essays,
  });
  await expect(essays).toHaveAttribute('hreflang', 'en');
  await expect(essays).toHaveAttribute('href', '/essays/');
  // An essay is published in English only: its page offers no other language.
  await page.goto('/essays/');
  await expect(page.locator('link[rel="alternate"][hreflang]')).toHaveCount(0);
  await expect(page.getByRole('navigation', { name: siteMessages.en.languages })).toHaveCount(0);
});
