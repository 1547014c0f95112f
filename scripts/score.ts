/**
 * npm run score -- <file>... [--out scores.csv] [--instrument <id>]
 *
 * Scores files of responses (NDJSON, a JSON array, or CSV in codebook variable names) with the same
 * module the respondent's report uses, and writes one CSV row per response. Rows that cannot be scored
 * are listed on stderr with file, line and reason; the exit code is then 1.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import Papa from 'papaparse';
import { contentHash } from '../src/instruments/hash.ts';
import { instruments } from '../src/instruments/model.ts';
import { isRejection, parseResponseFile, toResponse, type Rejection, type ResponseRecord } from '../src/instruments/responses.ts';
import { scoreResponse } from '../src/instruments/score.ts';
import { scoreColumns, scoreRow } from '../src/instruments/score-table.ts';

const usage = 'Usage: npm run score -- <responses.ndjson|.json|.csv>... [--out scores.csv] [--instrument <id>]';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { out: { type: 'string' }, instrument: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
});
if (values.help || positionals.length === 0) {
  console.error(usage);
  process.exit(values.help ? 0 : 2);
}
if (values.instrument && !instruments.some((instrument) => instrument.id === values.instrument)) {
  console.error(`--instrument "${values.instrument}" is not one of: ${instruments.map((i) => i.id).join(', ')}`);
  process.exit(2);
}

const hashes = new Map(await Promise.all(instruments.map(async (i) => [i.id, await contentHash(i)] as const)));
const responses: ResponseRecord[] = [];
const rejected: Rejection[] = [];

for (const file of positionals) {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    rejected.push({ file, line: 0, reason: `cannot be opened: ${(error as Error).message}` });
    continue;
  }
  const parsed = parseResponseFile(file, text);
  if (parsed.error) rejected.push({ file, line: 0, reason: parsed.error });
  for (const record of parsed.records) {
    const response = toResponse(record, values.instrument ? { defaultInstrument: values.instrument } : {});
    if (isRejection(response)) {
      rejected.push(response);
      continue;
    }
    const current = instruments.find((i) => i.id === response.instrument.id)!;
    const { version, hash } = response.instrument;
    if (version !== null && version !== current.version) {
      rejected.push({ ...response.source, reason: `answers ${current.id} version ${version}; this release scores version ${current.version}` });
    } else if (hash !== null && hash !== hashes.get(current.id)) {
      rejected.push({ ...response.source, reason: `answers ${current.id} ${current.version} with content hash ${hash}, not the published ${hashes.get(current.id)}` });
    } else {
      responses.push(response);
    }
  }
}

const used = instruments.filter((instrument) => responses.some((r) => r.instrument.id === instrument.id));
const parameterNames = [...new Set(used.flatMap((instrument) => instrument.parameters.map((p) => p.name)))];
const roleColumns = used.some((instrument) => instrument.roleItem) ? ['role'] : [];
const fields = [
  'response_id',
  'instrument_id',
  'instrument_version',
  'source_file',
  'source_line',
  ...parameterNames,
  ...roleColumns,
  ...new Set(used.flatMap((instrument) => scoreColumns(instrument))),
];
const rows = responses.map((response) => {
  const instrument = instruments.find((i) => i.id === response.instrument.id)!;
  return {
    response_id: response.responseId ?? '',
    instrument_id: instrument.id,
    instrument_version: instrument.version,
    source_file: response.source.file,
    source_line: response.source.line,
    ...response.params,
    ...(instrument.roleItem ? { role: response.answers[instrument.roleItem] ?? '' } : {}),
    ...scoreRow(scoreResponse(instrument, response.answers)),
  };
});
const csv = `${Papa.unparse({ fields, data: rows.map((row) => fields.map((f) => (row as Record<string, unknown>)[f] ?? '')) })}\r\n`;
if (values.out) writeFileSync(values.out, csv);
else process.stdout.write(csv);

for (const { file, line, reason } of rejected) console.error(`${file}${line ? `:${line}` : ''}: ${reason}`);
console.error(
  `Scored ${responses.length} response(s)${values.out ? ` into ${values.out}` : ''}; ${rejected.length} could not be scored.`,
);
process.exitCode = rejected.length > 0 ? 1 : 0;
