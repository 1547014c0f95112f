import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import seedRuns from '../support/seed-runs.json' with { type: 'json' };
import { runHash, runs, words } from '../support/shingles.ts';

/**
 * Every sentence the project publishes is written afresh: no published text shares a run of eight words
 * with the source essays it was written from (their runs are recorded as hashes by scripts/record-seed-runs.ts).
 */
const root = join(import.meta.dirname, '../..');
const published = ['src/content/essays', 'src/instruments', 'src/pages', 'src/components'];
const seeds = new Set(seedRuns.hashes);

function filesUnder(folder: string): string[] {
  return readdirSync(join(root, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(mdx|md|ts|tsx|astro)$/.test(entry.name))
    .map((entry) => relative(root, join(entry.parentPath, entry.name)));
}

describe('originality', () => {
  it('has the source essays’ runs to compare with', () => {
    expect(seedRuns.files).toBeGreaterThan(0);
    expect(seeds.size).toBeGreaterThan(1000);
  });

  it('finds a copied run however it is capitalised or punctuated', () => {
    const [first] = seedRuns.hashes;
    expect(first).toMatch(/^[0-9a-f]{16}$/);
    const text = 'Communities of practice are groups of people who share a concern.';
    expect(runs(text).map(({ hash }) => hash)).toContain(
      runHash(words('communities OF practice, are groups of people who')),
    );
  });

  it.each(published.flatMap(filesUnder))('%s shares no eight-word run with the source essays', (file) => {
    const copied = runs(readFileSync(join(root, file), 'utf8'))
      .filter(({ hash }) => seeds.has(hash))
      .map(({ run }) => run);
    expect(copied).toEqual([]);
  });
});
