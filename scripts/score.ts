/**
 * npm run score -- [<file>...] [--url <collector> [--token T]] [--out scores.csv] [--instrument <id>]
 *
 * Scores files of responses (NDJSON, a JSON array, or CSV in codebook variable names) and/or a collector's
 * export with the same module the respondent's report uses, and writes one CSV row per response, each scored
 * with the version it answers (current or archived) and naming it in `instrument_version`. Rows that
 * cannot be scored are listed on stderr with file, line and reason; the exit code is then 1. Each response is
 * scored once: identical copies (same response id and content) are merged with a notice (exit 0); copies of one
 * id with different content are all rejected with every file:line (exit 1).
 */
import { writeFileSync } from 'node:fs';
import { toCsv } from '../src/instruments/csv.ts';
import { scoredTable } from '../src/instruments/score-table.ts';
import { collectorOption, commandLine, escapeControl, instrumentOption, outFileOption } from './cli.ts';
import { mergedSummary, readResponseFiles, reportMerged, reportRejections } from './read-response-files.ts';
import { model } from '../src/instruments/source-model.ts';

const cli = commandLine(
  'Usage: npm run score -- [<responses.ndjson|.json|.csv>...] [--url <collector> [--token T | COLLECTOR_TOKEN=T]] [--out scores.csv] [--instrument <id>]',
  { out: { type: 'string' }, instrument: { type: 'string' }, url: { type: 'string' }, token: { type: 'string' } },
  { files: 'or --url' },
);
const instrument = instrumentOption(cli, cli.values.instrument);
const out = outFileOption(cli, cli.values.out);
const collector = collectorOption(cli, cli.values.url, cli.values.token);

const { responses, rejected, merged } = await readResponseFiles(cli.positionals, instrument, collector);

const csv = toCsv(scoredTable(responses, model));
if (out) writeFileSync(out, csv);
else process.stdout.write(csv);

reportRejections(rejected);
reportMerged(merged);
console.error(
  escapeControl(
    `Scored ${responses.length} response(s)${out ? ` into ${out}` : ''}${mergedSummary(merged)}; ${rejected.length} could not be scored.`,
  ),
);
process.exitCode = rejected.length > 0 ? 1 : 0;
