import published from './published.json' with { type: 'json' };
import { model } from './source-model.ts';
import type { Instrument } from './types.ts';
import { instrumentFile } from './validate.ts';

/**
 * The content hash recorded for every instrument version ever published (published.json). A version's
 * hash never changes: changing an instrument means giving it a new version and recording that.
 */
export type PublishedHashes = Record<string, Record<string, string>>;

export const publishedHashes: PublishedHashes = published;

/** Why the instrument's current content cannot be published under its current version, or null if it can. */
export function versionProblem(
  instrument: Instrument,
  hash: string,
  record: PublishedHashes = publishedHashes,
): string | null {
  const recorded = record[instrument.id]?.[instrument.version];
  if (recorded === undefined) {
    return `${instrument.id} ${instrument.version} has no recorded hash: run \`npm run instruments:record\` to record ${hash} in src/instruments/published.json.`;
  }
  if (recorded !== hash) {
    return `${instrument.id} changed (hash ${hash}) but keeps version ${instrument.version}, published as ${recorded}: give it a new version in ${instrumentFile(instrument, model)}, keep the published one in the archive, and run \`npm run instruments:record\`.`;
  }
  return null;
}
