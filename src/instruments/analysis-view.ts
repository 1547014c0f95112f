/**
 * What the analysis page shows, as data: for the files read, the sections with their headings, tables, charts
 * and downloads, and the status line. The page's element only turns this into elements, as text.
 */
import {
  analyzeResponses,
  groupLabel,
  groupingOptions,
  reliabilityTable,
  summaryTable,
  versionsAnswered,
  versionToAnalyse,
  type Analysis,
  type GroupStage,
  type GroupSummary,
} from './analysis.ts';
import { barChart, summaryLayout, type BarChart } from './charts.ts';
import { CollectorReadError } from './collector-export.ts';
import { toCsv } from './csv.ts';
import { findConstruct, findStage } from './framework.ts';
import { instruments, itemsOf } from './model.ts';
import { escapeControl } from './printable.ts';
import { mergedCount, type MergedCopies, type Rejection, type ResponseRecord } from './responses.ts';
import { closestStages } from './score.ts';
import { scoredTable } from './score-table.ts';
import type { Instrument } from './types.ts';

/** Larger files are refused with a pointer to the Node script, instead of freezing the tab. */
export const MAX_FILE_BYTES = 200 * 1024 * 1024;

export interface TableView {
  caption: string;
  head: string[];
  /** The first cell of each row heads it. */
  rows: (string | number)[][];
}

export interface DownloadView {
  label: string;
  fileName: string;
  /** Made when asked for: a scored-data CSV of many responses is not built until someone wants it. */
  csv: () => string;
}

export type Block =
  | { kind: 'heading'; level: 2 | 3; text: string }
  | { kind: 'paragraph'; text: string; className?: string }
  | { kind: 'table'; table: TableView }
  | { kind: 'chart'; chart: BarChart }
  | { kind: 'downloads'; downloads: DownloadView[] }
  /** A choice of which of an instrument's versions to analyse, offered when the responses answer several. */
  | { kind: 'version-picker'; instrument: string; label: string; versions: string[]; chosen: string };

export interface SectionView {
  className: 'rejected' | 'instrument-analysis';
  /** The instrument a section analyses, for `data-instrument`. */
  instrument?: string;
  blocks: Block[];
}

export interface ReadFiles {
  responses: ResponseRecord[];
  /** Rows and files that could not be used, with the reason. */
  rejected: Rejection[];
  /** Identical copies of a response merged into one (readResponses). */
  merged?: readonly MergedCopies[];
  /** Response ids with copies of different content, whose copies are among the rejected. */
  conflicts?: number;
}

/** A file too large to read in the tab, as a rejection of the whole file (line 0). */
export function tooLargeRejection(file: string, bytes: number): Rejection | null {
  if (bytes <= MAX_FILE_BYTES) return null;
  const megabytes = Math.round(bytes / 1024 / 1024);
  return {
    file,
    line: 0,
    reason: `is ${megabytes} MB, more than a browser tab can analyse safely (${MAX_FILE_BYTES / 1024 / 1024} MB); split it into smaller files, or analyse it on a computer with the project’s own script (npm run analyze), which has no such limit`,
  };
}

/** What the collector form says once an export is loaded: how many responses it held, and what happens next. */
export function collectorLoaded(origin: string, text: string, instrumentTitle: string | null): string {
  const stored = text.split('\n').filter((line) => line.trim() !== '').length;
  return `Loaded ${stored} stored response(s)${instrumentTitle ? ` to ${instrumentTitle}` : ''} from ${origin}; they are analysed below with any files chosen above.`;
}

/** What the collector form says when loading failed: the reason when it is one a researcher can act on. */
export function collectorFailure(error: unknown): string {
  const reason =
    error instanceof CollectorReadError ? error.message : 'Something unexpected went wrong while reading the export.';
  return `Nothing was loaded. ${reason}`;
}

const fixed = (value: number | null, digits = 2) => (value === null ? '—' : value.toFixed(digits));
const constructName = (id: string) => findConstruct(id).name;

/**
 * The page's sections: what could not be used, then one per instrument that has responses, analysing the
 * version `versions` names for it when its responses answer that one, else the newest they answer.
 */
export function analysisSections(
  { responses, rejected }: ReadFiles,
  groupBy: string | null,
  versions: Readonly<Record<string, string>> = {},
): SectionView[] {
  const sections: SectionView[] = [];
  if (rejected.length > 0) sections.push(rejectedSection(rejected));
  for (const { id } of instruments) {
    const own = responses.filter((response) => response.instrument.id === id);
    if (own.length === 0) continue;
    const requested = versions[id];
    const answered = versionsAnswered(id, own);
    const chosen = requested !== undefined && answered.includes(requested) ? requested : null;
    sections.push(instrumentSection(versionToAnalyse(id, own, chosen), own, answered, groupBy));
  }
  return sections;
}

/** Where the responses came from: how many files, and the origin of the collector they were loaded from, if any. */
export interface Sources {
  files: number;
  collector: string | null;
}

/**
 * The status line: how many responses from where, how many duplicate copies were merged (each response is
 * counted once) and how many rows or files could not be used, conflicting copies of one response among them.
 */
export function analysisStatus(
  { responses, rejected, merged = [], conflicts = 0 }: ReadFiles,
  { files, collector }: Sources,
  seconds: number,
): string {
  const from = [
    files > 0 || collector === null ? `${files} file(s)` : null,
    collector === null ? null : `the collector at ${collector}`,
  ];
  const copies = mergedCount(merged);
  const notes = [
    copies === 0
      ? null
      : `${copies} duplicate ${copies === 1 ? 'copy' : 'copies'} merged (each response is counted once)`,
    rejected.length === 0
      ? null
      : `${rejected.length} row(s) or file(s) could not be used` +
        (conflicts === 0
          ? ''
          : `, among them the copies of ${conflicts} response id(s) with conflicting content, none counted until resolved`) +
        ' (listed below)',
  ].filter((note) => note !== null);
  return escapeControl(
    `${responses.length} response(s) analysed from ${from.filter((source) => source !== null).join(' and ')} in ${seconds.toFixed(2)} s` +
      (notes.length > 0 ? `; ${notes.join('; ')}.` : '.'),
  );
}

function rejectedSection(rejected: Rejection[]): SectionView {
  return {
    className: 'rejected',
    blocks: [
      { kind: 'heading', level: 2, text: 'Rows that could not be used' },
      {
        kind: 'table',
        table: {
          caption: 'Rows that could not be used, with the reason',
          head: ['File', 'Line', 'Reason'],
          rows: rejected.map((r) => [r.file, r.line === 0 ? 'whole file' : r.line, r.reason]),
        },
      },
    ],
  };
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** How many responses were analysed, and which were set aside because they answer other versions. */
function versionNote(analysis: Analysis): string {
  const analysed = `${count(analysis.n, 'response', 'responses')} to version ${analysis.instrument.version}.`;
  if (analysis.setAside.length === 0) return analysed;
  const others = analysis.setAside.map(
    ({ version, n }) => `${count(n, 'response', 'responses')} to version ${version}`,
  );
  return `${analysed} Set aside: ${others.join(', ')} (versions are analysed one at a time; choose another version to analyse those).`;
}

/** A group's stage estimate as a reader would say it: the stage, or why none is named and which come closest. */
function stageVerdict(stage: GroupStage): string {
  if (stage.stage !== null) return findStage(stage.stage).name;
  if (stage.clarity === 'unclear') return 'Unclear';
  return `Tentative: ${closestStages(stage.means.map(({ stage, mean, n }) => ({ stage, mean, answered: n })))
    .map((id) => findStage(id).name)
    .join(' or ')}`;
}

function instrumentSection(
  instrument: Instrument,
  responses: ResponseRecord[],
  answeredVersions: string[],
  requested: string | null,
): SectionView {
  // A grouping this instrument cannot use (e.g. role on an instrument without one) falls back to none.
  const groupBy = requested && groupingOptions(instrument).includes(requested) ? requested : null;
  const analysis = analyzeResponses(instrument, responses, { groupBy });
  const analysed = responses.filter((response) => response.instrument.version === instrument.version);
  const download = (label: string, name: string, csv: () => string) => ({
    label,
    fileName: `${instrument.id}-${instrument.version}-${name}.csv`,
    csv,
  });
  const blocks: Block[] = [
    { kind: 'heading', level: 2, text: `${instrument.title} (version ${instrument.version})` },
    ...(answeredVersions.length > 1
      ? [
          {
            kind: 'version-picker' as const,
            instrument: instrument.id,
            label: `Version of ${instrument.title} to analyse`,
            versions: answeredVersions,
            chosen: instrument.version,
          },
        ]
      : []),
    { kind: 'paragraph', text: versionNote(analysis), className: 'lead' },
  ];
  if (analysis.crosswalks.length > 0) {
    const total = itemsOf(instrument).length;
    blocks.push({
      kind: 'table',
      table: {
        caption: `Statements unchanged since earlier versions: their answers mean the same in version ${instrument.version}`,
        head: ['Earlier version', 'Unchanged', 'Statements'],
        rows: analysis.crosswalks.map(({ from, unchanged }) => [
          from,
          `${unchanged.length} of ${total}`,
          unchanged.join(', '),
        ]),
      },
    });
  }
  blocks.push(
    {
      kind: 'downloads',
      downloads: [
        download('Download summary (CSV)', 'summary', () => toCsv(summaryTable(analysis))),
        download('Download reliability (CSV)', 'reliability', () => toCsv(reliabilityTable(analysis))),
        download('Download scored data (CSV)', 'scored', () => toCsv(scoredTable(analysed))),
      ],
    },
    { kind: 'heading', level: 3, text: 'Construct scores' },
    {
      kind: 'chart',
      chart: barChart(
        analysis.overall.constructs.map((c) => ({
          id: c.construct,
          label: constructName(c.construct),
          mean: c.mean,
          sd: c.sd,
        })),
        summaryLayout,
      ),
    },
  );
  const table = (caption: string, head: string[], rows: (string | number)[][]) =>
    blocks.push({ kind: 'table', table: { caption, head, rows } });

  const summaries: [string, GroupSummary][] = [
    ['All responses', analysis.overall],
    ...analysis.groups.map((group): [string, GroupSummary] => [`${groupBy}: ${groupLabel(group.key)}`, group]),
  ];
  // Grouped by role already, the groups are the roles.
  const byRole = groupBy === 'role' ? [] : (analysis.byRole ?? []);
  const withRoles = [
    ...summaries,
    ...byRole.map((role): [string, GroupSummary] => [`role: ${groupLabel(role.key)}`, role]),
  ];
  const constructNames = analysis.overall.constructs.map((c) => constructName(c.construct));
  table(
    'Construct means, standard deviations and numbers of scored responses',
    ['Group', 'n', ...constructNames],
    withRoles.map(([label, summary]) => [
      label,
      summary.n,
      ...summary.constructs.map((c) => `${fixed(c.mean)} (SD ${fixed(c.sd)}, n ${c.n})`),
    ]),
  );

  const { stage, vignette } = analysis.overall;
  if (stage) {
    blocks.push(
      { kind: 'heading', level: 3, text: 'Group stage estimates' },
      {
        kind: 'paragraph',
        text: 'Each stage’s mean is the average of the respondents’ agreement with its descriptions; the group’s stage is read from these averages with the same rule as one respondent’s.',
      },
    );
    table(
      'Mean agreement with each stage’s descriptions (respondents with a mean), and the stage the means point to',
      ['Group', 'n', ...stage.means.map((m) => findStage(m.stage).name), 'Estimate'],
      withRoles.map(([label, summary]) => [
        label,
        summary.n,
        ...summary.stage!.means.map((m) => `${fixed(m.mean)} (n ${m.n})`),
        stageVerdict(summary.stage!),
      ]),
    );
  }
  if (vignette) {
    blocks.push({ kind: 'heading', level: 3, text: 'Vignette choices' });
    table(
      'How many respondents chose each stage’s story in the vignette',
      ['Group', ...vignette.map((v) => (v.stage === null ? 'No choice' : findStage(v.stage).name))],
      withRoles.map(([label, summary]) => [label, ...summary.vignette!.map((v) => v.count)]),
    );
  }

  blocks.push({ kind: 'heading', level: 3, text: 'Strongest and weakest' });
  const overallMean = analysis.overall.readinessOverall !== undefined;
  table(
    'The constructs with the highest and lowest group mean',
    ['Group', 'n', ...(overallMean ? ['Overall readiness mean (SD)'] : []), 'Strongest', 'Weakest'],
    withRoles.map(([label, summary]) => [
      label,
      summary.n,
      ...(overallMean
        ? [`${fixed(summary.readinessOverall?.mean ?? null)} (SD ${fixed(summary.readinessOverall?.sd ?? null)})`]
        : []),
      summary.strongest.map(constructName).join(', '),
      summary.weakest.map(constructName).join(', '),
    ]),
  );

  blocks.push(
    { kind: 'heading', level: 3, text: 'Internal consistency' },
    {
      kind: 'paragraph',
      text: 'Cronbach’s alpha over complete cases (respondents who answered every statement of the construct with a scale value), reverse-keyed statements reversed first. Corrected item–total r correlates each statement with the sum of the others.',
    },
  );
  table(
    'Cronbach’s alpha and corrected item–total correlations',
    ['Construct', 'n (complete)', 'Statements', 'Alpha', 'Item–total r'],
    analysis.reliability.map((r) => [
      constructName(r.construct),
      r.n,
      r.items,
      fixed(r.alpha),
      r.itemTotal.map((item) => `${item.item} ${fixed(item.r)}`).join(', '),
    ]),
  );
  return { className: 'instrument-analysis', instrument: instrument.id, blocks };
}
