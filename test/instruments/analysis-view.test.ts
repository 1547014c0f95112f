import { describe, expect, it } from 'vitest';
import { analysisMessages, analysisPageMessages } from '../../src/i18n/analysis.ts';
import { placeholdersOf } from '../../src/i18n/catalogue.ts';
import { agreementLevel, verdictText } from '../../src/instruments/agreement.ts';
import {
  analyzeResponses,
  DEFAULT_MIN_GROUP_SIZE,
  INVARIANCE_NOTE,
  MERGED_ROLES,
} from '../../src/instruments/analysis.ts';
import { agreementTable, changeTable, reliabilityTable, summaryTable } from '../../src/instruments/analysis-tables.ts';
import {
  MAX_FILE_BYTES,
  analysisSections,
  analysisStatus,
  analysisFailure,
  collectorFailure,
  collectorLoaded,
  defaultChoices,
  tooLargeRejection,
  type AnalysisChoices,
  type Block,
  type SectionView,
} from '../../src/instruments/analysis-view.ts';
import { CollectorReadError } from '../../src/instruments/collector-export.ts';
import { toCsv } from '../../src/instruments/csv.ts';
import { crosswalk, crosswalksTo } from '../../src/instruments/crosswalk.ts';
import { findConstruct, findStage } from '../../src/instruments/framework.ts';
import { choicesOf, findInstrument, findScale, findVersion, itemsOf } from '../../src/instruments/model.ts';
import { everyVersionIn, model, modelIn } from '../../src/instruments/source-model.ts';
import type { ResponseRecord } from '../../src/instruments/responses.ts';
import { scoreResponse } from '../../src/instruments/score.ts';
import type { Instrument } from '../../src/instruments/types.ts';
import type { TableView } from '../../src/instruments/view-blocks.ts';

/** The analysis in English, as the English page gives it. */
const english = { language: 'en', messages: analysisMessages.en, within: everyVersionIn('en') } as const;

const selfAssessment = findInstrument('cop-self-assessment', model);
const selfAssessment1 = findVersion('cop-self-assessment', '1.0.0', model)!;
/** The current version, as the view names it in headings and file names. */
const V = selfAssessment.version;
/** A pattern for text that starts with `text`, taken literally. */
const startingWith = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);
const readiness = findInstrument('organizational-readiness', model);
const readiness1 = findVersion('organizational-readiness', '1.0.0', model)!;

/**
 * A response answering every item with the option at a position that varies by respondent and item; `answers`
 * replaces some (e.g. the role).
 */
function respondent(
  instrument: Instrument,
  index: number,
  params: Record<string, string>,
  answers: Record<string, string | number> = {},
): ResponseRecord {
  const given = Object.fromEntries(
    itemsOf(instrument).map((item, position) => {
      const options = findScale(item.scale, model).options;
      return [item.id, options[(index + position) % options.length]!.value];
    }),
  );
  return {
    source: { file: 'responses.ndjson', line: index + 1 },
    responseId: `r${index}`,
    instrument: { id: instrument.id, version: instrument.version, hash: null },
    params,
    answers: { ...given, ...answers },
    language: 'en',
  };
}

const responses = [
  ...Array.from({ length: 6 }, (_, i) => respondent(selfAssessment, i, { community: i % 2 ? 'East' : 'West' })),
  ...Array.from({ length: 4 }, (_, i) => respondent(readiness, i, { community: 'East' })),
];

/** The page's options; the fixtures are small, so every group is shown unless a test says otherwise. */
const choose = (choices: Partial<AnalysisChoices> = {}): AnalysisChoices => ({
  ...defaultChoices,
  minGroupSize: 1,
  ...choices,
});

/**
 * The section the page shows for one instrument's responses (`responses` unless given), and the analysis it is
 * made from with the same options.
 */
function sectionOf(
  instrument: Instrument,
  groupBy: string[],
  choices: Partial<AnalysisChoices> = {},
  from: readonly ResponseRecord[] = responses,
) {
  const own = from.filter((response) => response.instrument.id === instrument.id);
  const chosen = choose({ groupBy, ...choices });
  const [section] = analysisSections({ responses: own, rejected: [] }, chosen, english);
  if (!section) throw new Error(`no section for ${instrument.id}`);
  const { minGroupSize, pool } = chosen;
  return { own, section, expected: analyzeResponses(instrument, own, { within: model, groupBy, minGroupSize, pool }) };
}
const paragraphs = (section: SectionView) =>
  section.blocks.flatMap((block) => (block.kind === 'paragraph' ? [block.text] : []));
const rowLabels = (section: SectionView) => tables(section).flatMap((table) => table.rows.map((row) => String(row[0])));
const downloadsOf = (section: SectionView) => {
  const [block] = blocksOf(section, 'downloads');
  if (block?.kind !== 'downloads') throw new Error('no downloads');
  return block.downloads;
};
const fixed = (value: number | null, digits = 2) => (value === null ? '—' : value.toFixed(digits));
const MEANS = 'Construct means, standard deviations and numbers of scored responses';
const ALPHA =
  'Cronbach’s alpha with its 95% confidence interval (Feldt), standardised alpha and the average inter-item correlation';
const ITEMS =
  'Statement statistics: mean and SD after reverse-keying, shares of “don’t know” and “does not apply”, corrected item–total r and alpha if the statement were deleted';
const blocksOf = (section: SectionView, kind: Block['kind']) => section.blocks.filter((block) => block.kind === kind);
const tables = (section: SectionView): TableView[] =>
  section.blocks.flatMap((block) => (block.kind === 'table' ? [block.table] : []));
const tableNamed = (section: SectionView, caption: string) =>
  tables(section).find((table) => table.caption === caption);
const headings = (section: SectionView) =>
  section.blocks.flatMap((block) => (block.kind === 'heading' ? [block.text] : []));

describe('tooLargeRejection', () => {
  it('refuses files over the limit as a whole, pointing to the Node script', () => {
    expect(tooLargeRejection('a.ndjson', MAX_FILE_BYTES, english)).toBeNull();
    expect(tooLargeRejection('big.ndjson', 210 * 1024 * 1024, english)).toEqual({
      file: 'big.ndjson',
      line: 0,
      reason:
        'is 210 MB, more than a browser tab can analyse safely (200 MB); split it into smaller files, or analyse it on a computer with the project’s own script (npm run analyze), which has no such limit',
    });
  });
});

describe('analysisSections', () => {
  it('lists what could not be used first, then one section per instrument with responses, in the model’s order', () => {
    const rejected = [
      { file: 'big.csv', line: 0, reason: 'is too large' },
      { file: 'a.csv', line: 3, reason: 'has no instrument_id' },
    ];
    const sections = analysisSections({ responses: [...responses].reverse(), rejected }, choose(), english);
    expect(sections.map((section) => section.instrument ?? section.className)).toEqual([
      'rejected',
      selfAssessment.id,
      readiness.id,
    ]);
    expect(tables(sections[0]!)[0]!.rows).toEqual([
      ['big.csv', 'whole file', 'is too large'],
      ['a.csv', 3, 'has no instrument_id'],
    ]);
  });

  it('leaves out instruments without responses and the rejected section when nothing was rejected', () => {
    const sections = analysisSections({ responses: responses.slice(0, 2), rejected: [] }, choose(), english);
    expect(sections.map((section) => section.instrument)).toEqual([selfAssessment.id]);
  });

  it('shows the analysis’s own numbers: means, SDs and n per group and role, and alpha per construct', () => {
    const { section, expected } = sectionOf(selfAssessment, ['community']);
    const means = tableNamed(section, MEANS)!;
    expect(means.head).toEqual([
      'Group',
      'n',
      ...expected.overall.constructs.map((c) => findConstruct(c.construct).name),
    ]);
    expect(means.rows.map((row) => row[0])).toEqual([
      'All responses',
      'community: East',
      'community: West',
      ...expected.byRole!.map((role) => `role: ${role.key ?? '(none)'}`),
    ]);
    const first = expected.overall.constructs[0]!;
    expect(means.rows[0]!.slice(0, 3)).toEqual([
      'All responses',
      6,
      `${first.mean!.toFixed(2)} (SD ${first.sd!.toFixed(2)}, n ${first.n})`,
    ]);
    expect(means.rows[1]![1]).toBe(expected.groups[0]!.n);
    const alpha = tableNamed(section, ALPHA)!;
    expect(alpha.head).toEqual([
      'Construct',
      'n used',
      'n excluded',
      'Statements',
      'Alpha (95% CI)',
      'Standardised alpha',
      'Average r',
    ]);
    expect(alpha.rows).toEqual(
      expected.reliability.map((r) => [
        findConstruct(r.construct).name,
        r.n,
        r.excluded,
        r.items,
        r.interval ? `${fixed(r.alpha)} (${fixed(r.interval.lower)} to ${fixed(r.interval.upper)})` : fixed(r.alpha),
        fixed(r.standardizedAlpha),
        fixed(r.averageR),
      ]),
    );
    expect(expected.reliability.some((r) => r.alpha !== null && r.interval !== null)).toBe(true);
  });

  it('gives each group’s rwg(j) and alpha on its complete cases', () => {
    const { section, expected } = sectionOf(selfAssessment, ['community']);
    const rwg = tableNamed(section, 'rwg(j) per group and construct, with the level of agreement (complete cases)')!;
    expect(rwg.rows.map((row) => row[0])).toEqual(tableNamed(section, MEANS)!.rows.map((row) => row[0]));
    const east = expected.groups[0]!;
    expect(rwg.rows[1]!.slice(1)).toEqual(
      east.constructs.map((c) => (c.rwgj === null ? '—' : expect.stringMatching(`^${fixed(c.rwgj)} \\(`))),
    );
    const alpha = tableNamed(section, 'Cronbach’s alpha per group (complete cases in each group)')!;
    // Roles are not repeated here: only all responses and the groups.
    expect(alpha.rows.map((row) => row[0])).toEqual(['All responses', 'community: East', 'community: West']);
    expect(alpha.rows[1]!.slice(1)).toEqual(east.constructs.map((c) => `${fixed(c.alpha)} (n ${c.complete})`));
    // Ungrouped, the overall alpha is in the reliability table already.
    const ungrouped = sectionOf(selfAssessment, []).section;
    expect(tableNamed(ungrouped, 'Cronbach’s alpha per group (complete cases in each group)')).toBeUndefined();
  });

  it('falls back to no grouping, or to the groupings it can use, when the instrument cannot group that way', () => {
    const [section] = analysisSections({ responses, rejected: [] }, choose({ groupBy: ['department'] }), english);
    const means = tableNamed(section!, MEANS)!;
    expect(means.rows.map((row) => row[0]).filter((label) => !String(label).startsWith('role: '))).toEqual([
      'All responses',
    ]);
    const [partly] = analysisSections(
      { responses, rejected: [] },
      choose({ groupBy: ['department', 'community'] }),
      english,
    );
    expect(
      tableNamed(partly!, MEANS)!
        .rows.map((row) => row[0])
        .filter((label) => !String(label).startsWith('role: ')),
    ).toEqual(['All responses', 'community: East', 'community: West']);
  });

  it('groups by a combination, one row per combination shown', () => {
    const mixed = Array.from({ length: 8 }, (_, i) =>
      respondent(selfAssessment, i, { community: i % 2 ? 'East' : 'West', wave: i < 4 ? '1' : '2' }),
    );
    const { section, expected } = sectionOf(selfAssessment, ['community', 'wave'], {}, mixed);
    const labels = tableNamed(section, MEANS)!
      .rows.map((row) => String(row[0]))
      .filter((label) => !label.startsWith('role: '));
    expect(labels).toEqual([
      'All responses',
      'community × wave: East × 1',
      'community × wave: East × 2',
      'community × wave: West × 1',
      'community × wave: West × 2',
    ]);
    expect(expected.groups.map((group) => group.n)).toEqual([2, 2, 2, 2]);
  });

  it('compares languages, with the note on measurement invariance only when languages are compared or mixed', () => {
    const mixed = Array.from({ length: 10 }, (_, i): ResponseRecord => ({
      ...respondent(selfAssessment, i, { community: 'East' }),
      language: i < 5 ? 'en' : 'es',
    }));
    const { section } = sectionOf(selfAssessment, ['language'], {}, mixed);
    expect(rowLabels(section)).toEqual(expect.arrayContaining(['language: en', 'language: es']));
    expect(paragraphs(section)).toContain(INVARIANCE_NOTE);
    expect(paragraphs(sectionOf(selfAssessment, [], {}, mixed).section)).toContain(INVARIANCE_NOTE);
    const english = mixed.slice(0, 5);
    expect(paragraphs(sectionOf(selfAssessment, ['community'], {}, english).section)).not.toContain(INVARIANCE_NOTE);
  });

  it('shows each group’s averaged stage means and the stage they point to', () => {
    const { section, expected } = sectionOf(selfAssessment, ['community']);
    expect(headings(section)).toContain('Group stage estimates');
    const stages = tableNamed(
      section,
      'Mean agreement with each stage’s descriptions (respondents with a mean), and the stage the means point to',
    )!;
    expect(stages.head).toEqual([
      'Group',
      'n',
      ...expected.overall.stage!.means.map((m) => findStage(m.stage).name),
      'Estimate',
    ]);
    const { means } = expected.overall.stage!;
    expect(stages.rows[0]!.slice(0, 3)).toEqual([
      'All responses',
      6,
      `${means[0]!.mean!.toFixed(2)} (n ${means[0]!.n})`,
    ]);
    // No stage is named for these answers, so the two closest are offered.
    expect(expected.overall.stage).toMatchObject({ stage: null, clarity: 'tentative' });
    expect(stages.rows[0]!.at(-1)).toBe('Tentative: Potential or Maturing');
  });

  it('counts the vignette choices per stage, beside the group stage estimate', () => {
    const { section, expected } = sectionOf(selfAssessment, []);
    const vignette = tableNamed(section, 'How many respondents chose each stage’s story in the vignette')!;
    expect(vignette.head.at(-1)).toBe('No choice');
    expect(vignette.rows[0]).toEqual(['All responses', ...expected.overall.vignette!.map((v) => v.count)]);
  });

  it('gives the strongest and weakest factors by group and role for the readiness instrument, with no overall mean in version 2', () => {
    const { section } = sectionOf(readiness, []);
    const profiles = tableNamed(section, 'The constructs with the highest and lowest group mean')!;
    expect(profiles.head).toEqual(['Group', 'n', 'Strongest', 'Weakest']);
    expect(profiles.rows[0]![0]).toBe('All responses');
    expect(profiles.rows.slice(1).every((row) => String(row[0]).startsWith('role: '))).toBe(true);
    expect(headings(section)).not.toContain('Group stage estimates');
    // Grouped by role, the roles are the groups: no second list of them.
    const byRole = sectionOf(readiness, ['role']).section;
    const rows = tableNamed(byRole, 'The constructs with the highest and lowest group mean')!.rows.map((row) => row[0]);
    expect(new Set(rows).size).toBe(rows.length);
  });

  it('keeps version 1’s overall readiness mean', () => {
    const old = Array.from({ length: 3 }, (_, i) => respondent(readiness1, i, {}));
    const [section] = analysisSections({ responses: old, rejected: [] }, choose(), english);
    const profiles = tableNamed(section!, 'The constructs with the highest and lowest group mean')!;
    expect(profiles.head).toEqual(['Group', 'n', 'Overall readiness mean (SD)', 'Strongest', 'Weakest']);
  });

  it('shows roles held by fewer than the smallest group merged, never on their own', () => {
    // Six respondents with the 5 roles between them: none reaches the default smallest group of 5.
    const { section } = sectionOf(selfAssessment, ['role'], { minGroupSize: DEFAULT_MIN_GROUP_SIZE });
    const labels = rowLabels(section);
    expect(labels).toContain(`role: ${MERGED_ROLES}`);
    expect(labels.filter((label) => /^role: (member|leader|coach|facilitator|other)$/.test(label))).toEqual([]);
  });

  it('charts the spread of the overall construct scores as dots, with the mean, in the table’s order', () => {
    const { section, expected } = sectionOf(selfAssessment, []);
    const [chart] = blocksOf(section, 'chart');
    if (chart?.kind !== 'chart') throw new Error('no chart');
    const constructs = expected.overall.constructs;
    expect(chart.chart.rows.map((row) => row.label.text)).toEqual(
      constructs.map((c) => findConstruct(c.construct).name),
    );
    const x = (value: number) =>
      chart.chart.ticks[0]!.x + ((value - 1) / 4) * (chart.chart.ticks[4]!.x - chart.chart.ticks[0]!.x);
    chart.chart.rows.forEach((row, i) => {
      const construct = constructs[i]!;
      // Every scored respondent is one dot's worth, each at the half point nearest their score.
      expect(row.dots.reduce((sum, dot) => sum + dot.count, 0)).toBe(construct.n);
      if (construct.mean === null) expect(row.mean).toBeNull();
      else expect(row.mean!.x).toBeCloseTo(x(construct.mean), 9);
    });
    // The dots are where the respondents' own scores fall, rounded to the nearest half point.
    const first = expected.overall.constructs[0]!.construct;
    const own = responses.filter((r) => r.instrument.id === selfAssessment.id);
    const halves = new Map<number, number>();
    for (const response of own) {
      const mean = scoreResponse(selfAssessment, response.answers, model).constructs.find(
        (c) => c.construct === first,
      )!.mean;
      if (mean === null) continue;
      const half = Math.round(mean * 2) / 2;
      halves.set(half, (halves.get(half) ?? 0) + 1);
    }
    expect(new Map(chart.chart.rows[0]!.dots.map((dot) => [dot.value, dot.count]))).toEqual(halves);
  });

  it('offers the summary, reliability and scored data as CSV files named after the instrument and version', () => {
    const { own, section, expected } = sectionOf(selfAssessment, []);
    const downloads = downloadsOf(section);
    expect(downloads.map((d) => [d.label, d.fileName])).toEqual([
      ['Download summary (CSV)', `cop-self-assessment-${V}-summary.csv`],
      ['Download reliability (CSV)', `cop-self-assessment-${V}-reliability.csv`],
      ['Download scored data (CSV)', `cop-self-assessment-${V}-scored.csv`],
    ]);
    expect(downloads[0]!.csv()).toBe(toCsv(summaryTable(expected)));
    expect(downloads[1]!.csv()).toBe(toCsv(reliabilityTable(expected)));
    expect(downloads[2]!.csv().trimEnd().split('\r\n')).toHaveLength(own.length + 1);
  });

  it('lists every scored statement once, under its construct, with reverse-keyed ones marked', () => {
    const { section, expected } = sectionOf(selfAssessment, []);
    const items = tableNamed(section, ITEMS)!;
    const scored = itemsOf(selfAssessment).flatMap((item) => (item.kind === 'scored' ? [item] : []));
    expect(items.rows.map((row) => row[0]).sort()).toEqual(scored.map((item) => item.id).sort());
    for (const item of scored) {
      const row = items.rows.find((candidate) => candidate[0] === item.id)!;
      expect(row.slice(1, 3)).toEqual([findConstruct(item.construct).name, item.reverse ? 'yes' : 'no']);
    }
    expect(items.rows.filter((row) => row[2] === 'yes')).toHaveLength(scored.filter((item) => item.reverse).length);
    expect(scored.some((item) => item.reverse)).toBe(true);
    // The figures are the analysis's, the shares as whole percentages.
    const detail = expected.reliability[0]!.itemDetails[0]!;
    const row = items.rows.find((candidate) => candidate[0] === detail.item)!;
    expect(row.slice(3)).toEqual([
      detail.n,
      fixed(detail.mean),
      fixed(detail.sd),
      `${Math.round(detail.dontKnow * 100)}%`,
      `${Math.round(detail.notApplicable * 100)}%`,
      fixed(detail.correctedItemTotal),
      fixed(detail.alphaIfDeleted),
    ]);
  });

  it('gives the shares of “don’t know” and “does not apply” per statement, of all the responses analysed', () => {
    const item = itemsOf(selfAssessment).find(
      (candidate) =>
        candidate.kind === 'scored' &&
        [-8, -9].every((code) => choicesOf(candidate, model).some((choice) => choice.value === code)),
    )!;
    // Of eight respondents, two did not know and one said the statement does not apply.
    const answered = Array.from({ length: 8 }, (_, i) =>
      respondent(selfAssessment, i, {}, i < 2 ? { [item.id]: -8 } : i === 2 ? { [item.id]: -9 } : {}),
    );
    const { section, expected } = sectionOf(selfAssessment, [], {}, answered);
    const row = tableNamed(section, ITEMS)!.rows.find((candidate) => candidate[0] === item.id)!;
    expect(row.slice(3, 4)).toEqual([5]);
    expect(row.slice(6, 8)).toEqual(['25%', '13%']);
    const construct = expected.reliability.find((r) => r.itemDetails.some((d) => d.item === item.id))!;
    expect(construct.excluded).toBeGreaterThanOrEqual(3);
  });
});

describe('analysisSections: small groups hidden', () => {
  // Five in the East, two in the West; five members, two in other roles.
  const uneven = Array.from({ length: 7 }, (_, i) =>
    respondent(
      selfAssessment,
      i,
      { community: i < 5 ? 'East' : 'West' },
      { ctx_role: i < 5 ? 'member' : i === 5 ? 'coach' : 'leader' },
    ),
  );

  it('leaves out groups smaller than the smallest group shown, says how many and counts them in all responses', () => {
    const { section, expected } = sectionOf(selfAssessment, ['community'], { minGroupSize: 5 }, uneven);
    expect(expected.hidden).toEqual({ groups: 1, responses: 2 });
    const labels = rowLabels(section);
    expect(labels).toContain('community: East');
    expect(labels.filter((label) => label.includes('West'))).toEqual([]);
    expect(downloadsOf(section)[0]!.csv()).not.toContain('West');
    expect(tableNamed(section, MEANS)!.rows[0]!.slice(0, 2)).toEqual(['All responses', 7]);
    const notes = paragraphs(section).filter((text) => text.includes('hidden'));
    expect(notes).toEqual([
      expect.stringMatching(/^1 group with fewer than 5 responses \(2 responses in all\) is hidden\b/),
      // The coach and the leader merged are still fewer than 5.
      expect.stringMatching(/^1 role with fewer than 5 responses \(2 responses in all\) is hidden\b/),
    ]);
    expect(notes[0]).toContain('they still count in “All responses”');
    expect(labels.filter((label) => label.startsWith('role: '))).toEqual(expect.arrayContaining(['role: member']));
    expect(labels).not.toContain(`role: ${MERGED_ROLES}`);
  });

  it('shows them again when the smallest group shown is lowered, and says nothing is hidden', () => {
    const { section } = sectionOf(selfAssessment, ['community'], { minGroupSize: 2 }, uneven);
    expect(rowLabels(section)).toContain('community: West');
    expect(rowLabels(section)).toContain(`role: ${MERGED_ROLES}`);
    expect(paragraphs(section).filter((text) => text.includes('hidden'))).toEqual([]);
  });

  it('says it once when the groups are the roles', () => {
    const { section } = sectionOf(selfAssessment, ['role'], { minGroupSize: 5 }, uneven);
    expect(paragraphs(section).filter((text) => text.includes('hidden'))).toEqual([
      expect.stringMatching(/^1 group with fewer than 5 responses \(2 responses in all\) is hidden\b/),
    ]);
    // The roles are the groups: the members' row once in each table, the merged two in none.
    expect(tableNamed(section, MEANS)!.rows.map((row) => row[0])).toEqual(['All responses', 'role: member']);
    expect(rowLabels(section)).not.toContain(`role: ${MERGED_ROLES}`);
  });

  it('hides every group of a view too small to show, plural', () => {
    const { section } = sectionOf(selfAssessment, ['community'], { minGroupSize: 10 }, uneven);
    expect(paragraphs(section)).toContainEqual(
      expect.stringMatching(/^2 groups with fewer than 10 responses \(7 responses in all\) are hidden\b/),
    );
    expect(rowLabels(section).filter((label) => label.startsWith('community: '))).toEqual([]);
  });
});

describe('analysisSections: agreement across groups', () => {
  const AGREEMENT = 'Agreement across community groups, and whether aggregating to group means is defensible';
  const agreementTables = (section: SectionView) =>
    tables(section).filter((table) => table.caption.startsWith('Agreement across '));

  it('shows ICC(1), ICC(2), F and the verdict per construct when two or more groups are shown, as the analysis gives them', () => {
    const { section, expected } = sectionOf(selfAssessment, ['community']);
    expect(expected.groups).toHaveLength(2);
    const table = tableNamed(section, AGREEMENT)!;
    expect(table.head).toEqual(['Construct', 'Groups', 'n', 'ICC(1)', 'ICC(2)', 'F (p)', 'Median rwg(j)', 'Verdict']);
    expect(table.rows).toEqual(
      expected.agreement.map((a) => [
        findConstruct(a.construct).name,
        2,
        a.n,
        fixed(a.icc1),
        fixed(a.icc2),
        a.f === null ? '—' : `${fixed(a.f)} (${fixed(a.p, 3)})`,
        fixed(a.medianRwgj),
        verdictText[a.verdict],
      ]),
    );
    expect(expected.agreement.map((a) => a.construct)).toEqual(expected.overall.constructs.map((c) => c.construct));
    expect(expected.agreement.some((a) => a.icc1 !== null && a.f !== null)).toBe(true);
    expect(paragraphs(section)).toContainEqual(expect.stringMatching(/^Across the community groups shown: ICC\(1\)/));
  });

  it('offers the agreement as CSV only when there is one', () => {
    const { section, expected } = sectionOf(selfAssessment, ['community']);
    const agreement = downloadsOf(section).find((d) => d.label === 'Download agreement (CSV)')!;
    expect(agreement.fileName).toBe(`cop-self-assessment-${V}-agreement.csv`);
    expect(agreement.csv()).toBe(toCsv(agreementTable(expected)));
    expect(agreement.csv().trimEnd().split('\r\n')).toHaveLength(expected.overall.constructs.length + 1);
    const ungrouped = sectionOf(selfAssessment, []).section;
    expect(downloadsOf(ungrouped).map((d) => d.label)).not.toContain('Download agreement (CSV)');
  });

  it('shows none without groups, or with only one group shown', () => {
    expect(agreementTables(sectionOf(selfAssessment, []).section)).toEqual([]);
    const one = sectionOf(selfAssessment, ['community'], { minGroupSize: 4 });
    expect(one.expected.groups).toHaveLength(0);
    expect(agreementTables(one.section)).toEqual([]);
    const single = responses.filter((r) => r.instrument.id === readiness.id);
    const { section, expected } = sectionOf(readiness, ['community'], {}, single);
    expect(expected.groups).toHaveLength(1);
    expect(agreementTables(section)).toEqual([]);
    expect(downloadsOf(section).map((d) => d.label)).not.toContain('Download agreement (CSV)');
  });

  it('names the combination grouped by', () => {
    const mixed = Array.from({ length: 8 }, (_, i) =>
      respondent(selfAssessment, i, { community: i % 2 ? 'East' : 'West', wave: i < 4 ? '1' : '2' }),
    );
    const { section, expected } = sectionOf(selfAssessment, ['community', 'wave'], {}, mixed);
    const [table] = agreementTables(section);
    expect(table!.caption).toBe(
      'Agreement across community × wave groups, and whether aggregating to group means is defensible',
    );
    expect(table!.rows.map((row) => row[1])).toEqual(expected.agreement.map(() => 4));
  });
});

describe('analysisSections: change between waves', () => {
  const codes = ['a1', 'b2', 'c3', 'd4', 'e5'];
  // The same five respondents in waves 1, 2 and 3, answering differently each time; c3 answered wave 2 twice.
  const panel = [
    ...codes.map((code, i) => respondent(selfAssessment, i, { wave: '1', code })),
    ...codes.map((code, i) => respondent(selfAssessment, i + 2, { wave: '2', code })),
    respondent(selfAssessment, 9, { wave: '2', code: 'c3' }),
    ...codes.slice(0, 4).map((code, i) => respondent(selfAssessment, i * 3, { wave: '10', code })),
    respondent(selfAssessment, 11, { wave: '10', code: 'zz' }),
  ];
  const changeTables = (section: SectionView) => tables(section).filter((table) => table.caption.startsWith('Wave '));

  it('pairs each code’s responses in consecutive waves, and shows the mean change per construct', () => {
    const { section, expected } = sectionOf(selfAssessment, [], {}, panel);
    expect(headings(section)).toContain('Change between waves');
    const [first, second] = changeTables(section);
    expect(changeTables(section)).toHaveLength(2);
    // Waves sort as numbers: 2 comes before 10.
    expect(first!.caption).toBe('Wave 1 to wave 2: 4 respondents paired, 1 code(s) left out');
    expect(second!.caption).toBe('Wave 2 to wave 10: 3 respondents paired, 1 code(s) left out');
    expect(first!.head).toEqual(['Construct', 'n paired', 'Mean change', 'SD of change']);
    expect(first!.rows).toEqual(
      expected.change[0]!.constructs.map((c) => [
        findConstruct(c.construct).name,
        c.n,
        c.mean === null ? '—' : `${c.mean > 0 ? '+' : ''}${c.mean.toFixed(2)}`,
        fixed(c.sd),
      ]),
    );
    // The change is later minus earlier, for the respondents paired, worked out here from their own scores.
    const construct = expected.overall.constructs[0]!.construct;
    const score = (response: ResponseRecord) =>
      scoreResponse(selfAssessment, response.answers, model).constructs.find((c) => c.construct === construct)!.mean;
    const at = (wave: string, code: string) =>
      panel.find((r) => r.params['wave'] === wave && r.params['code'] === code)!;
    const changes = ['a1', 'b2', 'd4', 'e5'].flatMap((code) => {
      const [before, after] = [score(at('1', code)), score(at('2', code))];
      return before === null || after === null ? [] : [after - before];
    });
    const mean = changes.reduce((sum, value) => sum + value, 0) / changes.length;
    const signed = `${mean > 0 ? '+' : ''}${mean.toFixed(2)}`;
    expect(first!.rows[0]!.slice(0, 3)).toEqual([findConstruct(construct).name, changes.length, signed]);
    expect(changes.some((change) => change !== 0)).toBe(true);
  });

  it('offers the change as CSV', () => {
    const { section, expected } = sectionOf(selfAssessment, [], {}, panel);
    const change = downloadsOf(section).find((d) => d.label === 'Download change between waves (CSV)')!;
    expect(change.fileName).toBe(`cop-self-assessment-${V}-change.csv`);
    expect(change.csv()).toBe(toCsv(changeTable(expected)));
    expect(change.csv().trimEnd().split('\r\n')).toHaveLength(2 * expected.overall.constructs.length + 1);
  });

  it('shows no change without respondent codes, or with a single wave', () => {
    const anonymous = panel.map((response) => ({ ...response, params: { wave: response.params['wave']! } }));
    const oneWave = panel.filter((response) => response.params['wave'] === '1');
    for (const from of [anonymous, oneWave, responses]) {
      const { section, expected } = sectionOf(selfAssessment, [], {}, from);
      expect(expected.change).toEqual([]);
      expect(headings(section)).not.toContain('Change between waves');
      expect(changeTables(section)).toEqual([]);
      expect(downloadsOf(section).map((d) => d.label)).not.toContain('Download change between waves (CSV)');
    }
  });
});

describe('analysisSections: one version at a time', () => {
  const mixed = [
    ...Array.from({ length: 3 }, (_, i) => respondent(selfAssessment, i, {})),
    ...Array.from({ length: 2 }, (_, i) => respondent(selfAssessment1, 10 + i, {})),
  ];
  const leadOf = (section: SectionView) =>
    section.blocks.flatMap((block) =>
      block.kind === 'paragraph' && block.className === 'lead' ? [block.text] : [],
    )[0];

  it('analyses the newest version, offers the others in a picker and says how many responses were set aside', () => {
    const [section] = analysisSections({ responses: mixed, rejected: [] }, choose(), english);
    expect(headings(section!)[0]).toBe(`${selfAssessment.title} (version ${V})`);
    expect(blocksOf(section!, 'version-picker')).toEqual([
      {
        kind: 'version-picker',
        instrument: 'cop-self-assessment',
        label: `Version of ${selfAssessment.title} to analyse`,
        versions: [V, '1.0.0'],
        chosen: V,
      },
    ]);
    expect(leadOf(section!)).toMatch(
      startingWith(`3 responses to version ${V}. Set aside: 2 responses to version 1.0.0 `),
    );
  });

  it('lists the statements unchanged since each earlier version', () => {
    const [section] = analysisSections({ responses: mixed, rejected: [] }, choose(), english);
    const unchanged = tables(section!).find((table) => table.caption.startsWith('Statements unchanged'))!;
    // One row per earlier version, oldest first.
    const walks = crosswalksTo(selfAssessment, model);
    expect(walks.map((walk) => walk.from)).toContain(selfAssessment1.version);
    expect(unchanged.rows).toEqual(
      walks.map((walk) => [
        walk.from,
        `${walk.unchanged.length} of ${itemsOf(selfAssessment).length}`,
        walk.unchanged.join(', '),
      ]),
    );
  });

  it('analyses the version picked, and ignores a pick the responses do not answer', () => {
    const [older] = analysisSections(
      { responses: mixed, rejected: [] },
      choose({ versions: { 'cop-self-assessment': '1.0.0' } }),
      english,
    );
    expect(headings(older!)[0]).toBe(`${selfAssessment1.title} (version 1.0.0)`);
    expect(leadOf(older!)).toMatch(
      startingWith(`2 responses to version 1.0.0. Set aside: 3 responses to version ${V} `),
    );
    expect(tables(older!).some((table) => table.caption.startsWith('Statements unchanged'))).toBe(false);
    const [stale] = analysisSections(
      { responses: mixed.slice(0, 3), rejected: [] },
      choose({ versions: { 'cop-self-assessment': '1.0.0' } }),
      english,
    );
    expect(headings(stale!)[0]).toBe(`${selfAssessment.title} (version ${V})`);
    expect(blocksOf(stale!, 'version-picker')).toEqual([]);
  });

  it('pools the versions on the statements they share unchanged when asked, with no picker', () => {
    const { section, expected } = sectionOf(selfAssessment, [], { pool: true }, mixed);
    const shared = crosswalk(selfAssessment1, selfAssessment).unchanged;
    expect(expected.pooledItems).toEqual(shared);
    expect(leadOf(section)).toBe(
      `5 responses to versions ${V}, 1.0.0, pooled on the ${shared.length} statements they all ask unchanged (everything else is left out).`,
    );
    expect(blocksOf(section, 'version-picker')).toEqual([]);
    expect(tables(section).some((table) => table.caption.startsWith('Statements unchanged'))).toBe(false);
    expect(tableNamed(section, MEANS)!.rows[0]!.slice(0, 2)).toEqual(['All responses', 5]);
    // Only the shared statements are analysed.
    const items = tableNamed(section, ITEMS)!.rows.map((row) => String(row[0]));
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((item) => shared.includes(item))).toBe(true);
    const downloads = downloadsOf(section);
    expect(downloads.map((d) => d.fileName)).toEqual([
      `cop-self-assessment-${V}-pooled-summary.csv`,
      `cop-self-assessment-${V}-pooled-reliability.csv`,
      `cop-self-assessment-${V}-pooled-scored.csv`,
    ]);
    expect(downloads[0]!.csv()).toBe(toCsv(summaryTable(expected)));
  });

  it('pools onto the newest version even when an older one was picked, whose statements lack its answers', () => {
    const item = crosswalk(selfAssessment1, selfAssessment).unchanged.find((id) => {
      const choices = choicesOf(
        itemsOf(selfAssessment).find((candidate) => candidate.id === id)!,
        model,
      );
      const older = choicesOf(
        itemsOf(selfAssessment1).find((candidate) => candidate.id === id)!,
        model,
      );
      return choices.some((c) => c.value === -9) && !older.some((c) => c.value === -9);
    })!;
    // A version 2 respondent said a statement both versions ask "does not apply", which version 1 offers no code for.
    const answers = [respondent(selfAssessment, 0, {}, { [item]: -9 }), ...mixed.slice(1)];
    const picked = choose({ pool: true, versions: { 'cop-self-assessment': '1.0.0' } });
    const [section] = analysisSections({ responses: answers, rejected: [] }, picked, english);
    expect(headings(section!)[0]).toBe(`${selfAssessment.title} (version ${V})`);
    expect(leadOf(section!)).toMatch(startingWith(`5 responses to versions ${V}, 1.0.0, pooled `));
    // Unpooled, the pick holds again.
    const [unpooled] = analysisSections({ responses: answers, rejected: [] }, { ...picked, pool: false }, english);
    expect(headings(unpooled!)[0]).toBe(`${selfAssessment1.title} (version 1.0.0)`);
  });

  it('pools nothing when the responses answer one version only', () => {
    const { section } = sectionOf(selfAssessment, [], { pool: true }, mixed.slice(0, 3));
    expect(leadOf(section)).toBe(`3 responses to version ${V}.`);
  });
});

describe('analysisStatus', () => {
  it('counts responses, files and what could not be used', () => {
    expect(analysisStatus({ responses, rejected: [] }, { files: 2, collector: null }, 0.5, english)).toBe(
      '10 response(s) analysed from 2 file(s) in 0.50 s.',
    );
    const rejected = [{ file: 'a', line: 1, reason: 'x' }];
    expect(analysisStatus({ responses, rejected }, { files: 1, collector: null }, 1.234, english)).toBe(
      '10 response(s) analysed from 1 file(s) in 1.23 s; 1 row(s) or file(s) could not be used (listed below).',
    );
  });

  it('names the collector the responses were loaded from, alone or beside files', () => {
    expect(
      analysisStatus({ responses, rejected: [] }, { files: 0, collector: 'https://c.example.org' }, 0.5, english),
    ).toBe('10 response(s) analysed from the collector at https://c.example.org in 0.50 s.');
    expect(
      analysisStatus({ responses, rejected: [] }, { files: 2, collector: 'https://c.example.org' }, 0.5, english),
    ).toBe('10 response(s) analysed from 2 file(s) and the collector at https://c.example.org in 0.50 s.');
  });
});

describe('analysisStatus: each response counted once', () => {
  const copy = (line: number) => ({ file: 'b.ndjson', line });
  const merged = [
    { responseId: 'r1', first: { file: 'a.ndjson', line: 1 }, copies: [copy(1), copy(4)] },
    { responseId: 'r2', first: { file: 'a.ndjson', line: 2 }, copies: [copy(2)] },
  ];

  it('says how many duplicate copies were merged', () => {
    expect(analysisStatus({ responses, rejected: [], merged }, { files: 2, collector: null }, 0.5, english)).toBe(
      '10 response(s) analysed from 2 file(s) in 0.50 s; 3 duplicate copies merged (each response is counted once).',
    );
    expect(
      analysisStatus({ responses, rejected: [], merged: [merged[1]!] }, { files: 2, collector: null }, 0.5, english),
    ).toBe(
      '10 response(s) analysed from 2 file(s) in 0.50 s; 1 duplicate copy merged (each response is counted once).',
    );
  });

  it('says that conflicting copies are among the rows that could not be used', () => {
    const rejected = [
      { file: 'a.ndjson', line: 3, reason: 'is one of 2 copies…' },
      { file: 'b.ndjson', line: 3, reason: 'is one of 2 copies…' },
    ];
    expect(
      analysisStatus({ responses, rejected, merged, conflicts: 1 }, { files: 2, collector: null }, 0.5, english),
    ).toBe(
      '10 response(s) analysed from 2 file(s) in 0.50 s; 3 duplicate copies merged (each response is counted once); 2 row(s) or file(s) could not be used, among them the copies of 1 response id(s) with conflicting content, none counted until resolved (listed below).',
    );
  });

  it('escapes control characters in what it says', () => {
    expect(
      analysisStatus({ responses, rejected: [] }, { files: 0, collector: 'https://c.example.org\u001b' }, 0.5, english),
    ).toBe('10 response(s) analysed from the collector at https://c.example.org\\u001b in 0.50 s.');
  });
});

describe('collector messages', () => {
  it('counts the stored responses loaded, and names the instrument asked for', () => {
    expect(collectorLoaded('https://c.example.org', '{"a":1}\n{"a":2}\n\n', null, english)).toBe(
      'Loaded 2 stored response(s) from https://c.example.org; they are analysed below with any files chosen above.',
    );
    expect(collectorLoaded('https://c.example.org', '', 'Readiness', english)).toMatch(
      /^Loaded 0 stored response\(s\) to Readiness from /,
    );
  });

  it('says why an analysis failed, once punctuated, with control characters escaped', () => {
    expect(analysisFailure(new Error('Cannot score x: a_1: 9 is not one of 1, 2.'), english)).toBe(
      'The analysis could not be completed: Cannot score x: a_1: 9 is not one of 1, 2. Nothing is shown until it can be; change the options or files to try again.',
    );
    expect(analysisFailure('bad\u001b[2J', english)).toContain('bad\\u001b[2J.');
  });

  it('gives a refusal’s reason, and no internals of an unexpected error', () => {
    expect(collectorFailure(new CollectorReadError('The collector did not accept the read token.'), english)).toBe(
      'Nothing was loaded. The collector did not accept the read token.',
    );
    expect(collectorFailure(new TypeError('x is undefined at <anonymous>'), english)).toBe(
      'Nothing was loaded. Something unexpected went wrong while reading the export.',
    );
  });
});

describe('the analysis in Spanish', () => {
  const spanish = { language: 'es', messages: analysisMessages.es, within: everyVersionIn('es') } as const;
  const es = modelIn('es');

  it('has every English message’s placeholders in its Spanish one', () => {
    for (const messages of [analysisMessages, analysisPageMessages]) {
      for (const [key, message] of Object.entries(messages.en)) {
        expect(placeholdersOf(messages.es[key as keyof typeof messages.es]), key).toEqual(placeholdersOf(message));
      }
    }
  });

  it('names the English levels of agreement exactly as agreementLevel does', () => {
    const levels = [null, 0.95, 0.8, 0.6, 0.4, 0.1].map(agreementLevel);
    const { levelNone, levelVeryStrong, levelStrong, levelModerate, levelWeak, levelLack } = analysisMessages.en;
    expect([levelNone, levelVeryStrong, levelStrong, levelModerate, levelWeak, levelLack]).toEqual(levels);
  });

  it('writes headings, columns and notes in Spanish, with the model’s Spanish construct and stage names', () => {
    const own = responses.filter((response) => response.instrument.id === selfAssessment.id);
    const [section] = analysisSections({ responses: own, rejected: [] }, choose({ groupBy: ['language'] }), spanish);
    expect(headings(section!)[0]).toBe(
      `${findInstrument(selfAssessment.id, es).title} (versión ${selfAssessment.version})`,
    );
    expect(headings(section!)).toContain(analysisMessages.es.constructScores);
    const means = tableNamed(section!, analysisMessages.es.meansCaption)!;
    const analysis = analyzeResponses(selfAssessment, own, { within: model, groupBy: ['language'], minGroupSize: 1 });
    expect(means.head).toEqual([
      'Grupo',
      'n',
      ...analysis.overall.constructs.map((c) => es.constructs.find((construct) => construct.id === c.construct)!.name),
    ]);
    expect(means.rows[0]![0]).toBe('Todas las respuestas');
    expect(String(means.rows[0]![2])).toMatch(/^\d\.\d\d \(DE \d\.\d\d, n \d+\)$/);
    expect(section!.blocks.flatMap((block) => (block.kind === 'paragraph' ? [block.text] : []))).toContain(
      analysisMessages.es.invarianceNote,
    );
    const stages = tableNamed(section!, analysisMessages.es.stageCaption)!;
    expect(stages.head).toEqual(expect.arrayContaining(es.stages.map((stage) => stage.name)));
  });

  it('says in Spanish what it read, counted by Spanish plural rules', () => {
    expect(analysisStatus({ responses, rejected: [] }, { files: 1, collector: null }, 0.5, spanish)).toBe(
      '10 respuesta(s) analizada(s) de 1 archivo(s) en 0.50 s.',
    );
  });
});
