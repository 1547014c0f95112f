/**
 * The link to the same page in another language, carrying the page's query and fragment: a survey link's
 * parameters (community, wave, session) and a search query must survive a change of language.
 */
export function carryPageState(href: string, search: string, hash: string): string {
  const target = new URL(href, 'https://page.invalid');
  if (search && search !== '?') target.search = search;
  if (hash && hash !== '#') target.hash = hash;
  return `${target.pathname}${target.search}${target.hash}`;
}
