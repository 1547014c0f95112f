import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { expect, test } from '@playwright/test';
import { instruments, model } from '../../src/instruments/source-model.ts';
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
  // With no study information file, the study block says so, and says the answers stay here.
  const study = page.getByRole('region', { name: 'About this study' });
  await expect(study).toContainText('No study is attached to this copy of the survey.');
  await expect(study).toContainText('Your answers stay on this device. This site does not send them anywhere.');
  await startSurvey(page, 'mouse');
  await answerSurvey(page, instrument, answers, 'mouse');
  await expect(page.getByRole('status').filter({ hasText: 'Kept on this device only.' })).toBeVisible();
  await expectAccessible(page);

  const expected = scoreResponse(instrument, answers, model);
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

  const end = page.getByRole('region', { name: 'Your response ID' });
  await expect(end.locator('code')).toHaveText(payload.responseId);
  await expect(end).toContainText('Your answers were not sent anywhere');

  // Clearing takes the results off the screen, and promises nothing about copies this build never made.
  await page.getByRole('button', { name: 'Clear my answers from this device' }).click();
  const confirm = page.getByRole('group', { name: 'Clear your answers from this device?' });
  await expect(confirm.getByRole('listitem')).toHaveText([
    'Your results on this page.',
    'Nothing is kept anywhere else: this site does not send answers off this device.',
  ]);
  await confirm.getByRole('button', { name: 'Clear them' }).click();
  await expect(page.getByRole('heading', { name: 'Your results' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Start the survey' })).toBeVisible();
  expectClean(seen);
});
