import { findScale, itemsOf, model, type FrameworkModel } from './model.ts';
import { NOT_APPLICABLE, NOT_APPLICABLE_LABEL, nonResponses } from './scales.ts';
import type { Instrument } from './types.ts';

/** JSON with object keys sorted at every level, so the same content always gives the same text. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  // Built by concatenation, not map/join: the collector does this for every body it receives.
  if (Array.isArray(value)) {
    let text = '[';
    for (let i = 0; i < value.length; i++) text += (i === 0 ? '' : ',') + (canonicalJson(value[i]) ?? '');
    return `${text}]`;
  }
  const record = value as Record<string, unknown>;
  // The default sort compares UTF-16 code units, as `<` does.
  const keys = Object.keys(record).sort();
  let text = '{';
  for (const key of keys) {
    const item = record[key];
    if (item === undefined) continue;
    text += (text.length === 1 ? '' : ',') + JSON.stringify(key) + ':' + canonicalJson(item);
  }
  return `${text}}`;
}

/**
 * What a respondent sees and a researcher scores: every field of the instrument but its version and its
 * endpoint (a deployment setting), plus what it draws from the rest of the model: the response scales
 * its items use, the non-response answers, and the stages its stage items are compared across. Version 1
 * always carried its one "na" answer and no codes; fields a version does not use are left out, so the
 * hashes published for version 1 still hold.
 */
export function hashedContent(instrument: Instrument, within: FrameworkModel = model): unknown {
  const { version: _version, endpoint: _endpoint, ...content } = instrument;
  const items = itemsOf(instrument);
  const scaleIds = [...new Set(items.map((item) => item.scale))];
  const usesCodes = items.some((item) => item.kind !== 'context' && item.nonResponse !== undefined);
  return {
    instrument: content,
    scales: scaleIds.map((id) => findScale(id, within)),
    notApplicable: usesCodes ? undefined : { value: NOT_APPLICABLE, label: NOT_APPLICABLE_LABEL },
    nonResponses: usesCodes ? nonResponses : undefined,
    stages: items.some((item) => item.kind === 'stage') ? within.stages.map(({ id, name }) => ({ id, name })) : [],
  };
}

/** `sha256-<hex>` of the instrument's content: published with its version, carried by every response. */
export async function contentHash(instrument: Instrument, within: FrameworkModel = model): Promise<string> {
  const bytes = new TextEncoder().encode(canonicalJson(hashedContent(instrument, within)));
  const digest = await globalThis.crypto.subtle.digest('SHA-256', bytes);
  const hex = Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
  return `sha256-${hex}`;
}

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
