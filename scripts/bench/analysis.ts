/**
 * node scripts/bench/analysis.ts
 *
 * Times the researcher's path through 10,000 synthetic responses per instrument: reading NDJSON
 * (readResponses), scoring (scoredTable) and analysis grouped by community (analyzeResponses, including
 * reliability). Median of 5 runs after a warm-up.
 */
import { analyzeResponses } from '../../src/instruments/analysis.ts';
import { publishedHashesById } from '../../src/instruments/hash.ts';
import { instruments } from '../../src/instruments/model.ts';
import { median } from '../../src/instruments/numbers.ts';
import { readResponses } from '../../src/instruments/responses.ts';
import { scoredTable } from '../../src/instruments/score-table.ts';
import { commandLine } from '../cli.ts';
import { makeResponses } from './synthetic-responses.ts';

/** Median time of `runs` calls after one warm-up call, in ms. */
function time(run: () => unknown, runs = 5): number {
  run();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return median(times);
}

async function main() {
  const COUNT = 10_000;
  const hashes = await publishedHashesById();
  const rows: string[][] = [];
  for (const [index, instrument] of instruments.entries()) {
    const text = makeResponses(instrument, COUNT, 2026 + index, { hash: hashes.get(instrument.id)! });
    const files = [{ name: `${instrument.id}.ndjson`, text }];
    const { responses, rejected } = readResponses(files, hashes);
    if (rejected.length > 0 || responses.length !== COUNT)
      throw new Error(`Synthetic responses were rejected: ${rejected[0]?.reason}`);
    rows.push([
      instrument.id,
      String(COUNT),
      (text.length / 1e6).toFixed(1),
      time(() => readResponses(files, hashes)).toFixed(0),
      time(() => scoredTable(responses)).toFixed(0),
      time(() => analyzeResponses(instrument, responses, { groupBy: 'community' })).toFixed(0),
    ]);
  }
  const header = ['instrument', 'responses', 'MB', 'read ms', 'score ms', 'analyse ms'];
  const widths = header.map((title, c) => Math.max(title.length, ...rows.map((row) => row[c]!.length)));
  for (const row of [header, ...rows]) {
    console.log(row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  '));
  }
  console.log(`Median of 5 runs after a warm-up; Node ${process.versions.node}.`);
}

commandLine('Usage: node scripts/bench/analysis.ts', {});
await main();
