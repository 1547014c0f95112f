import { readFileSync, truncateSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { expect, test } from '@playwright/test';
import { analyzeResponses } from '../../src/instruments/analysis.ts';
import { findConstruct } from '../../src/instruments/framework.ts';
import { contentHash } from '../../src/instruments/hash.ts';
import { findInstrument, itemsOf } from '../../src/instruments/model.ts';
import { readableHashes, readResponses } from '../../src/instruments/responses.ts';
import { storedResponses } from '../support/stored-responses.ts';
import { expectAccessible, expectClean, watch } from './site.ts';
import { ports } from './ports.ts';
import { plannedAnswers } from './survey.ts';

const selfAssessment = findInstrument('cop-self-assessment');
const readiness = findInstrument('organizational-readiness');
const communities = ['North', 'South', 'East'];
/** A scored item of the readiness survey, for an answer off its scale. */
const readinessItem = itemsOf(readiness).find((item) => item.kind === 'scored')!.id;

/** A construct's cell as the page writes it. */
const cell = (c: { mean: number | null; sd: number | null; n: number }) =>
  `${c.mean === null ? '—' : c.mean.toFixed(2)} (SD ${c.sd === null ? '—' : c.sd.toFixed(2)}, n ${c.n})`;

async function files() {
  const hash = await contentHash(selfAssessment);
  const ndjson = Array.from({ length: 30 }, (_, i) =>
    JSON.stringify({
      payloadVersion: 1,
      responseId: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      instrument: { id: selfAssessment.id, version: selfAssessment.version, hash },
      params: { community: communities[i % 3], wave: '1' },
      answers: plannedAnswers(selfAssessment, i * 7),
    }),
  );
  ndjson.push('{ this line is broken');
  ndjson.push(JSON.stringify({ instrument: { id: selfAssessment.id, version: '0.1.0' }, answers: {} }));

  const variables = itemsOf(readiness).map((item) => item.id);
  const rows = Array.from({ length: 12 }, (_, i) => {
    const answers = plannedAnswers(readiness, i * 5);
    return { instrument_id: readiness.id, community: communities[i % 3]!, ...answers };
  });
  rows.push({
    instrument_id: readiness.id,
    community: 'North',
    ...plannedAnswers(readiness, 1),
    [readinessItem]: 9,
  } as never);
  const csv = Papa.unparse({
    fields: ['instrument_id', 'community', ...variables],
    data: rows.map((row) =>
      ['instrument_id', 'community', ...variables].map((f) => (row as Record<string, unknown>)[f] ?? ''),
    ),
  });
  return [
    { name: 'self-assessment.ndjson', mimeType: 'application/x-ndjson', buffer: Buffer.from(ndjson.join('\n')) },
    { name: 'readiness.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) },
  ];
}

test('response files are analysed in the browser, with nothing sent anywhere', async ({ page }) => {
  const seen = await watch(page);
  const requests: string[] = [];
  await page.goto('/researchers/analyze/');
  page.on('request', (request) => requests.push(`${request.method()} ${request.url()}`));
  const input = await files();
  await page.getByLabel('Response files').setInputFiles(input);
  await expect(page.locator('response-analysis').getByRole('status')).toContainText(
    '42 response(s) analysed from 2 file(s)',
  );
  await expect(page.locator('response-analysis').getByRole('status')).toContainText(
    '3 row(s) or file(s) could not be used',
  );

  const rejected = page.getByRole('region', { name: 'Rows that could not be used, with the reason' });
  await expect(rejected).toContainText('31');
  await expect(rejected).toContainText('version 0.1.0');
  await expect(rejected).toContainText(`${readinessItem}: 9 is not one of`);

  // The browser's figures are the analysis module's for the same files.
  const { responses } = readResponses(
    input.map((file) => ({ name: file.name, text: file.buffer.toString() })),
    await readableHashes(),
  );
  const expected = analyzeResponses(
    selfAssessment,
    responses.filter((r) => r.instrument.id === selfAssessment.id),
    { groupBy: null },
  );
  const section = page.locator(`section[data-instrument="${selfAssessment.id}"]`);
  const overall = section.getByRole('region', { name: /Construct means/ }).getByRole('row', { name: /^All responses/ });
  for (const construct of expected.overall.constructs) {
    await expect(overall).toContainText(cell(construct));
  }
  const reliable = expected.reliability.find((r) => r.alpha !== null)!;
  const alphaRow = section
    .getByRole('region', { name: /Cronbach/ })
    .getByRole('row', { name: new RegExp(`^${findConstruct(reliable.construct).name}`) });
  await expect(alphaRow).toContainText(reliable.alpha!.toFixed(2));

  // Grouping by community adds one row per community, computed the same way.
  await page.getByLabel('Compare groups by').selectOption('community');
  const grouped = analyzeResponses(
    selfAssessment,
    responses.filter((r) => r.instrument.id === selfAssessment.id),
    { groupBy: 'community' },
  );
  for (const group of grouped.groups) {
    const row = section.getByRole('row', { name: new RegExp(`^community: ${group.key}`) }).first();
    for (const construct of group.constructs) await expect(row).toContainText(cell(construct));
  }
  await expect(
    page
      .locator(`section[data-instrument="${readiness.id}"]`)
      .getByRole('region', { name: 'The constructs with the highest and lowest group mean' }),
  ).toContainText('role: ');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    section.getByRole('button', { name: 'Download summary (CSV)' }).click(),
  ]);
  const summary = Papa.parse<Record<string, string>>(readFileSync((await download.path())!, 'utf8'), {
    header: true,
    skipEmptyLines: true,
  });
  const first = grouped.overall.constructs.find((c) => c.mean !== null)!;
  expect(summary.data.find((row) => row['group'] === '(all)' && row['construct'] === first.construct)?.['mean']).toBe(
    String(Math.round(first.mean! * 1000) / 1000),
  );
  const [scored] = await Promise.all([
    page.waitForEvent('download'),
    section.getByRole('button', { name: 'Download scored data (CSV)' }).click(),
  ]);
  expect(
    Papa.parse(readFileSync((await scored.path())!, 'utf8'), { header: true, skipEmptyLines: true }).data,
  ).toHaveLength(30);

  await expectAccessible(page);
  expect(requests.filter((request) => !request.startsWith('GET ') || !request.includes('127.0.0.1'))).toEqual([]);
  expectClean(seen);
});

test('responses to two versions are analysed one version at a time, with a picker and the unchanged statements', async ({
  page,
}) => {
  const seen = await watch(page);
  const hash = await contentHash(selfAssessment);
  const current = [0, 1, 2].map((i) =>
    JSON.stringify({
      payloadVersion: 1,
      responseId: `00000000-0000-4000-8000-${String(100 + i).padStart(12, '0')}`,
      instrument: { id: selfAssessment.id, version: selfAssessment.version, hash },
      params: { community: 'North' },
      answers: plannedAnswers(selfAssessment, i * 3),
    }),
  );
  // Version 1 responses as devices stored them, e.g. from an outbox sent after the new version was published.
  const older = storedResponses.filter((stored) => stored.instrument.id === selfAssessment.id);
  await page.goto('/researchers/analyze/');
  await page.getByLabel('Response files').setInputFiles([
    {
      name: 'both.ndjson',
      mimeType: 'application/x-ndjson',
      buffer: Buffer.from([...older.map((stored) => JSON.stringify(stored)), ...current].join('\n')),
    },
  ]);
  const section = page.locator(`section[data-instrument="${selfAssessment.id}"]`);
  await expect(section.getByRole('heading', { level: 2 })).toHaveText(`${selfAssessment.title} (version 2.0.0)`);
  await expect(section.locator('.lead')).toHaveText(
    new RegExp(`^3 responses to version 2\\.0\\.0\\. Set aside: ${older.length} responses to version 1\\.0\\.0 `),
  );
  await expect(section.getByRole('region', { name: /Statements unchanged since earlier versions/ })).toContainText(
    '1.0.0',
  );

  const picker = page.getByLabel(`Version of ${selfAssessment.title} to analyse`);
  await picker.selectOption('1.0.0');
  await expect(section.getByRole('heading', { level: 2 })).toHaveText(/\(version 1\.0\.0\)$/);
  await expect(section.locator('.lead')).toHaveText(
    new RegExp(`^${older.length} responses to version 1\\.0\\.0\\. Set aside: 3 responses`),
  );
  // The picker keeps the focus across the redraw, so a keyboard user can pick again.
  await expect(page.getByLabel(`Version of ${selfAssessment.title} to analyse`)).toBeFocused();
  await expect(section.getByRole('region', { name: /Statements unchanged/ })).toHaveCount(0);
  await expect(page.locator('response-analysis').getByRole('status')).not.toContainText('could not be used');
  await expectAccessible(page);
  expectClean(seen);
});

test('a file too large for the browser is refused with a clear message', async ({ page }) => {
  const dir = mkdtempSync(join(tmpdir(), 'cultivate-large-'));
  const path = join(dir, 'huge.ndjson');
  writeFileSync(path, '');
  truncateSync(path, 210 * 1024 * 1024);
  await page.goto('/researchers/analyze/');
  await page.getByLabel('Response files').setInputFiles(path);
  await expect(page.getByRole('region', { name: /could not be used/ })).toContainText('is 210 MB');
  await expect(page.getByRole('region', { name: /could not be used/ })).toContainText('npm run analyze');
});

test('the analysis page works by keyboard', async ({ page }) => {
  await page.goto('/researchers/analyze/');
  await page.getByLabel('Response files').setInputFiles(await files());
  await expect(page.locator('response-analysis').getByRole('status')).toContainText('42 response(s)');
  const select = page.getByLabel('Compare groups by');
  for (let i = 0; i < 40 && !(await select.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(select).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('row', { name: /^community: East/ }).first()).toBeVisible();
  const region = page.getByRole('region', { name: /Construct means/ }).first();
  for (let i = 0; i < 20 && !(await region.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(region).toBeFocused();
});

test('a collector the page’s security policy does not allow is refused with a message, before any request', async ({
  page,
}) => {
  const seen = await watch(page);
  await page.goto('/researchers/analyze/');
  // This build posts to another origin (the test endpoint), which is not assumed to be a collector.
  const address = page.getByLabel('Collector address');
  await expect(address).toHaveValue('');
  const endpointOrigin = `http://127.0.0.1:${ports.endpoint}`;
  await expect(page.getByRole('group', { name: 'Load from a collector' })).toContainText(
    `and from ${endpointOrigin}, where this site sends responses`,
  );
  const elsewhere = `http://127.0.0.1:${ports.collector}`;
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await address.fill(elsewhere);
  await page.getByLabel('Read token').fill('a-read-token-for-elsewhere');
  await page.getByRole('button', { name: 'Load responses' }).click();
  await expect(page.locator('[data-collector-message]')).toHaveText(
    `Nothing was loaded. This page may read only from ${new URL(page.url()).origin} or ${endpointOrigin} (its security policy), not ${elsewhere}. Open the analysis page on the collector's own address, or use npm run analyze -- --url ${elsewhere}.`,
  );
  expect(requests).toEqual([]);
  expectClean(seen);
});

test('a response in two files is counted once, and copies that disagree are listed and left out', async ({ page }) => {
  const hash = await contentHash(selfAssessment);
  const payload = (i: number, community: string) =>
    JSON.stringify({
      payloadVersion: 1,
      responseId: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      instrument: { id: selfAssessment.id, version: selfAssessment.version, hash },
      params: { community, wave: '1' },
      answers: plannedAnswers(selfAssessment, i * 7),
    });
  const first = [0, 1, 2, 3, 4].map((i) => payload(i, communities[i % 3]!));
  // The same export saved again, but the last response's community was edited by hand.
  const second = [...first.slice(0, 4), payload(4, 'West')];
  await page.goto('/researchers/analyze/');
  await page.getByLabel('Response files').setInputFiles([
    { name: 'export.ndjson', mimeType: 'application/x-ndjson', buffer: Buffer.from(first.join('\n')) },
    { name: 'export-edited.ndjson', mimeType: 'application/x-ndjson', buffer: Buffer.from(second.join('\n')) },
  ]);
  const status = page.locator('response-analysis').getByRole('status');
  await expect(status).toContainText('4 response(s) analysed from 2 file(s)');
  await expect(status).toContainText('4 duplicate copies merged (each response is counted once)');
  await expect(status).toContainText(
    '2 row(s) or file(s) could not be used, among them the copies of 1 response id(s) with conflicting content',
  );
  const section = page.locator(`section[data-instrument="${selfAssessment.id}"]`);
  await expect(section.getByRole('row', { name: /^All responses/ }).first()).toContainText(/^All responses\s*4/);
  const rejected = page.getByRole('region', { name: 'Rows that could not be used, with the reason' });
  const reason =
    'is one of 2 copies of response 00000000-0000-4000-8000-000000000004 with 2 different contents (export.ndjson:5, export-edited.ndjson:5)';
  await expect(rejected.getByRole('row', { name: /^export\.ndjson 5/ })).toContainText(reason);
  await expect(rejected.getByRole('row', { name: /^export-edited\.ndjson 5/ })).toContainText(reason);
});
