import { readFileSync } from 'node:fs';
import { publishedHashesById } from '../src/instruments/hash.ts';
import { readResponses, type Rejection } from '../src/instruments/responses.ts';
import { escapeControl } from './cli.ts';

/** Reads response files from disk for the Node scripts; a file that cannot be opened is a rejection, not a crash. */
export async function readResponseFiles(paths: readonly string[], defaultInstrument?: string) {
  const files: { name: string; text: string }[] = [];
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
  for (const { file, line, reason } of rejected) console.error(escapeControl(`${file}${line ? `:${line}` : ''}: ${reason}`));
}
