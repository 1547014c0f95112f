/**
 * What the analysis page shows, as data: for the files read, the sections with their headings, tables, charts
 * and downloads, and the status line. The page's element only turns this into elements, as text.
 */
import { agreementLevel, verdictText } from './agreement.ts';
import {
  analyzeResponses,
  DEFAULT_MIN_GROUP_SIZE,
  GROUP_JOINER,
  groupLabel,
  groupingOptions,
  invarianceNote,
  versionsAnswered,
  versionToAnalyse,
  type Analysis,
  type GroupStage,
  type GroupSummary,
  type Hidden,
} from './analysis.ts';
import { agreementTable, changeTable, reliabilityTable, summaryTable } from './analysis-tables.ts';
import { distributionChart, summaryLayout, type DistributionChart } from './charts.ts';
import { CollectorReadError } from './collector-export.ts';
import { toCsv } from './csv.ts';
import { findConstruct, findStage } from './framework.ts';
import { instruments, itemsOf } from './model.ts';
import { MISSING_DATA_RULE } from './reliability.ts';
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
  | { kind: 'chart'; chart: DistributionChart }
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

/** What the status line says when the analysis itself failed: the reason, and that nothing below is stale. */
export function analysisFailure(error: unknown): string {
  const reason = (error instanceof Error ? error.message : String(error)).replace(/[.\s]*$/, '');
  return escapeControl(
    `The analysis could not be completed: ${reason}. Nothing is shown until it can be; change the options or files to try again.`,
  );
}

const fixed = (value: number | null, digits = 2) => (value === null ? '—' : value.toFixed(digits));
const constructName = (id: string) => findConstruct(id).name;

/** What the researcher chose on the page: the analysis options, and the version picked for each instrument. */
export interface AnalysisChoices {
  /** Link parameters, "role" and "language"; several group by their combination. */
  groupBy: readonly string[];
  minGroupSize: number;
  /** Pool each instrument's versions on the items they share unchanged. */
  pool: boolean;
  versions: Readonly<Record<string, string>>;
}

export const defaultChoices: AnalysisChoices = {
  groupBy: [],
  minGroupSize: DEFAULT_MIN_GROUP_SIZE,
  pool: false,
  versions: {},
};

/**
 * The page's sections: what could not be used, then one per instrument that has responses, analysing the
 * version `choices.versions` names for it when its responses answer that one and the versions are not pooled,
 * else the newest they answer.
 */
export function analysisSections(
  { responses, rejected }: ReadFiles,
  choices: AnalysisChoices = defaultChoices,
): SectionView[] {
  const sections: SectionView[] = [];
  if (rejected.length > 0) sections.push(rejectedSection(rejected));
  for (const { id } of instruments) {
    const own = responses.filter((response) => response.instrument.id === id);
    if (own.length === 0) continue;
    const requested = choices.versions[id];
    const answered = versionsAnswered(id, own);
    // Pooling is onto the newest version answered: its statements offer every answer the older ones do, and no
    // picker is shown to say otherwise. The pick is kept for when pooling is turned off again.
    const chosen = !choices.pool && requested !== undefined && answered.includes(requested) ? requested : null;
    sections.push(instrumentSection(versionToAnalyse(id, own, chosen), own, answered, choices));
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

/** How many responses were analysed, and which were set aside or pooled. */
function versionNote(analysis: Analysis): string {
  const { version } = analysis.instrument;
  if (analysis.pooled.length > 1) {
    return `${count(analysis.n, 'response', 'responses')} to versions ${analysis.pooled.join(', ')}, pooled on the ${analysis.pooledItems!.length} statements they all ask unchanged (everything else is left out).`;
  }
  const analysed = `${count(analysis.n, 'response', 'responses')} to version ${version}.`;
  if (analysis.setAside.length === 0) return analysed;
  const others = analysis.setAside.map(
    ({ version, n }) => `${count(n, 'response', 'responses')} to version ${version}`,
  );
  return `${analysed} Set aside: ${others.join(', ')} (versions are analysed one at a time; choose another version, or pool the versions, to include those).`;
}

/** What a group view leaves out, or null when nothing. */
export function hiddenNote(hidden: Hidden | undefined, minGroupSize: number, what = 'group'): string | null {
  if (!hidden || hidden.groups === 0) return null;
  return `${count(hidden.groups, what, `${what}s`)} with fewer than ${minGroupSize} responses (${count(hidden.responses, 'response', 'responses')} in all) ${hidden.groups === 1 ? 'is' : 'are'} hidden, so no one’s answers can be picked out; they still count in “All responses”.`;
}

/** A group's stage estimate as a reader would say it: the stage, or why none is named and which come closest. */
function stageVerdict(stage: GroupStage): string {
  if (stage.stage !== null) return findStage(stage.stage).name;
  if (stage.clarity === 'unclear') return 'Unclear';
  return `Tentative: ${closestStages(stage.means.map(({ stage, mean, n }) => ({ stage, mean, answered: n })))
    .map((id) => findStage(id).name)
    .join(' or ')}`;
}

const percent = (share: number) => `${Math.round(share * 100)}%`;

function instrumentSection(
  instrument: Instrument,
  responses: ResponseRecord[],
  answeredVersions: string[],
  choices: AnalysisChoices,
): SectionView {
  // Groupings this instrument cannot use (e.g. role on an instrument without one) are left out.
  const groupBy = choices.groupBy.filter((name) => groupingOptions(instrument).includes(name));
  const analysis = analyzeResponses(instrument, responses, {
    groupBy,
    minGroupSize: choices.minGroupSize,
    pool: choices.pool,
  });
  const pooled = analysis.pooled.length > 1;
  const analysed = pooled
    ? responses
    : responses.filter((response) => response.instrument.version === instrument.version);
  const fileVersion = pooled ? `${instrument.version}-pooled` : instrument.version;
  const download = (label: string, name: string, csv: () => string) => ({
    label,
    fileName: `${instrument.id}-${fileVersion}-${name}.csv`,
    csv,
  });
  const blocks: Block[] = [
    { kind: 'heading', level: 2, text: `${instrument.title} (version ${instrument.version})` },
    ...(answeredVersions.length > 1 && !pooled
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
  const paragraph = (text: string | null, className?: string) => {
    if (text !== null) blocks.push({ kind: 'paragraph', text, ...(className ? { className } : {}) });
  };
  const table = (caption: string, head: string[], rows: (string | number)[][]) =>
    blocks.push({ kind: 'table', table: { caption, head, rows } });

  if (analysis.crosswalks.length > 0 && !pooled) {
    const total = itemsOf(instrument).length;
    table(
      `Statements unchanged since earlier versions: their answers mean the same in version ${instrument.version}`,
      ['Earlier version', 'Unchanged', 'Statements'],
      analysis.crosswalks.map(({ from, unchanged }) => [from, `${unchanged.length} of ${total}`, unchanged.join(', ')]),
    );
  }
  blocks.push({
    kind: 'downloads',
    downloads: [
      download('Download summary (CSV)', 'summary', () => toCsv(summaryTable(analysis))),
      download('Download reliability (CSV)', 'reliability', () => toCsv(reliabilityTable(analysis))),
      ...(analysis.agreement.length > 0
        ? [download('Download agreement (CSV)', 'agreement', () => toCsv(agreementTable(analysis)))]
        : []),
      ...(analysis.change.length > 0
        ? [download('Download change between waves (CSV)', 'change', () => toCsv(changeTable(analysis)))]
        : []),
      download('Download scored data (CSV)', 'scored', () => toCsv(scoredTable(analysed))),
    ],
  });

  blocks.push(
    { kind: 'heading', level: 3, text: 'Construct scores' },
    {
      kind: 'paragraph',
      text: 'Each dot shows how many respondents’ scores fall at that point of the scale (larger dots, more respondents); the line marks the mean. A spread of dots is disagreement a mean alone would hide.',
    },
    {
      kind: 'chart',
      chart: distributionChart(
        analysis.overall.constructs.map((c) => ({
          id: c.construct,
          label: constructName(c.construct),
          counts: c.distribution,
          mean: c.mean,
        })),
        summaryLayout,
      ),
    },
  );

  const grouping = groupBy.join(GROUP_JOINER);
  const summaries: [string, GroupSummary][] = [
    ['All responses', analysis.overall],
    ...analysis.groups.map((group): [string, GroupSummary] => [`${grouping}: ${groupLabel(group.key)}`, group]),
  ];
  // Grouped by role already, the groups are the roles.
  const byRole = grouping === 'role' ? [] : (analysis.byRole ?? []);
  const withRoles = [
    ...summaries,
    ...byRole.map((role): [string, GroupSummary] => [`role: ${groupLabel(role.key)}`, role]),
  ];
  const constructNames = analysis.overall.constructs.map((c) => constructName(c.construct));
  paragraph(hiddenNote(analysis.hidden, analysis.minGroupSize));
  paragraph(grouping === 'role' ? null : hiddenNote(analysis.hiddenRoles, analysis.minGroupSize, 'role'));
  paragraph(invarianceNote(analysis));
  table(
    'Construct means, standard deviations and numbers of scored responses',
    ['Group', 'n', ...constructNames],
    withRoles.map(([label, summary]) => [
      label,
      summary.n,
      ...summary.constructs.map((c) => `${fixed(c.mean)} (SD ${fixed(c.sd)}, n ${c.n})`),
    ]),
  );

  blocks.push(
    { kind: 'heading', level: 3, text: 'Agreement within groups' },
    {
      kind: 'paragraph',
      text: 'rwg(j) compares how much members’ answers to a construct’s statements vary with how much they would vary if everyone answered at random on the 5-point scale (a uniform null, expected variance 2): 1 is full agreement, 0 no more agreement than chance (negative values are set to 0). Values above .70 are usually taken as enough agreement to speak of the group’s view.',
    },
  );
  table(
    'rwg(j) per group and construct, with the level of agreement (complete cases)',
    ['Group', ...constructNames],
    withRoles.map(([label, summary]) => [
      label,
      ...summary.constructs.map((c) => (c.rwgj === null ? '—' : `${fixed(c.rwgj)} (${agreementLevel(c.rwgj)})`)),
    ]),
  );
  if (analysis.agreement.length > 0) {
    paragraph(
      `Across the ${grouping} groups shown: ICC(1) is the share of the variance in scores that lies between groups; ICC(2) is how reliably the group means tell the groups apart (.70 or more is the usual bar). Both come from a one-way analysis of variance of respondents’ construct scores.`,
    );
    table(
      `Agreement across ${grouping} groups, and whether aggregating to group means is defensible`,
      ['Construct', 'Groups', 'n', 'ICC(1)', 'ICC(2)', 'F (p)', 'Median rwg(j)', 'Verdict'],
      analysis.agreement.map((a) => [
        constructName(a.construct),
        a.groups,
        a.n,
        fixed(a.icc1),
        fixed(a.icc2),
        a.f === null ? '—' : `${fixed(a.f)} (${a.p === null ? '—' : fixed(a.p, 3)})`,
        fixed(a.medianRwgj),
        verdictText[a.verdict],
      ]),
    );
  }

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

  if (analysis.change.length > 0) {
    blocks.push(
      { kind: 'heading', level: 3, text: 'Change between waves' },
      {
        kind: 'paragraph',
        text: 'For respondents whose links carried the same respondent code in two waves: the mean change in each construct score (later wave minus earlier) and its SD. A code with several responses in either wave is left out, since which to pair is not known.',
      },
    );
    for (const change of analysis.change) {
      table(
        `Wave ${change.from} to wave ${change.to}: ${count(change.paired, 'respondent', 'respondents')} paired${change.ambiguous > 0 ? `, ${change.ambiguous} code(s) left out` : ''}`,
        ['Construct', 'n paired', 'Mean change', 'SD of change'],
        change.constructs.map((c) => [
          constructName(c.construct),
          c.n,
          c.mean === null ? '—' : `${c.mean > 0 ? '+' : ''}${fixed(c.mean)}`,
          fixed(c.sd),
        ]),
      );
    }
  }

  blocks.push({ kind: 'heading', level: 3, text: 'Reliability' }, { kind: 'paragraph', text: MISSING_DATA_RULE });
  table(
    'Cronbach’s alpha with its 95% confidence interval (Feldt), standardised alpha and the average inter-item correlation',
    ['Construct', 'n used', 'n excluded', 'Statements', 'Alpha (95% CI)', 'Standardised alpha', 'Average r'],
    analysis.reliability.map((r) => [
      constructName(r.construct),
      r.n,
      r.excluded,
      r.items,
      `${fixed(r.alpha)}${r.interval ? ` (${fixed(r.interval.lower)} to ${fixed(r.interval.upper)})` : ''}`,
      fixed(r.standardizedAlpha),
      fixed(r.averageR),
    ]),
  );
  if (analysis.groups.length > 0) {
    table(
      'Cronbach’s alpha per group (complete cases in each group)',
      ['Group', ...constructNames],
      summaries.map(([label, summary]) => [
        label,
        ...summary.constructs.map((c) => `${fixed(c.alpha)} (n ${c.complete})`),
      ]),
    );
  }
  table(
    'Statement statistics: mean and SD after reverse-keying, shares of “don’t know” and “does not apply”, corrected item–total r and alpha if the statement were deleted',
    [
      'Statement',
      'Construct',
      'Reverse-keyed',
      'n',
      'Mean',
      'SD',
      'Don’t know',
      'Does not apply',
      'Item–total r',
      'Alpha if deleted',
    ],
    analysis.reliability.flatMap((r) =>
      r.itemDetails.map((item) => [
        item.item,
        constructName(r.construct),
        item.reverse ? 'yes' : 'no',
        item.n,
        fixed(item.mean),
        fixed(item.sd),
        percent(item.dontKnow),
        percent(item.notApplicable),
        fixed(item.correctedItemTotal),
        fixed(item.alphaIfDeleted),
      ]),
    ),
  );
  return { className: 'instrument-analysis', instrument: instrument.id, blocks };
}
