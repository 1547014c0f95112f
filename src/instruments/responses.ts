import Papa from 'papaparse';
import { canonicalJson } from './canonical-json.ts';
import { answerProblems, type Answers } from './score.ts';
import { normalizeLinkValue, parameterProblem } from './link-parameters.ts';
import { findScale, findVersion, itemsOf, versionsOf, type FrameworkModel } from './model.ts';
import type { PublishedHashes } from './published.ts';
import type { Instrument } from './types.ts';
import { LANGUAGES, UNSTATED_LANGUAGE, type Language } from './languages.ts';
import { escapeControl } from './printable.ts';
import { NOT_APPLICABLE, NOT_APPLICABLE_CODE } from './scales.ts';

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
  /** `version` is the version its answers were checked against: the one it names, or the current one if it names none. */
  instrument: { id: string; version: string; hash: string | null };
  params: Record<string, string>;
  answers: Answers;
  /** The language it was answered in; UNSTATED_LANGUAGE when the record does not say. */
  language: Language;
}

export interface Rejection extends RecordSource {
  reason: string;
}

export interface ParsedRecord {
  source: RecordSource;
  data: Record<string, unknown>;
  /** Why the record cannot be a response whatever it holds (a line that is not JSON, an element that is not an object). */
  problem?: string;
}

export interface ParsedFile {
  records: ParsedRecord[];
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

const NEWLINE = 10;
const RETURN = 13;

/**
 * Line numbers of offsets into `text`, for offsets asked in increasing order: each call counts only the
 * newlines since the previous one, so numbering every row of a file is one pass over it (slicing the text
 * up to each row, as before, took minutes for 100,000 rows). An offset before the previous one starts over.
 */
export function lineCounter(text: string): (offset: number) => number {
  let at = 0;
  let line = 1;
  return (offset) => {
    if (offset < at) {
      at = 0;
      line = 1;
    }
    for (; at < offset && at < text.length; at++) if (text.charCodeAt(at) === NEWLINE) line++;
    return line;
  };
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const WHITE_SPACE = new Set([0x20, 0x09, NEWLINE, RETURN]);

/** Line on which each top-level element of a JSON array starts (JSON.parse does not say); one pass, no recursion. */
function arrayElementLines(text: string): number[] {
  const lines: number[] = [];
  let depth = 0;
  let inString = false;
  let line = 1;
  let expectElement = false;
  for (let i = 0; i < text.length; i++) {
    const char = text.charCodeAt(i);
    if (char === NEWLINE) line++;
    if (inString) {
      if (char === 0x5c /* backslash */) i++;
      else if (char === 0x22 /* " */) inString = false;
      continue;
    }
    if (depth === 1 && expectElement && !WHITE_SPACE.has(char) && char !== 0x5d /* ] */) {
      lines.push(line);
      expectElement = false;
    }
    if (char === 0x22) inString = true;
    else if (char === 0x5b /* [ */ || char === 0x7b /* { */) {
      depth++;
      if (depth === 1) expectElement = true;
    } else if (char === 0x5d || char === 0x7d /* } */) depth--;
    else if (char === 0x2c /* , */ && depth === 1) expectElement = true;
  }
  return lines;
}

function jsonErrorLine(text: string, error: unknown): string {
  const message = (error as Error).message;
  const position = /position (\d+)/.exec(message);
  return position ? `line ${lineCounter(text)(Number(position[1]))}: ${message}` : message;
}

const notAnObject = (source: RecordSource, data: unknown): ParsedRecord =>
  isObject(data) ? { source, data } : { source, data: {}, problem: 'is not a response object' };

/**
 * Splits a file into records with their line numbers; the file's format is detected from its name and
 * content. Linear in the size of the file. Nothing here walks into a record's values (JSON.parse itself
 * does not recurse), so a record nested 100,000 levels deep is read like any other and rejected later.
 */
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
      records: parsed.map((data: unknown, i) => notAnObject({ file, line: lines[i] ?? 1 }, data)),
      error: null,
    };
  }

  if (format === 'ndjson') {
    const records = text.split('\n').flatMap((content, i): ParsedRecord[] => {
      if (content.trim() === '') return [];
      const source = { file, line: i + 1 };
      try {
        return [notAnObject(source, JSON.parse(content))];
      } catch (error) {
        return [{ source, data: {}, problem: `cannot be read: ${(error as Error).message}` }];
      }
    });
    return { records, error: null };
  }

  return parseCsv(file, text);
}

/** CSV rows as records keyed by the header's names, each with the line it starts on (quoted fields may span lines). */
function parseCsv(file: string, text: string): ParsedFile {
  const rows: { cells: string[]; line: number; error: string | null }[] = [];
  const lineAt = lineCounter(text);
  let cursor = 0;
  Papa.parse<string[]>(text, {
    skipEmptyLines: false,
    step: (row) => {
      // A row starts where the previous one ended, after its line break.
      let start = cursor;
      if (text.charCodeAt(start) === RETURN) start++;
      if (text.charCodeAt(start) === NEWLINE) start++;
      cursor = row.meta.cursor;
      rows.push({ cells: row.data, line: lineAt(start), error: row.errors[0]?.message ?? null });
    },
  });
  const nonEmpty = rows.filter((row) => row.cells.some((cell) => cell.trim() !== ''));
  const header = nonEmpty.shift();
  if (!header) return { records: [], error: `${file} has no header row of variable names.` };
  const fields = header.cells.map((cell) => cell.trim());
  return {
    records: nonEmpty.map(({ cells, line, error }): ParsedRecord => {
      const source = { file, line };
      if (error) return { source, data: {}, problem: `cannot be read: ${error}` };
      if (cells.length !== fields.length) {
        return {
          source,
          data: {},
          problem: `cannot be read: has ${cells.length} fields where the header has ${fields.length}`,
        };
      }
      return { source, data: Object.fromEntries(fields.map((field, i) => [field, cells[i]])) };
    }),
    error: null,
  };
}

/** Response ids are UUIDs from the device; anything else a file claims must at least be harmless in a CSV cell. */
const RESPONSE_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;

/** What a value that should be a number or text is instead, said without looking inside it. */
function kindOf(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'boolean') return `${value}`;
  return `a ${typeof value}`;
}

const isScalar = (value: unknown): value is string | number | null | undefined =>
  value === undefined || value === null || typeof value === 'string' || typeof value === 'number';

const asText = (value: string | number | null | undefined): string | null =>
  value === undefined || value === null || value === '' ? null : String(value);

/** How the command-line tools let a researcher name the instrument of rows that do not say. */
const NAME_INSTRUMENT_BY_FLAG = 'pass --instrument to name one';

export interface ReadOptions {
  /** The instrument of rows that do not name one. */
  defaultInstrument?: string;
  /** How the reader's tool lets them name that instrument, ending the reason a row is refused without one. */
  nameInstrument?: string;
  /** The model whose versions responses are read with. */
  within: FrameworkModel;
}

/**
 * Turns one record into a response of a known instrument, or says why it cannot be used. Records are
 * either response payloads (`{ responseId, instrument: { id, version, hash }, params, answers }`) or flat
 * rows keyed by codebook variable names, with `instrument_id` (or a default instrument) naming the instrument.
 * Every value read is first checked to be a number or text by its type alone: a list or an object (however
 * deeply nested) is rejected with the variable named, before anything could walk into it.
 */
export function toResponse(record: ParsedRecord, options: ReadOptions): ResponseRecord | Rejection {
  const { source, data } = record;
  const { within } = options;
  const reject = (reason: string): Rejection => ({ ...source, reason: escapeControl(reason) });
  if (record.problem !== undefined) return reject(record.problem);

  const payload = isObject(data['instrument']) ? data['instrument'] : null;
  const field = (payloadName: string, flatName: string) =>
    payload
      ? { name: `instrument.${payloadName}`, value: payload[payloadName] }
      : { name: flatName, value: data[flatName] };
  const responseIdField =
    data['responseId'] === undefined || data['responseId'] === null ? 'response_id' : 'responseId';
  const fields = {
    id: field('id', 'instrument_id'),
    version: field('version', 'instrument_version'),
    hash: field('hash', 'instrument_hash'),
    responseId: { name: responseIdField, value: data[responseIdField] },
  };
  for (const { name, value } of Object.values(fields)) {
    if (!isScalar(value)) return reject(`has ${kindOf(value)} as its ${name}, where text belongs`);
  }
  const text = (name: keyof typeof fields) => asText(fields[name].value as string | number | null | undefined);

  const instrumentId = text('id') ?? options.defaultInstrument ?? null;
  if (!instrumentId) {
    return reject(
      `does not say which instrument it answers (no instrument.id or instrument_id; ${options.nameInstrument ?? NAME_INSTRUMENT_BY_FLAG})`,
    );
  }
  const versions = versionsOf(instrumentId, within);
  if (versions.length === 0) {
    return reject(
      `names instrument "${instrumentId}", which is not one of ${within.instruments.map((i) => i.id).join(', ')}`,
    );
  }
  const version = text('version');
  // A response that does not name its version is taken to answer the current one.
  const instrument = version === null ? versions[0]! : findVersion(instrumentId, version, within);
  if (!instrument) {
    return reject(
      `answers ${instrumentId} version ${version}, which this release cannot read (it reads ${versions.map((v) => v.version).join(', ')})`,
    );
  }

  if (payload && !isObject(data['answers'])) return reject('has no answers object');
  const given = payload ? (data['answers'] as Record<string, unknown>) : data;
  const linked = payload ? (isObject(data['params']) ? data['params'] : {}) : data;

  const answers = answersOf(instrument, given, within);
  if (typeof answers === 'string') return reject(answers);
  if (Object.keys(answers).length === 0 && !payload) {
    return reject(`has none of the variables of ${instrument.id} (see its codebook)`);
  }
  const problems = answerProblems(instrument, answers, within);
  if (problems.length > 0) return reject(`has answers outside their scales: ${problems.join('; ')}`);

  const params: Record<string, string> = {};
  for (const parameter of instrument.parameters) {
    const raw = linked[parameter.name];
    if (!isScalar(raw)) return reject(`has ${kindOf(raw)} as its ${parameter.name} value, where text belongs`);
    const given = asText(raw);
    const value = given === null ? '' : normalizeLinkValue(given);
    if (!value) continue;
    const problem = parameterProblem(parameter, value);
    if (problem) return reject(`has a ${parameter.name} value that ${problem}`);
    params[parameter.name] = value;
  }
  const responseId = text('responseId');
  if (responseId !== null && !RESPONSE_ID.test(responseId)) {
    return reject('has a response id that is not letters, digits, - and _ (at most 64)');
  }
  const language = languageOf(data['language']);
  if (language === null) return reject(`has a language that is not one of ${LANGUAGES.join(', ')}`);
  return {
    source,
    responseId,
    instrument: { id: instrument.id, version: instrument.version, hash: text('hash') },
    params,
    answers,
    language,
  };
}

/** A record's language (payload `language`, CSV column `language`), UNSTATED_LANGUAGE when not given; null when not one of LANGUAGES. */
function languageOf(value: unknown): Language | null {
  if (!isScalar(value)) return null;
  const given = asText(value)?.trim() || UNSTATED_LANGUAGE;
  return LANGUAGES.find((language) => language === given) ?? null;
}

/**
 * The record's answers to the instrument's items (CSV's text numbers become numbers on ordinal scales), or
 * why they cannot be: an answer that is neither a number nor text, named by its variable.
 */
function answersOf(
  instrument: Instrument,
  given: Record<string, unknown>,
  within: FrameworkModel,
): Record<string, number | string> | string {
  const answers: Record<string, number | string> = {};
  for (const { id, ordinal, combined } of variablesOf(instrument, within)) {
    const value = given[id];
    if (!isScalar(value)) return `has ${kindOf(value)} as its answer to ${id}, where a number or text belongs`;
    const raw = typeof value === 'string' ? value.trim() : value;
    if (raw === undefined || raw === null || raw === '') continue;
    const answer = ordinal && typeof raw === 'string' && /^-?\d+(\.\d+)?$/.test(raw) ? Number(raw) : raw;
    // A CSV export writes version 1's "na" as a number (see NOT_APPLICABLE_CODE): read it back as "na".
    answers[id] = combined && answer === NOT_APPLICABLE_CODE ? NOT_APPLICABLE : answer;
  }
  return answers;
}

/** An item's variable: whether its scale is ordinal, and whether it offers version 1's combined "na". */
interface ItemVariable {
  id: string;
  ordinal: boolean;
  combined: boolean;
}

const variables = new WeakMap<FrameworkModel, WeakMap<Instrument, readonly ItemVariable[]>>();

/** Each item's variable (see ItemVariable), worked out once per instrument (the model is not changed). */
function variablesOf(instrument: Instrument, within: FrameworkModel) {
  let byInstrument = variables.get(within);
  if (!byInstrument) variables.set(within, (byInstrument = new WeakMap()));
  let known = byInstrument.get(instrument);
  if (!known) {
    known = itemsOf(instrument).map((item): ItemVariable => ({
      id: item.id,
      ordinal: findScale(item.scale, within).kind === 'ordinal',
      combined: item.kind !== 'context' && item.notApplicable === true,
    }));
    byInstrument.set(instrument, known);
  }
  return known;
}

/**
 * Why a response's answers cannot be read with the version it names: it carries another content hash than
 * that version's. Null when it matches (a response that does not give a hash is taken at its word).
 */
export function hashMismatch(response: ResponseRecord, hashes: PublishedHashes): string | null {
  const { id, version, hash } = response.instrument;
  const expected = hashes[id]?.[version] ?? '';
  if (hash !== null && hash !== expected) {
    return `answers ${id} ${version} with content hash ${hash}, not the published ${expected || '(none recorded)'}`;
  }
  return null;
}

/** Copies of one response (same id, same content) after the first, which alone is counted. */
export interface MergedCopies {
  responseId: string;
  /** The copy that is counted: the first read (files in the order given, then by line). */
  first: RecordSource;
  /** The other copies, merged into the first. */
  copies: RecordSource[];
}

export interface ReadResponses {
  /** Every response once: identical copies merged, conflicting ones left out. */
  responses: ResponseRecord[];
  /** Records and files that could not be used, with the reason; conflicting copies included. */
  rejected: Rejection[];
  /** Identical copies merged, one entry per response that had more than one copy. */
  merged: MergedCopies[];
  /** How many response ids had copies with different content (each copy is also a rejection). */
  conflicts: number;
}

/** How many copies were merged in all. */
export const mergedCount = (merged: readonly MergedCopies[]): number =>
  merged.reduce((sum, group) => sum + group.copies.length, 0);

const at = ({ file, line }: RecordSource) => (line === 0 ? file : `${file}:${line}`);

/** At most `limit` places, then how many more: a conflict among thousands of copies stays one readable reason. */
function places(sources: readonly RecordSource[], limit = 10): string {
  const shown = sources.slice(0, limit).map(at).join(', ');
  return sources.length > limit ? `${shown} and ${sources.length - limit} more` : shown;
}

/**
 * What makes a response the same response: what is scored and grouped (instrument, version, hash, link
 * values and answers), as canonical JSON, so an NDJSON and a CSV export of one response are the same.
 */
const contentOf = (response: ResponseRecord) =>
  canonicalJson({ instrument: response.instrument, params: response.params, answers: response.answers });

/**
 * Each response counted once. Copies under one response id with the same content are merged into the first;
 * copies with different content are all rejected, each naming every place, until the files are corrected (no
 * copy is more trustworthy than another). Responses without an id (CSV rows may lack one) are kept as they are.
 * Content is compared only for ids seen more than once, so memory stays one entry per id.
 */
function countOnce(accepted: readonly ResponseRecord[]): ReadResponses {
  const byId = new Map<string, ResponseRecord[]>();
  for (const response of accepted) {
    if (response.responseId === null) continue;
    const copies = byId.get(response.responseId);
    if (copies) copies.push(response);
    else byId.set(response.responseId, [response]);
  }
  const merged: MergedCopies[] = [];
  const rejected: Rejection[] = [];
  const left = new Set<ResponseRecord>();
  let conflicts = 0;
  for (const [responseId, copies] of byId) {
    if (copies.length === 1) continue;
    const contents = copies.map(contentOf);
    const distinct = new Set(contents).size;
    if (distinct === 1) {
      merged.push({ responseId, first: copies[0]!.source, copies: copies.slice(1).map((copy) => copy.source) });
      for (const copy of copies.slice(1)) left.add(copy);
      continue;
    }
    conflicts++;
    const sources = copies.map((copy) => copy.source);
    for (const copy of copies) {
      left.add(copy);
      rejected.push({
        ...copy.source,
        reason: escapeControl(
          `is one of ${copies.length} copies of response ${responseId} with ${distinct} different contents (${places(sources)}); none is counted until only one remains`,
        ),
      });
    }
  }
  const responses = left.size === 0 ? [...accepted] : accepted.filter((response) => !left.has(response));
  return { responses, rejected, merged, conflicts };
}

/**
 * Every usable response in a set of files, each counted once, and every record that could not be used with
 * its reason. Each response is read with the version it answers, current or archived. `hashes` holds every
 * readable version's content hash (readableHashes; contentHash is async, so callers compute it once).
 */
export function readResponses(
  files: readonly { name: string; text: string }[],
  hashes: PublishedHashes,
  options: ReadOptions,
): ReadResponses {
  const accepted: ResponseRecord[] = [];
  const rejected: Rejection[] = [];
  for (const { name, text } of files) {
    const parsed = parseResponseFile(name, text);
    if (parsed.error) rejected.push({ file: name, line: 0, reason: escapeControl(parsed.error) });
    for (const record of parsed.records) {
      const response = toResponse(record, options);
      if (isRejection(response)) {
        rejected.push(response);
        continue;
      }
      const mismatch = hashMismatch(response, hashes);
      if (mismatch) rejected.push({ ...response.source, reason: escapeControl(mismatch) });
      else accepted.push(response);
    }
  }
  const once = countOnce(accepted);
  return { ...once, rejected: [...rejected, ...once.rejected] };
}

export const isRejection = (value: ResponseRecord | Rejection): value is Rejection => 'reason' in value;
