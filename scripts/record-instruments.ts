/**
 * npm run instruments:record
 *
 * Records the content hash of each instrument's current version in src/instruments/published.json.
 * Refuses to change the hash of a version already recorded: that content has been published.
 */
import { writeFileSync } from 'node:fs';
import { publishedHash } from '../src/instruments/hash.ts';
import { model } from '../src/instruments/source-model.ts';
import { publishedHashes, versionProblem, type PublishedHashes } from '../src/instruments/published.ts';
import type { Instrument } from '../src/instruments/types.ts';
import { commandLine } from './cli.ts';

/**
 * Records the hash of each of these instrument versions that has none yet, and reports any whose content no
 * longer matches its recorded hash. Resolves with whether every version now matches its record. Also run by
 * `npm run instrument:new` for the instrument it has just written, which the model in this process predates.
 */
export async function recordVersions(instruments: readonly Instrument[]): Promise<boolean> {
  const file = new URL('../src/instruments/published.json', import.meta.url);
  const record: PublishedHashes = structuredClone(publishedHashes);
  let failed = false;
  for (const instrument of instruments) {
    const hash = await publishedHash(instrument);
    const versions = (record[instrument.id] ??= {});
    if (versions[instrument.version] === undefined) {
      versions[instrument.version] = hash;
      console.log(`Recorded ${instrument.id} ${instrument.version}: ${hash}`);
      continue;
    }
    const problem = versionProblem(instrument, hash, record);
    if (problem) {
      failed = true;
      console.error(problem);
    } else {
      console.log(`${instrument.id} ${instrument.version} is unchanged.`);
    }
  }
  writeFileSync(file, `${JSON.stringify(record, null, 2)}\n`);
  return !failed;
}

if (import.meta.main) {
  commandLine('Usage: npm run instruments:record', {});
  process.exitCode = (await recordVersions([...model.instruments, ...model.archive])) ? 0 : 1;
}
