/**
 * Records the content hash of each instrument's current version in src/instruments/published.json.
 * Refuses to change the hash of a version already recorded: that content has been published.
 */
import { writeFileSync } from 'node:fs';
import { contentHash } from '../src/instruments/hash.ts';
import { instruments } from '../src/instruments/model.ts';
import { publishedHashes } from '../src/instruments/published.ts';

const file = new URL('../src/instruments/published.json', import.meta.url);
let failed = false;
for (const instrument of instruments) {
  const hash = await contentHash(instrument);
  const versions = (publishedHashes[instrument.id] ??= {});
  const recorded = versions[instrument.version];
  if (recorded === undefined) {
    versions[instrument.version] = hash;
    console.log(`Recorded ${instrument.id} ${instrument.version}: ${hash}`);
  } else if (recorded !== hash) {
    failed = true;
    console.error(`${instrument.id} ${instrument.version} was published as ${recorded}; its content now hashes to ${hash}. Give it a new version.`);
  } else {
    console.log(`${instrument.id} ${instrument.version} is unchanged.`);
  }
}
writeFileSync(file, `${JSON.stringify(publishedHashes, null, 2)}\n`);
process.exitCode = failed ? 1 : 0;
