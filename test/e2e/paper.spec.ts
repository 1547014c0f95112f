import { expect, test, type Page } from '@playwright/test';
import { choicesOf, findInstrument, itemsOf } from '../../src/instruments/model.ts';
import { instruments, model } from '../../src/instruments/source-model.ts';
import { expectAccessible, expectClean, watch } from './site.ts';

/**
 * The paper version, as a respondent fills it in and a data-entry person types it up: printed on A4 by
 * Chromium, and read on a phone before printing.
 */
const print = (id: string) => `/instruments/${id}/print/`;
/** The width of an A4 page less Chromium's default print margins, in CSS pixels. */
const A4_CONTENT_WIDTH = 718;

async function asPrinted(page: Page, id: string) {
  await page.setViewportSize({ width: A4_CONTENT_WIDTH, height: 1000 });
  await page.goto(print(id));
  await page.emulateMedia({ media: 'print' });
}

for (const instrument of instruments) {
  test.describe(`${instrument.id}: printed`, () => {
    test('every question carries its variable name', async ({ page }) => {
      await asPrinted(page, instrument.id);
      const codes = await page.locator('main code.code').allTextContents();
      for (const item of itemsOf(instrument)) expect(codes, item.id).toContain(item.id);
    });

    test('each grid has a column per answer, non-response answers included, and a row per statement', async ({
      page,
    }) => {
      await asPrinted(page, instrument.id);
      const items = new Map(itemsOf(instrument).map((item) => [item.id, item]));
      const grids = page.locator('table.grid');
      expect(await grids.count()).toBeGreaterThan(0);
      for (const grid of await grids.all()) {
        const headers = (await grid.locator('thead th.grid__choice').allInnerTexts()).map((text) =>
          text.split('\n')[0]!.trim(),
        );
        const variables = await grid.locator('tbody th code.code').allTextContents();
        const offered = new Set(
          variables.flatMap((variable) => choicesOf(items.get(variable)!, model).map((c) => c.text)),
        );
        expect(new Set(headers)).toEqual(offered);
        for (const row of await grid.locator('tbody tr').all()) {
          const variable = (await row.locator('code.code').textContent())!;
          const boxes = row.locator('.box');
          expect(await boxes.count(), variable).toBe(choicesOf(items.get(variable)!, model).length);
          // Tick boxes never wrap: every box of a row sits on one line.
          const tops = new Set(await boxes.evaluateAll((all) => all.map((box) => box.getBoundingClientRect().top)));
          expect(tops.size, `${variable}: boxes on one line`).toBe(1);
        }
      }
    });

    test('nothing is wider than the page, and nothing is worded for a screen', async ({ page }) => {
      await asPrinted(page, instrument.id);
      const wider = await page.evaluate(() =>
        [...document.querySelectorAll('main *')]
          .filter((element) => element.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
          .map((element) => element.outerHTML.slice(0, 80)),
      );
      expect(wider).toEqual([]);
      const text = await page.locator('main').innerText();
      expect(text).not.toMatch(/this device|this link|click|\{unit\}/i);
      // Chromium can print it (the page count is a goal for the benchmark, scripts/bench/print-pages.ts).
      expect((await page.pdf({ format: 'A4' })).length).toBeGreaterThan(0);
    });
  });
}

test('readiness: the workplace is a line to fill in, and the coaching section says who answers it', async ({
  page,
}) => {
  const readiness = findInstrument('organizational-readiness', model);
  const screener = itemsOf(readiness).findIndex((item) => item.id === 'scr_coaches') + 1;
  await asPrinted(page, readiness.id);
  await expect(page.locator('.write-in dt', { hasText: 'Your workplace' })).toHaveCount(1);
  await expect(
    page.getByText('Staff at your workplace are trusted to use their professional judgement.'),
  ).toBeVisible();
  const coaching = page.getByRole('region', { name: 'Coaching' });
  await expect(coaching).toContainText(`Answer only if you answered Yes to question ${screener}.`);
});

for (const width of [320, 360]) {
  test(`every paper version at ${width} px on screen: no sideways scroll, axe-clean`, async ({ page }) => {
    const seen = await watch(page);
    for (const instrument of instruments) {
      await page.setViewportSize({ width, height: 700 });
      await page.goto(print(instrument.id));
      expect(await page.evaluate(() => document.documentElement.scrollWidth), instrument.id).toBe(width);
      await expectAccessible(page);
    }
    expectClean(seen);
  });
}
