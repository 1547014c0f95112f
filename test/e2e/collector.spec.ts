import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { expect, test, type Page, type Request } from '@playwright/test';
import { surveyMessages } from '../../src/i18n/survey.ts';
import { instruments, model } from '../../src/instruments/source-model.ts';
import { scoreResponse } from '../../src/instruments/score.ts';
import { confirmsReceipt } from '../../src/respond/receipt.ts';
import {
  count,
  payload,
  post,
  read,
  removeDir,
  root,
  scratchDir,
  startCollector,
  TOKEN,
  type Collector,
} from '../support/collector-harness.ts';
import { ports } from './ports.ts';
import { expectAccessible, expectClean, watch } from './site.ts';
import { answerSurvey, expectStoredResponse, laneName, plannedAnswers, startSurvey } from './survey.ts';

/**
 * The respondent's side against the real collector (collector/server.ts) serving `npm start`'s own build
 * (`npm run build:e2e` makes it in dist-e2e/collector, posting to the same-origin /api/responses). Each
 * test starts its own collector with its own database, so it can kill it.
 */
const instrument = instruments[0]!;
const SITE_DIR = join(root, 'dist-e2e/collector');

const sent = (page: Page) => page.getByRole('status').filter({ hasText: 'Sent.' });
const waiting = (page: Page) => page.getByRole('status').filter({ hasText: 'Waiting to send.' });

/** Settings for one test's collector: its own scratch folder (database in data/) and port, serving npm start's build. */
function settings(port: number, env: Record<string, string> = {}) {
  if (!existsSync(join(SITE_DIR, 'index.html')))
    throw new Error(`${SITE_DIR} holds no build: run \`npm run build:e2e\` first.`);
  const dir = scratchDir();
  return { dir, env: { PORT: String(port), COLLECTOR_SITE_DIR: SITE_DIR, ...env } };
}

let running: Collector[] = [];
let dirs: string[] = [];
async function start({ dir, env }: ReturnType<typeof settings>): Promise<Collector> {
  if (!dirs.includes(dir)) dirs.push(dir);
  const collector = await startCollector(dir, env);
  running.push(collector);
  return collector;
}
test.afterEach(async () => {
  await Promise.all(running.map((collector) => collector.stop()));
  dirs.forEach(removeDir);
  running = [];
  dirs = [];
});

const query = (filters: Record<string, string>) => new URLSearchParams(filters).toString();

/** The collector's NDJSON export, read as a researcher would, with the token. */
async function exported(
  collector: Collector,
  filters: Record<string, string>,
): Promise<{ text: string; payloads: Record<string, unknown>[] }> {
  const response = await read(collector.url, `/api/responses?${query({ format: 'ndjson', ...filters })}`);
  expect(response.status, await response.clone().text()).toBe(200);
  const text = await response.text();
  const payloads = text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
  return { text, payloads };
}

/** `npm run analyze -- …args`, as a researcher runs it. */
function analyze(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    execFile('npm', ['run', '--silent', 'analyze', '--', ...args], { timeout: 60_000 }, (error, stdout, stderr) => {
      if (error && typeof error.code !== 'number') reject(error);
      else resolve({ code: error ? (error.code as number) : 0, stdout, stderr });
    });
  });
}

test('npm start’s build: a response completed in Chromium is stored, exported with the token and analysed', async ({
  page,
}) => {
  const collector = await start(settings(ports.collector));
  const community = laneName('collector');
  const answers = plannedAnswers(instrument, 11);
  await page.goto(`${collector.url}/instruments/${instrument.id}/?community=${encodeURIComponent(community)}&wave=3`);
  await startSurvey(page, 'mouse');
  await answerSurvey(page, instrument, answers, 'mouse');
  await expect(sent(page)).toBeVisible();

  const filters = { 'param.community': community };
  // Responses are write-only to anyone without the token.
  const stranger = await read(collector.url, `/api/responses?${query({ format: 'ndjson', ...filters })}`, null);
  expect(stranger.status).toBe(401);
  expect(await stranger.text()).not.toContain(community);

  const { text, payloads } = await exported(collector, filters);
  expect(payloads).toHaveLength(1);
  expect(await count(collector.url, `?${query(filters)}`)).toBe(1);
  const payload = payloads[0]!;
  await expectStoredResponse(payload, instrument, answers, { community, wave: '3' });
  const expected = scoreResponse(instrument, answers, model);

  // The export is what the researcher's tools read: the analysis of it gives the respondent's own scores.
  const work = mkdtempSync(join(tmpdir(), 'cultivate-collector-export-'));
  try {
    const file = join(work, 'responses.ndjson');
    writeFileSync(file, text);
    const run = await analyze(file, '--out', join(work, 'analysis'));
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain(`== ${instrument.id} ${instrument.version}: 1 response(s) ==`);
    const summary = Papa.parse<Record<string, string>>(
      readFileSync(join(work, 'analysis', `${instrument.id}-summary.csv`), 'utf8'),
      {
        header: true,
        skipEmptyLines: true,
      },
    ).data.filter((row) => row['group_by'] === '(all)');
    expect(summary.map((row) => row['construct'])).toEqual(expected.constructs.map((score) => score.construct));
    for (const score of expected.constructs) {
      const row = summary.find((candidate) => candidate['construct'] === score.construct)!;
      expect(row['n'], score.construct).toBe(score.mean === null ? '0' : '1');
      if (score.mean === null) expect(row['mean'], score.construct).toBe('');
      else expect(Number(row['mean']), score.construct).toBeCloseTo(score.mean, 6);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});

interface Posted {
  responseId: string;
  body: string;
  status: number | null;
  receipt: boolean;
}

/**
 * Node clients posting unique responses back to back until stopped (or `limit` responses, or `seconds`),
 * recording for each whether it got a 2xx and a receipt.
 */
function load(url: string, params: Record<string, string>, clients: number, limit: number, seconds: number) {
  const results: Posted[] = [];
  const deadline = Date.now() + seconds * 1000;
  let stopped = false;
  let inFlight = 0;
  const client = async () => {
    while (!stopped && Date.now() < deadline && results.length + inFlight < limit) {
      const made = payload(instrument, params, results.length + inFlight);
      const sending = { responseId: made.responseId, body: JSON.stringify(made) };
      inFlight++;
      let outcome: Pick<Posted, 'status' | 'receipt'>;
      try {
        const response = await post(url, sending.body);
        outcome = { status: response.status, receipt: confirmsReceipt(await response.text(), sending.responseId) };
      } catch {
        outcome = { status: null, receipt: false };
      }
      inFlight--;
      results.push({ ...sending, ...outcome });
    }
  };
  const clientsDone = Promise.all(Array.from({ length: clients }, client));
  return {
    results,
    inFlight: () => inFlight,
    /** No new request starts from now on; resolves once those in flight have ended. */
    async stop(): Promise<Posted[]> {
      stopped = true;
      await clientsDone;
      return results;
    },
  };
}

const acknowledged = (posted: Posted) => posted.status !== null && posted.status >= 200 && posted.status < 300;

test('killed with SIGKILL under load and restarted: every acknowledged response is kept, and the browser’s outbox delivers the rest', async ({
  page,
}) => {
  test.setTimeout(180_000);
  // The load comes from one address; the rate limit is not what this test is about.
  const options = settings(ports.collectorRestart, { COLLECTOR_RATE_LIMIT: '1000000' });
  let collector = await start(options);
  const community = laneName('sigkill');
  const loadCommunity = `${community} load`;
  const answers = plannedAnswers(instrument, 5);

  await page.goto(`${collector.url}/instruments/${instrument.id}/?community=${encodeURIComponent(community)}`);
  await startSurvey(page, 'mouse');
  // The browser's first attempt is held until the collector is dead, so it certainly needs the outbox.
  let killed: () => void = () => {};
  const dead = new Promise<void>((resolve) => (killed = resolve));
  await page.route('**/api/responses', async (route) => {
    await dead;
    await route.continue();
  });

  const traffic = load(collector.url, { community: loadCommunity }, 16, 50_000, 90);
  await expect.poll(() => traffic.results.filter(acknowledged).length, { timeout: 30_000 }).toBeGreaterThanOrEqual(200);
  const browserPost = page.waitForRequest(
    (request) => request.method() === 'POST' && request.url().endsWith('/api/responses'),
  );
  await answerSurvey(page, instrument, answers, 'mouse');
  await browserPost;

  expect(traffic.inFlight(), 'requests in flight when the collector is killed').toBeGreaterThan(0);
  // Killed while the clients are still sending, so some requests certainly get no answer: stopping them first
  // would let those in flight finish before the kill lands.
  await collector.stop('SIGKILL');
  const posted = await traffic.stop();
  killed();
  await expect(waiting(page)).toContainText(surveyMessages.en.failureUnreachable);

  collector = await start(options);
  const ids = new Set(posted.map((p) => p.responseId));
  expect(ids.size, 'every load response has its own id').toBe(posted.length);
  // Every 2xx carried a receipt for its own response.
  expect(posted.filter((p) => acknowledged(p) && !p.receipt).map((p) => p.responseId)).toEqual([]);

  const afterRestart = await exported(collector, { 'param.community': loadCommunity });
  const stored = afterRestart.payloads.map((payload) => payload['responseId'] as string);
  expect(new Set(stored).size, 'no response is stored twice').toBe(stored.length);
  const storedIds = new Set(stored);
  const acked = posted.filter(acknowledged);
  expect(
    acked.filter((p) => !storedIds.has(p.responseId)).map((p) => p.responseId),
    'acknowledged but lost',
  ).toEqual([]);
  expect(posted.length - acked.length, 'responses without an answer when the collector died').toBeGreaterThan(0);

  const unanswered = posted.filter((candidate) => !acknowledged(candidate));
  test.info().annotations.push({
    type: 'load',
    description: `${acked.length} acknowledged before the kill; ${unanswered.length} unanswered, of which ${unanswered.filter((p) => storedIds.has(p.responseId)).length} had been stored`,
  });
  // What got no answer is sent again, as an outbox does: stored once whether or not the first copy landed.
  for (const p of unanswered) {
    const response = await post(collector.url, p.body);
    const text = await response.text();
    expect(response.status, text).toBe(storedIds.has(p.responseId) ? 200 : 201);
    expect(confirmsReceipt(text, p.responseId), text).toBe(true);
  }
  expect(await count(collector.url, `?${query({ 'param.community': loadCommunity })}`)).toBe(posted.length);

  // The respondent's outbox retries on its own once the collector is back.
  await expect(sent(page)).toBeVisible({ timeout: 60_000 });
  const browser = await exported(collector, { 'param.community': community });
  expect(browser.payloads).toHaveLength(1);
  expect(browser.payloads[0]!['answers']).toEqual(answers);
});

test('the analysis page on the collector’s origin loads the stored responses with the token, as npm run analyze reads the export', async ({
  page,
}) => {
  const collector = await start(settings(0));
  const readiness = instruments.find((candidate) => candidate.id !== instrument.id)!;
  const stored = [
    ...['North', 'South', 'North', 'South', 'North', 'East'].map((community, n) =>
      payload(instrument, { community }, n),
    ),
    ...[1, 2, 3, 4].map((n) => payload(readiness, { community: 'North' }, n)),
  ];
  for (const body of stored) expect((await post(collector.url, body)).status).toBe(201);

  // What the researcher's command gives for the export: the figures the page must show.
  const work = mkdtempSync(join(tmpdir(), 'cultivate-collector-analyze-'));
  const expected = new Map<string, { n: string; mean: string; sd: string }[]>();
  try {
    const file = join(work, 'responses.ndjson');
    writeFileSync(file, (await exported(collector, {})).text);
    const run = await analyze(file, '--out', join(work, 'analysis'));
    expect(run.code, run.stderr).toBe(0);
    for (const { id } of [instrument, readiness]) {
      const rows = Papa.parse<Record<string, string>>(
        readFileSync(join(work, 'analysis', `${id}-summary.csv`), 'utf8'),
        { header: true, skipEmptyLines: true },
      );
      expect(rows.errors).toEqual([]);
      expected.set(
        id,
        rows.data
          .filter((row) => row['group_by'] === '(all)')
          .map(({ n, mean, sd }) => ({ n: n!, mean: mean!, sd: sd! })),
      );
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }

  const seen = await watch(page);
  const requests: Request[] = [];
  page.on('request', (request) => requests.push(request));
  await page.goto(`${collector.url}/researchers/analyze/`);
  const address = page.getByLabel('Collector address');
  await expect(address).toHaveValue(collector.url);
  const token = page.getByLabel('Read token');
  await expect(token).toHaveAttribute('type', 'password');
  const message = page.locator('[data-collector-message]');

  // By keyboard: Tab to the token, type it, Enter.
  for (let i = 0; i < 40 && !(await token.evaluate((element) => element === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(token).toBeFocused();
  await page.keyboard.type('not-the-read-token-at-all');
  await page.keyboard.press('Enter');
  await expect(message).toHaveText(
    'Nothing was loaded. The collector did not accept the read token. Check COLLECTOR_TOKEN (or data/collector-token beside its database).',
  );
  await expect(page.locator('section[data-instrument]')).toHaveCount(0);

  await token.fill('');
  await page.keyboard.type(TOKEN);
  await page.keyboard.press('Enter');
  await expect(message).toContainText(`Loaded ${stored.length} stored response(s) from ${collector.url}`);
  await expect(page.locator('response-analysis').getByRole('status')).toContainText(
    `${stored.length} response(s) analysed from the collector at ${collector.url}`,
  );

  // Each construct's n, mean and SD on the page are the command's, to the page's two decimals.
  for (const { id, version } of [instrument, readiness]) {
    const section = page.locator(`section[data-instrument="${id}"]`);
    const figures = expected.get(id)!;
    await expect(section.locator('p.lead')).toHaveText(
      `${stored.filter((body) => body.instrument.id === id).length} responses to version ${version}.`,
    );
    const cells = await section
      .getByRole('region', { name: /Construct means/ })
      .getByRole('row', { name: /^All responses/ })
      .getByRole('cell')
      .allTextContents();
    expect(cells.slice(1)).toHaveLength(figures.length);
    cells.slice(1).forEach((text, c) => {
      const { n, mean, sd } = figures[c]!;
      const shown = /^(\S+) \(SD (\S+), n (\d+)\)$/.exec(text);
      expect(shown, text).not.toBeNull();
      expect(shown![3], text).toBe(n);
      // The command writes three decimals, the page two: they agree within the rounding of both.
      for (const [onPage, inCsv] of [
        [shown![1]!, mean],
        [shown![2]!, sd],
      ] as const) {
        if (inCsv === '') expect(onPage, text).toBe('—');
        else expect(Math.abs(Number(onPage) - Number(inCsv)), `${text} against ${inCsv}`).toBeLessThanOrEqual(0.0055);
      }
    });
  }

  // Files chosen afterwards are analysed together with the collector's responses.
  const extra = payload(readiness, { community: 'West' }, 9);
  await page.getByLabel('Response files').setInputFiles({
    name: 'more.ndjson',
    mimeType: 'application/x-ndjson',
    buffer: Buffer.from(JSON.stringify(extra)),
  });
  await expect(page.locator('response-analysis').getByRole('status')).toContainText(
    `${stored.length + 1} response(s) analysed from 1 file(s) and the collector at ${collector.url}`,
  );

  await expectAccessible(page);
  // Chromium logs the refused read (401) itself; anything else logged is a fault.
  expectClean({ ...seen, errors: seen.errors.filter((error) => !/status of 401/.test(error)) });
  // The token went only to the collector, and only in the Authorization header: no URL, body, other header or storage holds it.
  const origin = new URL(collector.url).origin;
  expect(requests.map((request) => new URL(request.url()).origin).filter((other) => other !== origin)).toEqual([]);
  const reads = requests.filter((request) => new URL(request.url()).pathname === '/api/responses');
  expect(reads.map((request) => request.method())).toEqual(['GET', 'GET']);
  expect(await Promise.all(reads.map(async (request) => (await request.allHeaders())['authorization']))).toEqual([
    'Bearer not-the-read-token-at-all',
    `Bearer ${TOKEN}`,
  ]);
  for (const request of requests) {
    const { authorization: _authorization, ...headers } = await request.allHeaders();
    expect(`${request.url()} ${request.postData() ?? ''} ${JSON.stringify(headers)}`).not.toContain(TOKEN);
  }
  expect(page.url()).not.toContain(TOKEN);
  expect(
    await page.evaluate(() => JSON.stringify([{ ...localStorage }, { ...sessionStorage }, document.cookie])),
  ).not.toContain(TOKEN);
});
