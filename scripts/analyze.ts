/**
 * npm run analyze -- [<file>...] [--url <collector> [--token T]] [--group-by <parameter|role>] [--instrument <id> [--version <v>]] [--out <dir>]
 *
 * Summarises files of responses and/or a collector's export for a researcher: construct means and SDs overall, per group and per role
 * (small roles merged), the group stage estimate, vignette choices, strongest and weakest constructs, and each construct's
 * reliability (Cronbach's alpha and corrected item–total correlations). Each instrument in the files is analysed on its own,
 * one version at a time: the newest the files hold, or --version; responses to other versions are counted and set aside,
 * and the items unchanged since earlier versions are listed. Rows that
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
  versionToAnalyse,
  type Analysis,
  type Description,
  type GroupStage,
  type GroupSummary,
} from '../src/instruments/analysis.ts';
import { findVersion, instruments, itemsOf } from '../src/instruments/model.ts';
import { toCsv } from '../src/instruments/csv.ts';
import { scoredTable } from '../src/instruments/score-table.ts';
import {
  collectorOption,
  commandLine,
  escapeControl,
  instrumentOption,
  outFolderOption,
  versionOption,
} from './cli.ts';
import { mergedSummary, readResponseFiles, reportMerged, reportRejections } from './read-response-files.ts';

const cli = commandLine(
  'Usage: npm run analyze -- [<responses.ndjson|.json|.csv>...] [--url <collector> [--token T | COLLECTOR_TOKEN=T]] [--group-by <parameter|role>] [--instrument <id> [--version <v>]] [--out <dir>]',
  {
    'group-by': { type: 'string' },
    instrument: { type: 'string' },
    version: { type: 'string' },
    out: { type: 'string' },
    url: { type: 'string' },
    token: { type: 'string' },
  },
  { files: 'or --url' },
);
const instrumentId = instrumentOption(cli, cli.values.instrument);
const version = versionOption(cli, cli.values.version, instrumentId);
const out = outFolderOption(cli, cli.values.out);
const groupBy = cli.values['group-by'] ?? null;
const collector = collectorOption(cli, cli.values.url, cli.values.token);
// Checked against the instruments that could be in the files now, and against those actually there once read.
const candidates = instrumentId ? instruments.filter((i) => i.id === instrumentId) : instruments;
if (groupBy !== null && !candidates.some((instrument) => groupingOptions(instrument).includes(groupBy))) {
  cli.misuse(`--group-by "${groupBy}" is not one of: ${[...new Set(candidates.flatMap(groupingOptions))].join(', ')}`);
}

const { responses, rejected, merged } = await readResponseFiles(cli.positionals, instrumentId, collector);
// The version each instrument present is analysed in: --version for the one --instrument names, else the newest answered.
const present = instruments
  .filter((instrument) => responses.some((response) => response.instrument.id === instrument.id))
  .map((instrument) => versionToAnalyse(instrument.id, responses, instrument.id === instrumentId ? version : null));
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

/** A group's stage estimate in a word: the stage, tentative or unclear. */
const verdict = (stage: GroupStage) => stage.stage ?? stage.clarity;

function stageTable(rows: readonly Row[]): string | null {
  const first = rows[0]?.summary.stage;
  if (!first) return null;
  return columns(
    ['group', 'n', ...first.means.map(({ stage }) => stage), 'estimate'],
    rows.map(({ label, summary }) => [
      label,
      String(summary.n),
      ...summary.stage!.means.map(({ mean }) => fixed(mean)),
      verdict(summary.stage!),
    ]),
  );
}

function vignetteTable(rows: readonly Row[]): string | null {
  const first = rows[0]?.summary.vignette;
  if (!first) return null;
  return columns(
    ['group', ...first.map(({ stage }) => stage ?? 'no choice')],
    rows.map(({ label, summary }) => [label, ...summary.vignette!.map(({ count }) => String(count))]),
  );
}

function profileTable(rows: readonly Row[]): string {
  const overall = rows[0]?.summary.readinessOverall !== undefined;
  return columns(
    ['group', 'n', ...(overall ? ['mean', 'sd'] : []), 'strongest', 'weakest'],
    rows.map(({ label, summary }) => [
      label,
      ...(summary.readinessOverall ? stat(summary.readinessOverall) : [String(summary.n)]),
      summary.strongest.join(' '),
      summary.weakest.join(' '),
    ]),
  );
}

/** Which responses were set aside, and which items this version shares with earlier ones. */
function versionLines(analysis: Analysis): string[] {
  const { id, version } = analysis.instrument;
  const total = itemsOf(findVersion(id, version)!).length;
  return [
    ...analysis.setAside.map(
      (other) =>
        `Set aside: ${other.n} response(s) to version ${other.version} (analyse them with --instrument ${id} --version ${other.version})`,
    ),
    ...analysis.crosswalks.map(
      (walk) => `Unchanged since ${walk.from}: ${walk.unchanged.length} of ${total} items: ${walk.unchanged.join(' ')}`,
    ),
  ];
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
  const versions = versionLines(analysis);
  const blocks: string[] = [
    `== ${instrument.id} ${instrument.version}: ${analysis.n} response(s)${groupBy === null ? '' : `, grouped by ${groupBy}`} ==`,
    ...(versions.length > 0 ? [versions.join('\n')] : []),
    'Construct scores (n: responses with a score; sd with n − 1)',
    constructTables(rows),
  ];
  const stages = stageTable(rows);
  if (stages) {
    blocks.push(
      'Group stage estimate (each stage: mean of the respondents’ stage means; estimate by the instrument’s rule)',
      stages,
    );
  }
  const vignette = vignetteTable(rows);
  if (vignette) blocks.push('Vignette choices (respondents per stage chosen)', vignette);
  blocks.push(
    analysis.overall.readinessOverall
      ? 'Readiness profile (n, mean, sd: respondents’ overall scores; strongest and weakest: by the group’s construct means)'
      : 'Strongest and weakest constructs (by the group’s construct means)',
    profileTable(rows),
  );
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
let analysed = 0;
if (out) mkdirSync(out, { recursive: true });
for (const instrument of present) {
  const own = responses.filter((response) => response.instrument.id === instrument.id);
  const analysis = analyzeResponses(instrument, own, { groupBy });
  process.stdout.write(`${report(analysis)}\n`);
  analysed += analysis.n;
  if (out) {
    const answered = own.filter((response) => response.instrument.version === instrument.version);
    const files: [string, string][] = [
      [`${instrument.id}-summary.csv`, toCsv(summaryTable(analysis))],
      [`${instrument.id}-reliability.csv`, toCsv(reliabilityTable(analysis))],
      [`${instrument.id}-scored.csv`, toCsv(scoredTable(answered))],
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
const setAside = responses.length - analysed;
console.error(
  `Analysed ${analysed} response(s) to ${present.length} instrument(s)${setAside === 0 ? '' : ` (${setAside} to other versions set aside)`}${mergedSummary(merged)}; ${rejected.length} could not be used.`,
);
process.exitCode = rejected.length > 0 ? 1 : 0;
