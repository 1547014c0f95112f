import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { surveyMessages } from '../../src/i18n/survey.ts';
import { instruments } from '../../src/instruments/source-model.ts';
import type { ResponsePayload } from '../../src/instruments/payload.ts';
import { clearDevice, clearingPlan } from '../../src/respond/clear-device.ts';
import { draftKey, loadDraft, saveDraft } from '../../src/respond/drafts.ts';
import { memoryStore, type OutboxRecord } from '../../src/respond/outbox-store.ts';
import { IMMEDIATELY } from '../../src/respond/retry.ts';

const payload = (responseId: string) => ({ responseId, instrument: { id: instruments[0]!.id } }) as ResponsePayload;

describe('what clearing says it removes and keeps', () => {
  it('lists the draft, the results and the sent notes, and says sent answers need the study’s contact', () => {
    const plan = clearingPlan({ draft: true, results: false, waiting: [], sends: true }, 'en', surveyMessages.en);
    expect(plan.removed).toEqual([
      'The answers you have given so far on this survey.',
      'The note on this device of which finished answers were sent, for every survey on this site.',
    ]);
    expect(plan.kept).toEqual([
      'Answers that were already sent. To take them back, contact the people running the study and give your response ID.',
    ]);
    expect(
      clearingPlan({ draft: false, results: true, waiting: [], sends: true }, 'en', surveyMessages.en).removed[0],
    ).toBe('Your results on this page.');
  });

  it('says waiting responses stay until sent and can be downloaded first', () => {
    expect(
      clearingPlan({ draft: true, results: false, waiting: [payload('a')], sends: true }, 'en', surveyMessages.en)
        .kept[1],
    ).toBe(
      '1 finished response still waiting to be sent. It stays on this device until it is sent. You can download it first.',
    );
    expect(
      clearingPlan(
        { draft: true, results: false, waiting: [payload('a'), payload('b')], sends: true },
        'en',
        surveyMessages.en,
      ).kept[1],
    ).toBe(
      '2 finished responses still waiting to be sent. They stay on this device until they are sent. You can download them first.',
    );
  });

  it('in a build that sends nothing, promises no sent notes and says nothing was sent', () => {
    const plan = clearingPlan({ draft: false, results: true, waiting: [], sends: false }, 'en', surveyMessages.en);
    expect(plan.removed).toEqual(['Your results on this page.']);
    expect(plan.kept).toEqual(['Nothing is kept anywhere else: this site does not send answers off this device.']);
  });
});

describe('what clearing says, in Spanish', () => {
  it('uses the Spanish messages and their plural forms', () => {
    const plan = clearingPlan(
      { draft: true, results: false, waiting: [payload('a'), payload('b')], sends: true },
      'es',
      surveyMessages.es,
    );
    expect(plan.removed[0]).toBe(surveyMessages.es.removesDraft);
    expect(plan.kept[1]).toBe(
      '2 respuestas terminadas que aún esperan ser enviadas. Se quedan en este dispositivo hasta que se envíen. Puede descargarlas antes.',
    );
  });
});

describe('clearing the device', () => {
  const items = new Map<string, string>();
  beforeEach(() => {
    items.clear();
    vi.stubGlobal('localStorage', {
      getItem: (key: string) => items.get(key) ?? null,
      setItem: (key: string, value: string) => void items.set(key, value),
      removeItem: (key: string) => void items.delete(key),
    });
  });
  afterEach(() => vi.unstubAllGlobals());

  it('removes this link’s draft and the sent notes, and leaves waiting responses and other drafts', async () => {
    const key = draftKey(instruments[0]!.id, { community: 'North' });
    const other = draftKey(instruments[1]!.id, {});
    const draft = { hash: 'h', answers: { a: 1 }, pageNo: 0, startedAt: 'x', savedAt: new Date().toISOString() };
    saveDraft(key, draft);
    saveDraft(other, draft);
    const store = memoryStore();
    const waiting: OutboxRecord = {
      id: 'w',
      payload: payload('w'),
      attempts: 1,
      schedule: IMMEDIATELY,
      state: 'waiting',
      failure: null,
      lastError: null,
    };
    await store.add(waiting);
    await store.add({ ...waiting, id: 's', payload: payload('s') });
    await store.markSent('s', Date.now());

    await clearDevice(key, store);

    expect(loadDraft(key, 'h')).toBeNull();
    expect(loadDraft(other, 'h')).not.toBeNull();
    expect(await store.sentAt('s')).toBeUndefined();
    expect(await store.all()).toEqual([waiting]);
  });

  it('still removes the draft when the browser gives no device store', async () => {
    const key = draftKey(instruments[0]!.id, {});
    saveDraft(key, { hash: 'h', answers: {}, pageNo: 0, startedAt: 'x', savedAt: new Date().toISOString() });
    await clearDevice(key, null);
    expect(loadDraft(key, 'h')).toBeNull();
  });
});
