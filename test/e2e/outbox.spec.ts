import { expect, test, type Page } from '@playwright/test';
import { instruments } from '../../src/instruments/source-model.ts';
import { outboxIds, payloadFor } from './outbox.ts';
import { expectAccessible, expectClean, watch } from './site.ts';
import { answerSurvey, lane, laneName, plannedAnswers, setLane, startSurvey } from './survey.ts';

/**
 * The outbox under the failures issue 10 found: storage blocked or full, tabs racing, servers asking for
 * no wait or a wait of weeks, clocks jumping, the connection coming back, old builds' outboxes, shared
 * devices. Against the build that posts to the test endpoint (test/e2e/endpoint-server.ts).
 */
const instrument = instruments[0]!;
const sent = (page: Page) => page.getByRole('status').filter({ hasText: 'Sent.' });

async function complete(page: Page, community: string, beforeAnswering?: () => Promise<void>) {
  await page.goto(`/instruments/${instrument.id}/?community=${encodeURIComponent(community)}`);
  await startSurvey(page, 'mouse');
  await beforeAnswering?.();
  const answers = plannedAnswers(instrument, 5);
  await answerSurvey(page, instrument, answers, 'mouse');
  return answers;
}

const draftWarning = (page: Page) => page.getByRole('status').filter({ hasText: 'will not keep your answers' });

/** A refused draft is reported once, as the respondent answers, and stays put while they go on. */
async function expectToldDraftsAreNotKept(page: Page) {
  await expect(draftWarning(page)).toHaveCount(0);
  const [first, second] = instrument.sections[0]!.items;
  await page.locator(`.sd-question[data-name="${first!.id}"] label`).first().click();
  await expect(draftWarning(page)).toHaveText(/finish in one sitting/);
  await page.locator(`.sd-question[data-name="${second!.id}"] label`).first().click();
  await expect(draftWarning(page)).toHaveCount(1);
  await expectAccessible(page);
}

/** POSTs in the busiest one-second window. */
const busiestSecond = (attempts: { at: number }[]) =>
  Math.max(0, ...attempts.map((a) => attempts.filter((b) => b.at >= a.at && b.at < a.at + 1_000).length));

test('offline, then online: the response goes within a second of the connection returning', async ({
  page,
  context,
}) => {
  const community = laneName('back online');
  await page.goto(`/instruments/${instrument.id}/?community=${encodeURIComponent(community)}`);
  await startSurvey(page, 'mouse');
  await context.setOffline(true);
  await answerSurvey(page, instrument, plannedAnswers(instrument, 2), 'mouse');
  await expect(page.getByRole('status').filter({ hasText: 'Waiting to send.' })).toContainText('safe on this device');
  // Offline for a while, as a respondent on a train is: the backoff has grown to several seconds by now.
  await page.waitForTimeout(5_000);
  await context.setOffline(false);
  // One second, generous for a loopback POST: the online event sends at once rather than after the backoff.
  await expect.poll(async () => (await lane(community)).stored.length, { timeout: 1_000, intervals: [100] }).toBe(1);
  await expect(sent(page)).toBeVisible();
});

test('three tabs completing responses side by side, the connection dropping and returning: none lost, none sent twice', async ({
  context,
}) => {
  // Three tabs each answer a 50-item survey on a 2-core machine: minutes, not seconds.
  test.setTimeout(300_000);
  const base = laneName('tab race');
  // One lane (and so one link, with its own draft) per tab; the outbox they race over is the device's one.
  const lanes = [0, 1, 2].map((t) => `${base} tab ${t}`);
  // The first POSTs are dropped, so completed responses wait in the outbox while the other tabs add theirs
  // and flush: every tab's flush then finds responses another tab enqueued or is sending.
  await Promise.all(
    lanes.map((name) =>
      setLane(
        name,
        Array.from({ length: 5 }, () => 'drop'),
      ),
    ),
  );
  const tabs = await Promise.all(lanes.map(() => context.newPage()));
  const open = (t: number) =>
    tabs[t]!.goto(`/instruments/${instrument.id}/?community=${encodeURIComponent(lanes[t]!)}`);
  await Promise.all(tabs.map((_, t) => open(t)));
  // A background tab does not render, so the respondents take turns at the front; the tabs behind keep
  // running their outboxes (retrying the dropped POSTs) while the front one completes and enqueues.
  for (let r = 0; r < 3; r++) {
    for (const [t, tab] of tabs.entries()) {
      await tab.bringToFront();
      if (r > 0) await open(t);
      await startSurvey(tab, 'mouse');
      await answerSurvey(tab, instrument, plannedAnswers(instrument, t * 3 + r), 'mouse');
    }
  }
  // The connection drops and returns: every tab's `online` handler sends everything waiting, at the same moment.
  await context.setOffline(true);
  await context.setOffline(false);
  const results = async () => Promise.all(lanes.map((name) => lane(name)));
  await expect
    .poll(async () => (await results()).reduce((total, { stored }) => total + stored.length, 0), { timeout: 20_000 })
    .toBe(9);
  for (const tab of tabs) await expect.poll(() => outboxIds(tab)).toEqual([]);
  for (const { stored, attempts } of await results()) {
    expect(new Set(stored.map((payload) => payload['responseId'])).size).toBe(3);
    // Each response accepted exactly once: no tab sent what another was sending or had sent.
    expect(attempts.filter((attempt) => attempt.action === 'ok')).toHaveLength(3);
  }
});

test('storage blocked: drafts are said not to be kept, the response is still sent from the page, and the respondent is told to keep the tab open', async ({
  page,
}) => {
  const seen = await watch(page);
  await page.addInitScript(() => {
    for (const name of ['localStorage', 'sessionStorage', 'indexedDB']) {
      Object.defineProperty(window, name, {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    }
  });
  const community = laneName('storage blocked');
  await setLane(community, [{ status: 503 }]);
  const answers = await complete(page, community, () => expectToldDraftsAreNotKept(page));
  await expect(page.getByRole('status').filter({ hasText: 'Waiting to send.' })).toContainText('held by this tab only');
  await expect.poll(async () => (await lane(community)).stored.length, { timeout: 20_000 }).toBe(1);
  expect((await lane(community)).stored[0]!['answers']).toEqual(answers);
  await expect(sent(page)).toBeVisible();
  // The 503 asked for above is the only error the page may log.
  expectClean({ ...seen, errors: seen.errors.filter((error) => !/status of 503/.test(error)) });
});

test('storage full: drafts are said not to be kept, the response is still sent once, and a delivered one is not sent again', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const full = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    IDBObjectStore.prototype.add = full;
    IDBObjectStore.prototype.put = full;
    Storage.prototype.setItem = full;
  });
  const community = laneName('storage full');
  await complete(page, community, () => expectToldDraftsAreNotKept(page));
  await expect(sent(page)).toBeVisible();
  await page.goto('/essays/');
  await page.goto('/framework/');
  const { stored, attempts } = await lane(community);
  expect(stored).toHaveLength(1);
  expect(attempts).toHaveLength(1);
});

for (const [name, retryAfter] of [
  ['Retry-After: 0', '0'],
  ['a Retry-After date in the past', 'Thu, 01 Jan 1970 00:00:00 GMT'],
] as const) {
  test(`${name} does not remove the backoff: POSTs per second stay bounded`, async ({ page }) => {
    const community = laneName(name);
    await setLane(
      community,
      Array.from({ length: 500 }, () => ({ status: 503, retryAfter })),
    );
    await complete(page, community);
    await page.waitForTimeout(8_000);
    const { attempts } = await lane(community);
    // Floor 1 s, backoff 1–2, 2–4, 4–8 s: at most 5 POSTs in these 8 s, never more than one in a second
    // (the old outbox made about 260 a second).
    expect(attempts.length).toBeLessThanOrEqual(5);
    expect(busiestSecond(attempts)).toBeLessThanOrEqual(2);
  });
}

test('a Retry-After 35 days ahead: one POST, no busy loop, and the respondent is told it waits', async ({ page }) => {
  await page.addInitScript(() => {
    const original = window.setTimeout;
    (window as unknown as { __timeouts: number }).__timeouts = 0;
    window.setTimeout = ((handler: TimerHandler, timeout?: number, ...rest: unknown[]) => {
      (window as unknown as { __timeouts: number }).__timeouts++;
      return original(handler, timeout, ...rest);
    }) as typeof window.setTimeout;
  });
  const community = laneName('retry far future');
  await setLane(community, [{ status: 503, retryAfter: new Date(Date.now() + 35 * 24 * 60 * 60_000).toUTCString() }]);
  await complete(page, community);
  await expect(page.getByRole('status').filter({ hasText: 'Waiting to send.' })).toBeVisible();
  const before = await page.evaluate(() => (window as unknown as { __timeouts: number }).__timeouts);
  await page.waitForTimeout(3_000);
  const after = await page.evaluate(() => (window as unknown as { __timeouts: number }).__timeouts);
  // An overflowing timer fires at once and re-arms itself thousands of times a second; a sound one sleeps.
  expect(after - before).toBeLessThan(100);
  expect((await lane(community)).attempts).toHaveLength(1);
});

test('a clock set back after a failure does not park the response', async ({ page }) => {
  // The device's clock runs a week fast while the first attempt fails, then is corrected.
  await page.clock.install({ time: Date.now() + 7 * 24 * 60 * 60_000 });
  const community = laneName('clock jump');
  await setLane(community, [{ status: 503 }]);
  await complete(page, community);
  await expect(page.getByRole('status').filter({ hasText: 'Waiting to send.' })).toBeVisible();
  await page.clock.setSystemTime(Date.now());
  // The first backoff is 1–2 s; 15 s is generous. The old outbox waited the week.
  await expect.poll(async () => (await lane(community)).stored.length, { timeout: 15_000 }).toBe(1);
  expect(busiestSecond((await lane(community)).attempts)).toBeLessThanOrEqual(2);
});

test('an old build’s localStorage outbox is moved in and delivered to this build’s endpoint', async ({ page }) => {
  const community = laneName('migrated');
  const payload = await payloadFor(instrument, community, 3);
  const before = await payloadFor(instrument, community, 4);
  await page.goto('/framework/');
  await page.evaluate(
    ([waiting, sentId]) => {
      // An old entry names its endpoint; a moved endpoint must not strand it.
      localStorage.setItem(
        'cultivate:outbox',
        JSON.stringify([
          {
            payload: waiting,
            delivery: { endpoint: 'http://127.0.0.1:9/gone', format: 'json' },
            attempts: 4,
            nextAttemptAt: Date.now() + 600_000,
            state: 'waiting',
            lastError: null,
          },
        ]),
      );
      localStorage.setItem('cultivate:sent', JSON.stringify([sentId]));
    },
    [payload, before.responseId] as const,
  );
  await page.goto('/essays/');
  await expect.poll(async () => (await lane(community)).stored.length, { timeout: 10_000 }).toBe(1);
  expect((await lane(community)).stored[0]!['responseId']).toBe(payload.responseId);
  expect(
    await page.evaluate(() => [localStorage.getItem('cultivate:outbox'), localStorage.getItem('cultivate:sent')]),
  ).toEqual([null, null]);
  await expect.poll(() => outboxIds(page)).toEqual([]);
});

test('an earlier build’s refused record, with its English sentence, is still counted, kept and sent on request', async ({
  page,
}) => {
  const seen = await watch(page);
  const community = laneName('earlier refusal');
  const payload = await payloadFor(instrument, community, 6);
  await page.goto('/framework/');
  await page.evaluate(
    (refused) =>
      new Promise<void>((resolve, reject) => {
        // The schema this build opens, so whichever tab opens the database first makes it the same.
        const open = indexedDB.open('cultivate', 1);
        open.onupgradeneeded = () => {
          open.result.createObjectStore('outbox', { keyPath: 'id' });
          open.result.createObjectStore('sent', { keyPath: 'id' });
        };
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('outbox', 'readwrite');
          // As earlier builds stored it: no `failure`, the reason as an English sentence.
          tx.objectStore('outbox').put({
            id: refused.responseId,
            payload: refused,
            attempts: 1,
            schedule: { scheduledAt: 0, wait: 0, serverWait: 0 },
            state: 'rejected',
            lastError: 'The server answered 409 Conflict.',
          });
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    payload,
  );
  await page.goto('/essays/');
  const notice = page.locator('outbox-notice');
  await expect(notice.getByRole('status')).toHaveText(/A response you completed on this device was refused/);
  // Refused, so not retried on its own.
  expect((await lane(community)).attempts).toHaveLength(0);
  await notice.getByRole('button', { name: 'Try sending now' }).click();
  await expect.poll(async () => (await lane(community)).stored.length, { timeout: 10_000 }).toBe(1);
  expect((await lane(community)).stored[0]!['responseId']).toBe(payload.responseId);
  await expect.poll(() => outboxIds(page)).toEqual([]);
  expectClean(seen);
});

test('a draft older than a day is not offered, and is removed from the device', async ({ page }) => {
  const community = laneName('expired draft');
  const url = `/instruments/${instrument.id}/?community=${encodeURIComponent(community)}`;
  await page.goto(url);
  await startSurvey(page, 'mouse');
  const item = instrument.sections[0]!.items[0]!;
  await page.locator(`.sd-question[data-name="${item.id}"] label`).first().click();
  const key = await page.evaluate(() => Object.keys(localStorage).find((k) => k.startsWith('cultivate:draft:'))!);
  await page.evaluate((draftKey) => {
    const draft = JSON.parse(localStorage.getItem(draftKey)!);
    localStorage.setItem(
      draftKey,
      JSON.stringify({ ...draft, savedAt: new Date(Date.now() - 25 * 60 * 60_000).toISOString() }),
    );
  }, key);
  await page.goto(url);
  await expect(page.getByRole('button', { name: 'Start the survey' })).toBeVisible();
  await expect(page.getByText('Continue where you left off?')).toHaveCount(0);
  expect(await page.evaluate((draftKey) => localStorage.getItem(draftKey), key)).toBeNull();
});

test('a page with nothing waiting shows no notice and keeps its layout', async ({ page }) => {
  await page.goto('/essays/');
  await expect(page.locator('outbox-notice').getByRole('status')).toHaveText('');
  expect((await page.locator('outbox-notice').boundingBox())?.height).toBe(0);
});
