import { randomUUID } from 'node:crypto';
import type { Page } from '@playwright/test';
import { contentHash } from '../../src/instruments/hash.ts';
import { buildPayload, type ResponsePayload } from '../../src/instruments/payload.ts';
import type { Instrument } from '../../src/instruments/types.ts';
import { plannedAnswers } from './survey.ts';
import { model } from '../../src/instruments/source-model.ts';

/** A complete response as the survey builds it, for tests that put responses on the device directly. */
export async function payloadFor(instrument: Instrument, community: string, seed = 0): Promise<ResponsePayload> {
  const now = new Date();
  return buildPayload({
    within: model,
    instrument,
    hash: await contentHash(instrument),
    params: { community },
    answers: plannedAnswers(instrument, seed),
    responseId: randomUUID(),
    startedAt: new Date(now.getTime() - 60_000).toISOString(),
    submittedAt: now.toISOString(),
    locale: 'en',
    language: 'en',
  });
}

/** The ids waiting in the device's outbox (IndexedDB), without creating the database when there is none. */
export const outboxIds = (page: Page) =>
  page.evaluate(async () => {
    if (!(await indexedDB.databases()).some((db) => db.name === 'cultivate')) return [];
    return new Promise<string[]>((resolve, reject) => {
      const open = indexedDB.open('cultivate');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const request = open.result.transaction('outbox').objectStore('outbox').getAllKeys();
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          open.result.close();
          resolve(request.result as string[]);
        };
      };
    });
  });
