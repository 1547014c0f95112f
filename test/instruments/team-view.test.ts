import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { paths } from '../../src/components/paths.ts';
import { instruments } from '../../src/instruments/source-model.ts';
import type { ResponseRecord } from '../../src/instruments/responses.ts';
import type { SummaryItem, TeamSummary } from '../../src/instruments/team-session.ts';
import { teamSummary } from '../../src/instruments/team-summary.ts';
import { testAnswers } from '../../src/instruments/test-response.ts';
import { teamMessages } from '../../src/i18n/team.ts';
import {
  closedMessage,
  deletedMessage,
  failureMessage,
  parseTeamLink,
  PRINTED_FLAGGED,
  PRINTED_PROMPTS,
  responseCount,
  teamCsv,
  teamCsvName,
  teamFacts,
  teamFragment,
  teamSections,
  unreachable,
  updatedText,
  type TeamSection,
} from '../../src/instruments/team-view.ts';
import type { ViewBlock } from '../../src/instruments/view-blocks.ts';

/** The English page's words, as the page hands them to its element. */
const en = { language: 'en', messages: teamMessages.en } as const;
const DISAGREE_FLAG = en.messages.disagreeFlag;
const UNAUTHORISED = en.messages.unauthorised;

const session = 'AbCdEfGhIjKlMnOpQrStUv';
const token = 'abcdefghijklmnopqrstuvwxyz0123456789-_ABCDE';

const agreement5 = (counts: number[], dontKnow = 0) => [
  ...['Strongly disagree', 'Disagree', 'Neither agree nor disagree', 'Agree', 'Strongly agree'].map((label, i) => ({
    value: i + 1,
    label,
    count: counts[i]!,
  })),
  { value: 'dont-know', label: 'Don’t know', count: dontKnow },
];

const item = (id: string, construct: string | null, counts: number[], disagree = false, dontKnow = 0): SummaryItem => ({
  id,
  text: `Statement ${id} about the Year 9 team.`,
  construct,
  reverse: id.endsWith('r'),
  n: counts.reduce((a, b) => a + b, 0),
  mean: 3,
  counts: agreement5(counts, dontKnow),
  rwg: disagree ? 0.2 : 0.8,
  disagree,
});

const status = { session, instrument: 'cop-self-assessment', community: 'Year 9 team', open: true };

const waiting: TeamSummary = {
  ...status,
  instrumentTitle: 'Community of practice self-assessment',
  version: '2.0.0',
  minResponses: 5,
  responses: 3,
  visible: false,
};

const shown: TeamSummary = {
  ...waiting,
  responses: 6,
  visible: true,
  constructs: [
    {
      id: 'shared-domain',
      name: 'Shared domain',
      n: 6,
      mean: 3.75,
      sd: 0.4,
      distribution: [0, 0, 0, 0, 1, 2, 3, 0, 0],
      rwgj: 0.91,
      disagree: false,
    },
    {
      id: 'community-relationships',
      name: 'Community relationships',
      n: 6,
      mean: 3.1,
      sd: 1.4,
      distribution: [0, 2, 1, 0, 0, 0, 0, 3, 0],
      rwgj: 0.31,
      disagree: true,
    },
  ],
  items: [
    item('dom_01', 'shared-domain', [0, 0, 1, 3, 2]),
    item('dom_02r', 'shared-domain', [0, 1, 1, 3, 1]),
    item('rel_01', 'community-relationships', [2, 1, 0, 0, 3], true),
    item('stg_01', null, [1, 1, 2, 1, 0], false, 1),
  ],
  stage: {
    means: [
      { stage: 'coalescing', name: 'Coalescing', mean: 3.9, n: 6 },
      { stage: 'maturing', name: 'Maturing', mean: 3.2, n: 6 },
    ],
    stage: 'coalescing',
    clarity: 'clear',
    closest: [],
    support: ['Help members find early wins.'],
    avoid: ['Formalising too soon.'],
    prompts: ['What would make the next meeting worth an hour?'],
    conditions: [
      { construct: 'time-space-resources', name: 'Time, space and resources', why: 'Meetings need an hour.' },
    ],
  },
  agreedMost: [
    { id: 'dom_01', text: 'Statement dom_01 about the Year 9 team.', mean: 4.17, reverse: false },
    { id: 'dom_02r', text: 'Statement dom_02r about the Year 9 team.', mean: 3.9, reverse: true },
  ],
  agreedLeast: [{ id: 'rel_01', text: 'Statement rel_01 about the Year 9 team.', mean: 2.5, reverse: false }],
  prompts: [
    {
      construct: 'community-relationships',
      name: 'Community relationships',
      prompt: 'When did someone say “I don’t know”?',
    },
  ],
};

const section = (sections: TeamSection[], id: string) => sections.find((s) => s.id === id)!;
const texts = (blocks: ViewBlock[]) =>
  blocks.flatMap((block) =>
    block.kind === 'heading' || block.kind === 'paragraph'
      ? [block.text]
      : block.kind === 'list'
        ? block.items
        : block.kind === 'table'
          ? [block.table.caption, ...block.table.rows.flat().map(String)]
          : [],
  );
const tables = (blocks: ViewBlock[]) => blocks.flatMap((block) => (block.kind === 'table' ? [block.table] : []));

describe('the team view link', () => {
  it('reads the session and token from the fragment paths.teamView writes', () => {
    const link = paths.teamView(session, token);
    expect(link).toBe(`/team/#${teamFragment(session, token)}`);
    expect(parseTeamLink(new URL(link, 'https://site.example').hash, en)).toEqual({ session, token });
    expect(parseTeamLink(`token=${token}&session=${session}`, en)).toEqual({ session, token });
  });

  it.each([
    ['', /needs the facilitator link/],
    ['#', /needs the facilitator link/],
    [`#token=${token}`, /no session code/],
    [`#session=${session.slice(1)}&token=${token}`, /session code in the link is incomplete/],
    [`#session=${session}+&token=${token}`, /session code in the link is incomplete/],
    [`#session=${session}`, /no facilitator token/],
    [`#session=${session}&token=${token.slice(0, 40)}`, /facilitator token in the link is incomplete/],
    [`#session=${session}&token=${token.slice(1)}%3D`, /facilitator token in the link is incomplete/],
  ])('names what is wrong with %j', (hash, problem) => {
    const link = parseTeamLink(hash, en);
    expect('problem' in link && link.problem).toMatch(problem);
  });
});

describe('a summary with too few responses', () => {
  it('shows the count and when the summary appears, and nothing else', () => {
    const sections = teamSections(waiting, en);
    expect(sections).toEqual([
      {
        id: 'waiting',
        blocks: [
          {
            kind: 'paragraph',
            text: 'The summary appears when at least 5 people have answered (3 so far).',
            className: 'lead',
          },
        ],
      },
    ]);
    expect(responseCount(3, en)).toBe('3 responses so far.');
    expect(responseCount(1, en)).toBe('1 response so far.');
  });

  it('offers no CSV', () => expect(teamCsv(waiting)).toBeNull());

  it('says whose session it is and whether it is open', () => {
    expect(teamFacts(waiting, en)).toEqual([
      { term: 'Community', detail: 'Year 9 team' },
      { term: 'Instrument', detail: 'Community of practice self-assessment (version 2.0.0)' },
      { term: 'Session', detail: 'Open: members can still answer' },
    ]);
    expect(teamFacts({ ...waiting, open: false }, en)[2]!.detail).toMatch(/^Closed/);
  });
});

describe('a summary shown', () => {
  const sections = teamSections(shown, en);

  it('has its sections in order, the statements in full only on screen and the flagged ones only on paper', () => {
    expect(sections.map((s) => [s.id, s.medium])).toEqual([
      ['constructs', undefined],
      ['stage', undefined],
      ['agreed', undefined],
      ['prompts', undefined],
      ['statements', 'screen'],
      ['flagged', 'print'],
    ]);
    const headings = sections.flatMap((s) => s.blocks.filter((b) => b.kind === 'heading'));
    expect(headings[0]).toEqual({ kind: 'heading', level: 2, text: 'How members see each construct' });
    // Every section opens with a level-2 heading, so the outline never skips a level.
    for (const s of sections) expect(s.blocks[0]).toMatchObject({ kind: 'heading', level: 2 });
  });

  it('draws each construct’s spread and flags in words the one members see differently', () => {
    const { blocks } = section(sections, 'constructs');
    const chart = blocks.find((b) => b.kind === 'chart')!;
    expect(chart.kind === 'chart' && chart.chart.rows.map((r) => [r.label.text, r.dots.length])).toEqual([
      ['Shared domain', 3],
      ['Community relationships', 3],
    ]);
    const [table] = tables(blocks);
    expect(table!.head).toEqual(['Construct', 'Mean', 'SD', 'n', 'Agreement']);
    expect(table!.rows).toEqual([
      ['Shared domain', '3.75', '0.40', 6, 'Views are close'],
      ['Community relationships', '3.10', '1.40', 6, DISAGREE_FLAG],
    ]);
    expect(table!.caption).toMatch(/1 construct flagged/);
  });

  it('counts each statement’s answers, grouped by construct with stage statements last, and flags in words', () => {
    const { blocks } = section(sections, 'statements');
    expect(texts(blocks)).toContain(
      `How many members chose each answer. Members answer 1 statement of 4 differently, marked “${DISAGREE_FLAG}”.`,
    );
    const found = tables(blocks);
    expect(found.map((t) => t.caption)).toEqual([
      'Answers to the statements on Shared domain',
      'Answers to the statements on Community relationships',
      'Answers to the statements on the stages',
    ]);
    expect(found[0]!.head).toEqual([
      'Statement',
      'n',
      'Strongly disagree',
      'Disagree',
      'Neither agree nor disagree',
      'Agree',
      'Strongly agree',
      'Don’t know',
      'Agreement',
    ]);
    expect(found[0]!.rows[1]).toEqual([
      'Statement dom_02r about the Year 9 team. (reverse-worded)',
      6,
      0,
      1,
      1,
      3,
      1,
      0,
      'Views are close',
    ]);
    expect(found[1]!.rows[0]!.at(-1)).toBe(DISAGREE_FLAG);
    expect(found[2]!.rows[0]!.slice(1, -1)).toEqual([5, 1, 1, 2, 1, 0, 1]);
  });

  it('names the stage with the support that fits it and what to avoid', () => {
    expect(texts(section(sections, 'stage').blocks)).toEqual(
      expect.arrayContaining([
        'The answers point to the Coalescing stage.',
        'Support that tends to fit Coalescing',
        'Help members find early wins.',
        'What to avoid',
        'Formalising too soon.',
        'Conditions in the organization that matter most now',
        'Time, space and resources: Meetings need an hour.',
      ]),
    );
  });

  it.each([
    [
      { stage: 'maturing', clarity: 'tentative', closest: [] },
      'The answers lean, tentatively, towards the Maturing stage.',
    ],
    [
      { stage: null, clarity: 'unclear', closest: ['coalescing', 'maturing'] },
      /unclear .*closest: Coalescing or Maturing/,
    ],
    [{ stage: null, clarity: 'unclear', closest: [] }, 'The stage is unclear from these answers.'],
    [{ stage: null, clarity: 'tentative', closest: ['maturing'] }, 'Tentative: the answers come closest to Maturing.'],
  ] as const)('says %j as a reader would', (change, verdict) => {
    const sections = teamSections(
      {
        ...shown,
        stage: { ...shown.stage!, ...change, closest: [...change.closest] },
      },
      en,
    );
    const lead = section(sections, 'stage').blocks[1]!;
    expect(lead.kind === 'paragraph' && lead.text).toMatch(verdict);
  });

  it('gives the support of the closest stage when none is named', () => {
    const sections = teamSections(
      {
        ...shown,
        stage: { ...shown.stage!, stage: null, clarity: 'tentative', closest: ['maturing', 'coalescing'] },
      },
      en,
    );
    expect(texts(section(sections, 'stage').blocks)).toContain('Support that tends to fit Maturing');
  });

  it('lists the statements agreed with most and least, and the questions, the stage’s last', () => {
    expect(texts(section(sections, 'agreed').blocks)).toEqual(
      expect.arrayContaining([
        'Statement dom_01 about the Year 9 team. (mean 4.2)',
        'Statement dom_02r about the Year 9 team. (reverse-worded, turned around: mean 3.9)',
        'Statement rel_01 about the Year 9 team. (mean 2.5)',
      ]),
    );
    const list = section(sections, 'prompts').blocks.find((b) => b.kind === 'list')!;
    expect(list).toEqual({
      kind: 'list',
      items: [
        'Community relationships: When did someone say “I don’t know”?',
        'The stage: What would make the next meeting worth an hour?',
      ],
      printLimit: PRINTED_PROMPTS,
    });
  });

  it('prints a few of the flagged statements with their counts, and says how many more there are', () => {
    expect(texts(section(sections, 'flagged').blocks)).toEqual([
      'Statements members answer differently',
      'The numbers: how many chose Strongly disagree, Disagree, Neither agree nor disagree, Agree, Strongly agree, Don’t know.',
      'Statement rel_01 about the Year 9 team. – 2 · 1 · 0 · 0 · 3 · 0',
    ]);
    const many = Array.from({ length: PRINTED_FLAGGED + 2 }, (_, i) =>
      item(`x_${i}`, 'shared-domain', [3, 0, 0, 0, 3], true),
    );
    const printed = section(teamSections({ ...shown, items: many }, en), 'flagged').blocks;
    expect(printed.find((b) => b.kind === 'list')).toMatchObject({ items: { length: PRINTED_FLAGGED } });
    expect(texts(printed).at(-1)).toBe('And 2 more statements, in the team view.');
  });

  it('leaves out what the summary lacks: an instrument without a stage has no stage section', () => {
    const { stage: _stage, ...noStage } = shown;
    expect(teamSections(noStage, en).map((s) => s.id)).not.toContain('stage');
  });
});

describe('a summary as the collector computes it', () => {
  it('renders every instrument’s, hidden and shown, without a section left empty', () => {
    for (const instrument of instruments) {
      const responses = Array.from({ length: 6 }, (_, i) => ({
        source: { file: 'test', line: i + 1 },
        responseId: `r${i}`,
        instrument: { id: instrument.id, version: instrument.version, hash: null },
        params: {},
        answers: testAnswers(instrument),
      })) as unknown as ResponseRecord[];
      const status = { session, instrument: instrument.id, community: 'Year 9 team', open: true };
      expect(teamSections(teamSummary(status, 7, instrument, responses), en).map((s) => s.id)).toEqual(['waiting']);
      const sections = teamSections(teamSummary(status, 5, instrument, responses), en);
      expect(sections.map((s) => s.id)).toEqual(
        expect.arrayContaining(['constructs', 'agreed', 'prompts', 'statements']),
      );
      for (const s of sections) expect(s.blocks.length).toBeGreaterThan(1);
      expect(teamCsv(teamSummary(status, 5, instrument, responses))).toMatch(/^row,id,text,/);
    }
  });
});

describe('the summary as CSV', () => {
  const parsed = Papa.parse<Record<string, string>>(teamCsv(shown)!, { header: true, skipEmptyLines: true });

  it('has the aggregate only: a session row, a row per construct and per statement', () => {
    expect(parsed.data.map((row) => [row['row'], row['id']])).toEqual([
      ['session', 'cop-self-assessment'],
      ['construct', 'shared-domain'],
      ['construct', 'community-relationships'],
      ['statement', 'dom_01'],
      ['statement', 'dom_02r'],
      ['statement', 'rel_01'],
      ['statement', 'stg_01'],
    ]);
    expect(parsed.meta.fields).toEqual([
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
      'n_1',
      'n_1.5',
      'n_2',
      'n_2.5',
      'n_3',
      'n_3.5',
      'n_4',
      'n_4.5',
      'n_5',
      'n_dont-know',
    ]);
  });

  it('counts constructs’ scores at the half points and statements’ answers by value, with the flag', () => {
    const [sessionRow, , relationships, , reversed, split, stage] = parsed.data;
    expect(sessionRow).toMatchObject({ text: 'Year 9 team', n: '6' });
    expect(relationships).toMatchObject({
      mean: '3.1',
      sd: '1.4',
      agreement: '0.31',
      members_see_differently: 'yes',
      'n_1.5': '2',
      n_2: '1',
      n_3: '0',
      'n_4.5': '3',
    });
    expect(reversed).toMatchObject({ reverse: 'yes', n_2: '1', n_4: '3', 'n_1.5': '', members_see_differently: 'no' });
    expect(split).toMatchObject({ members_see_differently: 'yes', n_1: '2', n_5: '3' });
    expect(stage).toMatchObject({ construct: '', 'n_dont-know': '1' });
  });

  it('keeps a community name from running as a formula', () => {
    expect(teamCsv({ ...shown, community: '=HYPERLINK("x")' })).toContain(`'=HYPERLINK`);
  });

  it('is named by instrument and day', () => {
    expect(teamCsvName(shown, new Date(2026, 2, 5, 9, 7))).toBe('team-summary-cop-self-assessment-2026-03-05.csv');
  });
});

describe('what the page says', () => {
  it('about a link that stopped working, a busy collector and other errors, as the collector put them', () => {
    expect(failureMessage(401, { error: 'Unknown session.' }, en)).toBe(UNAUTHORISED);
    expect(UNAUTHORISED).toBe(
      'This facilitator link is not valid any more (it may have been replaced or the session deleted).',
    );
    expect(failureMessage(503, { error: 'The database is down.' }, en)).toMatch(
      /^The collector cannot reach its database.*The database is down/,
    );
    expect(failureMessage(400, { error: 'The session code is malformed.', field: 'session' }, en)).toBe(
      'The session code is malformed.',
    );
    expect(failureMessage(500, null, en)).toBe('The collector answered with an error (HTTP 500).');
    expect(failureMessage(500, { error: 42 }, en)).toBe('The collector answered with an error (HTTP 500).');
  });

  it('when the collector cannot be reached, with the time of the summary still shown', () => {
    expect(unreachable(new Date(2026, 0, 1, 9, 5), en)).toMatch(
      /^Could not reach the collector; showing the summary from 09:05\./,
    );
    expect(unreachable(null, en)).toMatch(/^Could not reach the collector; trying again/);
  });

  it('when the summary was fetched, and what was deleted', () => {
    expect(updatedText(new Date(2026, 10, 23, 18, 4), en)).toBe('Updated at 18:04 on 23 November 2026.');
    expect(deletedMessage(1, en)).toMatch(/^Deleted the session and its 1 response\./);
    expect(deletedMessage(12, en)).toMatch(/^Deleted the session and its 12 responses\./);
  });
});

describe('the Spanish page', () => {
  const es = { language: 'es', messages: teamMessages.es } as const;
  /** Every word the English page would add around the summary's own texts, but for the shortest (n, SD). */
  const englishWords = Object.values(teamMessages.en)
    .flatMap((message) => message.split(/\{\w+\}/))
    .map((part) => part.trim())
    .filter((part) => /\p{L}{3,}/u.test(part) && part.length > 4);

  /** The fixture with the summary's own texts (which the collector words) blanked, ids and values kept. */
  const KEPT = new Set(['session', 'instrument', 'version', 'id', 'stage', 'construct', 'closest', 'clarity', 'value']);
  const blank = (value: unknown, key = ''): unknown =>
    typeof value === 'string'
      ? KEPT.has(key)
        ? value
        : '·'
      : Array.isArray(value)
        ? value.map((entry) => blank(entry, key))
        : value !== null && typeof value === 'object'
          ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, blank(v, k)]))
          : value;
  const neutral = blank(shown) as TeamSummary;

  it('words every section, facts and message from the Spanish catalogue, none of the English', () => {
    const sections = teamSections(neutral, es);
    expect(sections.map((s) => s.id)).toEqual(teamSections(shown, en).map((s) => s.id));
    const words = [
      ...sections.flatMap((s) => texts(s.blocks)),
      ...sections.flatMap((s) => tables(s.blocks).flatMap((table) => table.head.map(String))),
      ...teamFacts(neutral, es).flatMap(({ term, detail }) => [term, detail]),
      ...texts(teamSections(waiting, es)[0]!.blocks),
      responseCount(1, es),
      responseCount(6, es),
      updatedText(new Date(2026, 10, 23, 18, 4), es),
      unreachable(new Date(2026, 0, 1, 9, 5), es),
      closedMessage('2026-11-23T18:04:00Z', es),
      deletedMessage(1, es),
      deletedMessage(12, es),
      failureMessage(401, null, es),
      failureMessage(503, null, es),
      failureMessage(500, null, es),
      ...['', '#session=x', `#session=${session}`, `#session=${session}&token=x`].map(
        (hash) => (parseTeamLink(hash, es) as { problem: string }).problem,
      ),
    ].join('\n');
    // As whole words: "Instrument" is English, "Instrumento" is not.
    const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    for (const english of englishWords)
      expect(words, english).not.toMatch(new RegExp(`(?<!\\p{L})${escape(english)}(?!\\p{L})`, 'u'));
    expect(words).toContain('Cómo ven los miembros cada constructo');
    expect(words).toContain('Los miembros lo ven de forma distinta');
    expect(words).toContain('La etapa del grupo');
    expect(words).toContain('Actualizado a las 18:04 del 23 de noviembre de 2026.');
    expect(words).toContain('1 respuesta hasta ahora.');
    expect(words).toContain('6 respuestas hasta ahora.');
    expect(words).toContain('· (versión 2.0.0)');
  });

  it('flags in the page’s own words', () => {
    const constructs = tables(section(teamSections(shown, es), 'constructs').blocks)[0]!;
    expect(constructs.head).toEqual(['Constructo', 'Media', 'DE', 'n', 'Acuerdo']);
    expect(constructs.rows.map((row) => row.at(-1))).toEqual(['Opiniones parecidas', es.messages.disagreeFlag]);
  });
});
