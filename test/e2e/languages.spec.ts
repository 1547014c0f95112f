import { expect, test, type Page } from '@playwright/test';
import { spanishSurveyStrings } from 'survey-core/i18n/spanish';
import { pathIn, paths } from '../../src/components/paths.ts';
import { siteMessages } from '../../src/i18n/site.ts';
import { surveyMessages } from '../../src/i18n/survey.ts';
import { LANGUAGE_AUTONYMS, LANGUAGE_NAMES, type Language } from '../../src/instruments/languages.ts';
import { findInstrument, findScale, itemsOf, withUnit } from '../../src/instruments/model.ts';
import { model, modelIn } from '../../src/instruments/source-model.ts';
import { expectClean, watch } from './site.ts';

/** Moving between the two languages of a page, as a respondent who would rather answer in Spanish does. */
const readiness = findInstrument('organizational-readiness', model);
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

/** Every text in a value (an instrument, a scale), walked as the page would carry it. */
function textsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value === null || typeof value !== 'object') return [];
  return Object.values(value).flatMap(textsIn);
}

/**
 * The texts an instrument's page in `other` shows that its page in `own` has no use for: its questions, answers
 * and framework names in `other`, less anything both languages share (ids, sources, a name written the same).
 */
function textsOnlyIn(other: Language, own: Language, id: string): string[] {
  const shown = (language: Language) => {
    const within = modelIn(language);
    return textsIn([findInstrument(id, within), within.scales, within.constructs, within.stages, within.stageFit]);
  };
  const ownTexts = new Set(shown(own));
  return [...new Set(shown(other))].filter((text) => text.length >= 12 && !ownTexts.has(text));
}

/** Every body the page loaded (its HTML, scripts and data), with the escapes HTML attributes and JSON use undone. */
async function loadedText(page: Page, open: () => Promise<void>): Promise<string> {
  const bodies: Promise<string>[] = [];
  page.on('response', (response) => {
    if (['document', 'script', 'fetch', 'xhr'].includes(response.request().resourceType()))
      bodies.push(response.text().catch(() => ''));
  });
  await open();
  const entities: Record<string, string> = { quot: '"', amp: '&', lt: '<', gt: '>', '#39': "'", '#x27': "'" };
  return (await Promise.all(bodies))
    .join('\n')
    .replace(/&(quot|amp|lt|gt|#39|#x27);/g, (_, name: string) => entities[name]!)
    .replace(/\\u([0-9a-f]{4})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

for (const [own, other] of [
  ['en', 'es'],
  ['es', 'en'],
] as const) {
  test(`a survey page in ${LANGUAGE_NAMES[own]} loads its own language’s texts and none of ${LANGUAGE_NAMES[other]}’s`, async ({
    page,
  }) => {
    const id = 'cop-self-assessment';
    const instrument = findInstrument(id, modelIn(own));
    const loaded = await loadedText(page, async () => {
      await page.goto(pathIn(own, paths.instrument(id)));
      await page.getByRole('button', { name: surveyMessages[own].startSurvey }).click();
      await expect(page.getByText(withUnit(itemsOf(instrument)[0]!.text, instrument))).toBeVisible();
      const next = own === 'es' ? spanishSurveyStrings.pageNextText : 'Next';
      await expect(page.getByRole('button', { name: next, exact: true })).toBeVisible();
    });
    // What the respondent reads did arrive, so finding nothing of the other language means something.
    expect(loaded).toContain(itemsOf(instrument).at(-1)!.text);
    expect(loaded).toContain(findScale('agreement-5', modelIn(own)).options[0]!.label);
    const foreign = textsOnlyIn(other, own, id);
    expect(foreign.length).toBeGreaterThan(50);
    expect(foreign.filter((text) => loaded.includes(text))).toEqual([]);
    // SurveyJS's own words come in the page's language only too.
    expect(loaded.includes(spanishSurveyStrings.requiredError)).toBe(own === 'es');
  });
}

test('the analysis page in English loads none of the Spanish texts', async ({ page }) => {
  const loaded = await loadedText(page, async () => {
    await page.goto(paths.analysis);
    await expect(page.locator('response-analysis')).toBeVisible();
  });
  const foreign = model.instruments.flatMap((instrument) => textsOnlyIn('es', 'en', instrument.id));
  expect(loaded).toContain(itemsOf(model.instruments[0]!)[0]!.text);
  expect(foreign.filter((text) => loaded.includes(text))).toEqual([]);
});
