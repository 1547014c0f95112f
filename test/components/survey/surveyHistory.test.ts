import { describe, expect, it } from 'vitest';
import { entryFor, needsEntry, pageOfEntry, pageToShow } from '../../../src/components/survey/surveyHistory.ts';

describe('survey pages as history entries', () => {
  it('reads back the page an entry was made for, and no page from the start screen’s or a foreign entry', () => {
    expect(pageOfEntry(entryFor(3))).toBe(3);
    expect(pageOfEntry(JSON.parse(JSON.stringify(entryFor(0))))).toBe(0);
    for (const other of [null, undefined, {}, { surveyPage: -1 }, { surveyPage: 1.5 }, { surveyPage: '2' }, 'x'])
      expect(pageOfEntry(other)).toBeNull();
  });

  it('adds an entry when the respondent turns a page, not when history itself brought them there', () => {
    expect(needsEntry(null, 0)).toBe(true);
    expect(needsEntry(entryFor(1), 2)).toBe(true);
    expect(needsEntry(entryFor(2), 1)).toBe(true);
    expect(needsEntry(entryFor(2), 2)).toBe(false);
  });

  it('shows the entry’s page, the start screen for the start entry, and an earlier page when a screener hid it', () => {
    const allAsked = [true, true, true, true];
    expect(pageToShow(entryFor(2), allAsked)).toBe(2);
    expect(pageToShow(null, allAsked)).toBeNull();
    expect(pageToShow(entryFor(2), [true, true, false, true])).toBe(1);
    expect(pageToShow(entryFor(9), allAsked)).toBe(3);
    expect(pageToShow(entryFor(0), [false, true])).toBe(1);
    expect(pageToShow(entryFor(0), [false, false])).toBeNull();
  });
});
