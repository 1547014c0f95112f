/**
 * npm run score -- <file>... [--out scores.csv] [--instrument <id>]
 *
 * Scores files of responses (NDJSON, a JSON array, or CSV in codebook variable names) with the same
 * module the respondent's report uses, and writes one CSV row per response. Rows that cannot be scored
 * are listed on stderr with file, line and reason; the exit code is then 1.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { instruments } from '../src/instruments/model.ts';
import { readResponseFiles, reportRejections } from './read-response-files.ts';
import { toCsv } from '../src/instruments/csv.ts';
import { scoredTable } from '../src/instruments/score-table.ts';

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

const { responses, rejected } = await readResponseFiles(positionals, values.instrument);

const csv = toCsv(scoredTable(responses));
if (values.out) writeFileSync(values.out, csv);
else process.stdout.write(csv);

reportRejections(rejected);
console.error(
  `Scored ${responses.length} response(s)${values.out ? ` into ${values.out}` : ''}; ${rejected.length} could not be scored.`,
);
process.exitCode = rejected.length > 0 ? 1 : 0;
