/**
 * node scripts/bench-analysis.ts
 *
 * Times the researcher's path through 10,000 synthetic responses per instrument: reading NDJSON
 * (readResponses), scoring (scoredTable) and analysis grouped by community (analyzeResponses, including
 * reliability). Median of 5 runs after a warm-up. `makeResponses` imports nothing from Node, so a
 * browser benchmark can make the same data.
 */
import { analyzeResponses } from '../src/instruments/analysis.ts';
import { choicesOf } from '../src/instruments/generate.ts';
import { contentHash } from '../src/instruments/hash.ts';
import { findScale, instruments, itemsOf } from '../src/instruments/model.ts';
import { readResponses } from '../src/instruments/responses.ts';
import { NOT_APPLICABLE } from '../src/instruments/scales.ts';
import { scoredTable } from '../src/instruments/score-table.ts';
import type { Instrument } from '../src/instruments/types.ts';

/** mulberry32: small, fast and seedable, so the same seed always gives the same responses. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Roughly normal (sum of three uniforms), enough to give answers a realistic spread. */
const noise = (random: () => number) => (random() + random() + random() - 1.5) * 2;

const COMMUNITIES = 20;
const NA_SHARE = 0.05;

/**
 * `count` response payloads as NDJSON. Answers come from each item's choices: a respondent's level on each
 * construct (shifted by their community) plus item noise, reverse-keyed items answered the other way, so
 * constructs hang together as real data do. About 5% of answers are "not applicable"; optional context
 * questions are sometimes skipped.
 */
export function makeResponses(instrument: Instrument, count: number, seed: number, options: { hash?: string } = {}): string {
  const random = prng(seed);
  const items = itemsOf(instrument);
  const communityShift = Array.from({ length: COMMUNITIES }, () => noise(random) * 0.4);
  const lines: string[] = [];
  for (let i = 0; i < count; i++) {
    const community = i % COMMUNITIES;
    const levels = new Map<string, number>();
    const levelOf = (key: string) => {
      if (!levels.has(key)) levels.set(key, 3 + communityShift[community]! + noise(random) * 0.8);
      return levels.get(key)!;
    };
    const answers: Record<string, number | string> = {};
    for (const item of items) {
      const choices = choicesOf(item);
      if (item.kind === 'context') {
        if (!item.required && random() < 0.1) continue;
        answers[item.id] = choices[Math.floor(random() * choices.length)]!.value;
        continue;
      }
      if (item.notApplicable && random() < NA_SHARE) {
        answers[item.id] = NOT_APPLICABLE;
        continue;
      }
      const values = findScale(item.scale).options.map((option) => Number(option.value));
      const min = Math.min(...values);
      const max = Math.max(...values);
      const level = levelOf(item.kind === 'scored' ? item.construct : `stage:${item.stage}`) + noise(random) * 0.7;
      const keyed = item.kind === 'scored' && item.reverse ? min + max - level : level;
      answers[item.id] = Math.min(max, Math.max(min, Math.round(keyed)));
    }
    const id = [8, 4, 4, 4, 12].map((length) => Array.from({ length }, () => Math.floor(random() * 16).toString(16)).join('')).join('-');
    lines.push(
      JSON.stringify({
        payloadVersion: 1,
        responseId: id,
        instrument: { id: instrument.id, version: instrument.version, ...(options.hash ? { hash: options.hash } : {}) },
        params: { community: `community-${String(community + 1).padStart(2, '0')}`, wave: String(1 + (i % 3)) },
        answers,
      }),
    );
  }
  return `${lines.join('\n')}\n`;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

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
  const hashes = new Map(await Promise.all(instruments.map(async (i) => [i.id, await contentHash(i)] as const)));
  const rows: string[][] = [];
  for (const [index, instrument] of instruments.entries()) {
    const text = makeResponses(instrument, COUNT, 2026 + index, { hash: hashes.get(instrument.id)! });
    const files = [{ name: `${instrument.id}.ndjson`, text }];
    const { responses, rejected } = readResponses(files, hashes);
    if (rejected.length > 0 || responses.length !== COUNT) throw new Error(`Synthetic responses were rejected: ${rejected[0]?.reason}`);
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

if (import.meta.main) await main();
