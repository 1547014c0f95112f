/**
 * npm run analyze -- [<file>...] [--url <collector> [--token T]] [--group-by <parameter|role>] [--instrument <id>] [--out <dir>]
 *
 * Summarises files of responses and/or a collector's export for a researcher: construct means and SDs overall, per group and per role,
 * the stage distribution or readiness profile, and each construct's reliability (Cronbach's alpha and
 * corrected item–total correlations). Each instrument in the files is analysed on its own. Rows that
 * cannot be used are listed on stderr with file, line and reason; the exit code is then 1. Each response is
 * counted once: identical copies are merged with a notice (exit 0); copies of one id with different content
 * are all rejected with every file:line (exit 1).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  analyzeResponses,
  groupingOptions,
  groupLabel,
  reliabilityTable,
  summaryTable,
  type Analysis,
  type Description,
  type GroupSummary,
} from '../src/instruments/analysis.ts';
import { instruments } from '../src/instruments/model.ts';
import { toCsv } from '../src/instruments/csv.ts';
import { scoredTable } from '../src/instruments/score-table.ts';
import { collectorOption, commandLine, escapeControl, instrumentOption, outFolderOption } from './cli.ts';
import { mergedSummary, readResponseFiles, reportMerged, reportRejections } from './read-response-files.ts';

const cli = commandLine(
  'Usage: npm run analyze -- [<responses.ndjson|.json|.csv>...] [--url <collector> [--token T | COLLECTOR_TOKEN=T]] [--group-by <parameter|role>] [--instrument <id>] [--out <dir>]',
  {
    'group-by': { type: 'string' },
    instrument: { type: 'string' },
    out: { type: 'string' },
    url: { type: 'string' },
    token: { type: 'string' },
  },
  { files: 'or --url' },
);
const instrumentId = instrumentOption(cli, cli.values.instrument);
const out = outFolderOption(cli, cli.values.out);
const groupBy = cli.values['group-by'] ?? null;
const collector = collectorOption(cli, cli.values.url, cli.values.token);
// Checked against the instruments that could be in the files now, and against those actually there once read.
const candidates = instrumentId ? instruments.filter((i) => i.id === instrumentId) : instruments;
if (groupBy !== null && !candidates.some((instrument) => groupingOptions(instrument).includes(groupBy))) {
  cli.misuse(`--group-by "${groupBy}" is not one of: ${[...new Set(candidates.flatMap(groupingOptions))].join(', ')}`);
}

const { responses, rejected, merged } = await readResponseFiles(cli.positionals, instrumentId, collector);
const present = instruments.filter((instrument) =>
  responses.some((response) => response.instrument.id === instrument.id),
);
for (const instrument of present) {
  if (groupBy !== null && !groupingOptions(instrument).includes(groupBy)) {
    cli.misuse(`--group-by "${groupBy}" is not one of ${instrument.id}'s: ${groupingOptions(instrument).join(', ')}`);
  }
}

/** Plain-text columns: text left-aligned, numbers (and "–" for none) right-aligned. */
function columns(header: readonly string[], rows: readonly (readonly string[])[], indent = '  '): string {
  const widths = header.map((title, c) => Math.max(title.length, ...rows.map((row) => (row[c] ?? '').length)));
  const numeric = header.map((_, c) => rows.every((row) => /^(-?[\d.]+|–)?$/.test(row[c] ?? '')));
  const line = (cells: readonly string[]) =>
    indent +
    cells
      .map((cell, c) => (numeric[c] ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!)))
      .join('  ')
      .trimEnd();
  return [line(header), ...rows.map(line)].join('\n');
}

const fixed = (value: number | null) => (value === null ? '–' : value.toFixed(3));
const stat = (d: Description) => [String(d.n), fixed(d.mean), fixed(d.sd)];

type Row = { label: string; summary: GroupSummary };

/** One block per construct with a row per group, so groups are compared where they sit next to each other. */
function constructTables(rows: readonly Row[]): string {
  const constructs = rows[0]?.summary.constructs ?? [];
  return constructs
    .map(
      ({ construct }, c) =>
        `  ${construct}\n${columns(
          ['group', 'n', 'mean', 'sd'],
          rows.map(({ label, summary }) => [label, ...stat(summary.constructs[c]!)]),
          '    ',
        )}`,
    )
    .join('\n\n');
}

function stageTable(rows: readonly Row[]): string | null {
  const first = rows[0]?.summary.stages;
  if (!first) return null;
  return columns(
    ['group', 'n', ...first.map(({ stage }) => stage ?? 'unclear')],
    rows.map(({ label, summary }) => [
      label,
      String(summary.n),
      ...(summary.stages ?? []).map(({ count }) => String(count)),
    ]),
  );
}

function readinessTable(rows: readonly Row[]): string | null {
  if (!rows[0]?.summary.readiness) return null;
  return columns(
    ['group', 'n', 'mean', 'sd', 'strongest', 'weakest'],
    rows.map(({ label, summary }) => {
      const readiness = summary.readiness!;
      return [label, ...stat(readiness.overall), readiness.strongest.join(' '), readiness.weakest.join(' ')];
    }),
  );
}

function report(analysis: Analysis): string {
  const { instrument, groupBy } = analysis;
  const rows: Row[] = [
    { label: '(all)', summary: analysis.overall },
    ...analysis.groups.map((summary) => ({ label: `${groupBy}: ${groupLabel(summary.key)}`, summary })),
    // Grouped by role, the groups already are the roles.
    ...(groupBy === 'role'
      ? []
      : (analysis.byRole ?? []).map((summary) => ({ label: `role: ${groupLabel(summary.key)}`, summary }))),
  ];
  const blocks: string[] = [
    `== ${instrument.id} ${instrument.version}: ${analysis.n} response(s)${groupBy === null ? '' : `, grouped by ${groupBy}`} ==`,
    'Construct scores (n: responses with a score; sd with n − 1)',
    constructTables(rows),
  ];
  const stages = stageTable(rows);
  if (stages) blocks.push('Stage estimates (responses per estimated stage)', stages);
  const readiness = readinessTable(rows);
  if (readiness) {
    blocks.push(
      'Readiness profile (n, mean, sd: respondents’ overall scores; strongest and weakest: by the group’s construct means)',
      readiness,
    );
  }
  blocks.push(
    'Reliability (complete cases; reverse-keyed items reversed; r: corrected item–total correlation)',
    columns(
      ['construct / item', 'n', 'items', 'alpha / r'],
      analysis.reliability.flatMap((construct) => [
        [construct.construct, String(construct.n), String(construct.items), fixed(construct.alpha)],
        ...construct.itemTotal.map(({ item, r }) => [`  ${item}`, '', '', fixed(r)]),
      ]),
    ),
  );
  return `${blocks.join('\n\n')}\n`;
}

const written: string[] = [];
if (out) mkdirSync(out, { recursive: true });
for (const instrument of present) {
  const own = responses.filter((response) => response.instrument.id === instrument.id);
  const analysis = analyzeResponses(instrument, own, { groupBy });
  process.stdout.write(`${report(analysis)}\n`);
  if (out) {
    const files: [string, string][] = [
      [`${instrument.id}-summary.csv`, toCsv(summaryTable(analysis))],
      [`${instrument.id}-reliability.csv`, toCsv(reliabilityTable(analysis))],
      [`${instrument.id}-scored.csv`, toCsv(scoredTable(own))],
    ];
    for (const [name, csv] of files) {
      const path = join(out, name);
      writeFileSync(path, csv);
      written.push(path);
    }
  }
}
if (present.length === 0) process.stdout.write('No usable responses to analyse.\n');

reportRejections(rejected);
reportMerged(merged);
if (written.length > 0) console.error(escapeControl(`Wrote ${written.join(', ')}`));
console.error(
  `Analysed ${responses.length} response(s) to ${present.length} instrument(s)${mergedSummary(merged)}; ${rejected.length} could not be used.`,
);
process.exitCode = rejected.length > 0 ? 1 : 0;
