/**
 * What a facilitator's team view shows, as data: the session's facts, the count, and (once the session has
 * enough responses) the aggregate's sections with their headings, tables, chart and lists, and the aggregate
 * as CSV. The collector computes the summary (team-summary.ts); the page's element only turns this into
 * elements, as text.
 */
import type { TeamMessages } from '../i18n/team.ts';
import { countOf, fill } from '../i18n/catalogue.ts';
import { distributionChart, summaryLayout } from './charts.ts';
import { toCsv } from './csv.ts';
import type { Language } from './languages.ts';
import {
  FACILITATOR_TOKEN,
  SESSION_CODE,
  type AgreedItem,
  type SummaryItem,
  type TeamSummary,
} from './team-session.ts';
import type { ViewBlock } from './view-blocks.ts';

/** Which medium a block or section is for: the print stylesheet keeps the one-page summary to one page. */
export type Medium = 'screen' | 'print';

export interface TeamSection {
  /** Names the section for styling and tests: `team-section--<id>`. */
  id: string;
  /** Only on screen, or only on paper; both when absent. */
  medium?: Medium;
  blocks: ViewBlock[];
}

/** The page's language and its messages, as the page hands them to its element. */
export interface TeamText {
  language: Language;
  messages: TeamMessages;
}

/** At most this many statements members answer differently, and questions, go on the one-page print. */
export const PRINTED_FLAGGED = 6;
export const PRINTED_PROMPTS = 5;

const fixed = (value: number | null, digits = 2) => (value === null ? '—' : value.toFixed(digits));
const pad = (n: number) => String(n).padStart(2, '0');
/** A time of day as the page's reader reads their clock, HH:MM. */
const clockTime = (date: Date) => `${pad(date.getHours())}:${pad(date.getMinutes())}`;

/** When the summary shown was fetched: on screen beside the count, and on the printed page. */
export const updatedText = (date: Date, { messages }: TeamText) =>
  fill(messages.updated, {
    time: clockTime(date),
    day: date.getDate(),
    month: messages.months.split(' ')[date.getMonth()]!,
    year: date.getFullYear(),
  });

/** A session and its facilitator token from the team view's fragment, or what is wrong with the link. */
export type TeamLink = { session: string; token: string } | { problem: string };

export function parseTeamLink(hash: string, { messages }: TeamText): TeamLink {
  const fragment = new URLSearchParams(hash.replace(/^#/, ''));
  const session = fragment.get('session');
  const token = fragment.get('token');
  const again = { again: messages.copyAgain };
  if (session === null && token === null) return { problem: messages.noLink };
  if (session === null) return { problem: fill(messages.noSession, again) };
  if (!SESSION_CODE.test(session)) return { problem: fill(messages.badSession, again) };
  if (token === null) return { problem: fill(messages.noToken, again) };
  if (!FACILITATOR_TOKEN.test(token)) return { problem: fill(messages.badToken, again) };
  return { session, token };
}

/** The fragment of a team view link: the inverse of parseTeamLink, as paths.teamView writes it. */
export const teamFragment = (session: string, token: string) => `session=${session}&token=${token}`;

/** What the live region says: the count, and only the count, so a refresh announces nothing else. */
export const responseCount = (n: number, { language, messages }: TeamText) =>
  countOf(language, n, { one: messages.responsesOne, other: messages.responsesOther });

/** The session's facts above the summary: whose, which instrument, and whether it still takes answers. */
export function teamFacts(summary: TeamSummary, { messages }: TeamText): { term: string; detail: string }[] {
  return [
    { term: messages.community, detail: summary.community },
    {
      term: messages.instrument,
      detail: fill(messages.instrumentVersion, { title: summary.instrumentTitle, version: summary.version }),
    },
    { term: messages.session, detail: summary.open ? messages.sessionOpen : messages.sessionClosed },
  ];
}

/** What the page says about a failed request: the collector's own reason, as text, when it gave one. */
export function failureMessage(status: number, body: unknown, { messages }: TeamText): string {
  if (status === 401) return messages.unauthorised;
  const error =
    typeof body === 'object' && body !== null && typeof (body as { error?: unknown }).error === 'string'
      ? (body as { error: string }).error
      : null;
  if (status === 503) return error ? fill(messages.databaseDownBecause, { reason: error }) : messages.databaseDown;
  return error ?? fill(messages.httpError, { status });
}

/** What the page says when the collector could not be reached: the last summary stays, with its time. */
export const unreachable = (shownAt: Date | null, { messages }: TeamText) =>
  shownAt === null ? messages.unreachable : fill(messages.unreachableShowing, { time: clockTime(shownAt) });

export const closedMessage = (closedAt: string, { messages }: TeamText) => {
  const at = new Date(closedAt);
  return Number.isNaN(at.getTime()) ? messages.closed : fill(messages.closedAt, { time: clockTime(at) });
};

export const deletedMessage = (responses: number, { language, messages }: TeamText) =>
  countOf(language, responses, { one: messages.deletedOne, other: messages.deletedOther });

/** The statement as it reads in a table: its text, and a note when agreeing with it is the weaker answer. */
const statementText = (item: SummaryItem, { messages }: TeamText) =>
  item.reverse ? fill(messages.reverseWorded, { text: item.text }) : item.text;

const agreement = (disagree: boolean, value: number | null, { messages }: TeamText) =>
  disagree ? messages.disagreeFlag : value === null ? '—' : messages.closeViews;

/** The sections of the summary: only the reason it is not shown yet, until it has enough responses. */
export function teamSections(summary: TeamSummary, text: TeamText): TeamSection[] {
  if (!summary.visible) {
    return [
      {
        id: 'waiting',
        blocks: [
          {
            kind: 'paragraph',
            text: fill(text.messages.waiting, { min: summary.minResponses, count: summary.responses }),
            className: 'lead',
          },
        ],
      },
    ];
  }
  return [
    constructsSection(summary, text),
    stageSection(summary, text),
    agreedSection(summary, text),
    promptsSection(summary, text),
    statementsSection(summary, text),
    flaggedPrintSection(summary, text),
  ].filter((section) => section !== null);
}

function constructsSection({ constructs = [] }: TeamSummary, text: TeamText): TeamSection | null {
  if (constructs.length === 0) return null;
  const { language, messages } = text;
  const split = constructs.filter((c) => c.disagree).length;
  return {
    id: 'constructs',
    blocks: [
      { kind: 'heading', level: 2, text: messages.constructsHeading },
      { kind: 'paragraph', text: messages.chartNote, className: 'screen-only' },
      {
        kind: 'chart',
        chart: distributionChart(
          constructs.map((c) => ({ id: c.id, label: c.name, counts: c.distribution, mean: c.mean })),
          summaryLayout,
        ),
      },
      {
        kind: 'table',
        table: {
          caption:
            split > 0
              ? countOf(language, split, {
                  one: messages.constructsCaptionFlaggedOne,
                  other: messages.constructsCaptionFlaggedOther,
                })
              : messages.constructsCaption,
          head: [messages.construct, messages.mean, messages.sd, messages.n, messages.agreement],
          rows: constructs.map((c) => [c.name, fixed(c.mean), fixed(c.sd), c.n, agreement(c.disagree, c.rwgj, text)]),
        },
      },
    ],
  };
}

function stageSection({ stage }: TeamSummary, { messages }: TeamText): TeamSection | null {
  if (!stage) return null;
  const name = (id: string) => stage.means.find((m) => m.stage === id)?.name ?? id;
  const closest = stage.closest.map(name).join(messages.or);
  const verdict =
    stage.stage !== null
      ? fill(stage.clarity === 'clear' ? messages.stageClear : messages.stageLeaning, { stage: name(stage.stage) })
      : stage.clarity === 'unclear'
        ? closest
          ? fill(messages.stageUnclearClosest, { stages: closest })
          : messages.stageUnclear
        : fill(messages.stageTentative, { stages: closest || messages.noOneStage });
  // The collector gives the support of the named stage, or else of the closest one.
  const shown = stage.stage ?? stage.closest[0] ?? null;
  const blocks: ViewBlock[] = [
    { kind: 'heading', level: 2, text: messages.stageHeading },
    { kind: 'paragraph', text: verdict, className: 'lead' },
    {
      kind: 'table',
      table: {
        caption: messages.stageCaption,
        head: [messages.stage, messages.mean, messages.n],
        rows: stage.means.map((m) => [m.name, fixed(m.mean), m.n]),
      },
    },
  ];
  if (stage.support.length > 0)
    blocks.push(
      {
        kind: 'heading',
        level: 3,
        text: shown === null ? messages.supportHeading : fill(messages.supportHeadingFor, { stage: name(shown) }),
      },
      { kind: 'list', items: stage.support },
    );
  if (stage.avoid.length > 0)
    blocks.push({ kind: 'heading', level: 3, text: messages.avoidHeading }, { kind: 'list', items: stage.avoid });
  if (stage.conditions.length > 0)
    blocks.push(
      { kind: 'heading', level: 3, text: messages.conditionsHeading },
      { kind: 'list', items: stage.conditions.map(({ name, why }) => fill(messages.condition, { name, why })) },
      { kind: 'paragraph', text: messages.readinessNote },
    );
  return { id: 'stage', blocks };
}

function agreedSection({ agreedMost = [], agreedLeast = [] }: TeamSummary, { messages }: TeamText): TeamSection | null {
  if (agreedMost.length === 0 && agreedLeast.length === 0) return null;
  // A reverse-worded statement is agreed with "most" when members disagree with it as worded.
  const items = (list: AgreedItem[]) =>
    list.map((s) =>
      fill(s.reverse ? messages.agreedReversed : messages.agreedItem, { text: s.text, mean: fixed(s.mean, 1) }),
    );
  return {
    id: 'agreed',
    blocks: [
      { kind: 'heading', level: 2, text: messages.agreedHeading },
      { kind: 'paragraph', text: messages.agreedNote, className: 'meta' },
      { kind: 'heading', level: 3, text: messages.agreedMost },
      { kind: 'list', items: items(agreedMost), ordered: true },
      { kind: 'heading', level: 3, text: messages.agreedLeast },
      { kind: 'list', items: items(agreedLeast), ordered: true },
    ],
  };
}

function promptsSection({ prompts = [], stage }: TeamSummary, { language, messages }: TeamText): TeamSection | null {
  const items = [
    ...prompts.map(({ name, prompt }) => fill(messages.prompt, { name, prompt })),
    ...(stage?.prompts ?? []).map((prompt) => fill(messages.stagePrompt, { prompt })),
  ];
  if (items.length === 0) return null;
  return {
    id: 'prompts',
    blocks: [
      { kind: 'heading', level: 2, text: messages.promptsHeading },
      { kind: 'paragraph', text: messages.promptsNote, className: 'meta' },
      { kind: 'list', items, printLimit: PRINTED_PROMPTS },
      ...(items.length > PRINTED_PROMPTS
        ? [
            {
              kind: 'paragraph' as const,
              text: countOf(language, items.length - PRINTED_PROMPTS, {
                one: messages.morePromptsOne,
                other: messages.morePromptsOther,
              }),
              className: 'meta print-only',
            },
          ]
        : []),
    ],
  };
}

/** Statements in the order asked, grouped by construct (stage statements last), each group one table. */
function statementGroups({ items = [], constructs = [] }: TeamSummary, { messages }: TeamText) {
  const groups = new Map<string | null, SummaryItem[]>();
  for (const item of items) groups.set(item.construct, [...(groups.get(item.construct) ?? []), item]);
  const nameOf = (id: string | null) =>
    id === null ? messages.theStages : (constructs.find((c) => c.id === id)?.name ?? id);
  return [...groups]
    .sort(([a], [b]) => Number(a === null) - Number(b === null))
    .map(([construct, own]) => ({ name: nameOf(construct), items: own }));
}

function statementsSection(summary: TeamSummary, text: TeamText): TeamSection | null {
  const items = summary.items ?? [];
  if (items.length === 0) return null;
  const { language, messages } = text;
  const flagged = items.filter((item) => item.disagree).length;
  const blocks: ViewBlock[] = [
    { kind: 'heading', level: 2, text: messages.statementsHeading },
    {
      kind: 'paragraph',
      text: countOf(
        language,
        flagged,
        { one: messages.statementsNoteOne, other: messages.statementsNoteOther },
        { total: items.length, flag: messages.disagreeFlag },
      ),
    },
  ];
  for (const group of statementGroups(summary, text)) {
    // Statements of one group share their scale; a choice one lacks is shown as a dash.
    const labels = [...new Set(group.items.flatMap((item) => item.counts.map((c) => c.label)))];
    blocks.push({
      kind: 'table',
      table: {
        caption: fill(messages.statementsCaption, { construct: group.name }),
        head: [messages.statement, messages.n, ...labels, messages.agreement],
        rows: group.items.map((item) => [
          statementText(item, text),
          item.n,
          ...labels.map((label) => item.counts.find((c) => c.label === label)?.count ?? '—'),
          agreement(item.disagree, item.rwg, text),
        ]),
      },
    });
  }
  return { id: 'statements', medium: 'screen', blocks };
}

/** The one-page print's short form of the statements: the ones members answer differently, with their counts. */
function flaggedPrintSection({ items = [] }: TeamSummary, text: TeamText): TeamSection | null {
  const { language, messages } = text;
  const flagged = items.filter((item) => item.disagree);
  if (flagged.length === 0) return null;
  const shown = flagged.slice(0, PRINTED_FLAGGED);
  // The numbers follow the first statement's choices; another's extra choices are named beside its numbers.
  const legend = shown[0]!.counts.map((c) => c.label);
  const numbers = (item: SummaryItem) => {
    const own = legend.map((label) => item.counts.find((c) => c.label === label)?.count ?? '—').join(' · ');
    const extra = item.counts.filter((c) => !legend.includes(c.label) && c.count > 0);
    return extra.length === 0 ? own : `${own}; ${extra.map((c) => `${c.count} ${c.label}`).join(', ')}`;
  };
  const blocks: ViewBlock[] = [
    { kind: 'heading', level: 2, text: messages.flaggedHeading },
    { kind: 'paragraph', text: fill(messages.flaggedLegend, { choices: legend.join(', ') }), className: 'meta' },
    { kind: 'list', items: shown.map((item) => `${statementText(item, text)} – ${numbers(item)}`) },
  ];
  if (flagged.length > shown.length)
    blocks.push({
      kind: 'paragraph',
      text: countOf(language, flagged.length - shown.length, {
        one: messages.moreStatementsOne,
        other: messages.moreStatementsOther,
      }),
      className: 'meta',
    });
  return { id: 'flagged', medium: 'print', blocks };
}

/** The counts' columns of the CSV: half points of the scale in order (construct scores fall on them), then answers such as "dont-know". */
function countColumns(summary: TeamSummary): (number | string)[] {
  const values = new Set<number | string>();
  for (const c of summary.constructs ?? []) c.distribution.forEach((_, i) => values.add(1 + i / 2));
  for (const item of summary.items ?? []) for (const { value } of item.counts) values.add(value);
  const numbers = [...values].filter((v) => typeof v === 'number').sort((a, b) => a - b);
  return [...numbers, ...[...values].filter((v) => typeof v === 'string')];
}

const rounded = (value: number | null) => (value === null ? '' : Number(value.toFixed(3)));

/**
 * The aggregate as CSV, never a response: a row for the session (the community and the number of responses),
 * one per construct (its scores' spread over the half points 1 to 5) and one per statement (how many chose each
 * answer, by its value). Null while the summary is not shown.
 */
export function teamCsv(summary: TeamSummary): string | null {
  if (!summary.visible) return null;
  const values = countColumns(summary);
  const column = (value: number | string) => `n_${value}`;
  const fields = [
    'row',
    'id',
    'text',
    'construct',
    'reverse',
    'n',
    'mean',
    'sd',
    'agreement',
    'members_see_differently',
    ...values.map(column),
  ];
  const rows: Record<string, string | number>[] = [
    { row: 'session', id: summary.instrument, text: summary.community, n: summary.responses },
  ];
  for (const c of summary.constructs ?? []) {
    const row: Record<string, string | number> = {
      row: 'construct',
      id: c.id,
      text: c.name,
      construct: c.id,
      n: c.n,
      mean: rounded(c.mean),
      sd: rounded(c.sd),
      agreement: rounded(c.rwgj),
      members_see_differently: c.disagree ? 'yes' : 'no',
    };
    c.distribution.forEach((count, i) => (row[column(1 + i / 2)] = count));
    rows.push(row);
  }
  for (const item of summary.items ?? []) {
    const row: Record<string, string | number> = {
      row: 'statement',
      id: item.id,
      text: item.text,
      construct: item.construct ?? '',
      reverse: item.reverse ? 'yes' : 'no',
      n: item.n,
      mean: rounded(item.mean),
      agreement: rounded(item.rwg),
      members_see_differently: item.disagree ? 'yes' : 'no',
    };
    for (const { value, count } of item.counts) row[column(value)] = count;
    rows.push(row);
  }
  return toCsv({ fields, rows });
}

/** The CSV's file name: the instrument and the day, nothing a reader typed. */
export const teamCsvName = (summary: TeamSummary, day: Date) =>
  `team-summary-${summary.instrument}-${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}.csv`;
