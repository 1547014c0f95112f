/**
 * Answers kept on the device while a respondent works, so closing the tab loses nothing. One draft per
 * instrument and link (the same link reopened finds its draft; a link for another community does not).
 * A draft is forgotten KEEP_MS after it was last saved, so a shared device does not offer one person's
 * answers to the next.
 */
import { DRAFT_KEY_PREFIX, KEEP_MS } from './storage-keys.ts';

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

/** Pure: whether a stored draft may still be offered at `now`. */
export function isFresh(draft: Pick<Draft, 'savedAt'>, now: number): boolean {
  const saved = Date.parse(draft.savedAt);
  return !Number.isNaN(saved) && now - saved < KEEP_MS;
}

function read(key: string): Draft | null {
  try {
    const draft = JSON.parse(localStorage.getItem(key) ?? 'null') as Draft | null;
    return draft && typeof draft.answers === 'object' && typeof draft.savedAt === 'string' ? draft : null;
  } catch {
    return null;
  }
}

export function loadDraft(key: string, hash: string, now = Date.now()): Draft | null {
  const draft = read(key);
  return draft && draft.hash === hash && isFresh(draft, now) ? draft : null;
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

/** Removes every expired (or unreadable) draft on the device; run on every page. */
export function forgetExpiredDrafts(now = Date.now()): void {
  try {
    const keys = Array.from({ length: localStorage.length }, (_, i) => localStorage.key(i) ?? '');
    for (const key of keys.filter((candidate) => candidate.startsWith(DRAFT_KEY_PREFIX))) {
      const draft = read(key);
      if (!draft || !isFresh(draft, now)) localStorage.removeItem(key);
    }
  } catch {
    // Storage blocked: there are no drafts.
  }
}
