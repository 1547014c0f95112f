import { expect, test, type Page } from '@playwright/test';
import { instruments } from '../../src/instruments/source-model.ts';
import { builtPages, expectAccessible, expectClean, watch } from './site.ts';

/** The ways in: the home page's three paths, the instruments list, and the essays' contents, on a phone. */
const widths = [320, 360];

async function expectFits(page: Page, width: number) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth), `page width at ${width} px`).toBe(width);
}

for (const width of widths) {
  test(`home at ${width} px: the three paths come first and fit`, async ({ page }) => {
    const seen = await watch(page);
    await page.setViewportSize({ width, height: 640 });
    await page.goto('/');
    const start = page.getByRole('navigation', { name: 'Start here' });
    const expected = [
      ['Read the framework', '/framework/'],
      ['Take a survey', '/instruments/'],
      ['Research with the instruments', '/researchers/'],
    ] as const;
    for (const [name, href] of expected) {
      await expect(start.getByRole('link', { name: new RegExp(`^${name}`) })).toHaveAttribute('href', href);
    }
    // Near the top: before any other section of the page, and reached within two screens.
    const firstHeading = await page.evaluate(() => document.querySelector('main h2:not(.visually-hidden)')!.id);
    expect(firstHeading).toBe('elements-heading');
    const lastPath = await start.getByRole('link').last().boundingBox();
    expect(lastPath!.y + lastPath!.height).toBeLessThan(2 * 640);
    await expectFits(page, width);
    await expectAccessible(page);
    expectClean(seen);
  });

  test(`instruments at ${width} px: each leads with “Take the survey”, then its other links`, async ({ page }) => {
    const seen = await watch(page);
    await page.setViewportSize({ width, height: 640 });
    await page.goto('/instruments/');
    for (const instrument of instruments) {
      const card = page.getByRole('article').filter({ has: page.getByRole('heading', { name: instrument.title }) });
      const links = card.getByRole('link');
      // Each names its survey for a screen reader's list of links; the colon may be read after a space.
      await expect(links.first()).toHaveAccessibleName(new RegExp(`^Take the survey ?: ${instrument.title}$`));
      await expect(links.first()).toHaveAttribute('href', `/instruments/${instrument.id}/`);
      const names = await links.allInnerTexts();
      expect(names.slice(1, 4)).toEqual(['What it measures', 'Paper version', 'Codebook (CSV)']);
    }
    await expectFits(page, width);
    await expectAccessible(page);
    expectClean(seen);
  });
}

test('essay contents number the sections and list each section’s subheadings under it', async ({ page }) => {
  const essays = builtPages().filter((path) => /^\/essays\/[^/]+\/$/.test(path));
  for (const path of essays) {
    await page.goto(path);
    const toc = page.locator('nav.toc');
    if ((await toc.count()) === 0) continue;
    const sections = await page.locator('.prose h2[id]').evaluateAll((all) => all.map((h) => h.id));
    const subsections = await page.locator('.prose h3[id]').evaluateAll((all) => all.map((h) => h.id));
    const numbered = await toc
      .locator(':scope > ol > li > a')
      .evaluateAll((all) => all.map((a) => a.getAttribute('href')!.slice(1)));
    const nested = await toc
      .locator(':scope > ol > li > ul > li > a')
      .evaluateAll((all) => all.map((a) => a.getAttribute('href')!.slice(1)));
    expect(numbered, path).toEqual(sections);
    expect(nested, path).toEqual(subsections);
  }
});
