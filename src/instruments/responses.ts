import Papa from 'papaparse';
import { answerProblems, type Answers } from './score.ts';
import { normalizeLinkValue, parameterProblem } from './link-parameters.ts';
import { findScale, itemsOf, model, type FrameworkModel } from './model.ts';
import type { Instrument } from './types.ts';

/**
 * Reading files of responses (NDJSON, a JSON array, or CSV whose columns are codebook variable names)
 * into responses the scoring module can use. Pure: the browser's analysis page and the Node scripts
 * share it. Nothing is dropped silently: every record either becomes a response or a rejection.
 */

/** Where a record came from, for messages a researcher can act on. */
export interface RecordSource {
  file: string;
  line: number;
}

/** A response as the scoring module needs it, whatever format it arrived in. */
export interface ResponseRecord {
  source: RecordSource;
  responseId: string | null;
  instrument: { id: string; version: string | null; hash: string | null };
  params: Record<string, string>;
  answers: Answers;
}

export interface Rejection extends RecordSource {
  reason: string;
}

export interface ParsedFile {
  records: { source: RecordSource; data: Record<string, unknown> }[];
  /** A problem with the whole file (unreadable JSON, empty CSV): nothing in it could be used. */
  error: string | null;
}

export type FileFormat = 'ndjson' | 'json' | 'csv';

export function detectFormat(name: string, text: string): FileFormat {
  const extension = name.toLowerCase().split('.').at(-1);
  if (extension === 'ndjson' || extension === 'jsonl') return 'ndjson';
  if (extension === 'csv') return 'csv';
  const start = text.trimStart()[0];
  const severalObjects = /\}\s*\n\s*\{/.test(text);
  if (extension === 'json') return start === '{' && severalObjects ? 'ndjson' : 'json';
  if (start === '[') return 'json';
  if (start === '{') return severalObjects ? 'ndjson' : 'json';
  return 'csv';
}

const lineAt = (text: string, offset: number) => text.slice(0, offset).split('\n').length;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Line on which each top-level element of a JSON array starts (JSON.parse does not say). */
function arrayElementLines(text: string): number[] {
  const lines: number[] = [];
  let depth = 0;
  let inString = false;
  let line = 1;
  let expectElement = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (char === '\n') line++;
    if (inString) {
      if (char === '\\') i++;
      else if (char === '"') inString = false;
      continue;
    }
    if (depth === 1 && expectElement && !/\s/.test(char) && char !== ']') {
      lines.push(line);
      expectElement = false;
    }
    if (char === '"') inString = true;
    else if (char === '[' || char === '{') {
      depth++;
      if (depth === 1) expectElement = true;
    } else if (char === ']' || char === '}') depth--;
    else if (char === ',' && depth === 1) expectElement = true;
  }
  return lines;
}

function jsonErrorLine(text: string, error: unknown): string {
  const message = (error as Error).message;
  const position = /position (\d+)/.exec(message);
  return position ? `line ${lineAt(text, Number(position[1]))}: ${message}` : message;
}

/** Splits a file into records with their line numbers; the file's format is detected from its name and content. */
export function parseResponseFile(file: string, content: string): ParsedFile {
  const text = content.replace(/^\uFEFF/, '');
  const format = detectFormat(file, text);
  if (text.trim() === '') return { records: [], error: `${file} is empty.` };

  if (format === 'json') {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      return { records: [], error: `${file} is not valid JSON (${jsonErrorLine(text, error)}).` };
    }
    if (isObject(parsed)) return { records: [{ source: { file, line: 1 }, data: parsed }], error: null };
    if (!Array.isArray(parsed))
      return { records: [], error: `${file} holds JSON, but neither an array of responses nor one response.` };
    const lines = arrayElementLines(text);
    return {
      records: parsed.map((data, i) => ({
        source: { file, line: lines[i] ?? 1 },
        data: isObject(data) ? data : { __notAnObject: data },
      })),
      error: null,
    };
  }

  if (format === 'ndjson') {
    const records = text.split('\n').flatMap((content, i) => {
      if (content.trim() === '') return [];
      const source = { file, line: i + 1 };
      try {
        const data: unknown = JSON.parse(content);
        return [{ source, data: isObject(data) ? data : { __notAnObject: data } }];
      } catch (error) {
        return [{ source, data: { __unreadable: (error as Error).message } }];
      }
    });
    return { records, error: null };
  }

  return parseCsv(file, text);
}

/** CSV rows as records keyed by the header's names, each with the line it starts on (quoted fields may span lines). */
function parseCsv(file: string, text: string): ParsedFile {
  const rows: { cells: string[]; line: number; error: string | null }[] = [];
  let cursor = 0;
  Papa.parse<string[]>(text, {
    skipEmptyLines: false,
    step: (row) => {
      const start = cursor;
      cursor = row.meta.cursor;
      const offset = start + (/^\r?\n/.exec(text.slice(start))?.[0].length ?? 0);
      rows.push({ cells: row.data, line: lineAt(text, offset), error: row.errors[0]?.message ?? null });
    },
  });
  const nonEmpty = rows.filter((row) => row.cells.some((cell) => cell.trim() !== ''));
  const header = nonEmpty.shift();
  if (!header) return { records: [], error: `${file} has no header row of variable names.` };
  const fields = header.cells.map((cell) => cell.trim());
  return {
    records: nonEmpty.map(({ cells, line, error }) => {
      const source = { file, line };
      if (error) return { source, data: { __unreadable: error } };
      if (cells.length !== fields.length) {
        return { source, data: { __unreadable: `has ${cells.length} fields where the header has ${fields.length}` } };
      }
      return { source, data: Object.fromEntries(fields.map((field, i) => [field, cells[i]])) };
    }),
    error: null,
  };
}

/** Response ids are UUIDs from the device; anything else a file claims must at least be harmless in a CSV cell. */
const RESPONSE_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;

const asText = (value: unknown): string | null =>
  value === undefined || value === null || value === '' ? null : String(value);

/**
 * Turns one record into a response of a known instrument, or says why it cannot be used. Records are
 * either response payloads (`{ responseId, instrument: { id, version, hash }, params, answers }`) or flat
 * rows keyed by codebook variable names, with `instrument_id` (or a default instrument) naming the instrument.
 */
export function toResponse(
  record: { source: RecordSource; data: Record<string, unknown> },
  options: { defaultInstrument?: string; within?: FrameworkModel } = {},
): ResponseRecord | Rejection {
  const { source, data } = record;
  const within = options.within ?? model;
  const reject = (reason: string): Rejection => ({ ...source, reason });
  if ('__unreadable' in data) return reject(`cannot be read: ${String(data['__unreadable'])}`);
  if ('__notAnObject' in data) return reject('is not a response object');

  const payload = isObject(data['instrument']) ? data['instrument'] : null;
  const instrumentId = asText(payload ? payload['id'] : data['instrument_id']) ?? options.defaultInstrument ?? null;
  if (!instrumentId) {
    return reject(
      'does not say which instrument it answers (no instrument.id or instrument_id; pass --instrument to name one)',
    );
  }
  const instrument = within.instruments.find((candidate) => candidate.id === instrumentId);
  if (!instrument) {
    return reject(
      `names instrument "${instrumentId}", which is not one of ${within.instruments.map((i) => i.id).join(', ')}`,
    );
  }

  const flat: Record<string, unknown> = payload
    ? { ...(isObject(data['params']) ? data['params'] : {}), ...(isObject(data['answers']) ? data['answers'] : {}) }
    : data;
  if (payload && !isObject(data['answers'])) return reject('has no answers object');

  const answers = answersOf(instrument, flat, within);
  if (Object.keys(answers).length === 0 && !payload) {
    return reject(`has none of the variables of ${instrument.id} (see its codebook)`);
  }
  const problems = answerProblems(instrument, answers, within);
  if (problems.length > 0) return reject(`has answers outside their scales: ${problems.join('; ')}`);

  const params: Record<string, string> = {};
  for (const parameter of instrument.parameters) {
    const text = asText(flat[parameter.name]);
    const value = text === null ? '' : normalizeLinkValue(text);
    if (!value) continue;
    const problem = parameterProblem(parameter, value);
    if (problem) return reject(`has a ${parameter.name} value that ${problem}`);
    params[parameter.name] = value;
  }
  const responseId = asText(data['responseId'] ?? data['response_id']);
  if (responseId !== null && !RESPONSE_ID.test(responseId)) {
    return reject('has a response id that is not letters, digits, - and _ (at most 64)');
  }
  return {
    source,
    responseId,
    instrument: {
      id: instrument.id,
      version: asText(payload ? payload['version'] : data['instrument_version']),
      hash: asText(payload ? payload['hash'] : data['instrument_hash']),
    },
    params,
    answers,
  };
}

/** The record's answers to the instrument's items; CSV's text numbers become numbers on ordinal scales. */
function answersOf(
  instrument: Instrument,
  flat: Record<string, unknown>,
  within: FrameworkModel,
): Record<string, number | string> {
  const answers: Record<string, number | string> = {};
  for (const item of itemsOf(instrument)) {
    const raw = typeof flat[item.id] === 'string' ? (flat[item.id] as string).trim() : flat[item.id];
    if (raw === undefined || raw === null || raw === '') continue;
    const ordinal = findScale(item.scale, within).kind === 'ordinal';
    answers[item.id] =
      ordinal && typeof raw === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(raw) ? Number(raw) : (raw as number | string);
  }
  return answers;
}

/**
 * Why a response cannot be read with this release's instrument: it answers another version, or the same
 * version with other content. Null when it matches (a response that does not say is taken at its word).
 */
export function versionMismatch(response: ResponseRecord, current: Instrument, currentHash: string): string | null {
  const { version, hash } = response.instrument;
  if (version !== null && version !== current.version) {
    return `answers ${current.id} version ${version}; this release reads version ${current.version}`;
  }
  if (hash !== null && hash !== currentHash) {
    return `answers ${current.id} ${current.version} with content hash ${hash}, not the published ${currentHash}`;
  }
  return null;
}

/**
 * Every usable response in a set of files, and every record that could not be used with its reason.
 * `hashes` holds each instrument's published content hash (contentHash is async, so callers compute it once).
 */
export function readResponses(
  files: readonly { name: string; text: string }[],
  hashes: ReadonlyMap<string, string>,
  options: { defaultInstrument?: string; within?: FrameworkModel } = {},
): { responses: ResponseRecord[]; rejected: Rejection[] } {
  const within = options.within ?? model;
  const responses: ResponseRecord[] = [];
  const rejected: Rejection[] = [];
  for (const { name, text } of files) {
    const parsed = parseResponseFile(name, text);
    if (parsed.error) rejected.push({ file: name, line: 0, reason: parsed.error });
    for (const record of parsed.records) {
      const response = toResponse(record, options);
      if (isRejection(response)) {
        rejected.push(response);
        continue;
      }
      const current = within.instruments.find((instrument) => instrument.id === response.instrument.id)!;
      const mismatch = versionMismatch(response, current, hashes.get(current.id) ?? '');
      if (mismatch) rejected.push({ ...response.source, reason: mismatch });
      else responses.push(response);
    }
  }
  return { responses, rejected };
}

export const isRejection = (value: ResponseRecord | Rejection): value is Rejection => 'reason' in value;
