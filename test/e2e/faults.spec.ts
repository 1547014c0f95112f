import { expect, test, type Page } from '@playwright/test';
import { spanishSurveyStrings } from 'survey-core/i18n/spanish';
import { fill } from '../../src/i18n/catalogue.ts';
import { surveyMessages } from '../../src/i18n/survey.ts';
import { findInstrument } from '../../src/instruments/model.ts';
import { instruments, modelIn } from '../../src/instruments/source-model.ts';
import { outboxIds } from './outbox.ts';
import { expectAccessible, watch } from './site.ts';
import {
  answerSection,
  answerSurvey,
  isAsked,
  lane,
  laneName,
  plannedAnswers,
  setLane,
  startSurvey,
} from './survey.ts';

/**
 * Submission under faults, against the local test endpoint (test/e2e/endpoint-server.ts). In every case
 * the endpoint must end with exactly one copy of the response, and the respondent must see its state.
 */
const instrument = instruments[0]!;
const en = surveyMessages.en;

async function completeWithFaults(page: Page, label: string, actions: unknown[]) {
  const community = laneName(label);
  await setLane(community, actions);
  await page.goto(`/instruments/${instrument.id}/?community=${encodeURIComponent(community)}`);
  await startSurvey(page, 'mouse');
  const answers = plannedAnswers(instrument, actions.length);
  await answerSurvey(page, instrument, answers, 'mouse');
  return { community, answers };
}

async function expectOneCopy(community: string, answers: Record<string, unknown>) {
  await expect.poll(async () => (await lane(community)).stored.length, { timeout: 45_000 }).toBe(1);
  const { stored, attempts } = await lane(community);
  expect((stored[0] as { answers: unknown }).answers).toEqual(answers);
  return attempts;
}

const sent = (page: Page) => page.getByRole('status').filter({ hasText: en.sentLead });
const waiting = (page: Page) => page.getByRole('status').filter({ hasText: en.waitingLead });
/** What the refusal of a response says, after its lead, when the server answered `status`. */
const refusedWith = (messages: typeof en, status: string) =>
  fill(messages.refusedBecause, { error: fill(messages.failureAnswered, { status }) });

test('server down, then up: the response waits, retries and arrives once', async ({ page }) => {
  const { community, answers } = await completeWithFaults(page, 'down then up', ['drop', 'drop']);
  await expect(waiting(page)).toBeVisible();
  await expect(waiting(page)).toContainText(en.failureUnreachable);
  await expect(page.getByRole('button', { name: 'Try sending now' })).toBeVisible();
  const attempts = await expectOneCopy(community, answers);
  expect(attempts).toHaveLength(3);
  await expect(sent(page)).toBeVisible();
});

test('500 and 503 answers are retried until one succeeds', async ({ page }) => {
  const { community, answers } = await completeWithFaults(page, 'server errors', [{ status: 500 }, { status: 503 }]);
  // 500 or 503, whichever attempt the page shows.
  await expect(waiting(page)).toContainText(`${en.failureAnswered.split('{status}')[0]}5`);
  const attempts = await expectOneCopy(community, answers);
  expect(attempts.map((a) => a.action)).toEqual([{ status: 500 }, { status: 503 }, 'ok']);
  await expect(sent(page)).toBeVisible();
});

test('429 with Retry-After waits as long as the server asks', async ({ page }) => {
  const { community, answers } = await completeWithFaults(page, 'rate limited', [{ status: 429, retryAfter: '4' }]);
  const attempts = await expectOneCopy(community, answers);
  expect(attempts).toHaveLength(2);
  // The backoff alone would retry within 2 s; Retry-After asked for 4.
  expect(attempts[1]!.at - attempts[0]!.at).toBeGreaterThanOrEqual(3_900);
  await expect(sent(page)).toBeVisible();
});

test('a request that hangs times out and is sent again', async ({ page }) => {
  test.setTimeout(120_000);
  const { community, answers } = await completeWithFaults(page, 'hangs', ['hang']);
  await expect(waiting(page)).toContainText(en.failureTimedOut, { timeout: 40_000 });
  await expectOneCopy(community, answers);
  await expect(sent(page)).toBeVisible();
});

test('a 400 stops the retries, keeps the response and offers the download; trying again later works', async ({
  page,
}) => {
  const { community, answers } = await completeWithFaults(page, 'refused', [{ status: 400 }]);
  const refused = page.getByRole('alert').filter({ hasText: en.refusedLead });
  await expect(refused).toBeVisible();
  await expect(refused).toContainText(refusedWith(en, '400 Bad Request'));
  await expect(page.getByRole('button', { name: 'Download my answers and scores (JSON)' })).toBeVisible();
  await page.waitForTimeout(5_000);
  expect((await lane(community)).attempts).toHaveLength(1);
  expect(await outboxIds(page)).toHaveLength(1);

  // Any other page of the site says so too, and offers the retry and the download.
  await page.goto('/essays/');
  const notice = page.locator('outbox-notice');
  await expect(notice.getByRole('status')).toHaveText(/A response you completed on this device was refused/);
  await expectAccessible(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    notice.getByRole('button', { name: 'Download waiting responses (JSON)' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(new RegExp(`^${instrument.id}-[0-9a-f]{8}\\.json$`));
  expect((await lane(community)).attempts).toHaveLength(1);
  await notice.getByRole('button', { name: 'Try sending now' }).click();
  await expectOneCopy(community, answers);
  await expect(notice.getByRole('status')).toHaveText('');
});

test('a 400 answered to the report’s own “Try again”: trying again from the report works', async ({ page }) => {
  const { community, answers } = await completeWithFaults(page, 'refused report', [{ status: 400 }]);
  await expect(page.getByRole('alert').filter({ hasText: en.refusedLead })).toBeVisible();
  // The report shows this response, so the site-wide notice leaves it alone.
  await expect(page.locator('outbox-notice').getByRole('status')).toHaveText('');
  await page.getByRole('button', { name: 'Try again' }).click();
  await expectOneCopy(community, answers);
  await expect(sent(page)).toBeVisible();
});

test('the tab closed before the endpoint answered: the next visit to any page sends it', async ({ page, context }) => {
  const { community, answers } = await completeWithFaults(page, 'tab closed', ['store-then-hang']);
  await expect.poll(async () => (await lane(community)).attempts.length).toBe(1);
  await page.close();

  const later = await context.newPage();
  await later.goto('/essays/');
  await expect.poll(async () => (await lane(community)).attempts.length, { timeout: 20_000 }).toBe(2);
  await expectOneCopy(community, answers);
  await expect.poll(() => outboxIds(later)).toEqual([]);
});

test('offline, then online: the response goes when the connection returns', async ({ page, context }) => {
  const community = laneName('offline');
  await page.goto(`/instruments/${instrument.id}/?community=${encodeURIComponent(community)}`);
  await startSurvey(page, 'mouse');
  const answers = plannedAnswers(instrument, 9);
  await context.setOffline(true);
  await answerSurvey(page, instrument, answers, 'mouse');
  await expect(waiting(page)).toBeVisible();
  expect((await lane(community)).attempts).toHaveLength(0);
  await context.setOffline(false);
  await expectOneCopy(community, answers);
  await expect(sent(page)).toBeVisible();
});

test('the same response sent twice is stored once under one responseId', async ({ page }) => {
  const { community, answers } = await completeWithFaults(page, 'duplicate', ['store-then-drop']);
  await expect.poll(async () => (await lane(community)).attempts.length, { timeout: 20_000 }).toBe(2);
  await expectOneCopy(community, answers);
  await expect(sent(page)).toBeVisible();
  const { stored } = await lane(community);
  expect(stored).toHaveLength(1);
});

test('a captive portal’s 200 page is not a receipt: the response waits and is delivered later', async ({ page }) => {
  const { community, answers } = await completeWithFaults(page, 'captive portal', ['portal', 'portal']);
  // A captive portal's page is a 200.
  await expect(waiting(page)).toContainText(fill(en.failureUnconfirmed, { status: 200 }));
  const attempts = await expectOneCopy(community, answers);
  expect(attempts.map((a) => a.action)).toEqual(['portal', 'portal', 'ok']);
  await expect(sent(page)).toBeVisible();
});

test('a refusal on a Spanish page is reported wholly in Spanish, with the status the server answered', async ({
  page,
}) => {
  const es = surveyMessages.es;
  const spanish = findInstrument(instrument.id, modelIn('es'));
  const seen = await watch(page);
  const community = laneName('refused in Spanish');
  await setLane(community, [{ status: 400 }]);
  await page.goto(`/es/instruments/${spanish.id}/?community=${encodeURIComponent(community)}`);
  await page.getByRole('button', { name: es.startSurvey }).click();
  const answers = plannedAnswers(spanish, 1);
  const asked = spanish.sections.filter((section) => isAsked(section, answers));
  for (const [index, section] of asked.entries()) {
    await expect(page.locator(`.sd-question[data-name="${section.items[0]!.id}"]`)).toBeVisible();
    // By keyboard: the choices are found by their place, whatever language their labels are in.
    await answerSection(page, section, answers, 'keyboard');
    const name = index === asked.length - 1 ? spanishSurveyStrings.completeText : spanishSurveyStrings.pageNextText;
    await page.getByRole('button', { name, exact: true }).click();
  }

  const refused = page.getByRole('alert').filter({ hasText: es.refusedLead });
  await expect(refused.locator('p')).toHaveText(
    `${es.refusedLead} ${refusedWith(es, '400 Bad Request')} ${es.stillSaved} ${es.refusedAfter}`,
  );
  await expect(refused).toContainText('400');
  const text = (await refused.textContent()) ?? '';
  for (const english of [en.refusedLead, en.refused, en.failureAnswered.split('{status}')[0]!, en.stillSaved])
    expect(text).not.toContain(english);
  await expect(refused.getByRole('button', { name: es.tryAgain })).toBeVisible();
  await page.waitForTimeout(2_000);
  expect((await lane(community)).attempts).toHaveLength(1);
  expect(await outboxIds(page)).toHaveLength(1);
  expect(seen.cspViolations).toEqual([]);
  expect(seen.errors.filter((error) => !/400/.test(error))).toEqual([]);
});
