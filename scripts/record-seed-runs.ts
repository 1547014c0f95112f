/**
 * node scripts/record-seed-runs.ts <folder of source essays>
 *
 * Records the hashes of every eight-word run of the source essays the project was written from, in
 * test/support/seed-runs.json, for the originality test. Only hashes are kept: the sources' sentences are not
 * published, here or anywhere else in the project.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runs } from '../test/support/shingles.ts';
import { commandLine } from './cli.ts';

const cli = commandLine(
  'Usage: node scripts/record-seed-runs.ts <folder of source essays (.txt)>',
  {},
  { files: true },
);
const folder = cli.positionals[0]!;
const hashes = new Set<string>();
const files = readdirSync(folder).filter((name) => name.endsWith('.txt'));
if (files.length === 0) cli.misuse(`"${folder}" has no .txt source essays.`);
for (const name of files) for (const { hash } of runs(readFileSync(join(folder, name), 'utf8'))) hashes.add(hash);
const out = new URL('../test/support/seed-runs.json', import.meta.url);
writeFileSync(out, `${JSON.stringify({ files: files.length, hashes: [...hashes].sort() }, null, 0)}\n`);
console.error(`Recorded ${hashes.size} eight-word runs from ${files.length} source essay(s).`);
