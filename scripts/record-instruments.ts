/**
 * npm run instruments:record
 *
 * Records the content hash of each instrument's current version in src/instruments/published.json.
 * Refuses to change the hash of a version already recorded: that content has been published.
 */
import { writeFileSync } from 'node:fs';
import { publishedHash } from '../src/instruments/hash.ts';
import { model } from '../src/instruments/model.ts';
import { publishedHashes, versionProblem, type PublishedHashes } from '../src/instruments/published.ts';
import { commandLine } from './cli.ts';

commandLine('Usage: npm run instruments:record', {});

const file = new URL('../src/instruments/published.json', import.meta.url);
const record: PublishedHashes = structuredClone(publishedHashes);
let failed = false;
for (const instrument of [...model.instruments, ...model.archive]) {
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
process.exitCode = failed ? 1 : 0;
