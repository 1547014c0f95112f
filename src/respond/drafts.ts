/**
 * Answers kept on the device while a respondent works, so closing the tab loses nothing. One draft per
 * instrument and link (the same link reopened finds its draft; a link for another community does not).
 */
import { DRAFT_KEY_PREFIX } from './storage-keys.ts';

export interface Draft {
  /** Which instrument content the answers belong to; a draft of other content is not offered. */
  hash: string;
  answers: Record<string, unknown>;
  pageNo: number;
  startedAt: string;
  savedAt: string;
}

export const draftKey = (instrumentId: string, params: Record<string, string>) =>
  `${DRAFT_KEY_PREFIX}${instrumentId}:${new URLSearchParams(Object.entries(params).sort()).toString()}`;

export function loadDraft(key: string, hash: string): Draft | null {
  try {
    const draft = JSON.parse(localStorage.getItem(key) ?? 'null') as Draft | null;
    return draft && draft.hash === hash && typeof draft.answers === 'object' ? draft : null;
  } catch {
    return null;
  }
}

/** Best effort: a full or blocked storage must not stop the respondent from answering. */
export function saveDraft(key: string, draft: Draft): boolean {
  try {
    localStorage.setItem(key, JSON.stringify(draft));
    return true;
  } catch {
    return false;
  }
}

export function clearDraft(key: string): void {
  try {
    localStorage.removeItem(key);
  } catch {
    // Nothing to clear if storage is unavailable.
  }
}
