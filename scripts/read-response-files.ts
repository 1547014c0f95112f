import { readFileSync } from 'node:fs';
import {
  CollectorReadError,
  fetchCollectorResponses,
  type CollectorSource,
} from '../src/instruments/collector-export.ts';
import { readableHashes } from '../src/instruments/hash.ts';
import { model } from '../src/instruments/source-model.ts';
import { mergedCount, readResponses, type MergedCopies, type Rejection } from '../src/instruments/responses.ts';
import { escapeControl } from './cli.ts';

/**
 * The collector's export, read before any file. A collector that refuses or cannot be reached ends the
 * script with one line and exit 1 before anything is written: an analysis of part of the data, or an
 * empty --out over a good one, would be worse than none.
 */
async function collectorExport(collector: CollectorSource) {
  try {
    return await fetchCollectorResponses(collector);
  } catch (error) {
    if (!(error instanceof CollectorReadError)) throw error;
    console.error(escapeControl(error.message));
    process.exit(1);
  }
}

/**
 * Reads responses for the Node scripts from files on disk and, when given, a collector's export (which reads
 * like one more NDJSON file), each with the version it answers; a file that cannot be opened is a rejection, not a crash.
 */
export async function readResponseFiles(
  paths: readonly string[],
  defaultInstrument?: string,
  collector?: CollectorSource,
) {
  const files: { name: string; text: string }[] = collector ? [await collectorExport(collector)] : [];
  const unreadable: Rejection[] = [];
  for (const path of paths) {
    try {
      files.push({ name: path, text: readFileSync(path, 'utf8') });
    } catch (error) {
      unreadable.push({ file: path, line: 0, reason: `cannot be opened: ${(error as Error).message}` });
    }
  }
  const hashes = await readableHashes();
  const read = readResponses(files, hashes, { within: model, ...(defaultInstrument ? { defaultInstrument } : {}) });
  return { ...read, rejected: [...unreadable, ...read.rejected] };
}

/** Each rejection as `file:line: reason`; file names and reasons can carry text from the files, so it is escaped. */
export function reportRejections(rejected: readonly Rejection[]) {
  for (const { file, line, reason } of rejected)
    console.error(escapeControl(`${file}${line ? `:${line}` : ''}: ${reason}`));
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** At most `limit` numbers, then how many more. */
function lineList(lines: readonly number[], limit = 8): string {
  const shown = lines.slice(0, limit).join(', ');
  return `${lines.length === 1 ? 'line' : 'lines'} ${lines.length > limit ? `${shown} and ${lines.length - limit} more` : shown}`;
}

/**
 * Merged duplicate copies as a notice: one line per file that held copies, with their lines and where the
 * counted copies are, so a researcher can see which files overlap (e.g. an export read twice).
 */
export function reportMerged(merged: readonly MergedCopies[]) {
  const byPair = new Map<string, { file: string; firstFiles: Set<string>; lines: number[] }>();
  for (const { first, copies } of merged) {
    for (const copy of copies) {
      const entry = byPair.get(copy.file) ?? { file: copy.file, firstFiles: new Set<string>(), lines: [] };
      entry.firstFiles.add(first.file);
      entry.lines.push(copy.line);
      byPair.set(copy.file, entry);
    }
  }
  for (const { file, firstFiles, lines } of byPair.values()) {
    const where = [...firstFiles].map((first) => (first === file ? 'earlier in the same file' : `in ${first}`));
    console.error(
      escapeControl(
        `${file}: ${plural(lines.length, 'duplicate copy', 'duplicate copies')} merged (${lineList(lines.sort((a, b) => a - b))}): the same response id and content as ${where.join(' and ')}; each response is counted once.`,
      ),
    );
  }
}

/** "; 3 duplicate copies merged" for a script's closing line, or nothing when there were none. */
export function mergedSummary(merged: readonly MergedCopies[]): string {
  const count = mergedCount(merged);
  return count === 0 ? '' : `; ${plural(count, 'duplicate copy', 'duplicate copies')} merged`;
}
