import { expect, test, type Locator, type Page, type Route } from '@playwright/test';
import { instruments } from '../../src/instruments/source-model.ts';
import { outboxIds } from './outbox.ts';
import { ports } from './ports.ts';
import { expectAccessible, expectClean, watch } from './site.ts';
import { answerSurvey, lane, laneName, plannedAnswers, setLane, startSurvey } from './survey.ts';

/**
 * Issue 14, the respondent's side and session creation: a team session link is checked with the collector
 * before the survey starts, and the link builder creates sessions. Against the build that posts to the test
 * endpoint (http://127.0.0.1:4398/responses), whose sessions live at http://127.0.0.1:4398/sessions: the
 * collector's session routes are faked with page.route.
 */
const instrument = instruments[0]!;
const other = instruments.find((candidate) => candidate.id !== instrument.id)!;
const SESSIONS = `http://127.0.0.1:${ports.endpoint}/sessions`;
const CODE = 'AbCdEfGhIjKlMnOpQr_-09';
const FACILITATOR = 'T0k3n_-abcdefghijklmnopqrstuvwxyzABCDEFGHIJ';
const CORS = { 'access-control-allow-origin': '*', 'cache-control': 'no-store' };

const closedText =
  'This team session is closed: its facilitator is no longer collecting answers. Nothing you enter here would be counted.';
const unknownText = 'This session link is not known to the collector; it may have been deleted.';

const link = (community: string, session = CODE) =>
  `/instruments/${instrument.id}/?community=${encodeURIComponent(community)}&session=${encodeURIComponent(session)}`;

/** Fakes `GET {sessions}/{code}`; returns the requests it saw. */
async function fakeStatus(page: Page, answer: (route: Route) => Promise<void>) {
  const seen: { url: string; referer: string | undefined }[] = [];
  await page.route(`${SESSIONS}/**`, async (route) => {
    seen.push({ url: route.request().url(), referer: route.request().headers()['referer'] });
    await answer(route);
  });
  return seen;
}

const status =
  (community: string, open: boolean, id = instrument.id) =>
  (route: Route) =>
    route.fulfill({
      status: 200,
      headers: CORS,
      contentType: 'application/json',
      body: JSON.stringify({ session: CODE, instrument: id, community, open }),
    });

const sessionStatus = (page: Page) => page.locator('.session-status');
const startButton = (page: Page) => page.getByRole('button', { name: 'Start the survey' });

test('open: the respondent is told how their answers are shown, answers, and the response carries the session', async ({
  page,
}) => {
  const seen = await watch(page);
  const community = laneName('team open');
  const requests = await fakeStatus(page, status(community, true));
  await page.goto(link(community));
  await expect(sessionStatus(page)).toHaveText(
    `You are answering as part of ${community}’s team session; your facilitator sees only the group’s combined answers, never yours.`,
  );
  expect(requests).toEqual([{ url: `${SESSIONS}/${CODE}`, referer: undefined }]);
  await startSurvey(page, 'mouse');
  const answers = plannedAnswers(instrument, 3);
  await answerSurvey(page, instrument, answers, 'mouse');
  await expect(page.getByRole('status').filter({ hasText: 'Sent.' })).toBeVisible();
  const { stored } = await lane(community);
  expect(stored).toHaveLength(1);
  expect(stored[0]!['session']).toBe(CODE);
  expect(stored[0]!['params']).toEqual({ community });
  expectClean(seen);
});

test('closed: a message in place of the survey, no way to start; readable at 320 px', async ({ page }, testInfo) => {
  const seen = await watch(page);
  await page.setViewportSize({ width: 320, height: 700 });
  await fakeStatus(page, status('Maths team', false));
  await page.goto(link('Maths team'));
  const message = sessionStatus(page).locator('.notice');
  await expect(message).toContainText(closedText);
  await expect(message.getByRole('heading', { name: 'This team session is closed' })).toBeVisible();
  await expect(startButton(page)).toHaveCount(0);
  await expect(page.locator('.sd-question')).toHaveCount(0);
  // The introduction folds to its summary line, so the message stands under the title, in the first screen.
  await expect(page.locator('details[data-survey-intro]')).not.toHaveAttribute('open');
  await expect(page.getByText('About this survey, your answers and your consent')).toBeVisible();
  expect((await message.boundingBox())!.y + 80).toBeLessThan(700);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, 'horizontal overflow at 320 px').toBeLessThanOrEqual(0);
  await page.screenshot({ path: testInfo.outputPath('closed-320.png') });
  await message.screenshot({ path: testInfo.outputPath('closed-320-message.png') });
  await expectAccessible(page);
  expectClean(seen);
});

test('a start pressed before the check answers waits for it, and a closed session never starts', async ({ page }) => {
  const seen = await watch(page);
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await fakeStatus(page, async (route) => {
    await held;
    await status('Maths team', false)(route);
  });
  await page.goto(link('Maths team'));
  await expect(sessionStatus(page)).toHaveText('Checking this team session with the collector…');
  await expect(startButton(page)).toHaveCount(0);
  release();
  await expect(sessionStatus(page)).toContainText(closedText);
  await expect(page.locator('.sd-question')).toHaveCount(0);
  expectClean(seen);
});

test('unknown (404): the link is not known, no survey', async ({ page }) => {
  const seen = await watch(page);
  await fakeStatus(page, (route) =>
    route.fulfill({
      status: 404,
      headers: CORS,
      contentType: 'application/json',
      body: '{"error":"No such session."}',
    }),
  );
  await page.goto(link('Maths team'));
  await expect(sessionStatus(page)).toContainText(unknownText);
  await expect(startButton(page)).toHaveCount(0);
  expectClean(seen);
});

test('another survey’s session: as unknown, and says it is for another survey', async ({ page }) => {
  const seen = await watch(page);
  await fakeStatus(page, status('Maths team', true, other.id));
  await page.goto(link('Maths team'));
  await expect(sessionStatus(page)).toContainText(unknownText);
  await expect(sessionStatus(page)).toContainText('for another survey, not this one');
  await expect(startButton(page)).toHaveCount(0);
  expectClean(seen);
});

test('the real endpoint, which keeps no sessions, answers 404: the link is not known', async ({ page }) => {
  const seen = await watch(page);
  await page.goto(link('Maths team'));
  await expect(sessionStatus(page)).toContainText(unknownText);
  expectClean(seen);
});

test('unreachable: a one-line note, and the respondent may answer; the response keeps the session', async ({
  page,
}) => {
  const seen = await watch(page);
  const community = laneName('team unreachable');
  await fakeStatus(page, (route) => route.abort('connectionrefused'));
  await page.goto(link(community));
  await expect(sessionStatus(page)).toHaveText(
    'The collector could not be reached to check this team session. You can still answer: your response waits on this device and is sent when the collector can be reached.',
  );
  await startSurvey(page, 'mouse');
  await answerSurvey(page, instrument, plannedAnswers(instrument, 4), 'mouse');
  await expect(page.getByRole('status').filter({ hasText: 'Sent.' })).toBeVisible();
  expect((await lane(community)).stored[0]!['session']).toBe(CODE);
  // The aborted check is logged by the browser as a failed load; nothing else may go wrong.
  expect(seen.cspViolations).toEqual([]);
  expect(seen.errors.filter((error) => !/ERR_CONNECTION_REFUSED|Failed to load resource/.test(error))).toEqual([]);
});

test('a malformed session code is reported by name like other bad link values, never asked about, never sent', async ({
  page,
}) => {
  const seen = await watch(page);
  const community = laneName('team malformed');
  const requests = await fakeStatus(page, status(community, true));
  await page.goto(link(community, `${CODE.slice(0, 10)}<b>x</b>`));
  const problems = page.locator('link-parameter-notice [data-problems]');
  await expect(problems).toBeVisible();
  await expect(problems.locator('li')).toHaveText(/^Team session \(session\) is not a team session code/);
  await expect(problems.locator('b')).toHaveCount(0);
  await expect(sessionStatus(page)).toHaveCount(0);
  await startSurvey(page, 'mouse');
  await answerSurvey(page, instrument, plannedAnswers(instrument, 1), 'mouse');
  await expect(page.getByRole('status').filter({ hasText: 'Sent.' })).toBeVisible();
  expect(requests).toEqual([]);
  expect((await lane(community)).stored[0]).not.toHaveProperty('session');
  expectClean(seen);
});

test('closed while answering: the 409 refusal keeps the response on the device and says why', async ({ page }) => {
  const seen = await watch(page);
  const community = laneName('team closed meanwhile');
  await fakeStatus(page, status(community, true));
  await setLane(community, [{ status: 409 }]);
  await page.goto(link(community));
  await expect(sessionStatus(page)).toContainText('team session');
  await startSurvey(page, 'mouse');
  await answerSurvey(page, instrument, plannedAnswers(instrument, 2), 'mouse');
  const alert = page.getByRole('alert').filter({ hasText: 'Not counted: the team session has closed.' });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('It is still saved on this device.');
  const responseId = await page.locator('[data-response-id]').getAttribute('data-response-id');
  expect(await outboxIds(page)).toEqual([responseId]);
  expect((await lane(community)).stored).toHaveLength(0);
  expect(seen.cspViolations).toEqual([]);
  expect(seen.errors.filter((error) => !/409/.test(error))).toEqual([]);
});

// The link builder's team session section.

const PAGE = '/researchers/links/';
const sessionSection = (page: Page) => page.getByRole('region', { name: 'Team session' });

/** Answers a CORS preflight as the collector does: the session routes' methods, with a JSON body and a token. */
const allowPreflight = (route: Route) =>
  route.fulfill({
    status: 204,
    headers: {
      ...CORS,
      'access-control-allow-methods': 'GET, POST, DELETE',
      'access-control-allow-headers': 'content-type, authorization',
    },
  });

async function fakeCreate(page: Page, answer: (body: Record<string, unknown>, route: Route) => Promise<void>) {
  const seen: { headers: Record<string, string>; body: Record<string, unknown> }[] = [];
  await page.route(SESSIONS, async (route) => {
    if (route.request().method() === 'OPTIONS') return allowPreflight(route);
    const body = route.request().postDataJSON() as Record<string, unknown>;
    seen.push({ headers: route.request().headers(), body });
    await answer(body, route);
  });
  return seen;
}

const created = (body: Record<string, unknown>, route: Route) =>
  route.fulfill({
    status: 201,
    headers: CORS,
    contentType: 'application/json',
    body: JSON.stringify({ ...body, session: CODE, facilitatorToken: FACILITATOR }),
  });

/** Tab forward until `target` has focus, as a keyboard user would, failing if it never comes. */
async function tabTo(page: Page, target: Locator, limit = 60) {
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

test('link builder: creating a session gives the team link with a QR code and the private facilitator link', async ({
  page,
  baseURL,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL! });
  const seen = await watch(page);
  const requests = await fakeCreate(page, created);
  await page.goto(PAGE);
  const section = sessionSection(page);
  await expect(section.getByRole('textbox', { name: 'Collector address' })).toHaveValue(
    `http://127.0.0.1:${ports.endpoint}/responses`,
  );
  await expect(section.getByRole('spinbutton', { name: 'Smallest number shown' })).toHaveValue('5');
  await expect(section.getByRole('spinbutton', { name: 'Smallest number shown' })).toHaveAttribute('min', '3');
  const token = section.getByLabel('Read token');
  await expect(token).toHaveAttribute('type', 'password');
  await token.fill('secret-read-token');
  await section.getByRole('combobox', { name: 'Survey' }).selectOption(instrument.id);
  await section.getByRole('textbox', { name: 'Community' }).fill(' Maths team ');
  await section.getByRole('button', { name: 'Create team session' }).click();

  const respondent = `${baseURL}/instruments/${instrument.id}/?community=Maths+team&session=${CODE}`;
  await expect(section.getByRole('textbox', { name: 'Link for the team' })).toHaveValue(respondent);
  await expect(section.getByRole('textbox', { name: 'Facilitator link (private)' })).toHaveValue(
    `${baseURL}/team/#session=${CODE}&token=${FACILITATOR}`,
  );
  await expect(section.getByText('Keep this link private')).toHaveText(
    'Keep this link private: anyone with it sees the team’s summary and can close or delete the session.',
  );
  await expect(section.locator('[data-session-qr] svg')).toHaveAttribute('aria-label', `QR code for ${respondent}`);
  expect(requests).toHaveLength(1);
  expect(requests[0]!.headers['authorization']).toBe('Bearer secret-read-token');
  expect(requests[0]!.body).toEqual({ instrument: instrument.id, community: 'Maths team', minResponses: 5 });

  await section.getByRole('button', { name: 'Copy facilitator link' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    `${baseURL}/team/#session=${CODE}&token=${FACILITATOR}`,
  );
  await section.getByRole('button', { name: 'Copy team link' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(respondent);
  // The token is in its field only: nothing on the device keeps it.
  expect(
    await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage })),
  ).not.toContain('secret-read-token');
  await expectAccessible(page);
  expectClean(seen);
});

test('link builder: the collector’s refusals and a bad form are shown as text beside the form', async ({ page }) => {
  const seen = await watch(page);
  const requests = await fakeCreate(page, (_, route) =>
    route.fulfill({
      status: 401,
      headers: CORS,
      contentType: 'application/json',
      body: '{"error":"A valid read token is needed: send Authorization: Bearer <token>."}',
    }),
  );
  await page.goto(PAGE);
  const section = sessionSection(page);
  const message = section.locator('[data-session-message]');
  await section.getByRole('textbox', { name: 'Community' }).fill('<b>Maths</b>');
  await section.getByLabel('Read token').fill('wrong');
  await section.getByRole('button', { name: 'Create team session' }).click();
  await expect(message).toHaveText('Community contains characters that are not allowed.');
  await expect(section.getByRole('textbox', { name: 'Community' })).toHaveAttribute('aria-invalid', 'true');
  await expect(section.getByRole('textbox', { name: 'Community' })).toBeFocused();

  await section.getByRole('textbox', { name: 'Community' }).fill('Maths team');
  await section.getByRole('spinbutton', { name: 'Smallest number shown' }).fill('2');
  await section.getByRole('button', { name: 'Create team session' }).click();
  await expect(message).toHaveText(/whole number from 3 to 1000/);
  expect(requests).toHaveLength(0);

  await section.getByRole('spinbutton', { name: 'Smallest number shown' }).fill('4');
  await section.getByRole('button', { name: 'Create team session' }).click();
  await expect(message).toHaveText(/did not accept the read token/);
  await expect(section.getByLabel('Read token')).toHaveAttribute('aria-invalid', 'true');
  await expect(section.locator('[data-session-result]')).toBeHidden();
  expect(requests).toHaveLength(1);

  await section.getByRole('textbox', { name: 'Collector address' }).fill('https://elsewhere.example.org');
  await section.getByRole('button', { name: 'Create team session' }).click();
  await expect(message).toHaveText(/security policy.*not https:\/\/elsewhere\.example\.org/);
  expect(requests).toHaveLength(1);
  await expectAccessible(page);
  // The browser logs the collector's 401 as a failed load; nothing else may go wrong.
  expect(seen.cspViolations).toEqual([]);
  expect(seen.errors.filter((error) => !/status of 401/.test(error))).toEqual([]);
  expect(seen.thirdPartyRequests).toEqual([]);
});

test('link builder: keyboard only, a session is created and its team link copied', async ({
  page,
  baseURL,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL! });
  const seen = await watch(page);
  await fakeCreate(page, created);
  await page.goto(PAGE);
  const section = sessionSection(page);
  const token = section.getByLabel('Read token');
  await tabTo(page, section.getByRole('textbox', { name: 'Collector address' }), 120);
  await page.keyboard.press('Tab');
  await expect(token).toBeFocused();
  await page.keyboard.type('secret-read-token');
  await page.keyboard.press('Tab');
  await expect(section.getByRole('combobox', { name: 'Survey' })).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.type('Maths team');
  await page.keyboard.press('Tab');
  await expect(section.getByRole('spinbutton', { name: 'Smallest number shown' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(section.getByRole('heading', { name: 'Team session created' })).toBeFocused();
  const copy = section.getByRole('button', { name: 'Copy team link' });
  await tabTo(page, copy);
  expect(await copy.evaluate((element) => getComputedStyle(element).outlineStyle)).not.toBe('none');
  await page.keyboard.press('Enter');
  await expect(section.getByRole('status').filter({ hasText: 'Copied.' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(`session=${CODE}`);
  const facilitatorCopy = section.getByRole('button', { name: 'Copy facilitator link' });
  await tabTo(page, facilitatorCopy);
  await page.keyboard.press('Enter');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(`token=${FACILITATOR}`);
  expectClean(seen);
});

// The facilitator's team view, against faked collector answers.

const OTHER_CODE = 'ZyXwVuTsRqPoNmLkJi_-98';
const summaryOf = (session: string, community: string, responses: number) => ({
  session,
  instrument: instrument.id,
  community,
  open: true,
  instrumentTitle: instrument.title,
  version: instrument.version,
  minResponses: 5,
  responses,
  visible: false,
});

/** Fakes `{sessions}/{code}/summary` (and its preflight) with `answer`; returns the codes asked about, in order. */
async function fakeSummary(page: Page, answer: (code: string, route: Route) => Promise<void>) {
  const asked: string[] = [];
  await page.route(`${SESSIONS}/**`, async (route) => {
    if (route.request().method() === 'OPTIONS') return allowPreflight(route);
    const code = new URL(route.request().url()).pathname.split('/')[2]!;
    asked.push(code);
    await answer(code, route);
  });
  return asked;
}

test('team view: a link opened while the last one’s summary is still on its way is loaded at once', async ({
  page,
}) => {
  const seen = await watch(page);
  let answerFirst: () => void = () => {};
  const firstHeld = new Promise<void>((resolve) => (answerFirst = resolve));
  const asked = await fakeSummary(page, async (code, route) => {
    // The first session's collector is slow: its answer comes only after the second link was opened.
    if (code === CODE) await firstHeld;
    const summary = code === CODE ? summaryOf(CODE, 'First team', 1) : summaryOf(OTHER_CODE, 'Second team', 2);
    await route.fulfill({ status: 200, headers: CORS, contentType: 'application/json', body: JSON.stringify(summary) });
  });
  await page.goto(`/team/#session=${CODE}&token=${FACILITATOR}`);
  await expect.poll(() => asked).toEqual([CODE]);
  await expect(page.locator('[data-count]')).toHaveText('Loading the summary…');

  // The facilitator pastes another session's link into the address bar: only the fragment changes.
  await page.evaluate((fragment) => (location.hash = fragment), `session=${OTHER_CODE}&token=${FACILITATOR}`);
  await expect(page.locator('[data-count]')).toHaveText('2 responses so far.');
  await expect(page.locator('.team-facts')).toContainText('Second team');

  // The old answer, arriving last, does not replace the summary of the link now open.
  const firstAnswered = page.waitForResponse((response) => response.url().includes(`/${CODE}/summary`));
  answerFirst();
  await firstAnswered;
  await page.waitForTimeout(300);
  expect(asked).toEqual([CODE, OTHER_CODE]);
  await expect(page.locator('[data-count]')).toHaveText('2 responses so far.');
  await expect(page.locator('.team-facts')).not.toContainText('First team');
  expectClean(seen);
});
