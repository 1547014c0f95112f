import { describe, expect, it } from 'vitest';
import { countOf, fill, languageOf, placeholdersOf } from '../../src/i18n/catalogue.ts';
import { LANGUAGES } from '../../src/instruments/languages.ts';

/** Every catalogue the site has: each exported value of src/i18n that holds messages in every language. */
const modules = import.meta.glob<Record<string, unknown>>('../../src/i18n/*.ts', { eager: true });
const isMessages = (value: unknown): value is Record<string, string> =>
  value !== null && typeof value === 'object' && Object.values(value).every((entry) => typeof entry === 'string');
const catalogues = Object.entries(modules).flatMap(([file, exports]) =>
  Object.entries(exports).flatMap(([name, value]) => {
    const byLanguage = value as Record<string, unknown>;
    const isCatalogue =
      value !== null && typeof value === 'object' && LANGUAGES.every((language) => isMessages(byLanguage[language]));
    return isCatalogue
      ? [[`${file.split('/').pop()} ${name}`, byLanguage as Record<string, Record<string, string>>] as const]
      : [];
  }),
);

/** The files of src/i18n that build and fill messages rather than hold them. */
const HELPERS = ['catalogue.ts', 'inline-html.ts'];

describe('the message catalogues', () => {
  it('are found, one or more in every file of src/i18n but the catalogue helpers', () => {
    const files = new Set(catalogues.map(([name]) => name.split(' ')[0]));
    const expected = Object.keys(modules)
      .map((file) => file.split('/').pop()!)
      .filter((file) => !HELPERS.includes(file));
    expect([...files].sort()).toEqual(expected.sort());
  });

  it.each(catalogues)(
    '%s: every language has every key, none empty, each with the English placeholders',
    (_name, messages) => {
      const english = messages['en']!;
      for (const language of LANGUAGES) {
        const translated = messages[language]!;
        expect(Object.keys(translated).sort(), language).toEqual(Object.keys(english).sort());
        for (const [key, text] of Object.entries(translated)) {
          expect(text.trim(), `${language}.${key}`).not.toBe('');
          expect(placeholdersOf(text), `${language}.${key}`).toEqual(placeholdersOf(english[key]!));
        }
      }
    },
  );

  it.each(catalogues.filter(([name]) => !name.startsWith('search.ts searchTypes')))(
    '%s: Spanish is written, not the English copied',
    (_name, messages) => {
      const copied = Object.entries(messages['es']!).filter(
        ([key, text]) => text === messages['en']![key] && /\p{L}{4,}\s+\p{L}{4,}/u.test(text),
      );
      // A few messages are the same in both (names, codes); whole English phrases left untranslated are not.
      expect(copied.map(([key]) => key)).toEqual([]);
    },
  );
});

describe('filling in messages', () => {
  it('replaces each placeholder, and refuses one with no value', () => {
    expect(fill('{count} de {total}', { count: 3, total: 5 })).toBe('3 de 5');
    expect(() => fill('Hola {name}', {})).toThrow(/\{name\}/);
  });

  it('picks the plural form by the language’s rules', () => {
    const forms = { one: 'una respuesta', other: '{count} respuestas' };
    expect(countOf('es', 1, forms)).toBe('una respuesta');
    expect(countOf('es', 0, forms)).toBe('0 respuestas');
    expect(countOf('en', 2, { one: 'a response', other: '{count} responses' })).toBe('2 responses');
  });

  it('reads the page language from the route, English for anything else', () => {
    expect(languageOf('es')).toBe('es');
    expect(languageOf(undefined)).toBe('en');
    expect(languageOf('fr')).toBe('en');
  });
});
