import { expect, test, type Page } from '@playwright/test';
import { fill } from '../../src/i18n/catalogue.ts';
import { instrumentPageMessages, valueProblemMessages } from '../../src/i18n/instrument-page.ts';
import { printMessages } from '../../src/i18n/print.ts';
import { modelIn } from '../../src/instruments/source-model.ts';
import { expectAccessible, expectClean, watch } from './site.ts';

/**
 * The instruments list, each instrument's page and each paper version in Spanish: marked as Spanish, titled
 * from the Spanish model, accessible, and the link's details reported in Spanish.
 */
const spanish = modelIn('es');
const messages = instrumentPageMessages.es;
const problemWords = valueProblemMessages.es;

/** The width of an A4 page less Chromium's default print margins, in CSS pixels (as paper.spec.ts). */
const A4_CONTENT_WIDTH = 718;

/** The A4 pages Chromium prints a paper version on (its PDFs have a plain `/Type /Page` per page). */
async function printedPages(page: Page, path: string): Promise<number> {
  await page.goto(path);
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4' });
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
}

test('/es/instruments/ lists every Spanish instrument, in Spanish', async ({ page }) => {
  const seen = await watch(page);
  await page.goto('/es/instruments/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.getByRole('heading', { level: 1, name: messages.listTitle })).toBeVisible();
  for (const instrument of spanish.instruments) {
    await expect(page.getByRole('heading', { level: 2, name: instrument.title, exact: true })).toBeVisible();
    const take = page.locator(`a.button[href="/es/instruments/${instrument.id}/"]`);
    await expect(take).toHaveText(`${messages.takeSurvey}: ${instrument.title}`);
  }
  await expectAccessible(page);
  expectClean(seen);
});

for (const instrument of spanish.instruments) {
  test(`/es/instruments/${instrument.id}/ is in Spanish and accessible`, async ({ page }) => {
    const seen = await watch(page);
    await page.goto(`/es/instruments/${instrument.id}/`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await expect(page.getByRole('heading', { level: 1, name: instrument.title, exact: true })).toBeVisible();
    await expect(page.getByRole('heading', { name: messages.collectedHeading })).toBeVisible();
    await expect(page.getByText(instrument.consent, { exact: true })).toBeVisible();
    await expectAccessible(page);
    expectClean(seen);
  });

  test(`/es/instruments/${instrument.id}/print/ is in Spanish and accessible`, async ({ page }) => {
    const seen = await watch(page);
    await page.goto(`/es/instruments/${instrument.id}/print/`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await expect(page.getByRole('heading', { level: 1, name: instrument.title, exact: true })).toBeVisible();
    await expect(page.getByRole('button', { name: printMessages.es.printThisForm })).toBeVisible();
    await expect(page.getByText(printMessages.es.end)).toBeVisible();
    await expectAccessible(page);
    expectClean(seen);
  });
}

for (const instrument of spanish.instruments) {
  test(`/es/instruments/${instrument.id}/print/ fits the page as the English version does`, async ({ page }) => {
    await page.setViewportSize({ width: A4_CONTENT_WIDTH, height: 1000 });
    const english = await printedPages(page, `/instruments/${instrument.id}/print/`);
    const pages = await printedPages(page, `/es/instruments/${instrument.id}/print/`);
    // Spanish runs longer than English: at most one page more, and within the four-page goal for the
    // organizational readiness survey (scripts/bench/print-pages.ts).
    expect(pages, `printed pages (English: ${english})`).toBeLessThanOrEqual(Math.min(english + 1, 4));
    const wider = await page.evaluate(() =>
      [...document.querySelectorAll('main *')]
        .filter((element) => element.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
        .map((element) => element.outerHTML.slice(0, 80)),
    );
    expect(wider).toEqual([]);
    // Tick boxes never wrap: every box of a row sits on one line, however long the Spanish answers are.
    for (const row of await page.locator('table.grid tbody tr').all()) {
      const tops = new Set(
        await row.locator('.box').evaluateAll((all) => all.map((box) => box.getBoundingClientRect().top)),
      );
      expect(tops.size, (await row.locator('code.code').textContent()) ?? '').toBe(1);
    }
  });
}

test('a malformed link parameter is reported in Spanish', async ({ page }) => {
  const instrument = spanish.instruments.find((candidate) => candidate.id === 'organizational-readiness')!;
  const wave = instrument.parameters.find((parameter) => parameter.name === 'wave')!;
  await page.goto(`/es/instruments/${instrument.id}/?wave=${encodeURIComponent('<b>otoño</b>')}&site=Sede%202`);
  const notice = page.locator('link-parameter-notice');
  await expect(notice.getByRole('heading', { name: messages.linkedTo })).toBeVisible();
  const problems = notice.getByRole('alert');
  await expect(problems.getByRole('heading', { name: messages.linkInvalid })).toBeVisible();
  await expect(problems.getByRole('listitem')).toHaveText(`${wave.label} (wave): ${problemWords.problemNotAllowed}.`);
  await expect(problems).toContainText(messages.linkInvalidExplained);
  // The workplace the link names replaces the neutral phrase, as text.
  await expect(page.getByText(/de qué manera Sede 2 ayuda/)).toBeVisible();
});

test('a too-long link parameter is reported in Spanish, naming the limit', async ({ page }) => {
  const instrument = spanish.instruments.find((candidate) => candidate.parameters.some((p) => p.name === 'community'))!;
  const community = instrument.parameters.find((parameter) => parameter.name === 'community')!;
  await page.goto(`/es/instruments/${instrument.id}/?community=${'a'.repeat(community.maxLength + 1)}`);
  const reason = fill(problemWords.problemTooLong, { max: community.maxLength });
  expect(reason).toContain(String(community.maxLength));
  await expect(page.locator('link-parameter-notice').getByRole('alert').getByRole('listitem')).toHaveText(
    `${community.label} (community): ${reason}.`,
  );
});
