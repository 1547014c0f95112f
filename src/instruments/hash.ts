import { inLanguage, SITE_LANGUAGES, type Language, type Localized } from './languages.ts';
import { canonicalJson } from './canonical-json.ts';
import { findScale, itemsOf, resolveModel, type FrameworkModel, type SourceModel } from './model.ts';
import type { PublishedHashes } from './published.ts';
import { NOT_APPLICABLE } from './scales.ts';
import { model, modelIn, sourceModel } from './source-model.ts';
import type { Instrument } from './types.ts';

/**
 * What a respondent sees and a researcher scores, in one language: every field of the instrument but its
 * version, its endpoint (a deployment setting) and its languages (the content says them), plus what it draws
 * from the rest of the model: the response scales its items use, the non-response answers, and the stages its
 * stage items are compared across. Version 1 always carried its one "na" answer and no codes; fields a version
 * does not use are left out, so the hashes published for version 1 still hold. The non-response labels are
 * read in `language` from `written`, the model as written.
 */
function contentIn(instrument: Instrument, within: FrameworkModel, language: Language, written: SourceModel): unknown {
  const { version: _version, endpoint: _endpoint, languages: _languages, ...content } = instrument;
  const items = itemsOf(instrument);
  const scaleIds = [...new Set(items.map((item) => item.scale))];
  const usesCodes = items.some((item) => item.kind !== 'context' && item.nonResponse !== undefined);
  return {
    instrument: content,
    scales: scaleIds.map((id) => findScale(id, within)),
    notApplicable: usesCodes
      ? undefined
      : { value: NOT_APPLICABLE, label: inLanguage(written.notApplicableLabel, language) },
    nonResponses: usesCodes ? inLanguage(written.nonResponses, language) : undefined,
    stages: items.some((item) => item.kind === 'stage') ? within.stages.map(({ id, name }) => ({ id, name })) : [],
  };
}

/**
 * The content of an instrument as written, in each language it is offered in, so a changed word in any of
 * them needs a new version. One offered in one language hashes its content as it is, as before there were
 * languages.
 */
export function writtenContent(instrument: Instrument<Localized>, within: SourceModel = sourceModel): unknown {
  const contents = instrument.languages.map((language) => {
    const resolved = resolveModel({ ...within, instruments: [instrument], archive: [] }, language);
    return [language, contentIn(resolved.instruments[0]!, resolved, language, within)] as const;
  });
  return contents.length === 1 ? contents[0]![1] : { languages: Object.fromEntries(contents) };
}

/**
 * What the content hash covers of one of a model's instruments. A model holds its instruments in one language, so
 * one offered in several is hashed as written, from the source model.
 */
export function hashedContent(instrument: Instrument, within: FrameworkModel = model): unknown {
  const [language, ...others] = instrument.languages;
  if (language !== undefined && others.length === 0) return contentIn(instrument, within, language, sourceModel);
  const written = [...sourceModel.instruments, ...sourceModel.archive].find(
    (candidate) => candidate.id === instrument.id && candidate.version === instrument.version,
  );
  // A changed copy, or one read with a changed model, cannot say what it says in the other languages: hash
  // its source instead (writtenHash).
  const asWritten =
    written !== undefined &&
    instrument.languages.some((read) => inLanguage(written, read) === instrument) &&
    SITE_LANGUAGES.some((read) => modelIn(read) === within);
  if (!asWritten)
    throw new Error(
      `${instrument.id} ${instrument.version} is offered in several languages, and this copy of it is not the ` +
        'model as written: work out its hash from its source with writtenHash.',
    );
  return writtenContent(written!);
}

async function digest(content: unknown): Promise<string> {
  const bytes = new TextEncoder().encode(canonicalJson(content));
  const hash = await globalThis.crypto.subtle.digest('SHA-256', bytes);
  const hex = Array.from(new Uint8Array(hash), (b) => b.toString(16).padStart(2, '0')).join('');
  return `sha256-${hex}`;
}

/** `sha256-<hex>` of the instrument's content: published with its version, carried by every response. */
export const contentHash = async (instrument: Instrument, within: FrameworkModel = model): Promise<string> =>
  digest(hashedContent(instrument, within));

/** The content hash of an instrument as written (see writtenContent). */
export const writtenHash = (instrument: Instrument<Localized>, within: SourceModel = sourceModel): Promise<string> =>
  digest(writtenContent(instrument, within));

const hashes = new WeakMap<Instrument, Promise<string>>();

/**
 * The content hash of one of the model's instruments, published with this build and carried by every
 * response: worked out once per instrument (the model is not changed once built) for every page and script.
 */
export function publishedHash(instrument: Instrument): Promise<string> {
  let hash = hashes.get(instrument);
  if (!hash) hashes.set(instrument, (hash = contentHash(instrument)));
  return hash;
}

/**
 * The content hash of every version of every instrument the model holds, by instrument id and version: what a
 * response's `instrument.hash` must be for its answers to mean what this release's items say.
 */
export async function readableHashes(within: FrameworkModel = model): Promise<PublishedHashes> {
  const hashes: PublishedHashes = {};
  for (const instrument of [...within.instruments, ...within.archive]) {
    (hashes[instrument.id] ??= {})[instrument.version] = await contentHash(instrument, within);
  }
  return hashes;
}
