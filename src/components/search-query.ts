/** The search box's logic, apart from the page: which filters are chosen and what the status line says. */
import { countOf, fill } from '../i18n/catalogue.ts';
import type { searchMessages } from '../i18n/search.ts';
import type { Language } from '../instruments/languages.ts';

/** More results than this are counted but not listed: a longer list helps nobody find a page. */
export const MAX_RESULTS = 30;

/** The messages the element says itself: SiteSearch hands it only these (`data-messages`), in the page's language. */
export const STATUS_MESSAGES = [
  'unavailable',
  'prompt',
  'noResults',
  'resultsOne',
  'resultsOther',
  'resultsFirst',
] as const;
export type SearchStatusMessages = Pick<(typeof searchMessages)['en'], (typeof STATUS_MESSAGES)[number]>;

/** Pagefind's filter option: for each filter, the values any of which a result must have. */
export type SearchFilters = Record<string, { any: string[] }>;

/** The filters chosen, from the checked boxes: each box is named for its filter and valued with one value. */
export function chosenFilters(checked: Iterable<{ name: string; value: string }>): SearchFilters {
  const filters: SearchFilters = {};
  for (const { name, value } of checked) (filters[name] ??= { any: [] }).any.push(value);
  return filters;
}

/** What the status line says after a search that found `count` pages. */
export function resultsStatus(count: number, language: Language, text: SearchStatusMessages): string {
  if (count === 0) return text.noResults;
  if (count > MAX_RESULTS) return fill(text.resultsFirst, { count, shown: MAX_RESULTS });
  return countOf(language, count, { one: text.resultsOne, other: text.resultsOther });
}
