/**
 * npm run analyze -- [<file>...] [--url <collector> [--token T]] [--group-by <name>[,<name>…]] [--min-group-size N] [--pool] [--instrument <id> [--version <v>]] [--out <dir>]
 *
 * Summarises files of responses and/or a collector's export for a researcher, with the same functions and
 * figures as the analysis page: construct means, SDs, alpha and rwg(j) overall, per group (or combination of
 * groups, e.g. community,wave or language,wave) and per role, groups under the smallest size hidden, with a
 * note on measurement invariance whenever languages are compared; agreement across groups
 * (ICC(1), ICC(2), a verdict on aggregating); the group stage estimate, vignette choices, strongest and weakest
 * constructs; paired change between waves by respondent code; and each construct's reliability as psych::alpha
 * reports it. Each instrument is analysed one version at a time (the newest the files hold, or --version), or
 * with --pool all its versions on the items they share unchanged. Rows that cannot be used are listed on stderr
 * with file, line and reason; the exit code is then 1. Each response is counted once: identical copies are
 * merged with a notice (exit 0); copies of one id with different content are all rejected (exit 1).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { agreementLevel, verdictText } from '../src/instruments/agreement.ts';
import {
  analyzeResponses,
  DEFAULT_MIN_GROUP_SIZE,
  GROUP_JOINER,
  groupingOptions,
  groupLabel,
  invarianceNote,
  versionToAnalyse,
  type Analysis,
  type GroupStage,
  type GroupSummary,
} from '../src/instruments/analysis.ts';
import { hiddenNote } from '../src/instruments/analysis-view.ts';
import { agreementTable, changeTable, reliabilityTable, summaryTable } from '../src/instruments/analysis-tables.ts';
import { findVersion, itemsOf } from '../src/instruments/model.ts';
import { instruments, model } from '../src/instruments/source-model.ts';
import { toCsv } from '../src/instruments/csv.ts';
import { MISSING_DATA_RULE } from '../src/instruments/reliability.ts';
import { scoredTable } from '../src/instruments/score-table.ts';
import type { Description } from '../src/instruments/statistics.ts';
import {
  collectorOption,
  commandLine,
  escapeControl,
  instrumentOption,
  outFolderOption,
  versionOption,
} from './cli.ts';
import { mergedSummary, readResponseFiles, reportMerged, reportRejections } from './read-response-files.ts';
import { analysisMessages } from '../src/i18n/analysis.ts';

/** The command line writes its notes in English, in the page's words. */
const english = { language: 'en', messages: analysisMessages.en } as const;

const cli = commandLine(
  'Usage: npm run analyze -- [<responses.ndjson|.json|.csv>...] [--url <collector> [--token T | COLLECTOR_TOKEN=T]] [--group-by <parameter|role|language>[,…]] [--min-group-size N] [--pool] [--instrument <id> [--version <v>]] [--out <dir>]',
  {
    'group-by': { type: 'string' },
    'min-group-size': { type: 'string' },
    pool: { type: 'boolean' },
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
const groupBy = (cli.values['group-by'] ?? '').split(',').filter((name) => name !== '');
const minGroupSizeText = cli.values['min-group-size'] ?? String(DEFAULT_MIN_GROUP_SIZE);
if (!/^[1-9]\d*$/.test(minGroupSizeText)) {
  cli.misuse(`--min-group-size "${minGroupSizeText}" is not a whole number of at least 1.`);
}
const minGroupSize = Number(minGroupSizeText);
const poolVersions = cli.values.pool ?? false;
const collector = collectorOption(cli, cli.values.url, cli.values.token);
// Checked against the instruments that could be in the files now, and against those actually there once read.
const candidates = instrumentId ? instruments.filter((i) => i.id === instrumentId) : instruments;
if (new Set(groupBy).size !== groupBy.length) cli.misuse(`--group-by names "${groupBy.join(',')}" more than once.`);
for (const name of groupBy) {
  if (!candidates.some((instrument) => groupingOptions(instrument).includes(name)))
    cli.misuse(`--group-by "${name}" is not one of: ${[...new Set(candidates.flatMap(groupingOptions))].join(', ')}`);
}

const { responses, rejected, merged } = await readResponseFiles(cli.positionals, instrumentId, collector);
// The version each instrument present is analysed in: --version for the one --instrument names, else the newest answered.
const present = instruments
  .filter((instrument) => responses.some((response) => response.instrument.id === instrument.id))
  .map((instrument) =>
    versionToAnalyse(instrument.id, responses, instrument.id === instrumentId ? version : null, model),
  );
for (const instrument of present) {
  const unknown = groupBy.find((name) => !groupingOptions(instrument).includes(name));
  if (unknown !== undefined) {
    cli.misuse(`--group-by "${unknown}" is not one of ${instrument.id}'s: ${groupingOptions(instrument).join(', ')}`);
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
          ['group', 'n', 'mean', 'sd', 'complete', 'alpha', 'rwg(j)'],
          rows.map(({ label, summary }) => {
            const construct = summary.constructs[c]!;
            return [
              label,
              ...stat(construct),
              String(construct.complete),
              fixed(construct.alpha),
              fixed(construct.rwgj),
            ];
          }),
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

/** Which responses were set aside or pooled, and which items this version shares with earlier ones. */
function versionLines(analysis: Analysis): string[] {
  const { id, version } = analysis.instrument;
  if (analysis.pooled.length > 1) {
    return [
      `Pooled versions ${analysis.pooled.join(', ')} on the ${analysis.pooledItems!.length} items they all share unchanged: ${analysis.pooledItems!.join(' ')}`,
    ];
  }
  const total = itemsOf(findVersion(id, version, model)!).length;
  return [
    ...analysis.setAside.map(
      (other) =>
        `Set aside: ${other.n} response(s) to version ${other.version} (analyse them with --instrument ${id} --version ${other.version}, or pool with --pool)`,
    ),
    ...analysis.crosswalks.map(
      (walk) => `Unchanged since ${walk.from}: ${walk.unchanged.length} of ${total} items: ${walk.unchanged.join(' ')}`,
    ),
  ];
}

function agreementLines(analysis: Analysis): string[] {
  if (analysis.agreement.length === 0) return [];
  return [
    'Agreement across groups (one-way ANOVA of construct scores; ICC(2) ≥ .70 and median rwg(j) ≥ .70 to aggregate)',
    columns(
      ['construct', 'groups', 'n', 'icc1', 'icc2', 'F', 'p', 'median rwg(j)', 'verdict'],
      analysis.agreement.map((a) => [
        a.construct,
        String(a.groups),
        String(a.n),
        fixed(a.icc1),
        fixed(a.icc2),
        fixed(a.f),
        fixed(a.p),
        `${fixed(a.medianRwgj)} (${agreementLevel(a.medianRwgj)})`,
        verdictText[a.verdict],
      ]),
    ),
  ];
}

function changeLines(analysis: Analysis): string[] {
  return analysis.change.flatMap((change) => [
    `Change from wave ${change.from} to wave ${change.to}: ${change.paired} respondent code(s) paired${change.ambiguous > 0 ? `, ${change.ambiguous} with several responses left out` : ''} (later minus earlier)`,
    columns(
      ['construct', 'n', 'mean change', 'sd'],
      change.constructs.map((c) => [c.construct, ...stat(c)]),
    ),
  ]);
}

function reliabilityLines(analysis: Analysis): string[] {
  return [
    `Reliability. ${MISSING_DATA_RULE}`,
    columns(
      ['construct', 'n', 'excluded', 'items', 'alpha', '95% CI', 'std alpha', 'average r'],
      analysis.reliability.map((r) => [
        r.construct,
        String(r.n),
        String(r.excluded),
        String(r.items),
        fixed(r.alpha),
        r.interval ? `${fixed(r.interval.lower)} to ${fixed(r.interval.upper)}` : '–',
        fixed(r.standardizedAlpha),
        fixed(r.averageR),
      ]),
    ),
    'Items (mean and sd after reverse-keying; r: corrected item–total correlation)',
    columns(
      ['item', 'construct', 'reverse', 'n', 'mean', 'sd', "don't know", 'not applicable', 'r', 'alpha if deleted'],
      analysis.reliability.flatMap((r) =>
        r.itemDetails.map((item) => [
          item.item,
          r.construct,
          item.reverse ? 'yes' : 'no',
          ...stat(item),
          fixed(item.dontKnow),
          fixed(item.notApplicable),
          fixed(item.correctedItemTotal),
          fixed(item.alphaIfDeleted),
        ]),
      ),
    ),
  ];
}

function report(analysis: Analysis): string {
  const { instrument } = analysis;
  const grouping = analysis.groupBy.join(GROUP_JOINER);
  const rows: Row[] = [
    { label: '(all)', summary: analysis.overall },
    ...analysis.groups.map((summary) => ({ label: `${grouping}: ${groupLabel(summary.key)}`, summary })),
    // Grouped by role, the groups already are the roles.
    ...(grouping === 'role'
      ? []
      : (analysis.byRole ?? []).map((summary) => ({ label: `role: ${groupLabel(summary.key)}`, summary }))),
  ];
  const versions = versionLines(analysis);
  const notes = [
    hiddenNote(analysis.hidden, analysis.minGroupSize, 'group', english),
    grouping === 'role' ? null : hiddenNote(analysis.hiddenRoles, analysis.minGroupSize, 'role', english),
    invarianceNote(analysis),
  ].filter((note) => note !== null);
  const blocks: string[] = [
    `== ${instrument.id} ${instrument.version}: ${analysis.n} response(s)${grouping === '' ? '' : `, grouped by ${grouping}`} ==`,
    ...(versions.length > 0 ? [versions.join('\n')] : []),
    ...(notes.length > 0 ? [notes.join('\n')] : []),
    'Construct scores (n: responses with a score; sd with n − 1; alpha and rwg(j) over complete cases)',
    constructTables(rows),
    ...agreementLines(analysis),
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
    ...changeLines(analysis),
    ...reliabilityLines(analysis),
  );
  return `${blocks.join('\n\n')}\n`;
}

const written: string[] = [];
let analysed = 0;
if (out) mkdirSync(out, { recursive: true });
for (const instrument of present) {
  const own = responses.filter((response) => response.instrument.id === instrument.id);
  const analysis = analyzeResponses(instrument, own, { within: model, groupBy, minGroupSize, pool: poolVersions });
  process.stdout.write(`${report(analysis)}\n`);
  analysed += analysis.n;
  if (out) {
    const answered = poolVersions ? own : own.filter((response) => response.instrument.version === instrument.version);
    const files: [string, string][] = [
      [`${instrument.id}-summary.csv`, toCsv(summaryTable(analysis))],
      [`${instrument.id}-reliability.csv`, toCsv(reliabilityTable(analysis))],
      ...(analysis.agreement.length > 0
        ? [[`${instrument.id}-agreement.csv`, toCsv(agreementTable(analysis))] as [string, string]]
        : []),
      ...(analysis.change.length > 0
        ? [[`${instrument.id}-change.csv`, toCsv(changeTable(analysis))] as [string, string]]
        : []),
      [`${instrument.id}-scored.csv`, toCsv(scoredTable(answered, model))],
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
