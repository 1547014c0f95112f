import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { expect, test } from '@playwright/test';
import { instruments } from '../../src/instruments/model.ts';
import { scoreResponse } from '../../src/instruments/score.ts';
import { scoreRow } from '../../src/instruments/score-table.ts';
import { outboxIds } from './outbox.ts';
import { ports } from './ports.ts';
import { expectAccessible, expectClean, watch } from './site.ts';
import { answerSurvey, plannedAnswers, startSurvey } from './survey.ts';

// The build with no response endpoint, as `npm start` makes on a fresh clone.
test.use({ baseURL: `http://127.0.0.1:${ports.localSite}` });

test('with no endpoint, responses stay on the device and the report offers them for download', async ({ page }) => {
  const seen = await watch(page);
  const instrument = instruments[1]!;
  const answers = plannedAnswers(instrument, 4);
  await page.goto(`/instruments/${instrument.id}/?community=Local`);
  await expect(page.getByText('does not send responses anywhere')).toBeVisible();
  await startSurvey(page, 'mouse');
  await answerSurvey(page, instrument, answers, 'mouse');
  await expect(page.getByRole('status').filter({ hasText: 'Kept on this device only.' })).toBeVisible();
  await expectAccessible(page);

  const expected = scoreResponse(instrument, answers);
  const [jsonDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download my answers and scores (JSON)' }).click(),
  ]);
  const payload = JSON.parse(readFileSync((await jsonDownload.path())!, 'utf8'));
  expect(payload.answers).toEqual(answers);
  expect(payload.scores).toEqual(JSON.parse(JSON.stringify(expected)));
  expect(payload.params).toEqual({ community: 'Local' });

  const [csvDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download my answers and scores (CSV)' }).click(),
  ]);
  const csv = Papa.parse<Record<string, string>>(readFileSync((await csvDownload.path())!, 'utf8'), {
    header: true,
    skipEmptyLines: true,
  });
  expect(csv.data).toHaveLength(1);
  const row = csv.data[0]!;
  expect(row['response_id']).toBe(payload.responseId);
  for (const [column, value] of Object.entries(scoreRow(expected))) expect(row[column], column).toBe(String(value));
  for (const [item, value] of Object.entries(answers)) expect(row[item], item).toBe(String(value));
  expect(await outboxIds(page)).toEqual([]);
  expectClean(seen);
});
