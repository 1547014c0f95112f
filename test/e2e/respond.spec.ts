import Ajv2020 from 'ajv/dist/2020.js';
import { expect, test, type Page } from '@playwright/test';
import { findConstruct } from '../../src/instruments/framework.ts';
import { instruments } from '../../src/instruments/model.ts';
import { scoreResponse, type InstrumentScores } from '../../src/instruments/score.ts';
import type { Instrument } from '../../src/instruments/types.ts';
import { expectAccessible, expectClean, watch } from './site.ts';
import {
  answerSurvey,
  expectStoredResponse,
  lane,
  laneName,
  plannedAnswers,
  startSurvey,
  type InputMode,
} from './survey.ts';

/** The report's table shows the scoring module's numbers for the same answers. */
async function expectReportMatches(page: Page, instrument: Instrument, expected: InstrumentScores) {
  for (const score of expected.constructs) {
    const row = page.locator(`tr[data-construct="${score.construct}"]`);
    await expect(row.locator('th')).toHaveText(findConstruct(score.construct).name);
    await expect(row.locator('td[data-score]')).toHaveText(score.mean === null ? 'Not scored' : score.mean.toFixed(1));
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

        const expected = scoreResponse(instrument, answers);
        await expectReportMatches(page, instrument, expected);
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
