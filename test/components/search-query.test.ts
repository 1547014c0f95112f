import { describe, expect, it } from 'vitest';
import { searchMessages } from '../../src/i18n/search.ts';
import { chosenFilters, MAX_RESULTS, resultsStatus } from '../../src/components/search-query.ts';

describe('chosenFilters', () => {
  it('gathers each filter’s checked values, in the order they are checked, for Pagefind', () => {
    expect(
      chosenFilters([
        { name: 'type', value: 'Essay' },
        { name: 'element', value: 'Domain' },
        { name: 'type', value: 'Construct' },
      ]),
    ).toEqual({ type: { any: ['Essay', 'Construct'] }, element: { any: ['Domain'] } });
  });

  it('is empty when nothing is checked', () => {
    expect(chosenFilters([])).toEqual({});
  });
});

describe('resultsStatus', () => {
  const { en, es } = searchMessages;

  it('says there are no results, one result, or how many', () => {
    expect(resultsStatus(0, 'en', en)).toBe(en.noResults);
    expect(resultsStatus(1, 'en', en)).toBe('1 result.');
    expect(resultsStatus(2, 'en', en)).toBe('2 results.');
    expect(resultsStatus(MAX_RESULTS, 'en', en)).toBe(`${MAX_RESULTS} results.`);
  });

  it('says only the first ones are listed when there are more than it lists', () => {
    expect(resultsStatus(MAX_RESULTS + 1, 'en', en)).toBe(
      `${MAX_RESULTS + 1} results, showing the first ${MAX_RESULTS}.`,
    );
  });

  it('counts in the page’s language', () => {
    expect(resultsStatus(1, 'es', es)).toBe('1 resultado.');
    expect(resultsStatus(3, 'es', es)).toBe('3 resultados.');
    expect(resultsStatus(MAX_RESULTS + 5, 'es', es)).toBe(
      `${MAX_RESULTS + 5} resultados; se muestran los primeros ${MAX_RESULTS}.`,
    );
  });
});
