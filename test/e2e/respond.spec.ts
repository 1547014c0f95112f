import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { expect, test, type Page } from '@playwright/test';
import { findConstruct } from '../../src/instruments/framework.ts';
import { findInstrument } from '../../src/instruments/model.ts';
import { instruments, model } from '../../src/instruments/source-model.ts';
import { scoreResponse, type InstrumentScores } from '../../src/instruments/score.ts';
import type { StudyInfo } from '../../src/instruments/study.ts';
import type { Instrument } from '../../src/instruments/types.ts';
import { outboxIds } from './outbox.ts';
import { expectAccessible, expectClean, watch } from './site.ts';
import {
  answerSurvey,
  expectStoredResponse,
  isAsked,
  lane,
  laneName,
  plannedAnswers,
  setLane,
  startSurvey,
  withScreener,
  type InputMode,
  type PlannedAnswers,
} from './survey.ts';

/** The study information the endpoint build is made with (STUDY_INFO_FILE in `npm run build:e2e`). */
const study = JSON.parse(readFileSync(new URL('./study-info.json', import.meta.url), 'utf8')) as StudyInfo & {
  ethicsApproval: string;
};

/** The report's table shows the scoring module's numbers for the same answers. */
async function expectReportMatches(
  page: Page,
  instrument: Instrument,
  answers: PlannedAnswers,
  expected: InstrumentScores,
) {
  // A construct whose section the screener left out was never asked, which the report says apart from too few answers.
  const notAsked = new Set(
    instrument.sections
      .filter((section) => !isAsked(section, answers))
      .flatMap((section) => section.items.flatMap((item) => (item.kind === 'scored' ? [item.construct] : []))),
  );
  for (const score of expected.constructs) {
    const row = page.locator(`tr[data-construct="${score.construct}"]`);
    await expect(row.locator('th')).toHaveText(findConstruct(score.construct).name);
    const unscored = notAsked.has(score.construct) ? 'Not asked' : 'Not scored';
    await expect(row.locator('td[data-score]')).toHaveText(score.mean === null ? unscored : score.mean.toFixed(1));
    await expect(row.locator('td').nth(1)).toHaveText(`${score.answered} of ${score.items}`);
    const band = instrument.scoring.bands.find((b) => b.id === score.band);
    await expect(row.locator('td').nth(2)).toHaveText(band?.label ?? '—');
  }
  if (expected.stage) {
    await expect(page.locator('[data-stage]')).toHaveAttribute('data-stage', expected.stage.stage ?? '');
  }
}

const ISO_DATE_TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/;

const widths = { desktop: 1280, 'phone (375 px)': 375 } as const;

for (const instrument of instruments) {
  for (const mode of ['mouse', 'keyboard'] as InputMode[]) {
    for (const [widthName, width] of Object.entries(widths)) {
      test(`${instrument.id}: a respondent completes it with the ${mode} at ${widthName} width`, async ({ page }) => {
        const community = laneName(`respond ${mode} ${width}`);
        const answers = plannedAnswers(instrument, width + (mode === 'mouse' ? 0 : 1));
        const seen = await watch(page);
        await page.setViewportSize({ width, height: 900 });
        await page.goto(`/instruments/${instrument.id}/?community=${encodeURIComponent(community)}&wave=3`);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(instrument.title);
        await expectAccessible(page);

        await startSurvey(page, mode);
        await expectAccessible(page);
        await answerSurvey(page, instrument, answers, mode);

        const expected = scoreResponse(instrument, answers, model);
        await expectReportMatches(page, instrument, answers, expected);
        await expect(page.getByRole('status').filter({ hasText: 'Sent.' })).toBeVisible();
        await expectAccessible(page);

        const { stored } = await lane(community);
        expect(stored).toHaveLength(1);
        const payload = stored[0] as Record<string, unknown>;
        await expectStoredResponse(payload, instrument, answers, { community, wave: '3' });

        const schema = await (await page.request.get('/schemas/response-v1.json')).json();
        const validate = new Ajv2020({ strict: false, formats: { 'date-time': ISO_DATE_TIME } }).compile(schema);
        expect(validate(payload), JSON.stringify(validate.errors)).toBe(true);
        expectClean(seen);
      });
    }
  }
}

for (const instrument of instruments) {
  const screened = instrument.sections.some((section) => section.askIf);
  test(`${instrument.id}: keyboard only at 320 px, ${screened ? 'the coaching page skipped after No, ' : ''}the response ID shown at the end`, async ({
    page,
  }) => {
    const community = laneName('respond keyboard 320');
    const answers: PlannedAnswers = screened ? withScreener(instrument, 'no', 2) : plannedAnswers(instrument, 2);
    const seen = await watch(page);
    await page.setViewportSize({ width: 320, height: 700 });
    await page.goto(`/instruments/${instrument.id}/?community=${encodeURIComponent(community)}`);
    await expectAccessible(page);
    await startSurvey(page, 'keyboard');
    await expectAccessible(page);
    // answerSurvey also checks that a section its screener leaves out is never shown.
    await answerSurvey(page, instrument, answers, 'keyboard');
    await expect(page.getByRole('status').filter({ hasText: 'Sent.' })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, 'horizontal overflow at 320 px').toBeLessThanOrEqual(0);
    await expectAccessible(page);

    const { stored } = await lane(community);
    const payload = stored[0] as Record<string, unknown>;
    await expectStoredResponse(payload, instrument, answers, { community });
    if (screened) expect(Object.keys(payload['answers'] as object).filter((id) => id.startsWith('coach_'))).toEqual([]);
    const end = page.getByRole('region', { name: 'Your response ID' });
    await expect(end.locator('code')).toHaveText(payload['responseId'] as string);
    await expect(end.getByRole('link', { name: study.contact.email })).toHaveAttribute(
      'href',
      `mailto:${study.contact.email}`,
    );
    await expect(end).toContainText(study.withdrawal);
    expectClean(seen);
  });
}

test.describe('study information', () => {
  test('comes with the consent text before the survey starts, and the end links back to it', async ({ page }) => {
    const seen = await watch(page);
    await page.goto('/instruments/organizational-readiness/');
    const block = page.getByRole('region', { name: 'About this study' });
    for (const text of [study.runBy, study.purpose, study.retention, study.withdrawal, study.ethicsApproval])
      await expect(block).toContainText(text);
    await expect(block.getByRole('link', { name: study.contact.email }).first()).toHaveAttribute(
      'href',
      `mailto:${study.contact.email}`,
    );
    // Before the survey: the block sits above the start button.
    const blockBottom = (await block.boundingBox())!.y;
    const startTop = (await page.getByRole('button', { name: 'Start the survey' }).boundingBox())!.y;
    expect(blockBottom).toBeLessThan(startTop);
    await expect(page.getByText('No study is attached')).toHaveCount(0);
    await expectAccessible(page);
    expectClean(seen);
  });

  const pseudonymous = 'So your answers are not anonymous';
  test('says answers are pseudonymous only when the link carries a valid code', async ({ page }) => {
    await page.goto('/instruments/cop-self-assessment/?community=North');
    await expect(page.locator('pseudonym-notice')).toHaveCount(1);
    await expect(page.getByText(pseudonymous)).toBeHidden();

    await page.goto('/instruments/cop-self-assessment/?community=North&code=A17');
    const line = page.locator('.consent').getByText(pseudonymous);
    await expect(line).toBeVisible();
    await expect(line).toContainText('Whoever holds the list of codes can tell which answers are yours.');
    await expectAccessible(page);

    // A code the response will not carry links nothing.
    await page.goto(`/instruments/cop-self-assessment/?code=${encodeURIComponent('<b>A17</b>')}`);
    await expect(page.locator('link-parameter-notice [data-problems]')).toBeVisible();
    await expect(page.getByText(pseudonymous)).toBeHidden();
  });
});

test('the end offers the response ID as text with a Copy button', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const instrument = findInstrument('organizational-readiness-short', model);
  const community = laneName('copy id');
  await page.goto(`/instruments/${instrument.id}/?community=${encodeURIComponent(community)}`);
  await startSurvey(page, 'mouse');
  await answerSurvey(page, instrument, plannedAnswers(instrument, 1), 'mouse');
  const end = page.getByRole('region', { name: 'Your response ID' });
  const id = await end.locator('code').textContent();
  expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  // Selectable as plain text, not hidden in a control.
  expect(await end.locator('code').evaluate((el) => getComputedStyle(el).userSelect)).not.toBe('none');
  await end.getByRole('button', { name: 'Copy' }).click();
  await expect(end.getByRole('status')).toHaveText('Copied.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(id);
  await end.getByRole('link', { name: 'Read about this study' }).click();
  await expect(page).toHaveURL(/#study-information$/);
});

test.describe('clear my answers from this device', () => {
  test('removes the draft after saying what goes and what stays; reloading offers a fresh survey', async ({ page }) => {
    const seen = await watch(page);
    const instrument = findInstrument('cop-self-assessment', model);
    const url = `/instruments/${instrument.id}/?community=${encodeURIComponent(laneName('clear'))}`;
    const answers = plannedAnswers(instrument, 3);
    await page.goto(url);
    await startSurvey(page, 'mouse');
    const first = instrument.sections[0]!.items[0]!;
    await page
      .locator(`.sd-question[data-name="${first.id}"] input[value="${answers[first.id]}"]`)
      .check({ force: true });

    await page.getByRole('button', { name: 'Clear my answers from this device' }).click();
    const confirm = page.getByRole('group', { name: 'Clear your answers from this device?' });
    await expect(confirm.getByRole('heading')).toBeFocused();
    await expect(confirm).toContainText('The answers you have given so far on this survey.');
    await expect(confirm).toContainText('Answers that were already sent.');
    await expectAccessible(page);
    // Cancel keeps everything.
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    await expect(page.locator(`.sd-question[data-name="${first.id}"] input:checked`)).toHaveCount(1);

    await page.getByRole('button', { name: 'Clear my answers from this device' }).click();
    await confirm.getByRole('button', { name: 'Clear them' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: 'Your answers were cleared from this device.' }),
    ).toBeFocused();
    await expect(page.locator('.sd-question')).toHaveCount(0);
    await page.reload();
    await expect(page.getByRole('button', { name: 'Start the survey' })).toBeVisible();
    await expect(page.getByText('Continue where you left off?')).toHaveCount(0);
    expect(
      await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('cultivate:draft:'))),
    ).toEqual([]);
    expectClean(seen);
  });

  test('after finishing, keeps a response still waiting to be sent and offers it for download first', async ({
    page,
  }) => {
    const instrument = findInstrument('organizational-readiness-short', model);
    const community = laneName('clear waiting');
    await setLane(community, [{ status: 503 }, { status: 503 }, { status: 503 }]);
    await page.goto(`/instruments/${instrument.id}/?community=${encodeURIComponent(community)}`);
    await startSurvey(page, 'mouse');
    await answerSurvey(page, instrument, plannedAnswers(instrument, 4), 'mouse');
    const id = await page.getByRole('region', { name: 'Your response ID' }).locator('code').textContent();

    await page.getByRole('button', { name: 'Clear my answers from this device' }).click();
    const confirm = page.getByRole('group', { name: 'Clear your answers from this device?' });
    await expect(confirm).toContainText('Your results on this page.');
    await expect(confirm).toContainText(
      '1 finished response still waiting to be sent. It stays on this device until it is sent. You can download it first.',
    );
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      confirm.getByRole('button', { name: 'Download the waiting answers (JSON)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`${instrument.id}-${id!.slice(0, 8)}.json`);
    await confirm.getByRole('button', { name: 'Clear them' }).click();
    await expect(page.getByRole('heading', { name: 'Your results' })).toHaveCount(0);
    expect(await outboxIds(page)).toContain(id);
  });
});

test.describe('the unit the readiness statements describe', () => {
  const instrument = findInstrument('organizational-readiness-short', model);
  const firstStatement = '.sd-question[data-name="prof_05"] .sd-question__title';

  test('is the site the link names, in the introduction and the statements', async ({ page }) => {
    await page.goto(`/instruments/${instrument.id}/?site=Lincoln%20High`);
    await expect(page.getByText('This survey asks how Lincoln High helps')).toBeVisible();
    await startSurvey(page, 'mouse');
    await page.getByRole('button', { name: 'Next', exact: true }).click();
    await expect(page.locator(firstStatement)).toContainText(
      'Staff at Lincoln High are trusted to use their professional judgement.',
    );
  });

  test('is “your workplace” when the link’s site is refused, and the refused value is never markup', async ({
    page,
  }) => {
    const seen = await watch(page);
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(`/instruments/${instrument.id}/?site=${encodeURIComponent('<script>alert(1)</script>')}`);
    await expect(page.locator('link-parameter-notice [data-problems]')).toContainText('Site (site)');
    await expect(page.getByText('This survey asks how your workplace helps')).toBeVisible();
    await startSurvey(page, 'mouse');
    await page.getByRole('button', { name: 'Next', exact: true }).click();
    await expect(page.locator(firstStatement)).toContainText(
      'Staff at your workplace are trusted to use their professional judgement.',
    );
    expect(await page.locator('.survey-area').innerHTML()).not.toContain('<script>alert');
    await expect(page.locator('main')).not.toContainText('alert(1)');
    expect(dialogs).toEqual([]);
    expectClean(seen);
  });
});

test('changing the screener back to No drops the coaching answers already given', async ({ page }) => {
  const instrument = findInstrument('organizational-readiness-short', model);
  const community = laneName('screener back');
  const answers = withScreener(instrument, 'no', 5);
  await page.goto(`/instruments/${instrument.id}/?community=${encodeURIComponent(community)}`);
  await startSurvey(page, 'mouse');
  const pick = (id: string, value: number | string) =>
    page.locator(`.sd-question[data-name="${id}"] input[value="${value}"]`).check({ force: true });
  const next = () => page.getByRole('button', { name: 'Next', exact: true }).click();
  const screenerPage = instrument.sections.findIndex((section) =>
    section.items.some((item) => item.id === 'scr_coaches'),
  );
  for (const section of instrument.sections.slice(0, screenerPage + 1)) {
    for (const item of section.items) await pick(item.id, item.id === 'scr_coaches' ? 'yes' : answers[item.id]!);
    await next();
  }
  await pick('coach_05', 4);
  await page.getByRole('button', { name: 'Previous', exact: true }).click();
  await pick('scr_coaches', 'no');
  await next();
  await expect(page.locator('.sd-question[data-name="coach_05"]')).toHaveCount(0);
  for (const [index, section] of instrument.sections.slice(screenerPage + 2).entries()) {
    for (const item of section.items) if (item.id in answers) await pick(item.id, answers[item.id]!);
    const last = index === instrument.sections.length - screenerPage - 3;
    await page.getByRole('button', { name: last ? 'Complete' : 'Next', exact: true }).click();
  }
  await expect(page.getByRole('status').filter({ hasText: 'Sent.' })).toBeVisible();
  const { stored } = await lane(community);
  await expectStoredResponse(stored[0] as Record<string, unknown>, instrument, answers, { community });
});

test('SurveyJS and React load only on instrument pages', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
  for (const path of ['/', '/essays/what-is-a-community-of-practice/', '/framework/', '/instruments/']) {
    scripts.length = 0;
    await page.goto(path, { waitUntil: 'networkidle' });
    expect(
      scripts.filter((url) => /SurveyIsland|client\.|survey/i.test(url)),
      path,
    ).toEqual([]);
  }
  await page.goto('/instruments/cop-self-assessment/', { waitUntil: 'networkidle' });
  expect(scripts.some((url) => url.includes('SurveyIsland'))).toBe(true);
  // The island's code is preloaded from the head, so it downloads while the respondent reads the introduction.
  const island = await page.locator('astro-island').getAttribute('component-url');
  await expect(page.locator(`head link[rel="modulepreload"][href="${island}"]`)).toHaveCount(1);
});

test('answers are kept as they are given, resumed from the same link, and cleared once sent', async ({ page }) => {
  const instrument = instruments[0]!;
  const community = laneName('resume');
  const url = `/instruments/${instrument.id}/?community=${encodeURIComponent(community)}`;
  const answers = plannedAnswers(instrument, 7);
  await page.goto(url);
  await startSurvey(page, 'mouse');
  const first = instrument.sections[0]!;
  for (const item of first.items.slice(0, 2)) {
    await page
      .locator(`.sd-question[data-name="${item.id}"] input[value="${answers[item.id]}"]`)
      .check({ force: true });
  }
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Continue where you left off?' })).toBeVisible();
  await page.getByRole('button', { name: 'Continue my answers' }).click();
  for (const item of first.items.slice(0, 2)) {
    await expect(page.locator(`.sd-question[data-name="${item.id}"] input[value="${answers[item.id]}"]`)).toBeChecked();
  }

  // Another community's link has its own draft.
  await page.goto(`/instruments/${instrument.id}/?community=Elsewhere`);
  await expect(page.getByRole('button', { name: 'Start the survey' })).toBeVisible();

  // Someone else on a shared device starts fresh: the draft is discarded.
  await page.goto(url);
  await page.getByRole('button', { name: 'Not me: start fresh' }).click();
  await expect(page.locator(`.sd-question[data-name="${first.items[0]!.id}"] input:checked`)).toHaveCount(0);
  await answerSurvey(page, instrument, answers, 'mouse');
  await expect(page.getByRole('status').filter({ hasText: 'Sent.' })).toBeVisible();
  await page.goto(url);
  await expect(page.getByRole('button', { name: 'Start the survey' })).toBeVisible();
  await expect(page.getByText('Continue where you left off?')).toHaveCount(0);
});

test.describe('link parameters', () => {
  test('valid values are shown before starting and sent with the response', async ({ page }) => {
    const community = laneName('Écoles Nord');
    await page.goto(
      `/instruments/organizational-readiness/?community=${encodeURIComponent(community)}&site=Site%202&wave=2026-fall&code=A17&utm_source=mail`,
    );
    const notice = page.locator('link-parameter-notice');
    await expect(notice.getByRole('heading', { name: 'Your answers will be linked to' })).toBeVisible();
    for (const text of [community, 'Site 2', '2026-fall', 'A17'])
      await expect(notice.getByText(text, { exact: true })).toBeVisible();
    await expect(notice.getByText('mail')).toHaveCount(0);
  });

  const hostile = {
    markup: '<img src=x onerror="window.__pwned=1">',
    quotes: `"><script>window.__pwned=1</script>`,
    long: 'a'.repeat(500),
    rtl: 'abc\u202Eevil',
    zeroWidth: 'team\u200B',
    newline: 'one\ntwo',
  };
  for (const [kind, value] of Object.entries(hostile)) {
    test(`a hostile value (${kind}) is reported as text, never rendered or sent`, async ({ page }) => {
      const seen = await watch(page);
      const dialogs: string[] = [];
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      const community = laneName(`hostile ${kind}`);
      await page.goto(
        `/instruments/cop-self-assessment/?community=${encodeURIComponent(community)}&site=${encodeURIComponent(value)}`,
      );
      const problems = page.locator('link-parameter-notice [data-problems]');
      await expect(problems).toBeVisible();
      await expect(problems.getByRole('listitem')).toHaveText(/^Site \(site\) /);
      expect(await page.locator('main img').count()).toBe(0);
      expect(await page.content()).not.toContain('__pwned=1</script>');
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      expect(await page.locator('main').innerHTML()).not.toContain('__pwned');
      await expect(page.locator('main')).not.toContainText(value.slice(0, 40));
      await expectAccessible(page);

      await startSurvey(page, 'mouse');
      const instrument = instruments[0]!;
      await answerSurvey(page, instrument, plannedAnswers(instrument), 'mouse');
      await expect(page.getByRole('status').filter({ hasText: 'Sent.' })).toBeVisible();
      const { stored } = await lane(community);
      expect((stored[0] as { params: unknown }).params).toEqual({ community });
      expect(dialogs).toEqual([]);
      expectClean(seen);
    });
  }

  test('no link parameter can change where responses are sent', async ({ page }) => {
    const seen = await watch(page);
    const community = laneName('endpoint override');
    await page.goto(
      `/instruments/cop-self-assessment/?community=${encodeURIComponent(community)}&endpoint=https://evil.example/collect&PUBLIC_RESPONSE_ENDPOINT=https://evil.example/`,
    );
    await startSurvey(page, 'mouse');
    const instrument = instruments[0]!;
    await answerSurvey(page, instrument, plannedAnswers(instrument, 2), 'mouse');
    await expect(page.getByRole('status').filter({ hasText: 'Sent.' })).toBeVisible();
    expect((await lane(community)).stored).toHaveLength(1);
    expectClean(seen);
  });
});

test('pressing Start before the survey code has arrived is remembered', async ({ page }) => {
  const seen = await watch(page);
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  // Hold back the island's code, as a slow connection would.
  await page.route(/SurveyIsland.*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/instruments/cop-self-assessment/', { waitUntil: 'commit' });
  const start = page.getByRole('button', { name: 'Start the survey' });
  await start.click();
  await expect(page.getByRole('button', { name: 'Loading the questions…' })).toBeVisible();
  release();
  await expect(page.locator('.sd-question').first()).toBeVisible();
  expectClean(seen);
});
