/**
 * Survey pages as browser history entries, so Back and Forward move between pages instead of leaving the
 * site. An entry holds the page's index among all of the survey's pages, hidden ones included: a screener
 * that hides a section must not shift the pages of the entries already made. The start screen's entry is
 * the one the respondent arrived on, with no survey page in it.
 */

export interface SurveyPageEntry {
  surveyPage: number;
}

export const entryFor = (pageIndex: number): SurveyPageEntry => ({ surveyPage: pageIndex });

/** The survey page a history entry stands for; null for any other entry (the start screen's). */
export function pageOfEntry(state: unknown): number | null {
  if (typeof state !== 'object' || state === null || !('surveyPage' in state)) return null;
  const page = state.surveyPage;
  return typeof page === 'number' && Number.isInteger(page) && page >= 0 ? page : null;
}

/** Whether showing `pageIndex` needs a new entry: not when the current entry already is that page (Back, Forward, reload). */
export const needsEntry = (state: unknown, pageIndex: number): boolean => pageOfEntry(state) !== pageIndex;

/**
 * The page to show for a history entry, given which pages are asked now: the entry's own page, or when a
 * changed screener answer hides it, the nearest asked page before it. Null means the start screen.
 */
export function pageToShow(state: unknown, asked: readonly boolean[]): number | null {
  const page = pageOfEntry(state);
  if (page === null) return null;
  for (let index = Math.min(page, asked.length - 1); index >= 0; index--) if (asked[index]) return index;
  return asked.indexOf(true) === -1 ? null : asked.indexOf(true);
}
