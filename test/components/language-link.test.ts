import { describe, expect, it } from 'vitest';
import { carryPageState } from '../../src/components/language-link.ts';
import { englishPathOf, pathIn, pathsIn } from '../../src/components/paths.ts';

describe('carryPageState: a language link keeps what the page was opened with', () => {
  it('keeps a survey link’s parameters and fragment, encoded as they were', () => {
    expect(carryPageState('/es/instruments/cop-self-assessment/', '?site=Escuela%20Norte&wave=2', '#top')).toBe(
      '/es/instruments/cop-self-assessment/?site=Escuela%20Norte&wave=2#top',
    );
  });

  it('leaves the link as it is when the page has neither', () => {
    expect(carryPageState('/instruments/cop-self-assessment/', '', '')).toBe('/instruments/cop-self-assessment/');
    expect(carryPageState('/es/search/', '?', '#')).toBe('/es/search/');
  });

  it('stays on this site whatever the query holds', () => {
    const link = carryPageState('/es/', '?next=https://elsewhere.example/&q=%3Cscript%3E', '');
    expect(link.startsWith('/es/?')).toBe(true);
    expect(new URL(link, 'https://cultivate.example.org').origin).toBe('https://cultivate.example.org');
  });
});

describe('paths in each language', () => {
  it('puts Spanish pages under /es/ and leaves English at the root', () => {
    expect(pathIn('en', '/framework/')).toBe('/framework/');
    expect(pathIn('es', '/framework/')).toBe('/es/framework/');
    expect(pathsIn('es').instrument('cop-self-assessment')).toBe('/es/instruments/cop-self-assessment/');
    expect(pathsIn('es').search('práctica')).toBe('/es/search/?q=pr%C3%A1ctica');
  });

  it('keeps one path for what is published in English only', () => {
    expect(pathsIn('es').essay('stages-of-development')).toBe('/essays/stages-of-development/');
    expect(pathsIn('es').codebook('cop-self-assessment', 'csv')).toBe('/instruments/cop-self-assessment/codebook.csv');
  });

  it('finds the English path of a page in any language', () => {
    expect(englishPathOf('/es/framework/coaching/')).toBe('/framework/coaching/');
    expect(englishPathOf('/framework/coaching/')).toBe('/framework/coaching/');
    // A path that only starts with the letters of a language code is not in that language.
    expect(englishPathOf('/essays/')).toBe('/essays/');
  });
});
