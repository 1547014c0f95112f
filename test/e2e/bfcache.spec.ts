import { expect, test } from '@playwright/test';
import { instruments } from '../../src/instruments/source-model.ts';
import { answerSurvey, laneName, plannedAnswers, startSurvey } from './survey.ts';

// Playwright turns the back/forward cache off by default; a shared device's browser has it on.
test.use({
  launchOptions: async ({ launchOptions }, use) =>
    use({ ...launchOptions, ignoreDefaultArgs: ['--disable-back-forward-cache'] }),
});

test('Back after finishing does not show the report again (back/forward cache restore)', async ({ page }) => {
  const instrument = instruments[0]!;
  await page.addInitScript(() => {
    window.addEventListener('pageshow', (event) => {
      if (event.persisted) document.documentElement.dataset['restoredFromCache'] = 'true';
    });
  });
  await page.goto(`/instruments/${instrument.id}/?community=${encodeURIComponent(laneName('bfcache'))}`);
  await startSurvey(page, 'mouse');
  await answerSurvey(page, instrument, plannedAnswers(instrument, 1), 'mouse');
  await expect(page.getByRole('status').filter({ hasText: 'Sent.' })).toBeVisible();
  await page.getByRole('link', { name: 'Essays', exact: true }).click();
  await expect(page).toHaveURL(/\/essays\/$/);
  // A page restored from the cache fires no load event.
  await page.goBack({ waitUntil: 'commit' });
  // The page really came from the cache (a fresh load would show no report anyway).
  await expect(page.locator('html')).toHaveAttribute('data-restored-from-cache', 'true');
  await expect(page.getByRole('heading', { name: 'Your results' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Start the survey' })).toBeVisible();
});
