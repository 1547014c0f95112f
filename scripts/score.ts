/**
 * npm run score -- <file>... [--out scores.csv] [--instrument <id>]
 *
 * Scores files of responses (NDJSON, a JSON array, or CSV in codebook variable names) with the same
 * module the respondent's report uses, and writes one CSV row per response. Rows that cannot be scored
 * are listed on stderr with file, line and reason; the exit code is then 1.
 */
import { writeFileSync } from 'node:fs';
import { toCsv } from '../src/instruments/csv.ts';
import { scoredTable } from '../src/instruments/score-table.ts';
import { commandLine, instrumentOption, outFileOption } from './cli.ts';
import { readResponseFiles, reportRejections } from './read-response-files.ts';

const cli = commandLine(
  'Usage: npm run score -- <responses.ndjson|.json|.csv>... [--out scores.csv] [--instrument <id>]',
  { out: { type: 'string' }, instrument: { type: 'string' } },
  { files: true },
);
const instrument = instrumentOption(cli, cli.values.instrument);
const out = outFileOption(cli, cli.values.out);

const { responses, rejected } = await readResponseFiles(cli.positionals, instrument);

const csv = toCsv(scoredTable(responses));
if (out) writeFileSync(out, csv);
else process.stdout.write(csv);

reportRejections(rejected);
console.error(
  `Scored ${responses.length} response(s)${out ? ` into ${out}` : ''}; ${rejected.length} could not be scored.`,
);
process.exitCode = rejected.length > 0 ? 1 : 0;
