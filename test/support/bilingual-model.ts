import { isLocalized } from '../../src/instruments/languages.ts';
import { type SourceModel } from '../../src/instruments/model.ts';
import { sourceModel } from '../../src/instruments/source-model.ts';
import type { Draft } from './draft-model.ts';

/** A copy of a value with a stand-in Spanish text beside every English one, placeholders kept. */
function withSpanish<X>(value: X): X {
  const add = (entry: unknown): unknown => {
    if (isLocalized(entry)) return { ...entry, es: `ES ${entry.en}` };
    if (Array.isArray(entry)) return entry.map(add);
    if (entry === null || typeof entry !== 'object') return entry;
    return Object.fromEntries(Object.entries(entry).map(([key, inner]) => [key, add(inner)]));
  };
  return add(value) as X;
}

/**
 * The model as written, published in English and Spanish, with its first instrument offered in both (every
 * text has a stand-in Spanish one, so a test's change to it is plain to see) and the others in English only.
 */
export function bilingualModel(): Draft<SourceModel> {
  const [first, ...others] = sourceModel.instruments;
  const source = withSpanish({ ...sourceModel, instruments: [], archive: [] });
  const bilingual = { ...withSpanish(first!), languages: ['en', 'es'] as const };
  return structuredClone({
    ...source,
    languages: ['en', 'es'],
    instruments: [bilingual, ...others.map((instrument) => ({ ...instrument, languages: ['en'] }))],
    archive: sourceModel.archive,
  }) as Draft<SourceModel>;
}
