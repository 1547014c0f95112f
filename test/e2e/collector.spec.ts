import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { expect, test, type Page } from '@playwright/test';
import { contentHash } from '../../src/instruments/hash.ts';
import { instruments } from '../../src/instruments/model.ts';
import { scoreResponse } from '../../src/instruments/score.ts';
import { confirmsReceipt } from '../../src/respond/receipt.ts';
import { count, payload, post, read, removeDir, root, scratchDir, startCollector, type Collector } from '../collector/harness.ts';
import { ports } from './ports.ts';
import { answerSurvey, laneName, plannedAnswers, startSurvey } from './survey.ts';

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
  if (!existsSync(join(SITE_DIR, 'index.html'))) throw new Error(`${SITE_DIR} holds no build: run \`npm run build:e2e\` first.`);
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
async function exported(collector: Collector, filters: Record<string, string>): Promise<{ text: string; payloads: Record<string, unknown>[] }> {
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

test('npm start’s build: a response completed in Chromium is stored, exported with the token and analysed', async ({ page }) => {
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
  const expected = scoreResponse(instrument, answers);
  expect(payload['answers']).toEqual(answers);
  expect(payload['scores']).toEqual(JSON.parse(JSON.stringify(expected)));
  expect(payload['params']).toEqual({ community, wave: '3' });
  expect(payload['instrument']).toEqual({ id: instrument.id, version: instrument.version, hash: await contentHash(instrument) });

  // The export is what the researcher's tools read: the analysis of it gives the respondent's own scores.
  const work = mkdtempSync(join(tmpdir(), 'cultivate-collector-export-'));
  try {
    const file = join(work, 'responses.ndjson');
    writeFileSync(file, text);
    const run = await analyze(file, '--out', join(work, 'analysis'));
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain(`== ${instrument.id} ${instrument.version}: 1 response(s) ==`);
    const summary = Papa.parse<Record<string, string>>(readFileSync(join(work, 'analysis', `${instrument.id}-summary.csv`), 'utf8'), {
      header: true,
      skipEmptyLines: true,
    }).data.filter((row) => row['group_by'] === '(all)');
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
  const browserPost = page.waitForRequest((request) => request.method() === 'POST' && request.url().endsWith('/api/responses'));
  await answerSurvey(page, instrument, answers, 'mouse');
  await browserPost;

  expect(traffic.inFlight(), 'requests in flight when the collector is killed').toBeGreaterThan(0);
  const finished = traffic.stop();
  await collector.stop('SIGKILL');
  killed();
  const posted = await finished;
  await expect(waiting(page)).toContainText('could not reach the server');

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
  expect(acked.filter((p) => !storedIds.has(p.responseId)).map((p) => p.responseId), 'acknowledged but lost').toEqual([]);
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
