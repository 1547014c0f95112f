/**
 * What the analysis page shows, as data: for the files read, the sections with their headings, tables, charts
 * and downloads, and the status line. The page's element only turns this into elements, as text.
 */
import type { AnalysisMessages } from '../i18n/analysis.ts';
import { countOf, fill } from '../i18n/catalogue.ts';
import { agreementLevel, type AggregationVerdict } from './agreement.ts';
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
import { distributionChart, summaryLayout } from './charts.ts';
import { CollectorReadError } from './collector-export.ts';
import { toCsv } from './csv.ts';
import type { Language } from './languages.ts';
import { findVersion, itemsOf, type FrameworkModel } from './model.ts';
import { escapeControl } from './printable.ts';
import { mergedCount, type MergedCopies, type Rejection, type ResponseRecord } from './responses.ts';
import { closestStages } from './score.ts';
import { scoredTable } from './score-table.ts';
import type { Instrument } from './types.ts';
import type { ViewBlock } from './view-blocks.ts';

/** Larger files are refused with a pointer to the Node script, instead of freezing the tab. */
export const MAX_FILE_BYTES = 200 * 1024 * 1024;

export interface DownloadView {
  label: string;
  fileName: string;
  /** Made when asked for: a scored-data CSV of many responses is not built until someone wants it. */
  csv: () => string;
}

export type Block =
  | ViewBlock
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

/**
 * The words the analysis is written in: the page's language and its messages, which the page hands over so
 * this code carries no language's text of its own.
 */
export interface AnalysisText {
  language: Language;
  messages: AnalysisMessages;
  /** Every version responses may answer, its texts in `language` where written in it (everyVersionIn). */
  within: FrameworkModel;
}

/** The words alone, for the sentences that name nothing of the model. */
type Words = Pick<AnalysisText, 'language' | 'messages'>;

/** A file too large to read in the tab, as a rejection of the whole file (line 0). */
export function tooLargeRejection(file: string, bytes: number, { messages }: AnalysisText): Rejection | null {
  if (bytes <= MAX_FILE_BYTES) return null;
  return {
    file,
    line: 0,
    reason: fill(messages.tooLarge, { size: Math.round(bytes / 1024 / 1024), limit: MAX_FILE_BYTES / 1024 / 1024 }),
  };
}

/** What the collector form says once an export is loaded: how many responses it held, and what happens next. */
export function collectorLoaded(
  origin: string,
  text: string,
  instrumentTitle: string | null,
  { messages }: AnalysisText,
): string {
  const count = text.split('\n').filter((line) => line.trim() !== '').length;
  return instrumentTitle
    ? fill(messages.collectorLoadedTo, { count, instrument: instrumentTitle, origin })
    : fill(messages.collectorLoaded, { count, origin });
}

/** What the collector form says when loading failed: the reason when it is one a researcher can act on. */
export function collectorFailure(error: unknown, { messages }: AnalysisText): string {
  const reason = error instanceof CollectorReadError ? error.message : messages.collectorUnexpected;
  return fill(messages.collectorFailure, { reason });
}

/** What the status line says when the analysis itself failed: the reason, and that nothing below is stale. */
export function analysisFailure(error: unknown, { messages }: AnalysisText): string {
  const reason = (error instanceof Error ? error.message : String(error)).replace(/[.\s]*$/, '');
  return escapeControl(fill(messages.analysisFailure, { reason }));
}

const fixed = (value: number | null, digits = 2) => (value === null ? '—' : value.toFixed(digits));

/**
 * An rwg(j) that has each level of agreement, keyed by the level's message: agreement.ts draws the lines
 * between the levels (and names them in English), so a level's message is found by the name it gives.
 */
const AGREEMENT_LEVELS = {
  levelNone: null,
  levelVeryStrong: 1,
  levelStrong: 0.8,
  levelModerate: 0.6,
  levelWeak: 0.4,
  levelLack: 0,
} as const satisfies Partial<Record<keyof AnalysisMessages, number | null>>;

function agreementLevelIn(rwgj: number | null, messages: AnalysisMessages): string {
  const level = (Object.keys(AGREEMENT_LEVELS) as (keyof typeof AGREEMENT_LEVELS)[]).find(
    (key) => agreementLevel(AGREEMENT_LEVELS[key]) === agreementLevel(rwgj),
  )!;
  return messages[level];
}

const VERDICTS: Record<AggregationVerdict, keyof AnalysisMessages> = {
  defensible: 'verdictDefensible',
  'agree-but-unreliable': 'verdictUnreliable',
  disagree: 'verdictDisagree',
  'too-few-groups': 'verdictTooFewGroups',
};

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
  choices: AnalysisChoices,
  text: AnalysisText,
): SectionView[] {
  const sections: SectionView[] = [];
  if (rejected.length > 0) sections.push(rejectedSection(rejected, text.messages));
  for (const { id } of text.within.instruments) {
    const own = responses.filter((response) => response.instrument.id === id);
    if (own.length === 0) continue;
    const requested = choices.versions[id];
    const answered = versionsAnswered(id, own);
    // Pooling is onto the newest version answered: its statements offer every answer the older ones do, and no
    // picker is shown to say otherwise. The pick is kept for when pooling is turned off again.
    const chosen = !choices.pool && requested !== undefined && answered.includes(requested) ? requested : null;
    sections.push(instrumentSection(versionToAnalyse(id, own, chosen, text.within), own, answered, choices, text));
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
  { language, messages }: AnalysisText,
): string {
  const fromFiles = fill(messages.statusSourceFiles, { count: files });
  const fromCollector = collector === null ? null : fill(messages.statusSourceCollector, { origin: collector });
  const sources =
    fromCollector === null
      ? fromFiles
      : files > 0
        ? fill(messages.statusSourcesBoth, { files: fromFiles, collector: fromCollector })
        : fromCollector;
  const copies = mergedCount(merged);
  const notes = [
    copies === 0
      ? null
      : countOf(language, copies, { one: messages.statusMergedOne, other: messages.statusMergedOther }),
    rejected.length === 0
      ? null
      : conflicts === 0
        ? fill(messages.statusRejected, { count: rejected.length })
        : fill(messages.statusRejectedConflicts, { count: rejected.length, conflicts }),
  ].filter((note) => note !== null);
  const status = fill(messages.status, { count: responses.length, sources, seconds: seconds.toFixed(2) });
  return escapeControl(notes.length > 0 ? `${status}; ${notes.join('; ')}.` : `${status}.`);
}

function rejectedSection(rejected: Rejection[], messages: AnalysisMessages): SectionView {
  return {
    className: 'rejected',
    blocks: [
      { kind: 'heading', level: 2, text: messages.rejectedHeading },
      {
        kind: 'table',
        table: {
          caption: messages.rejectedCaption,
          head: [messages.file, messages.line, messages.reason],
          rows: rejected.map((r) => [r.file, r.line === 0 ? messages.wholeFile : r.line, r.reason]),
        },
      },
    ],
  };
}

const responsesCount = (n: number, { language, messages }: Words) =>
  countOf(language, n, { one: messages.responsesOne, other: messages.responsesOther });

/** How many responses were analysed, and which were set aside or pooled. */
function versionNote(analysis: Analysis, text: AnalysisText): string {
  const { messages } = text;
  const responses = responsesCount(analysis.n, text);
  if (analysis.pooled.length > 1) {
    return fill(messages.pooled, {
      responses,
      versions: analysis.pooled.join(', '),
      statements: analysis.pooledItems!.length,
    });
  }
  const analysed = fill(messages.analysed, { responses, version: analysis.instrument.version });
  if (analysis.setAside.length === 0) return analysed;
  const others = analysis.setAside.map(({ version, n }) =>
    fill(messages.setAsideOne, { responses: responsesCount(n, text), version }),
  );
  return fill(messages.setAside, { analysed, others: others.join(', ') });
}

/** What a group view leaves out (groups, or the roles shown beside them), or null when nothing. */
export function hiddenNote(
  hidden: Hidden | undefined,
  minGroupSize: number,
  what: 'group' | 'role',
  text: Words,
): string | null {
  if (!hidden || hidden.groups === 0) return null;
  const { messages } = text;
  const forms =
    what === 'group'
      ? { one: messages.hiddenGroupsOne, other: messages.hiddenGroupsOther }
      : { one: messages.hiddenRolesOne, other: messages.hiddenRolesOther };
  return countOf(text.language, hidden.groups, forms, {
    min: minGroupSize,
    responses: responsesCount(hidden.responses, text),
  });
}

/** A group's stage estimate as a reader would say it: the stage, or why none is named and which come closest. */
function stageVerdict(stage: GroupStage, within: FrameworkModel, messages: AnalysisMessages): string {
  const stageName = (id: string) => within.stages.find((candidate) => candidate.id === id)!.name;
  if (stage.stage !== null) return stageName(stage.stage);
  if (stage.clarity === 'unclear') return messages.unclear;
  const closest = closestStages(stage.means.map(({ stage, mean, n }) => ({ stage, mean, answered: n })));
  return fill(messages.tentative, { stages: closest.map(stageName).join(messages.or) });
}

const percent = (share: number) => `${Math.round(share * 100)}%`;

function instrumentSection(
  instrument: Instrument,
  responses: ResponseRecord[],
  answeredVersions: string[],
  choices: AnalysisChoices,
  text: AnalysisText,
): SectionView {
  const { language, messages, within } = text;
  const constructName = (id: string) => within.constructs.find((construct) => construct.id === id)!.name;
  const stageName = (id: string) => within.stages.find((stage) => stage.id === id)!.name;
  // Versions offered in English only keep their English title on any page.
  const title = (findVersion(instrument.id, instrument.version, within) ?? instrument).title;
  // Groupings this instrument cannot use (e.g. role on an instrument without one) are left out.
  const groupBy = choices.groupBy.filter((name) => groupingOptions(instrument).includes(name));
  const analysis = analyzeResponses(instrument, responses, {
    groupBy,
    minGroupSize: choices.minGroupSize,
    pool: choices.pool,
    within,
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
    { kind: 'heading', level: 2, text: fill(messages.instrumentHeading, { title, version: instrument.version }) },
    ...(answeredVersions.length > 1 && !pooled
      ? [
          {
            kind: 'version-picker' as const,
            instrument: instrument.id,
            label: fill(messages.versionPicker, { title }),
            versions: answeredVersions,
            chosen: instrument.version,
          },
        ]
      : []),
    { kind: 'paragraph', text: versionNote(analysis, text), className: 'lead' },
  ];
  const paragraph = (text: string | null, className?: string) => {
    if (text !== null) blocks.push({ kind: 'paragraph', text, ...(className ? { className } : {}) });
  };
  const table = (caption: string, head: string[], rows: (string | number)[][]) =>
    blocks.push({ kind: 'table', table: { caption, head, rows } });

  if (analysis.crosswalks.length > 0 && !pooled) {
    const total = itemsOf(instrument).length;
    table(
      fill(messages.crosswalkCaption, { version: instrument.version }),
      [messages.earlierVersion, messages.unchanged, messages.statements],
      analysis.crosswalks.map(({ from, unchanged }) => [
        from,
        fill(messages.unchangedOf, { unchanged: unchanged.length, total }),
        unchanged.join(', '),
      ]),
    );
  }
  blocks.push({
    kind: 'downloads',
    downloads: [
      download(messages.downloadSummary, 'summary', () => toCsv(summaryTable(analysis))),
      download(messages.downloadReliability, 'reliability', () => toCsv(reliabilityTable(analysis))),
      ...(analysis.agreement.length > 0
        ? [download(messages.downloadAgreement, 'agreement', () => toCsv(agreementTable(analysis)))]
        : []),
      ...(analysis.change.length > 0
        ? [download(messages.downloadChange, 'change', () => toCsv(changeTable(analysis)))]
        : []),
      download(messages.downloadScored, 'scored', () => toCsv(scoredTable(analysed, within))),
    ],
  });

  blocks.push(
    { kind: 'heading', level: 3, text: messages.constructScores },
    { kind: 'paragraph', text: messages.chartNote },
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
    [messages.allResponses, analysis.overall],
    ...analysis.groups.map((group): [string, GroupSummary] => [`${grouping}: ${groupLabel(group.key)}`, group]),
  ];
  // Grouped by role already, the groups are the roles.
  const byRole = grouping === 'role' ? [] : (analysis.byRole ?? []);
  const withRoles = [
    ...summaries,
    ...byRole.map((role): [string, GroupSummary] => [`role: ${groupLabel(role.key)}`, role]),
  ];
  const constructNames = analysis.overall.constructs.map((c) => constructName(c.construct));
  paragraph(hiddenNote(analysis.hidden, analysis.minGroupSize, 'group', text));
  paragraph(grouping === 'role' ? null : hiddenNote(analysis.hiddenRoles, analysis.minGroupSize, 'role', text));
  paragraph(invarianceNote(analysis, messages.invarianceNote));
  table(
    messages.meansCaption,
    [messages.group, messages.n, ...constructNames],
    withRoles.map(([label, summary]) => [
      label,
      summary.n,
      ...summary.constructs.map((c) => fill(messages.meanCell, { mean: fixed(c.mean), sd: fixed(c.sd), n: c.n })),
    ]),
  );

  blocks.push(
    { kind: 'heading', level: 3, text: messages.agreementHeading },
    { kind: 'paragraph', text: messages.agreementNote },
  );
  table(
    messages.rwgCaption,
    [messages.group, ...constructNames],
    withRoles.map(([label, summary]) => [
      label,
      ...summary.constructs.map((c) =>
        c.rwgj === null
          ? '—'
          : fill(messages.rwgCell, { rwg: fixed(c.rwgj), level: agreementLevelIn(c.rwgj, messages) }),
      ),
    ]),
  );
  if (analysis.agreement.length > 0) {
    paragraph(fill(messages.iccNote, { grouping }));
    table(
      fill(messages.iccCaption, { grouping }),
      [
        messages.construct,
        messages.groups,
        messages.n,
        'ICC(1)',
        'ICC(2)',
        'F (p)',
        messages.medianRwg,
        messages.verdict,
      ],
      analysis.agreement.map((a) => [
        constructName(a.construct),
        a.groups,
        a.n,
        fixed(a.icc1),
        fixed(a.icc2),
        a.f === null ? '—' : fill(messages.fCell, { f: fixed(a.f), p: a.p === null ? '—' : fixed(a.p, 3) }),
        fixed(a.medianRwgj),
        messages[VERDICTS[a.verdict]],
      ]),
    );
  }

  const { stage, vignette } = analysis.overall;
  if (stage) {
    blocks.push(
      { kind: 'heading', level: 3, text: messages.stageHeading },
      { kind: 'paragraph', text: messages.stageNote },
    );
    table(
      messages.stageCaption,
      [messages.group, messages.n, ...stage.means.map((m) => stageName(m.stage)), messages.estimate],
      withRoles.map(([label, summary]) => [
        label,
        summary.n,
        ...summary.stage!.means.map((m) => fill(messages.countCell, { value: fixed(m.mean), n: m.n })),
        stageVerdict(summary.stage!, within, messages),
      ]),
    );
  }
  if (vignette) {
    blocks.push({ kind: 'heading', level: 3, text: messages.vignetteHeading });
    table(
      messages.vignetteCaption,
      [messages.group, ...vignette.map((v) => (v.stage === null ? messages.noChoice : stageName(v.stage)))],
      withRoles.map(([label, summary]) => [label, ...summary.vignette!.map((v) => v.count)]),
    );
  }

  blocks.push({ kind: 'heading', level: 3, text: messages.extremesHeading });
  const overallMean = analysis.overall.readinessOverall !== undefined;
  table(
    messages.extremesCaption,
    [
      messages.group,
      messages.n,
      ...(overallMean ? [messages.readinessMean] : []),
      messages.strongest,
      messages.weakest,
    ],
    withRoles.map(([label, summary]) => [
      label,
      summary.n,
      ...(overallMean
        ? [
            fill(messages.readinessCell, {
              mean: fixed(summary.readinessOverall?.mean ?? null),
              sd: fixed(summary.readinessOverall?.sd ?? null),
            }),
          ]
        : []),
      summary.strongest.map(constructName).join(', '),
      summary.weakest.map(constructName).join(', '),
    ]),
  );

  if (analysis.change.length > 0) {
    blocks.push(
      { kind: 'heading', level: 3, text: messages.changeHeading },
      { kind: 'paragraph', text: messages.changeNote },
    );
    for (const change of analysis.change) {
      const respondents = countOf(language, change.paired, {
        one: messages.respondentsOne,
        other: messages.respondentsOther,
      });
      const { from, to, ambiguous } = change;
      table(
        ambiguous > 0
          ? fill(messages.changeCaptionAmbiguous, { from, to, respondents, ambiguous })
          : fill(messages.changeCaption, { from, to, respondents }),
        [messages.construct, messages.nPaired, messages.meanChange, messages.sdChange],
        change.constructs.map((c) => [
          constructName(c.construct),
          c.n,
          c.mean === null ? '—' : `${c.mean > 0 ? '+' : ''}${fixed(c.mean)}`,
          fixed(c.sd),
        ]),
      );
    }
  }

  blocks.push(
    { kind: 'heading', level: 3, text: messages.reliabilityHeading },
    { kind: 'paragraph', text: messages.missingDataRule },
  );
  table(
    messages.alphaCaption,
    [
      messages.construct,
      messages.nUsed,
      messages.nExcluded,
      messages.statements,
      messages.alphaInterval,
      messages.standardisedAlpha,
      messages.averageR,
    ],
    analysis.reliability.map((r) => [
      constructName(r.construct),
      r.n,
      r.excluded,
      r.items,
      r.interval
        ? fill(messages.alphaIntervalCell, {
            alpha: fixed(r.alpha),
            lower: fixed(r.interval.lower),
            upper: fixed(r.interval.upper),
          })
        : fixed(r.alpha),
      fixed(r.standardizedAlpha),
      fixed(r.averageR),
    ]),
  );
  if (analysis.groups.length > 0) {
    table(
      messages.groupAlphaCaption,
      [messages.group, ...constructNames],
      summaries.map(([label, summary]) => [
        label,
        ...summary.constructs.map((c) => fill(messages.countCell, { value: fixed(c.alpha), n: c.complete })),
      ]),
    );
  }
  table(
    messages.itemCaption,
    [
      messages.statement,
      messages.construct,
      messages.reverseKeyed,
      messages.n,
      messages.mean,
      messages.sd,
      messages.dontKnow,
      messages.doesNotApply,
      messages.itemTotal,
      messages.alphaIfDeleted,
    ],
    analysis.reliability.flatMap((r) =>
      r.itemDetails.map((item) => [
        item.item,
        constructName(r.construct),
        item.reverse ? messages.yes : messages.no,
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
