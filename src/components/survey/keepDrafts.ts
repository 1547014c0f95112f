/**
 * Draft save and restore for one SurveyJS model: the answers go to the device on every change and page
 * turn, and come back when the respondent continues. Saving is best effort; the first failure is reported
 * (once) so the respondent can be told their answers will not outlive the tab.
 */
import type { SurveyModel } from 'survey-core';
import { loadDraft, saveDraft } from '../../respond/drafts.ts';

export interface DraftSlot {
  key: string;
  /** The instrument content the answers belong to. */
  hash: string;
  startedAt: string;
}

/** Restores the slot's draft into `model` and keeps saving it. Returns the function that stops saving. */
export function keepDrafts(model: SurveyModel, { key, hash, startedAt }: DraftSlot, onUnsaved: () => void): () => void {
  const draft = loadDraft(key, hash);
  if (draft) {
    model.data = draft.answers;
    model.currentPageNo = Math.min(draft.pageNo, model.visiblePageCount - 1);
  }
  let reported = false;
  const save = (sender: SurveyModel) => {
    const saved = saveDraft(key, {
      hash,
      answers: sender.data as Record<string, unknown>,
      pageNo: sender.currentPageNo,
      startedAt,
      savedAt: new Date().toISOString(),
    });
    if (!saved && !reported) {
      reported = true;
      onUnsaved();
    }
  };
  model.onValueChanged.add(save);
  model.onCurrentPageChanged.add(save);
  return () => {
    model.onValueChanged.remove(save);
    model.onCurrentPageChanged.remove(save);
  };
}
