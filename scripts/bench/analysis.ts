/**
 * node scripts/bench/analysis.ts
 *
 * Times the researcher's path through 10,000 synthetic responses per instrument: reading NDJSON
 * (readResponses), scoring (scoredTable) and analysis grouped by community × wave (analyzeResponses: agreement,
 * full reliability, paired change), and the heap in use afterwards. Median of 5 runs after a warm-up. Then the same responses as one 100,000-row CSV per
 * instrument, read and scored (what `npm run score` does with it): line numbers are found in one pass, so
 * this grows linearly (it took 116 s when each row's line was found by slicing the text up to it).
 */
import { analyzeResponses } from '../../src/instruments/analysis.ts';
import { instruments, model } from '../../src/instruments/source-model.ts';
import { median } from '../../src/instruments/numbers.ts';
import { toCsv } from '../../src/instruments/csv.ts';
import { itemsOf } from '../../src/instruments/model.ts';
import { readableHashes } from '../../src/instruments/hash.ts';
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
  const hashes = await readableHashes();
  const rows: string[][] = [];
  for (const [index, instrument] of instruments.entries()) {
    const text = makeResponses(instrument, COUNT, 2026 + index, { hash: hashes[instrument.id]![instrument.version]! });
    const files = [{ name: `${instrument.id}.ndjson`, text }];
    const { responses, rejected } = readResponses(files, hashes, { within: model });
    if (rejected.length > 0 || responses.length !== COUNT)
      throw new Error(`Synthetic responses were rejected: ${rejected[0]?.reason}`);
    rows.push([
      instrument.id,
      String(COUNT),
      (text.length / 1e6).toFixed(1),
      time(() => readResponses(files, hashes, { within: model })).toFixed(0),
      time(() => scoredTable(responses, model)).toFixed(0),
      time(() => analyzeResponses(instrument, responses, { within: model, groupBy: ['community', 'wave'] })).toFixed(0),
      (process.memoryUsage().heapUsed / 1e6).toFixed(0),
    ]);
  }
  print(['instrument', 'responses', 'MB', 'read ms', 'score ms', 'analyse ms', 'heap used MB'], rows);
  console.log(`Median of 5 runs after a warm-up; Node ${process.versions.node}.`);

  const ROWS = 100_000;
  const csvRows: string[][] = [];
  for (const [index, instrument] of instruments.entries()) {
    const text = csvOf(
      instrument,
      makeResponses(instrument, ROWS, 2126 + index, { hash: hashes[instrument.id]![instrument.version]! }),
    );
    const files = [{ name: `${instrument.id}.csv`, text }];
    const { responses, rejected } = readResponses(files, hashes, { within: model });
    if (rejected.length > 0 || responses.length !== ROWS)
      throw new Error(`Synthetic CSV rows were rejected: ${rejected[0]?.reason}`);
    const read = time(() => readResponses(files, hashes, { within: model }), 3);
    const scored = time(() => scoredTable(responses, model), 3);
    csvRows.push([
      instrument.id,
      String(ROWS),
      (text.length / 1e6).toFixed(1),
      read.toFixed(0),
      scored.toFixed(0),
      ((read + scored) / 1000).toFixed(1),
    ]);
  }
  console.log();
  print(['instrument', 'CSV rows', 'MB', 'read ms', 'score ms', 'read + score s'], csvRows);
  console.log(`100,000-row CSV in Node: median of 3 runs after a warm-up; Node ${process.versions.node}.`);
}

/** NDJSON payloads as the flat CSV a researcher exports: one column per id, instrument field, link value and variable. */
function csvOf(instrument: (typeof instruments)[number], ndjson: string): string {
  const fields = [
    'response_id',
    'instrument_id',
    'instrument_version',
    'instrument_hash',
    ...instrument.parameters.map((parameter) => parameter.name),
    ...itemsOf(instrument).map((item) => item.id),
  ];
  const rows = ndjson
    .trim()
    .split('\n')
    .map((line) => {
      const payload = JSON.parse(line) as {
        responseId: string;
        instrument: { id: string; version: string; hash: string };
        params: Record<string, string>;
        answers: Record<string, string | number>;
      };
      return {
        response_id: payload.responseId,
        instrument_id: payload.instrument.id,
        instrument_version: payload.instrument.version,
        instrument_hash: payload.instrument.hash,
        ...payload.params,
        ...payload.answers,
      };
    });
  return toCsv({ fields, rows });
}

function print(header: readonly string[], rows: readonly string[][]) {
  const widths = header.map((title, c) => Math.max(title.length, ...rows.map((row) => row[c]!.length)));
  for (const row of [header, ...rows]) {
    console.log(row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  '));
  }
}

commandLine('Usage: node scripts/bench/analysis.ts', {});
await main();
