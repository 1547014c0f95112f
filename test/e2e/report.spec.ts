import { expect, test, type Page } from '@playwright/test';
import { findConstruct, findStage } from '../../src/instruments/framework.ts';
import { findInstrument } from '../../src/instruments/model.ts';
import { fitFor } from '../../src/instruments/stage-fit.ts';
import type { Item } from '../../src/instruments/types.ts';
import { answerWith, pdfPageCount } from './report-helpers.ts';
import { expectAccessible, expectClean, watch } from './site.ts';
import { startSurvey } from './survey.ts';
import { model } from '../../src/instruments/source-model.ts';

const readiness = findInstrument('organizational-readiness', model);
const selfAssessment = findInstrument('cop-self-assessment', model);

/** Agreement that says `level` about the construct, whichever way the statement is worded. */
const keyed = (item: Item, level: number) => (item.kind === 'scored' && item.reverse ? 6 - level : level);

async function open(page: Page, id: string, query = '') {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto(`/instruments/${id}/${query}`);
  await startSurvey(page, 'mouse');
}

/** Each part of the report at phone width, for a person to look over (a whole page is too tall to view). */
async function screenshotSections(page: Page, name: string) {
  const sections = page.locator('.report section');
  for (let i = 0; i < (await sections.count()); i++) {
    await sections.nth(i).screenshot({ path: `test-results/report-${name}-360-${i}.png` });
  }
}

/** The summary a team prints fits on one A4 page. */
async function expectOnePage(page: Page, name: string) {
  const pdf = await page.pdf({ format: 'A4', path: `test-results/report-${name}.pdf` });
  expect(pdfPageCount(pdf)).toBe(1);
}

test('readiness: the report reads the chosen story’s priorities against the answers and prints on one page', async ({
  page,
}) => {
  const seen = await watch(page);
  await open(page, readiness.id, '?site=Hill%20School');
  await answerWith(page, readiness, (item) => {
    if (item.id === 'scr_coaches') return 'no';
    if (item.id === 'community_vignette') return 'coalescing';
    if (item.kind !== 'scored') return undefined;
    return keyed(item, item.construct === 'time-space-resources' ? 1 : item.construct === 'integration' ? 3 : 4);
  });

  const fit = page.locator('[data-fit="coalescing"]');
  await expect(fit.getByRole('heading', { name: 'What matters most for a coalescing community' })).toBeVisible();
  const priorities = fitFor('coalescing', [], model.stageFit).priorities.map((p) => p.construct);
  await expect(fit.locator('[data-fit-row]')).toHaveCount(priorities.length);
  await expect(fit.locator('[data-fit-row="time-space-resources"] [data-rating]')).toContainText('Emerging, 1.0 of 5');
  await expect(fit.locator('[data-warning]')).toHaveText([/^Time, space and resources \(1\.0 of 5\):/i]);
  // Coaching was skipped by the screener: the report says so rather than calling it unscored.
  await expect(page.locator('tr[data-construct="coaching"] td[data-score]')).toHaveText('Not asked');
  await expect(page.locator('[data-card="coaching"]')).toContainText(
    'Not asked: you answered “No” to “Does Hill School have coaches who work with groups of staff?”',
  );
  await expect(page.locator('.report')).not.toContainText(/overall/i);
  await expect(page.locator('[data-weak="time-space-resources"]')).toContainText(
    findConstruct('time-space-resources').firstMoves![0]!,
  );
  await expect(page.locator('[data-statement]').first()).toContainText('Hill School');
  await expectAccessible(page);
  await screenshotSections(page, 'readiness');
  await expectOnePage(page, 'readiness');
  expectClean(seen);
});

test('readiness: without the story, the report explains what choosing one would show', async ({ page }) => {
  await open(page, readiness.id);
  await answerWith(page, readiness, (item) =>
    item.id === 'scr_coaches' ? 'unsure' : item.kind === 'scored' ? keyed(item, 2) : undefined,
  );
  await expect(page.locator('[data-fit=""]')).toContainText('If you pick the story');
  await expect(page.locator('[data-fit-row]')).toHaveCount(0);
  await expect(page.locator('[data-card="coaching"]')).toContainText('Not asked: you answered “I am not sure”');
});

test('self-assessment: a clear stage is shown in full with what matters most now, on one printed page', async ({
  page,
}) => {
  const seen = await watch(page);
  await open(page, selfAssessment.id);
  await answerWith(page, selfAssessment, (item) => {
    if (item.id === 'stage_vignette') return 'maturing';
    if (item.kind === 'stage') return item.stage === 'maturing' ? 5 : 2;
    return item.kind === 'scored' ? keyed(item, item.construct === 'value-creation' ? 2 : 4) : undefined;
  });

  const maturing = findStage('maturing');
  await expect(page.locator('[data-stage="maturing"]')).toBeVisible();
  await expect(page.getByText(maturing.tension)).toBeVisible();
  for (const text of [...maturing.avoid, ...maturing.prompts]) await expect(page.getByText(text)).toBeVisible();
  const fit = page.locator('[data-fit="maturing"]');
  await expect(fit.getByRole('heading', { name: 'What matters most now' })).toBeVisible();
  await expect(fit.locator('[data-fit-row]').first()).toContainText(
    fitFor('maturing', [], model.stageFit).priorities[0]!.why,
  );
  await expect(fit.getByRole('link', { name: 'take the readiness survey' })).toHaveAttribute(
    'href',
    '/instruments/organizational-readiness/',
  );
  await expect(page.locator('[data-weakest]')).toHaveText(`Weakest: ${findConstruct('value-creation').name}`);
  await expectAccessible(page);
  await screenshotSections(page, 'self-assessment');
  await expectOnePage(page, 'self-assessment');
  expectClean(seen);
});

test('self-assessment: when no stage stands out, the two closest are offered and the story is mentioned', async ({
  page,
}) => {
  await open(page, selfAssessment.id);
  await answerWith(page, selfAssessment, (item) => {
    if (item.id === 'stage_vignette') return 'potential';
    if (item.kind === 'stage') return item.stage === 'stewardship' ? 5 : item.stage === 'maturing' ? 4 : 2;
    return item.kind === 'scored' ? 4 : undefined;
  });
  await expect(page.locator('[data-stage=""]')).toContainText('do not point to one stage');
  await expect(page.locator('[data-closest-stage]')).toHaveCount(2);
  await expect(page.locator('[data-closest-stage]').first()).toHaveAttribute('data-closest-stage', 'stewardship');
  await expect(page.getByText('The story you picked sounds like the potential stage')).toBeVisible();
  await expectAccessible(page);
  await expectOnePage(page, 'self-assessment-unclear');
});
