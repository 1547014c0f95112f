import { expect, test, type Page } from '@playwright/test';
import { choicesOf, findInstrument, withUnit } from '../../src/instruments/model.ts';
import type { Instrument, Section } from '../../src/instruments/types.ts';
import { expectAccessible } from './site.ts';
import {
  answerSection,
  isAsked,
  laneName,
  plannedAnswers,
  startSurvey,
  withScreener,
  type PlannedAnswers,
} from './survey.ts';
import { model } from '../../src/instruments/source-model.ts';

/** The respondent's journey on a phone and on a wide screen: the survey owns the screen, and history works. */

const PHONE_HEIGHT = 740;
const selfAssessment = findInstrument('cop-self-assessment', model);
const readiness = findInstrument('organizational-readiness', model);
/** Both full instruments, the readiness one with its screener saying Yes so its coaching page is asked too. */
const journeys: [Instrument, PlannedAnswers][] = [
  [selfAssessment, plannedAnswers(selfAssessment, 2)],
  [readiness, withScreener(readiness, 'yes', 2)],
];

const question = (page: Page, section: Section) => page.locator(`.sd-question[data-name="${section.items[0]!.id}"]`);
const firstOption = (page: Page, section: Section) => question(page, section).locator('.sd-selectbase__label').first();
const progress = (page: Page) => page.getByRole('progressbar', { name: 'Questions answered' });
const open = (page: Page, instrument: Instrument, label: string) =>
  page.goto(`/instruments/${instrument.id}/?community=${encodeURIComponent(laneName(label))}`);

async function expectNoSideways(page: Page, width: number) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
}

/** The page's first option is on screen as the page opens, below the bar that stays at the top. */
async function expectFirstOptionInView(page: Page, section: Section) {
  const option = await firstOption(page, section).boundingBox();
  const bar = await page.locator('.survey-bar').boundingBox();
  expect(option).not.toBeNull();
  expect(option!.y).toBeGreaterThanOrEqual(bar!.y + bar!.height);
  expect(option!.y + option!.height).toBeLessThanOrEqual(PHONE_HEIGHT);
}

for (const width of [320, 360]) {
  for (const [instrument, answers] of journeys) {
    test(`${instrument.id} at ${width} px: every page fits, opens at its top and keeps its progress in view`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: PHONE_HEIGHT });
      await open(page, instrument, `journey ${width}`);
      await expectNoSideways(page, width);
      await startSurvey(page, 'mouse');
      const asked = instrument.sections.filter((section) => isAsked(section, answers));
      for (const [index, section] of asked.entries()) {
        await expect(question(page, section)).toBeVisible();
        await expect(page.locator('.sd-page__title')).toBeFocused();
        await expectFirstOptionInView(page, section);
        await expectNoSideways(page, width);
        await answerSection(page, section, answers, 'mouse');
        await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
        await expect(progress(page)).toBeInViewport();
        const last = index === asked.length - 1;
        await page.getByRole('button', { name: last ? 'Complete' : 'Next', exact: true }).click();
      }
      await expect(page.getByRole('heading', { name: 'Your results' })).toBeVisible();
      await expectNoSideways(page, width);
    });
  }
}

test('Back and Forward move between survey pages, keep the answers, and Back from the first page shows the start screen', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: PHONE_HEIGHT });
  const instrument = readiness;
  const answers = withScreener(instrument, 'yes', 1);
  const [first, second, third] = instrument.sections.filter((section) => isAsked(section, answers));
  await open(page, instrument, 'journey history');
  await startSurvey(page, 'mouse');
  await answerSection(page, first!, answers, 'mouse');
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await answerSection(page, second!, answers, 'mouse');
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await expect(question(page, third!)).toBeVisible();

  await page.goBack();
  await expect(question(page, second!)).toBeVisible();
  await expectFirstOptionInView(page, second!);
  for (const item of second!.items) {
    const choice = choicesOf(item, model).findIndex((c) => c.value === answers[item.id]);
    await expect(page.locator(`.sd-question[data-name="${item.id}"] input[type="radio"]`).nth(choice)).toBeChecked();
  }
  await page.goForward();
  await expect(question(page, third!)).toBeVisible();
  await page.goBack();
  await page.goBack();
  await expect(question(page, first!)).toBeVisible();

  // Back from the first page: the start screen of the same page, offering the answers kept on the device.
  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`/instruments/${instrument.id}/`));
  await expect(page.getByRole('heading', { name: 'Continue where you left off?' })).toBeVisible();
  await page.goForward();
  await expect(question(page, first!)).toBeVisible();

  // A reload keeps the draft, and continuing opens the page the respondent was on with its answers.
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await expect(question(page, second!)).toBeVisible();
  await page.reload();
  await page.getByRole('button', { name: 'Continue my answers' }).click();
  await expect(question(page, second!)).toBeVisible();
  const item = second!.items[0]!;
  const choice = choicesOf(item, model).findIndex((c) => c.value === answers[item.id]);
  await expect(page.locator(`.sd-question[data-name="${item.id}"] input[type="radio"]`).nth(choice)).toBeChecked();
});

test('once started, the survey owns the screen: the introduction folds away and the header condenses', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: PHONE_HEIGHT });
  await open(page, selfAssessment, 'journey screen');
  const menu = page.getByRole('button', { name: 'Menu' });
  await expect(page.getByRole('link', { name: 'Essays', exact: true })).toBeVisible();
  await expect(menu).toBeHidden();
  await startSurvey(page, 'mouse');

  const about = page.locator('details[data-survey-intro]');
  await expect(page.getByRole('heading', { name: 'Before you begin' })).toBeHidden();
  await about.locator('summary').click();
  await expect(page.getByRole('heading', { name: 'Before you begin' })).toBeVisible();
  await about.locator('summary').click();
  await expect(page.getByRole('heading', { name: 'Before you begin' })).toBeHidden();

  await expect(page.getByRole('link', { name: 'Essays', exact: true })).toBeHidden();
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  await menu.click();
  await expect(menu).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByRole('link', { name: 'Essays', exact: true })).toBeVisible();
  await expect(page.getByRole('searchbox', { name: 'Search the site' })).toBeVisible();
  await expectAccessible(page);
});

test('a returning respondent is asked to continue at the top of the screen, before the introduction', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: PHONE_HEIGHT });
  await open(page, selfAssessment, 'journey resume');
  await startSurvey(page, 'mouse');
  await answerSection(page, selfAssessment.sections[0]!, plannedAnswers(selfAssessment), 'mouse');
  const url = page.url();
  const fresh = await page.context().newPage();
  await fresh.setViewportSize({ width: 360, height: PHONE_HEIGHT });
  await fresh.goto(url);
  const resume = fresh.getByRole('group', { name: 'Continue where you left off?' });
  await expect(resume.getByRole('button', { name: 'Continue my answers' })).toBeInViewport();
  await expect(resume.getByRole('button', { name: 'Not me: start fresh' })).toBeInViewport();
  await expect(fresh.getByRole('heading', { name: 'Before you begin' })).toBeHidden();
  await expectNoSideways(fresh, 360);
});

test('on a wide screen agreement items line up as a matrix under one row of column headings', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const answers = withScreener(readiness, 'yes');
  const asked = readiness.sections.filter((section) => isAsked(section, answers));
  await open(page, readiness, 'journey wide');
  await startSurvey(page, 'mouse');
  await answerSection(page, asked[0]!, answers, 'mouse');
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  const section = asked[1]!;
  await expect(question(page, section)).toBeVisible();

  const options = question(page, section).locator('.sd-item__decorator');
  const boxes = await Promise.all((await options.all()).map((option) => option.boundingBox()));
  const headings = await page.locator('.survey-bar__columns span').all();
  expect(headings.length).toBeGreaterThanOrEqual(boxes.length);
  for (const [index, box] of boxes.entries()) {
    // One row, each option under its heading.
    expect(Math.abs(box!.y - boxes[0]!.y)).toBeLessThan(2);
    const heading = (await headings[index]!.boundingBox())!;
    expect(Math.abs(box!.x + box!.width / 2 - (heading.x + heading.width / 2))).toBeLessThan(4);
    await expect(headings[index]!).toHaveText(choicesOf(section.items[0]!, model)[index]!.text);
  }
  // Each item stays a radio group a screen reader names, its options still labelled one by one.
  const group = page.getByRole('radiogroup', { name: withUnit(section.items[0]!.text, readiness) });
  await expect(group.getByRole('radio', { name: choicesOf(section.items[0]!, model)[0]!.text })).toHaveCount(1);
  await answerSection(page, section, answers, 'mouse');
  await expectAccessible(page);
});
