/**
 * What a facilitator's team view shows, as data: the session's facts, the count, and (once the session has
 * enough responses) the aggregate's sections with their headings, tables, chart and lists, and the aggregate
 * as CSV. The collector computes the summary (team-summary.ts); the page's element only turns this into
 * elements, as text.
 */
import type { TableView } from './analysis-view.ts';
import { distributionChart, summaryLayout, type DistributionChart } from './charts.ts';
import { toCsv } from './csv.ts';
import {
  FACILITATOR_TOKEN,
  SESSION_CODE,
  type AgreedItem,
  type SummaryItem,
  type TeamSummary,
} from './team-session.ts';

/** Which medium a block or section is for: the print stylesheet keeps the one-page summary to one page. */
export type Medium = 'screen' | 'print';

export type TeamBlock =
  | { kind: 'heading'; level: 2 | 3; text: string }
  | { kind: 'paragraph'; text: string; className?: string }
  /** `printLimit`: only the first so many items go on the one-page print. */
  | { kind: 'list'; items: string[]; ordered?: boolean; printLimit?: number }
  | { kind: 'table'; table: TableView }
  | { kind: 'chart'; chart: DistributionChart };

export interface TeamSection {
  /** Names the section for styling and tests: `team-section--<id>`. */
  id: string;
  /** Only on screen, or only on paper; both when absent. */
  medium?: Medium;
  blocks: TeamBlock[];
}

/** The words that flag a construct or statement members answer differently: text, never colour alone. */
export const DISAGREE_FLAG = 'Members see this differently';
const CLOSE_VIEWS = 'Views are close';

export const UNAUTHORISED =
  'This facilitator link is not valid any more (it may have been replaced or the session deleted).';

/** What the page says when the site was built without a collector (its response endpoint is not one). */
export const NO_COLLECTOR =
  'This copy of the site sends responses to no Cultivate collector, so it has no team sessions to show. Open the facilitator link on the site that the session was made on.';

/** At most this many statements members answer differently, and questions, go on the one-page print. */
export const PRINTED_FLAGGED = 6;
export const PRINTED_PROMPTS = 5;

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const fixed = (value: number | null, digits = 2) => (value === null ? '—' : value.toFixed(digits));
const pad = (n: number) => String(n).padStart(2, '0');
/** A time of day as the page's reader reads their clock, HH:MM. */
const clockTime = (date: Date) => `${pad(date.getHours())}:${pad(date.getMinutes())}`;
const MONTHS = 'January February March April May June July August September October November December'.split(' ');

/** When the summary shown was fetched: on screen beside the count, and on the printed page. */
export const updatedText = (date: Date) =>
  `Updated at ${clockTime(date)} on ${date.getDate()} ${MONTHS[date.getMonth()]} ${date.getFullYear()}.`;

/** A session and its facilitator token from the team view's fragment, or what is wrong with the link. */
export type TeamLink = { session: string; token: string } | { problem: string };

export function parseTeamLink(hash: string): TeamLink {
  const fragment = new URLSearchParams(hash.replace(/^#/, ''));
  const session = fragment.get('session');
  const token = fragment.get('token');
  const again = 'Copy the whole link again from where you saved it.';
  if (session === null && token === null)
    return {
      problem:
        'This page shows a team session to its facilitator, and needs the facilitator link you were given: it ends in #session=…&token=…. Open that link.',
    };
  if (session === null) return { problem: `The link has no session code (session=…). ${again}` };
  if (!SESSION_CODE.test(session))
    return {
      problem: `The session code in the link is incomplete or changed: it is 22 letters, digits, - or _. ${again}`,
    };
  if (token === null) return { problem: `The link has no facilitator token (token=…). ${again}` };
  if (!FACILITATOR_TOKEN.test(token))
    return {
      problem: `The facilitator token in the link is incomplete or changed: it is 43 letters, digits, - or _. ${again}`,
    };
  return { session, token };
}

/** The fragment of a team view link: the inverse of parseTeamLink, as paths.teamView writes it. */
export const teamFragment = (session: string, token: string) => `session=${session}&token=${token}`;

/** What the live region says: the count, and only the count, so a refresh announces nothing else. */
export const responseCount = (n: number) => `${plural(n, 'response', 'responses')} so far.`;

/** The session's facts above the summary: whose, which instrument, and whether it still takes answers. */
export function teamFacts(summary: TeamSummary): { term: string; detail: string }[] {
  return [
    { term: 'Community', detail: summary.community },
    { term: 'Instrument', detail: `${summary.instrumentTitle} (version ${summary.version})` },
    {
      term: 'Session',
      detail: summary.open ? 'Open: members can still answer' : 'Closed: no more answers are accepted',
    },
  ];
}

/** What the page says about a failed request: the collector's own reason, as text, when it gave one. */
export function failureMessage(status: number, body: unknown): string {
  if (status === 401) return UNAUTHORISED;
  const error =
    typeof body === 'object' && body !== null && typeof (body as { error?: unknown }).error === 'string'
      ? (body as { error: string }).error
      : null;
  if (status === 503)
    return `The collector cannot reach its database just now${error ? ` (${error})` : ''}; trying again shortly.`;
  return error ?? `The collector answered with an error (HTTP ${status}).`;
}

/** What the page says when the collector could not be reached: the last summary stays, with its time. */
export const unreachable = (shownAt: Date | null) =>
  shownAt === null
    ? 'Could not reach the collector; trying again shortly.'
    : `Could not reach the collector; showing the summary from ${clockTime(shownAt)}. Trying again shortly.`;

export const closedMessage = (closedAt: string) => {
  const at = new Date(closedAt);
  return `The session is closed${Number.isNaN(at.getTime()) ? '' : ` (at ${clockTime(at)})`}: no more answers are accepted. The summary stays until you delete it.`;
};

export const deletedMessage = (responses: number) =>
  `Deleted the session and its ${plural(responses, 'response', 'responses')}. Nothing of it is kept on the collector.`;

/** The statement as it reads in a table: its text, and a note when agreeing with it is the weaker answer. */
const statementText = (item: SummaryItem) => (item.reverse ? `${item.text} (reverse-worded)` : item.text);

const agreement = (disagree: boolean, value: number | null) =>
  disagree ? DISAGREE_FLAG : value === null ? '—' : CLOSE_VIEWS;

/** The sections of the summary: only the reason it is not shown yet, until it has enough responses. */
export function teamSections(summary: TeamSummary): TeamSection[] {
  if (!summary.visible) {
    return [
      {
        id: 'waiting',
        blocks: [
          {
            kind: 'paragraph',
            text: `The summary appears when at least ${summary.minResponses} people have answered (${summary.responses} so far).`,
            className: 'lead',
          },
        ],
      },
    ];
  }
  return [
    constructsSection(summary),
    stageSection(summary),
    agreedSection(summary),
    promptsSection(summary),
    statementsSection(summary),
    flaggedPrintSection(summary),
  ].filter((section) => section !== null);
}

function constructsSection({ constructs = [] }: TeamSummary): TeamSection | null {
  if (constructs.length === 0) return null;
  const split = constructs.filter((c) => c.disagree).length;
  return {
    id: 'constructs',
    blocks: [
      { kind: 'heading', level: 2, text: 'How members see each construct' },
      {
        kind: 'paragraph',
        text: 'Each dot shows how many members’ scores fall at that point of the 1–5 scale (larger dots, more members); the line marks the mean. A spread of dots is disagreement a mean alone would hide.',
        className: 'screen-only',
      },
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
          caption: `Construct scores (1–5): mean, SD, members scored (n), and whether they see it alike${split > 0 ? `; ${plural(split, 'construct', 'constructs')} flagged` : ''}`,
          head: ['Construct', 'Mean', 'SD', 'n', 'Agreement'],
          rows: constructs.map((c) => [c.name, fixed(c.mean), fixed(c.sd), c.n, agreement(c.disagree, c.rwgj)]),
        },
      },
    ],
  };
}

function stageSection({ stage }: TeamSummary): TeamSection | null {
  if (!stage) return null;
  const name = (id: string) => stage.means.find((m) => m.stage === id)?.name ?? id;
  const closest = stage.closest.map(name).join(' or ');
  const verdict =
    stage.stage !== null
      ? stage.clarity === 'clear'
        ? `The answers point to the ${name(stage.stage)} stage.`
        : `The answers lean, tentatively, towards the ${name(stage.stage)} stage.`
      : stage.clarity === 'unclear'
        ? `The stage is unclear from these answers${closest ? `; the closest: ${closest}` : ''}.`
        : `Tentative: the answers come closest to ${closest || 'no one stage'}.`;
  // The collector gives the support of the named stage, or else of the closest one.
  const shown = stage.stage ?? stage.closest[0] ?? null;
  const blocks: TeamBlock[] = [
    { kind: 'heading', level: 2, text: 'The group’s stage' },
    { kind: 'paragraph', text: verdict, className: 'lead' },
    {
      kind: 'table',
      table: {
        caption: 'Mean agreement with each stage’s descriptions (1–5), and members with a mean',
        head: ['Stage', 'Mean', 'n'],
        rows: stage.means.map((m) => [m.name, fixed(m.mean), m.n]),
      },
    },
  ];
  if (stage.support.length > 0)
    blocks.push(
      {
        kind: 'heading',
        level: 3,
        text: shown === null ? 'Support that tends to fit' : `Support that tends to fit ${name(shown)}`,
      },
      { kind: 'list', items: stage.support },
    );
  if (stage.avoid.length > 0)
    blocks.push({ kind: 'heading', level: 3, text: 'What to avoid' }, { kind: 'list', items: stage.avoid });
  if (stage.conditions.length > 0)
    blocks.push(
      { kind: 'heading', level: 3, text: 'Conditions in the organization that matter most now' },
      { kind: 'list', items: stage.conditions.map(({ name, why }) => `${name}: ${why}`) },
      {
        kind: 'paragraph',
        text: 'The organizational readiness survey shows how these conditions stand; running it with the same community shows where the organization helps this stage and where it pulls against it.',
      },
    );
  return { id: 'stage', blocks };
}

function agreedSection({ agreedMost = [], agreedLeast = [] }: TeamSummary): TeamSection | null {
  if (agreedMost.length === 0 && agreedLeast.length === 0) return null;
  // A reverse-worded statement is agreed with "most" when members disagree with it as worded.
  const items = (list: AgreedItem[]) =>
    list.map((s) => `${s.text} (${s.reverse ? 'reverse-worded, turned around: ' : ''}mean ${fixed(s.mean, 1)})`);
  return {
    id: 'agreed',
    blocks: [
      { kind: 'heading', level: 2, text: 'Agreed with most and least' },
      {
        kind: 'paragraph',
        text: 'Mean agreement on the 1–5 scale, with reverse-worded statements turned around.',
        className: 'meta',
      },
      { kind: 'heading', level: 3, text: 'Agreed with most' },
      { kind: 'list', items: items(agreedMost), ordered: true },
      { kind: 'heading', level: 3, text: 'Agreed with least' },
      { kind: 'list', items: items(agreedLeast), ordered: true },
    ],
  };
}

function promptsSection({ prompts = [], stage }: TeamSummary): TeamSection | null {
  const items = [
    ...prompts.map((p) => `${p.name}: ${p.prompt}`),
    ...(stage?.prompts ?? []).map((prompt) => `The stage: ${prompt}`),
  ];
  if (items.length === 0) return null;
  return {
    id: 'prompts',
    blocks: [
      { kind: 'heading', level: 2, text: 'Questions to talk through' },
      {
        kind: 'paragraph',
        text: 'First where members see things differently, then where the group is weakest.',
        className: 'meta',
      },
      { kind: 'list', items, printLimit: PRINTED_PROMPTS },
      ...(items.length > PRINTED_PROMPTS
        ? [
            {
              kind: 'paragraph' as const,
              text: `And ${plural(items.length - PRINTED_PROMPTS, 'more question', 'more questions')}, in the team view.`,
              className: 'meta print-only',
            },
          ]
        : []),
    ],
  };
}

/** Statements in the order asked, grouped by construct (stage statements last), each group one table. */
function statementGroups({ items = [], constructs = [] }: TeamSummary) {
  const groups = new Map<string | null, SummaryItem[]>();
  for (const item of items) groups.set(item.construct, [...(groups.get(item.construct) ?? []), item]);
  const nameOf = (id: string | null) =>
    id === null ? 'the stages' : (constructs.find((c) => c.id === id)?.name ?? id);
  return [...groups]
    .sort(([a], [b]) => Number(a === null) - Number(b === null))
    .map(([construct, own]) => ({ name: nameOf(construct), items: own }));
}

function statementsSection(summary: TeamSummary): TeamSection | null {
  const items = summary.items ?? [];
  if (items.length === 0) return null;
  const flagged = items.filter((item) => item.disagree).length;
  const blocks: TeamBlock[] = [
    { kind: 'heading', level: 2, text: 'Answers to each statement' },
    {
      kind: 'paragraph',
      text: `How many members chose each answer. Members answer ${plural(flagged, 'statement', 'statements')} of ${items.length} differently, marked “${DISAGREE_FLAG}”.`,
    },
  ];
  for (const group of statementGroups(summary)) {
    // Statements of one group share their scale; a choice one lacks is shown as a dash.
    const labels = [...new Set(group.items.flatMap((item) => item.counts.map((c) => c.label)))];
    blocks.push({
      kind: 'table',
      table: {
        caption: `Answers to the statements on ${group.name}`,
        head: ['Statement', 'n', ...labels, 'Agreement'],
        rows: group.items.map((item) => [
          statementText(item),
          item.n,
          ...labels.map((label) => item.counts.find((c) => c.label === label)?.count ?? '—'),
          agreement(item.disagree, item.rwg),
        ]),
      },
    });
  }
  return { id: 'statements', medium: 'screen', blocks };
}

/** The one-page print's short form of the statements: the ones members answer differently, with their counts. */
function flaggedPrintSection({ items = [] }: TeamSummary): TeamSection | null {
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
  const blocks: TeamBlock[] = [
    { kind: 'heading', level: 2, text: 'Statements members answer differently' },
    { kind: 'paragraph', text: `The numbers: how many chose ${legend.join(', ')}.`, className: 'meta' },
    { kind: 'list', items: shown.map((item) => `${statementText(item)} – ${numbers(item)}`) },
  ];
  if (flagged.length > shown.length)
    blocks.push({
      kind: 'paragraph',
      text: `And ${plural(flagged.length - shown.length, 'more statement', 'more statements')}, in the team view.`,
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
