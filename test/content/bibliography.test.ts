import { describe, expect, it } from 'vitest';
import {
  bibliography,
  citationLabel,
  lookUpWork,
  referenceAuthors,
  referenceParts,
  type Work,
} from '../../src/content/bibliography.ts';

describe('bibliography', () => {
  it('labels citations by author count', () => {
    // The book and the article of 1998 by Wenger alone: lettered in title order, so they never read alike.
    expect(citationLabel(bibliography['wenger-1998-systems-thinker'])).toBe('Wenger, 1998a');
    expect(citationLabel(bibliography['wenger-1998'])).toBe('Wenger, 1998b');
    expect(citationLabel(bibliography['senge-1990'])).toBe('Senge, 1990');
    expect(citationLabel(bibliography['lave-wenger-1991'])).toBe('Lave & Wenger, 1991');
    expect(citationLabel(bibliography['wenger-mcdermott-snyder-2002'])).toBe('Wenger et al., 2002');
  });

  it('prints reference-list authors with an ampersand before the last', () => {
    expect(referenceAuthors(bibliography['mehta-2013'])).toBe('Mehta, J.');
    expect(referenceAuthors(bibliography['wenger-mcdermott-snyder-2002'])).toBe(
      'Wenger, E., McDermott, R., & Snyder, W. M.',
    );
  });

  it('fails on an unknown key, naming it and where keys live', () => {
    expect(() => lookUpWork('nobody-2020')).toThrow(/"nobody-2020".*bibliography\.ts/);
  });

  /** What each kind of work must name so a reader can find it, checked on every entry (not only by the type). */
  const needs: Record<Work['type'], readonly string[]> = {
    book: ['publisher'],
    article: ['journal', 'volume'],
    chapter: ['editors', 'book', 'pages', 'publisher'],
    report: ['publisher', 'number'],
    web: ['site', 'url'],
  };

  it.each(Object.entries(bibliography))('%s has the fields its type needs, in checkable form', (_key, work: Work) => {
    expect(work.authors.length).toBeGreaterThan(0);
    for (const author of work.authors) expect(author).toMatch(/^[\p{L}'’ .-]+, (\p{Lu}\.[ -]?)+(\p{Lu}\.)?$/u);
    expect(work.year).toBeGreaterThanOrEqual(1900);
    expect(work.year).toBeLessThanOrEqual(2026);
    expect(work.title.trim()).not.toBe('');
    for (const field of needs[work.type]) {
      const value = (work as unknown as Record<string, unknown>)[field];
      expect(value, `${field} of ${work.title}`).toBeTruthy();
    }
    if (work.type === 'article') {
      // A page range, or an online journal's article number.
      expect(work.pages ?? work.article, `pages or article number of ${work.title}`).toMatch(/^\d+(–\d+)?$/);
      if (work.pages?.includes('–')) {
        const [first, last] = work.pages.split('–').map(Number) as [number, number];
        expect(last).toBeGreaterThan(first);
      }
    }
    if (work.type === 'chapter') expect(work.pages).toMatch(/^\d+–\d+$/);
    if (work.type === 'web') expect(new URL(work.url).protocol).toBe('https:');
  });

  it('prints each kind of reference in APA style', () => {
    const text = (key: keyof typeof bibliography) => {
      const { before, italic, after } = referenceParts(bibliography[key]);
      return `${before}*${italic}*${after}`;
    };
    expect(text('mehta-2013')).toBe(
      'From bureaucracy to profession: Remaking the educational sector for the twenty-first century. *Harvard Educational Review, 83*(3), 463–488.',
    );
    expect(text('wenger-trayner-de-laat-2011')).toBe(
      '*Promoting and Assessing Value Creation in Communities and Networks: A Conceptual Framework* (Rapport 18). Ruud de Moor Centrum, Open Universiteit.',
    );
    expect(text('wheatley-2006')).toBe(
      '*Leadership and the New Science: Discovering Order in a Chaotic World* (3rd ed.). Berrett-Koehler.',
    );
    expect(text('olivier-hipp-huffman-2010')).toBe(
      'Assessing and analyzing schools as professional learning communities. In K. K. Hipp & J. B. Huffman (Eds.), *Demystifying Professional Learning Communities: School Leadership at Its Best* (pp. 29–41). Rowman & Littlefield.',
    );
    expect(text('shea-2014')).toContain('*Implementation Science, 9*, Article 7.');
    expect(referenceAuthors(bibliography['wenger-trayner-2015-landscapes'])).toMatch(
      /& Wenger-Trayner, B\. \(Eds\.\)$/,
    );
  });
});
