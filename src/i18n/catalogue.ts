import { LANGUAGES, type Language } from '../instruments/languages.ts';

/**
 * The words of the pages and the report around the model's own texts, one catalogue per area of the site. A
 * catalogue is written in English and every other language: a language that lacks a key does not compile, and
 * test/i18n/catalogues.test.ts fails on an empty text or on placeholders that differ from the English.
 * Pages pick their language's messages on the server and hand only those to the browser.
 */
export type Catalogue<Messages extends Record<string, string>> = Readonly<Record<Language, Messages>>;

type Others = Exclude<Language, 'en'>;

/** A catalogue from its English messages and every other language's, which must have exactly the same keys. */
export const catalogue = <const English extends Record<string, string>>(
  en: English,
  others: { readonly [L in Others]: { readonly [K in keyof English]: string } },
): Catalogue<{ readonly [K in keyof English]: string }> => ({ en, ...others });

const PLACEHOLDER = /\{([A-Za-z_][A-Za-z0-9_]*)\}/g;

/** The `{name}` placeholders of a message, sorted, so two languages' messages can be compared. */
export const placeholdersOf = (message: string): string[] =>
  [...new Set(Array.from(message.matchAll(PLACEHOLDER), (match) => match[1]!))].sort();

/** A message with each `{name}` replaced by its value; a placeholder without a value is a programming error. */
export function fill(message: string, values: Readonly<Record<string, string | number>>): string {
  return message.replace(PLACEHOLDER, (placeholder, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`No value for ${placeholder} in "${message}".`);
    return String(value);
  });
}

/** The `one` or `other` form of a message for a count, by the language's plural rules, with `{count}` filled in. */
export const countOf = (
  language: Language,
  count: number,
  forms: { readonly one: string; readonly other: string },
  values: Readonly<Record<string, string | number>> = {},
): string =>
  fill(new Intl.PluralRules(language).select(count) === 'one' ? forms.one : forms.other, { ...values, count });

/** The page language a route or `Astro.currentLocale` names; anything else is the site's default, English. */
export const languageOf = (locale: string | undefined): Language =>
  (LANGUAGES as readonly string[]).includes(locale ?? '') ? (locale as Language) : 'en';
