import { describe, expect, it } from 'vitest';
import { bibliography, citationLabel, lookUpWork, referenceAuthors } from '../../src/content/bibliography.ts';

describe('bibliography', () => {
  it('labels citations by author count', () => {
    expect(citationLabel(bibliography['wenger-1998'])).toBe('Wenger, 1998');
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
});
