/**
 * The languages the model can be written in, and how a text written in several of them is read in one. Every
 * text a respondent or reader sees is a Localized value in the source; pages, scripts and the collector read
 * the model resolved to one language, where every text is a plain string again.
 */

export const LANGUAGES = ['en', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Each language's name in English, for codebooks and analysis output. */
export const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', es: 'Spanish' };

/** Each language's name in itself, for the language switcher and the link builder's choice of language. */
export const LANGUAGE_AUTONYMS: Record<Language, string> = { en: 'English', es: 'Español' };

/** The language of a response that does not record one: before responses recorded it, only English was published. */
export const UNSTATED_LANGUAGE: Language = 'en';

/** The languages the site publishes: every framework text needs each of them. */
export const SITE_LANGUAGES: readonly Language[] = ['en', 'es'];

/** A text in every language it is written in; English is always there. */
export type Localized = { readonly en: string } & { readonly [L in Exclude<Language, 'en'>]?: string };

/** A value with every Localized text in it replaced by a string (distributes over unions, so Item's kinds stay apart). */
export type Resolved<X> = X extends Localized ? string : X extends object ? { [K in keyof X]: Resolved<X[K]> } : X;

const languageNames: ReadonlySet<string> = new Set(LANGUAGES);

/** Whether a value is a Localized text: a plain object whose keys are all languages, with a string in English. */
export function isLocalized(value: unknown): value is Localized {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  return (
    typeof (value as { en?: unknown }).en === 'string' && Object.keys(value).every((key) => languageNames.has(key))
  );
}

/**
 * The value with every text in `language`. A text without that language falls back to English: validation
 * (localization.ts) makes every text an instrument or the site is published in have each of those languages,
 * so the fallback only ever fills a language nothing is published in.
 */
export function inLanguage<X>(source: X, language: Language): Resolved<X> {
  return resolve(source, language) as Resolved<X>;
}

/**
 * Each source object's resolved copy per language, so a value the source shares (one bands array for every
 * instrument) stays shared, and every module that resolves the same source gets the same objects. The source
 * is never changed once written.
 */
const resolvedCopies = new WeakMap<object, Partial<Record<Language, unknown>>>();

function resolve(value: unknown, language: Language): unknown {
  if (isLocalized(value)) return value[language] ?? value.en;
  if (value === null || typeof value !== 'object') return value;
  const copies = resolvedCopies.get(value) ?? {};
  resolvedCopies.set(value, copies);
  return (copies[language] ??= Array.isArray(value)
    ? value.map((entry: unknown) => resolve(entry, language))
    : Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, resolve(entry, language)])));
}
