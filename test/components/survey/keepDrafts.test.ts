import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSurvey } from '../../../src/components/survey/createSurvey.ts';
import { keepDrafts } from '../../../src/components/survey/keepDrafts.ts';
import { surveyJson } from '../../../src/instruments/generate.ts';
import { itemsOf } from '../../../src/instruments/model.ts';
import { instruments, model } from '../../../src/instruments/source-model.ts';
import { draftKey, loadDraft, saveDraft } from '../../../src/respond/drafts.ts';

/** A Storage whose writes can be made to fail, as a full or blocked one does. */
function fakeStorage() {
  const items = new Map<string, string>();
  const storage = {
    refuse: false,
    get length() {
      return items.size;
    },
    key: (i: number) => [...items.keys()][i] ?? null,
    getItem: (key: string) => items.get(key) ?? null,
    setItem(key: string, value: string) {
      if (storage.refuse) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      items.set(key, value);
    },
    removeItem: (key: string) => void items.delete(key),
  };
  return storage;
}

const instrument = instruments[0]!;
const [first, second] = itemsOf(instrument);
const slot = { key: draftKey(instrument.id, { community: 'x' }), hash: 'h1', startedAt: '2026-06-01T09:00:00.000Z' };
const newSurvey = () => createSurvey(surveyJson(instrument, model), 'en', false);
let storage: ReturnType<typeof fakeStorage>;

beforeEach(() => {
  storage = fakeStorage();
  vi.stubGlobal('localStorage', storage);
});
afterEach(() => vi.unstubAllGlobals());

describe('drafts of a survey in progress', () => {
  it('saves every answer with its page, and restores them into a new survey', () => {
    const survey = newSurvey();
    keepDrafts(survey, slot, () => undefined);
    survey.setValue(first!.id, 4);
    survey.currentPageNo = 1;
    expect(loadDraft(slot.key, slot.hash)).toMatchObject({ answers: { [first!.id]: 4 }, pageNo: 1, hash: 'h1' });

    const again = newSurvey();
    keepDrafts(again, slot, () => undefined);
    expect(again.data).toEqual({ [first!.id]: 4 });
    expect(again.currentPageNo).toBe(1);
  });

  it('reports the first failed save once, however many answers follow', () => {
    storage.refuse = true;
    const unsaved = vi.fn();
    const survey = newSurvey();
    keepDrafts(survey, slot, unsaved);
    expect(unsaved).not.toHaveBeenCalled();
    survey.setValue(first!.id, 2);
    survey.setValue(second!.id, 3);
    survey.setValue(first!.id, 5);
    expect(unsaved).toHaveBeenCalledTimes(1);
  });

  it('stops saving once cleaned up', () => {
    const survey = newSurvey();
    const stop = keepDrafts(survey, slot, () => undefined);
    survey.setValue(first!.id, 1);
    stop();
    survey.setValue(first!.id, 5);
    expect(loadDraft(slot.key, slot.hash)?.answers).toEqual({ [first!.id]: 1 });
  });

  it('does not restore a draft of other instrument content', () => {
    saveDraft(slot.key, {
      ...slot,
      hash: 'old',
      answers: { [first!.id]: 3 },
      pageNo: 0,
      savedAt: new Date().toISOString(),
    });
    const survey = newSurvey();
    keepDrafts(survey, slot, () => undefined);
    expect(survey.data).toEqual({});
  });
});
