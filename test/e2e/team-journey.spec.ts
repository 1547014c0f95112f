import { readFileSync, writeFileSync } from 'node:fs';
import Papa from 'papaparse';
import { expect, test, type Browser, type Locator, type Page } from '@playwright/test';
import { findInstrument, itemsOf } from '../../src/instruments/model.ts';
import { model } from '../../src/instruments/source-model.ts';
import type { TeamSummary } from '../../src/instruments/team-session.ts';
import { read, TOKEN } from '../support/collector-harness.ts';
import { expectAccessible, expectClean, watch, type PageWatch } from './site.ts';
import { answerSurvey, laneName, startSurvey, type PlannedAnswers } from './survey.ts';
import { collectorServingBuild } from './team-collector.ts';

/**
 * Issue 14 end to end, as its users meet it, against the real collector serving `npm start`'s build
 * (dist-e2e/collector, made by `npm run build:e2e`): a facilitator creates a team session in the link builder,
 * five members answer through the team link in their own browsers, the facilitator's team view shows nothing
 * but the count until the fifth and then the group's summary (printed on one page, downloaded as CSV), and the
 * facilitator closes the session (a sixth member is turned away before starting) and deletes it with its
 * responses. Nothing is faked.
 */
const instrument = findInstrument('cop-self-assessment', model);
/** Members disagree on this construct (three answer it all 1, two all 5, keyed) and agree on the rest (all 4). */
const SPLIT = 'shared-domain';
const AGREED = 'community-relationships';
const constructName = (id: string) => model.constructs.find((construct) => construct.id === id)!.name;
const DISAGREE = 'Members see this differently';

/** Every scored and stage statement answered `keyed` for its construct (reverse-worded ones turned around); context questions left out. */
function answersOf(split: 1 | 5): PlannedAnswers {
  const answers: PlannedAnswers = {};
  for (const item of itemsOf(instrument)) {
    if (item.kind === 'stage') answers[item.id] = 4;
    if (item.kind !== 'scored') continue;
    const keyed = item.construct === SPLIT ? split : 4;
    answers[item.id] = item.reverse ? 6 - keyed : keyed;
  }
  return answers;
}

/** Presses Tab until `target` has the focus. */
async function tabTo(page: Page, target: Locator, what: string) {
  for (let presses = 0; presses < 80; presses++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${what}`);
}

/** Pages of a PDF as Chromium writes it: its page objects, not the page tree (/Pages). */
const pdfPages = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;

const startCollector = collectorServingBuild();

/** A member in a browser of their own: opens the team link, answers every statement and sees it sent. */
async function respond(browser: Browser, link: string, answers: PlannedAnswers, watches: PageWatch[]) {
  const context = await browser.newContext();
  const page = await context.newPage();
  watches.push(await watch(page));
  await page.goto(link);
  await expect(page.locator('.session-status')).toContainText('team session; your facilitator sees only');
  await startSurvey(page, 'mouse');
  await answerSurvey(page, instrument, answers, 'mouse');
  await expect(page.getByRole('status').filter({ hasText: 'Sent.' })).toBeVisible();
  await context.close();
}

test('a team session from link builder to deletion: five members answer, the facilitator sees, prints, downloads, closes and deletes', async ({
  browser,
}, testInfo) => {
  test.setTimeout(120_000);
  const origin = (await startCollector('team')).url;
  const watches: PageWatch[] = [];
  const community = laneName('Team journey');

  // 1. The facilitator creates the session in the link builder.
  const builderContext = await browser.newContext();
  const builder = await builderContext.newPage();
  watches.push(await watch(builder));
  await builder.goto(`${origin}/researchers/links/`);
  const form = builder.locator('[data-session-form]');
  await form.getByLabel('Collector address').fill(origin);
  await form.getByLabel('Read token').fill(TOKEN);
  await form.getByLabel('Survey').selectOption(instrument.id);
  await form.getByLabel('Community').fill(community);
  await form.getByLabel('Smallest number shown').fill('5');
  await form.getByRole('button', { name: 'Create team session' }).click();
  await expect(builder.getByRole('heading', { name: 'Team session created' })).toBeFocused();
  const respondentLink = await builder.getByLabel('Link for the team').inputValue();
  const facilitatorLink = await builder.getByLabel('Facilitator link (private)').inputValue();
  await builderContext.close();
  const code = new URL(respondentLink).searchParams.get('session')!;
  const fragment = new URLSearchParams(new URL(facilitatorLink).hash.slice(1));
  expect(fragment.get('session')).toBe(code);
  const firstToken = fragment.get('token')!;
  const teamLink = new URL(respondentLink);
  expect(`${teamLink.origin}${teamLink.pathname}`).toBe(`${origin}/instruments/${instrument.id}/`);
  expect(Object.fromEntries(teamLink.searchParams)).toEqual({ community, session: code });
  expect(facilitatorLink.startsWith(`${origin}/team/#`)).toBe(true);

  // The facilitator's team view, at 320 px throughout: nothing but the count yet.
  const viewContext = await browser.newContext({ viewport: { width: 320, height: 800 } });
  const view = await viewContext.newPage();
  watches.push(await watch(view));
  await view.goto(facilitatorLink);
  const team = view.locator('team-view');
  const count = team.locator('[data-count]');
  const results = team.locator('[data-results]');
  await expect(count).toHaveText('0 responses so far.');

  // 2. Members answer, each in a browser of their own: three see the split construct as 1, the others as 5.
  const low = answersOf(1);
  const high = answersOf(5);
  await Promise.all([low, low, low, high].map((answers) => respond(browser, respondentLink, answers, watches)));

  // 3. After four: still only the count (refreshed from the keyboard, with Enter).
  const refresh = view.getByRole('button', { name: 'Refresh now' });
  await tabTo(view, refresh, 'Refresh now');
  await view.keyboard.press('Enter');
  await expect(count).toHaveText('4 responses so far.');
  await expect(results).toHaveText('The summary appears when at least 5 people have answered (4 so far).');
  await expect(view.locator('table')).toHaveCount(0);
  await expect(view.getByRole('button', { name: 'Download summary (CSV)' })).toBeHidden();

  await respond(browser, respondentLink, high, watches);
  await expect(refresh).toBeFocused();
  await view.keyboard.press('Space');
  await expect(count).toHaveText('5 responses so far.');
  const constructs = view.locator('.team-section--constructs');
  await expect(constructs.locator('svg.bar-chart')).toBeVisible();
  const row = (id: string) =>
    constructs.getByRole('row').filter({ has: view.getByRole('rowheader', { name: constructName(id), exact: true }) });
  await expect(row(SPLIT).getByRole('cell').last()).toHaveText(DISAGREE);
  await expect(row(AGREED).getByRole('cell').last()).toHaveText('Views are close');
  await expect(constructs.getByRole('cell', { name: DISAGREE, exact: true })).toHaveCount(1);

  const summaryResponse = await read(origin, `/api/sessions/${code}/summary`, firstToken);
  expect(summaryResponse.status).toBe(200);
  const summary = (await summaryResponse.json()) as TeamSummary;
  expect(summary.constructs!.filter((c) => c.disagree).map((c) => c.id)).toEqual([SPLIT]);
  const agreed = view.locator('.team-section--agreed');
  await expect(agreed.getByRole('heading', { name: 'Agreed with most', exact: true })).toBeVisible();
  await expect(agreed.getByRole('heading', { name: 'Agreed with least', exact: true })).toBeVisible();
  const [most, least] = [agreed.locator('ol').first(), agreed.locator('ol').last()];
  await expect(most.locator('li')).toHaveText(summary.agreedMost!.map((s) => `${s.text} (mean 4.0)`));
  // The split construct's statements (mean 2.6 = (1+1+1+5+5)/5) are agreed with least.
  expect(summary.agreedLeast!.map((s) => s.mean)).toEqual([2.6, 2.6, 2.6]);
  await expect(least.locator('li')).toHaveText(summary.agreedLeast!.map((s) => `${s.text} (mean 2.6)`));

  // 9. Readable at 320 px with the summary shown.
  await expectAccessible(view);

  // 4. The one-page print.
  const pdf = await view.pdf({ format: 'A4' });
  writeFileSync(testInfo.outputPath('team-summary.pdf'), pdf);
  expect(pdfPages(pdf), 'printed pages').toBe(1);
  // One page because the summary fits, not because print hides it: the constructs and the agreed statements are printed.
  await view.emulateMedia({ media: 'print' });
  await expect(constructs.getByRole('table')).toBeVisible();
  await expect(most).toBeVisible();
  await expect(view.getByRole('button', { name: 'Refresh now' })).toBeHidden();
  await view.screenshot({ path: testInfo.outputPath('team-summary-print.png'), fullPage: true });
  await view.emulateMedia({ media: null });

  // 5. The summary CSV: aggregates, never a response.
  const [download] = await Promise.all([
    view.waitForEvent('download'),
    view.getByRole('button', { name: 'Download summary (CSV)' }).click(),
  ]);
  const csv = readFileSync((await download.path())!, 'utf8');
  const rows = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;
  const constructRows = rows.filter((r) => r['row'] === 'construct');
  expect(constructRows.map((r) => r['id'])).toEqual(summary.constructs!.map((c) => c.id));
  expect(constructRows.find((r) => r['id'] === SPLIT)!['members_see_differently']).toBe('yes');
  expect(constructRows.find((r) => r['id'] === AGREED)!['members_see_differently']).toBe('no');
  expect(rows.find((r) => r['row'] === 'session')!['n']).toBe('5');
  const exportPath = `/api/responses?${new URLSearchParams({ format: 'ndjson', 'param.community': community })}`;
  const stored = (await (await read(origin, exportPath)).text())
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as { responseId: string; session?: string });
  expect(stored).toHaveLength(5);
  expect(stored.every((response) => response.session === code)).toBe(true);
  for (const { responseId } of stored) expect(csv).not.toContain(responseId);
  expect(Object.keys(rows[0]!).some((field) => /response|respondent/i.test(field))).toBe(false);

  // 8. Who may read what: the team link's code is not a facilitator token, a facilitator token is not a read token.
  expect((await read(origin, `/api/sessions/${code}/summary`, null)).status).toBe(401);
  expect((await read(origin, `/api/sessions/${code}/summary`, code)).status).toBe(401);
  expect((await read(origin, exportPath, firstToken)).status).toBe(401);
  await view.getByRole('button', { name: 'New facilitator link', exact: true }).click();
  await view.getByRole('dialog').getByRole('button', { name: 'Make a new link' }).click();
  const newLink = view.getByRole('textbox', { name: 'New facilitator link' });
  await expect(newLink).toBeFocused();
  const secondToken = new URLSearchParams(new URL(await newLink.inputValue()).hash.slice(1)).get('token')!;
  expect(secondToken).not.toBe(firstToken);
  expect((await read(origin, `/api/sessions/${code}/summary`, firstToken)).status).toBe(401);
  expect((await read(origin, `/api/sessions/${code}/summary`, secondToken)).status).toBe(200);

  // 6. Closed from the keyboard (Enter on the button, Space on the dialog's confirmation).
  await refresh.focus();
  const close = view.getByRole('button', { name: 'Close session' });
  await tabTo(view, close, 'Close session');
  await view.keyboard.press('Enter');
  const dialog = view.getByRole('dialog', { name: 'Close the session?' });
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await view.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Close the session' })).toBeFocused();
  await view.keyboard.press('Space');
  await expect(team.locator('[data-message]')).toContainText('The session is closed');
  await expect(team.locator('[data-facts]')).toContainText('Closed: no more answers are accepted');
  await expect(close).toBeHidden();

  // A sixth member is turned away before starting.
  const late = await browser.newContext();
  const latePage = await late.newPage();
  watches.push(await watch(latePage));
  await latePage.goto(respondentLink);
  await expect(latePage.getByRole('heading', { name: 'This team session is closed' })).toBeVisible();
  await expect(latePage.locator('.session-status')).toContainText('Nothing you enter here would be counted.');
  await expect(latePage.getByRole('button', { name: 'Start the survey' })).toHaveCount(0);
  await expect(latePage.locator('.sd-question')).toHaveCount(0);
  await late.close();

  // 7. Deleted, with its responses.
  await view.getByRole('button', { name: 'Delete session and its responses' }).click();
  await view.getByRole('dialog').getByRole('button', { name: 'Delete for good' }).click();
  await expect(team.locator('[data-problem]')).toHaveText(
    'Deleted the session and its 5 responses. Nothing of it is kept on the collector.',
  );
  await expect(team.locator('[data-problem]')).toBeFocused();
  // Nothing of the deleted session's summary stays in the page, hidden or not.
  await expect(team.locator('[data-results]')).toBeEmpty();
  await expect(team.locator('[data-facts]')).toBeEmpty();
  expect((await read(origin, `/api/sessions/${code}`, null)).status).toBe(404);
  const after = await read(origin, '/api/responses?format=ndjson');
  expect(after.status).toBe(200);
  const remaining = await after.text();
  for (const { responseId } of stored) expect(remaining).not.toContain(responseId);
  expect(remaining).not.toContain(code);

  // 10. No page logged an error or met its content security policy.
  await viewContext.close();
  for (const seen of watches) expectClean(seen);
});
