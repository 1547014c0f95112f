import { readFileSync, truncateSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { expect, test, type Page } from '@playwright/test';
import { verdictText } from '../../src/instruments/agreement.ts';
import { analyzeResponses, DEFAULT_MIN_GROUP_SIZE } from '../../src/instruments/analysis.ts';
import { crosswalk } from '../../src/instruments/crosswalk.ts';
import { findConstruct } from '../../src/instruments/framework.ts';
import { contentHash } from '../../src/instruments/hash.ts';
import { findInstrument, findVersion, itemsOf } from '../../src/instruments/model.ts';
import { readableHashes } from '../../src/instruments/hash.ts';
import { readResponses } from '../../src/instruments/responses.ts';
import { storedResponses } from '../support/stored-responses.ts';
import { expectAccessible, expectClean, watch } from './site.ts';
import { ports } from './ports.ts';
import { plannedAnswers } from './survey.ts';
import { model } from '../../src/instruments/source-model.ts';

const selfAssessment = findInstrument('cop-self-assessment', model);
const readiness = findInstrument('organizational-readiness', model);
const communities = ['North', 'South', 'East'];
/** A scored item of the readiness survey, for an answer off its scale. */
const readinessItem = itemsOf(readiness).find((item) => item.kind === 'scored')!.id;

const fixed = (value: number | null) => (value === null ? '—' : value.toFixed(2));
/** A construct's cell as the page writes it. */
const cell = (c: { mean: number | null; sd: number | null; n: number }) =>
  `${fixed(c.mean)} (SD ${fixed(c.sd)}, n ${c.n})`;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * 30 self-assessment responses (10 per community, in waves 1 and 2, so 5 per community × wave; each respondent
 * code in both waves) with two rows that cannot be used, and 12 readiness rows (4 per community) with one answer
 * off its scale.
 */
async function files() {
  const hash = await contentHash(selfAssessment);
  const ndjson = Array.from({ length: 30 }, (_, i) =>
    JSON.stringify({
      payloadVersion: 1,
      responseId: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      instrument: { id: selfAssessment.id, version: selfAssessment.version, hash },
      params: { community: communities[i % 3], wave: String(1 + (i % 2)), code: `p${i % 15}` },
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

/** The responses the page reads from `input`, one instrument's: what the expected figures are computed from. */
async function responsesTo(input: Awaited<ReturnType<typeof files>>, id: string) {
  const { responses } = readResponses(
    input.map((file) => ({ name: file.name, text: file.buffer.toString() })),
    await readableHashes(),
    { within: model },
  );
  return responses.filter((response) => response.instrument.id === id);
}

/** Loads the files on the analysis page and waits for the results. */
async function loaded(page: Page) {
  const input = await files();
  await page.goto('/researchers/analyze/');
  await page.getByLabel('Response files').setInputFiles(input);
  await expect(page.locator('response-analysis').getByRole('status')).toContainText('42 response(s)');
  return input;
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

  // The browser's figures are the analysis module's for the same files, with the page's default options.
  const own = await responsesTo(input, selfAssessment.id);
  const expected = analyzeResponses(selfAssessment, own, { within: model, groupBy: [] });
  const section = page.locator(`section[data-instrument="${selfAssessment.id}"]`);
  const overall = section.getByRole('region', { name: /Construct means/ }).getByRole('row', { name: /^All responses/ });
  for (const construct of expected.overall.constructs) {
    await expect(overall).toContainText(cell(construct));
  }
  const reliable = expected.reliability.find((r) => r.alpha !== null)!;
  const alphaRow = section
    .getByRole('region', { name: /^Cronbach’s alpha with its 95% confidence interval/ })
    .getByRole('row', { name: new RegExp(`^${escape(findConstruct(reliable.construct).name)}`) });
  await expect(alphaRow).toContainText(reliable.alpha!.toFixed(2));
  // The statement table has a row per scored statement.
  await expect(section.getByRole('region', { name: /^Statement statistics/ }).locator('tbody tr')).toHaveCount(
    expected.reliability.reduce((sum, r) => sum + r.itemDetails.length, 0),
  );
  // The dot plot draws a dot for each half point of each construct that has answers, and a mean mark per construct.
  const chart = section.locator('svg.bar-chart');
  await expect(chart.locator('circle')).toHaveCount(
    expected.overall.constructs.reduce((sum, c) => sum + c.distribution.filter((count) => count > 0).length, 0),
  );
  await expect(chart.locator('line.bar-chart__mean')).toHaveCount(
    expected.overall.constructs.filter((c) => c.mean !== null).length,
  );
  // Every respondent code answered both waves.
  await expect(section.getByRole('region', { name: /^Wave 1 to wave 2: 15 respondents paired/ })).toBeVisible();

  // Grouping by community adds one row per community, computed the same way.
  await page.getByRole('checkbox', { name: 'Community', exact: true }).check();
  const grouped = analyzeResponses(selfAssessment, own, { within: model, groupBy: ['community'] });
  expect(grouped.groups.map((group) => group.key)).toEqual(['East', 'North', 'South']);
  for (const group of grouped.groups) {
    const row = section.getByRole('row', { name: new RegExp(`^community: ${group.key}`) }).first();
    for (const construct of group.constructs) await expect(row).toContainText(cell(construct));
  }
  // Readiness has 4 responses per community: fewer than the smallest group shown, so hidden and said so.
  const readinessSection = page.locator(`section[data-instrument="${readiness.id}"]`);
  await expect(readinessSection).toContainText(
    `3 groups with fewer than ${DEFAULT_MIN_GROUP_SIZE} responses (12 responses in all) are hidden`,
  );
  await expect(readinessSection.getByRole('row', { name: /^community: / })).toHaveCount(0);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    section.getByRole('button', { name: 'Download summary (CSV)' }).click(),
  ]);
  const summary = Papa.parse<Record<string, string>>(readFileSync((await download.path())!, 'utf8'), {
    header: true,
    skipEmptyLines: true,
  });
  const first = grouped.overall.constructs.find((c) => c.mean !== null)!;
  expect(summary.data.filter((row) => row['group_by'] === 'community').map((row) => row['group'])).toEqual(
    grouped.groups.flatMap((group) => group.constructs.map(() => group.key)),
  );
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
  await expect(section.getByRole('heading', { level: 2 })).toHaveText(
    `${selfAssessment.title} (version ${selfAssessment.version})`,
  );
  await expect(section.locator('.lead')).toHaveText(
    new RegExp(
      `^3 responses to version ${selfAssessment.version.replaceAll('.', '\\.')}\\. Set aside: ${older.length} responses to version 1\\.0\\.0 `,
    ),
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

  // Pooled, both versions are analysed together on the statements they share, onto the newest whichever was
  // picked (the current responses answer "does not apply" with a code version 1 lacks), with nothing to pick.
  const pool = page.getByRole('checkbox', { name: 'Pool versions on their unchanged statements' });
  await pool.check();
  const shared = crosswalk(findVersion(selfAssessment.id, '1.0.0', model)!, selfAssessment).unchanged;
  await expect(section.locator('.lead')).toHaveText(
    `${older.length + 3} responses to versions ${selfAssessment.version}, 1.0.0, pooled on the ${shared.length} statements they all ask unchanged (everything else is left out).`,
  );
  await expect(section.getByRole('heading', { level: 2 })).toHaveText(
    `${selfAssessment.title} (version ${selfAssessment.version})`,
  );
  await expect(page.getByLabel(`Version of ${selfAssessment.title} to analyse`)).toHaveCount(0);
  await expect(section.getByRole('button', { name: 'Download summary (CSV)' })).toBeVisible();
  // Unpooled, the version picked before is analysed again.
  await pool.uncheck();
  await expect(section.getByRole('heading', { level: 2 })).toHaveText(/\(version 1\.0\.0\)$/);
  await expect(page.getByLabel(`Version of ${selfAssessment.title} to analyse`)).toHaveValue('1.0.0');
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
  await loaded(page);
  const community = page.getByRole('checkbox', { name: 'Community', exact: true });
  for (let i = 0; i < 40 && !(await community.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(community).toBeFocused();
  await page.keyboard.press('Space');
  await expect(community).toBeChecked();
  const section = page.locator(`section[data-instrument="${selfAssessment.id}"]`);
  await expect(section.getByRole('row', { name: /^community: East/ }).first()).toBeVisible();
  // The redraw leaves the focus where it was, so the next option is one Tab away.
  await expect(community).toBeFocused();
  await page.keyboard.press('Space');
  await expect(community).not.toBeChecked();
  await expect(section.getByRole('row', { name: /^community: / })).toHaveCount(0);
  const region = page.getByRole('region', { name: /Construct means/ }).first();
  for (let i = 0; i < 30 && !(await region.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(region).toBeFocused();
});

test('ticking community and wave compares their combinations, with agreement across them', async ({ page }) => {
  const seen = await watch(page);
  const input = await loaded(page);
  await page.getByRole('checkbox', { name: 'Community', exact: true }).check();
  await page.getByRole('checkbox', { name: 'Wave', exact: true }).check();
  const expected = analyzeResponses(selfAssessment, await responsesTo(input, selfAssessment.id), {
    within: model,
    groupBy: ['community', 'wave'],
  });
  // Five responses in each of the six combinations: all shown at the default smallest group.
  expect(expected.groups.map((group) => [group.key, group.n])).toEqual(
    ['East', 'North', 'South'].flatMap((community) => [1, 2].map((wave) => [`${community} × ${wave}`, 5])),
  );
  const section = page.locator(`section[data-instrument="${selfAssessment.id}"]`);
  const means = section.getByRole('region', { name: /^Construct means/ });
  for (const group of expected.groups) {
    const row = means.getByRole('row', { name: new RegExp(`^community × wave: ${group.key}`) });
    for (const construct of group.constructs) await expect(row).toContainText(cell(construct));
  }
  const agreement = section.getByRole('region', {
    name: 'Agreement across community × wave groups, and whether aggregating to group means is defensible',
  });
  await expect(agreement.locator('tbody tr')).toHaveCount(expected.agreement.length);
  for (const a of expected.agreement) {
    const row = agreement.getByRole('row', { name: new RegExp(`^${escape(findConstruct(a.construct).name)}`) });
    await expect(row.getByRole('cell').nth(2)).toHaveText(fixed(a.icc1));
    await expect(row.getByRole('cell').nth(3)).toHaveText(fixed(a.icc2));
    await expect(row).toContainText(verdictText[a.verdict]);
  }
  await expect(section.getByRole('button', { name: 'Download agreement (CSV)' })).toBeVisible();
  // Readiness, grouped the same way, has only cells of one or two: all hidden, no agreement to show.
  const readinessSection = page.locator(`section[data-instrument="${readiness.id}"]`);
  await expect(readinessSection.getByRole('region', { name: /^Agreement across/ })).toHaveCount(0);
  await expectAccessible(page);
  expectClean(seen);
});

test('a smallest group size below 1 is refused beside the field, and the default used', async ({ page }) => {
  const seen = await watch(page);
  await loaded(page);
  await page.getByRole('checkbox', { name: 'Community', exact: true }).check();
  const readinessSection = page.locator(`section[data-instrument="${readiness.id}"]`);
  const communityRows = readinessSection.getByRole('region', { name: /^Construct means/ }).getByRole('row', {
    name: /^community: /,
  });
  // Readiness has 4 responses per community: hidden at the default, shown at 4.
  await expect(communityRows).toHaveCount(0);
  const size = page.getByLabel('Smallest group shown');
  await expect(size).toHaveValue(String(DEFAULT_MIN_GROUP_SIZE));
  await size.fill('4');
  await size.press('Tab');
  await expect(communityRows).toHaveCount(3);
  const error = page.locator('[data-min-group-error]');
  await expect(error).toHaveText('');
  await expect(size).toHaveAttribute('aria-invalid', 'false');

  await size.fill('0');
  await size.press('Tab');
  await expect(error).toHaveText(`Enter a whole number of 1 or more; ${DEFAULT_MIN_GROUP_SIZE} is used until then.`);
  await expect(size).toHaveAttribute('aria-invalid', 'true');
  // The default is used, not 0 and not the last valid size: the groups of 4 are hidden again.
  await expect(communityRows).toHaveCount(0);
  await expect(readinessSection).toContainText(
    `3 groups with fewer than ${DEFAULT_MIN_GROUP_SIZE} responses (12 responses in all) are hidden`,
  );
  expectClean(seen);
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
