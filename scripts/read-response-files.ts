import { readFileSync } from 'node:fs';
import {
  CollectorReadError,
  fetchCollectorResponses,
  type CollectorSource,
} from '../src/instruments/collector-export.ts';
import { publishedHashesById } from '../src/instruments/hash.ts';
import { readResponses, type Rejection } from '../src/instruments/responses.ts';
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
 * like one more NDJSON file); a file that cannot be opened is a rejection, not a crash.
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
  const hashes = await publishedHashesById();
  const { responses, rejected } = readResponses(files, hashes, defaultInstrument ? { defaultInstrument } : {});
  return { responses, rejected: [...unreadable, ...rejected] };
}

/** Each rejection as `file:line: reason`; file names and reasons can carry text from the files, so it is escaped. */
export function reportRejections(rejected: readonly Rejection[]) {
  for (const { file, line, reason } of rejected)
    console.error(escapeControl(`${file}${line ? `:${line}` : ''}: ${reason}`));
}
