import { describe, expect, it } from 'vitest';
import { analyzeResponses, MERGED_ROLES, reliabilityTable, summaryTable } from '../../src/instruments/analysis.ts';
import {
  MAX_FILE_BYTES,
  analysisSections,
  analysisStatus,
  collectorFailure,
  collectorLoaded,
  tooLargeRejection,
  type Block,
  type SectionView,
  type TableView,
} from '../../src/instruments/analysis-view.ts';
import { CollectorReadError } from '../../src/instruments/collector-export.ts';
import { toCsv } from '../../src/instruments/csv.ts';
import { crosswalk } from '../../src/instruments/crosswalk.ts';
import { findConstruct, findStage } from '../../src/instruments/framework.ts';
import { findInstrument, findScale, findVersion, itemsOf } from '../../src/instruments/model.ts';
import type { ResponseRecord } from '../../src/instruments/responses.ts';
import type { Instrument } from '../../src/instruments/types.ts';

const selfAssessment = findInstrument('cop-self-assessment');
const selfAssessment1 = findVersion('cop-self-assessment', '1.0.0')!;
const readiness = findInstrument('organizational-readiness');
const readiness1 = findVersion('organizational-readiness', '1.0.0')!;

/** A response answering every item with the option at a position that varies by respondent and item. */
function respondent(instrument: Instrument, index: number, params: Record<string, string>): ResponseRecord {
  const answers = Object.fromEntries(
    itemsOf(instrument).map((item, position) => {
      const options = findScale(item.scale).options;
      return [item.id, options[(index + position) % options.length]!.value];
    }),
  );
  return {
    source: { file: 'responses.ndjson', line: index + 1 },
    responseId: `r${index}`,
    instrument: { id: instrument.id, version: instrument.version, hash: null },
    params,
    answers,
  };
}

const responses = [
  ...Array.from({ length: 6 }, (_, i) => respondent(selfAssessment, i, { community: i % 2 ? 'East' : 'West' })),
  ...Array.from({ length: 4 }, (_, i) => respondent(readiness, i, { community: 'East' })),
];

/** The section the page shows for one instrument's responses alone, and the analysis it is made from. */
function sectionOf(instrument: Instrument, groupBy: string | null) {
  const own = responses.filter((response) => response.instrument.id === instrument.id);
  const [section] = analysisSections({ responses: own, rejected: [] }, groupBy);
  if (!section) throw new Error(`no section for ${instrument.id}`);
  return { own, section, expected: analyzeResponses(instrument, own, { groupBy }) };
}
const blocksOf = (section: SectionView, kind: Block['kind']) => section.blocks.filter((block) => block.kind === kind);
const tables = (section: SectionView): TableView[] =>
  section.blocks.flatMap((block) => (block.kind === 'table' ? [block.table] : []));
const tableNamed = (section: SectionView, caption: string) =>
  tables(section).find((table) => table.caption === caption);
const headings = (section: SectionView) =>
  section.blocks.flatMap((block) => (block.kind === 'heading' ? [block.text] : []));

describe('tooLargeRejection', () => {
  it('refuses files over the limit as a whole, pointing to the Node script', () => {
    expect(tooLargeRejection('a.ndjson', MAX_FILE_BYTES)).toBeNull();
    expect(tooLargeRejection('big.ndjson', 210 * 1024 * 1024)).toEqual({
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
    const sections = analysisSections({ responses: [...responses].reverse(), rejected }, null);
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
    const sections = analysisSections({ responses: responses.slice(0, 2), rejected: [] }, null);
    expect(sections.map((section) => section.instrument)).toEqual([selfAssessment.id]);
  });

  it('shows the analysis’s own numbers: means, SDs and n per group and role, and alpha per construct', () => {
    const { section, expected } = sectionOf(selfAssessment, 'community');
    const means = tableNamed(section, 'Construct means, standard deviations and numbers of scored responses')!;
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
    const alpha = tableNamed(section, 'Cronbach’s alpha and corrected item–total correlations')!;
    expect(alpha.rows.map((row) => row[0])).toEqual(expected.reliability.map((r) => findConstruct(r.construct).name));
  });

  it('falls back to no grouping when the instrument cannot group that way', () => {
    const [section] = analysisSections({ responses, rejected: [] }, 'department');
    const means = tableNamed(section!, 'Construct means, standard deviations and numbers of scored responses')!;
    expect(means.rows.map((row) => row[0]).filter((label) => !String(label).startsWith('role: '))).toEqual([
      'All responses',
    ]);
  });

  it('shows each group’s averaged stage means and the stage they point to', () => {
    const { section, expected } = sectionOf(selfAssessment, 'community');
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
    const { section, expected } = sectionOf(selfAssessment, null);
    const vignette = tableNamed(section, 'How many respondents chose each stage’s story in the vignette')!;
    expect(vignette.head.at(-1)).toBe('No choice');
    expect(vignette.rows[0]).toEqual(['All responses', ...expected.overall.vignette!.map((v) => v.count)]);
  });

  it('gives the strongest and weakest factors by group and role for the readiness instrument, with no overall mean in version 2', () => {
    const { section } = sectionOf(readiness, null);
    const profiles = tableNamed(section, 'The constructs with the highest and lowest group mean')!;
    expect(profiles.head).toEqual(['Group', 'n', 'Strongest', 'Weakest']);
    expect(profiles.rows[0]![0]).toBe('All responses');
    expect(profiles.rows.slice(1).every((row) => String(row[0]).startsWith('role: '))).toBe(true);
    expect(headings(section)).not.toContain('Group stage estimates');
    // Grouped by role, the roles are the groups: no second list of them.
    const byRole = sectionOf(readiness, 'role').section;
    const rows = tableNamed(byRole, 'The constructs with the highest and lowest group mean')!.rows.map((row) => row[0]);
    expect(new Set(rows).size).toBe(rows.length);
  });

  it('keeps version 1’s overall readiness mean', () => {
    const old = Array.from({ length: 3 }, (_, i) => respondent(readiness1, i, {}));
    const [section] = analysisSections({ responses: old, rejected: [] }, null);
    const profiles = tableNamed(section!, 'The constructs with the highest and lowest group mean')!;
    expect(profiles.head).toEqual(['Group', 'n', 'Overall readiness mean (SD)', 'Strongest', 'Weakest']);
  });

  it('shows small roles merged, never on their own', () => {
    const { section } = sectionOf(selfAssessment, 'role');
    const labels = tables(section).flatMap((table) => table.rows.map((row) => String(row[0])));
    expect(labels).toContain(`role: ${MERGED_ROLES}`);
    expect(labels.filter((label) => /^role: (member|leader|coach|facilitator|other)$/.test(label))).toEqual([]);
  });

  it('charts the overall construct means with their SDs, in the table’s order', () => {
    const { section, expected } = sectionOf(selfAssessment, null);
    const [chart] = blocksOf(section, 'chart');
    if (chart?.kind !== 'chart') throw new Error('no chart');
    expect(chart.chart.rows.map((row) => row.label.text)).toEqual(
      expected.overall.constructs.map((c) => findConstruct(c.construct).name),
    );
    expect(chart.chart.rows.every((row) => row.whisker !== null)).toBe(true);
  });

  it('offers the summary, reliability and scored data as CSV files named after the instrument and version', () => {
    const { own, section, expected } = sectionOf(selfAssessment, null);
    const [downloads] = blocksOf(section, 'downloads');
    if (downloads?.kind !== 'downloads') throw new Error('no downloads');
    expect(downloads.downloads.map((d) => [d.label, d.fileName])).toEqual([
      ['Download summary (CSV)', 'cop-self-assessment-2.0.0-summary.csv'],
      ['Download reliability (CSV)', 'cop-self-assessment-2.0.0-reliability.csv'],
      ['Download scored data (CSV)', 'cop-self-assessment-2.0.0-scored.csv'],
    ]);
    expect(downloads.downloads[0]!.csv()).toBe(toCsv(summaryTable(expected)));
    expect(downloads.downloads[1]!.csv()).toBe(toCsv(reliabilityTable(expected)));
    expect(downloads.downloads[2]!.csv().trimEnd().split('\r\n')).toHaveLength(own.length + 1);
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
    const [section] = analysisSections({ responses: mixed, rejected: [] }, null);
    expect(headings(section!)[0]).toBe(`${selfAssessment.title} (version 2.0.0)`);
    expect(blocksOf(section!, 'version-picker')).toEqual([
      {
        kind: 'version-picker',
        instrument: 'cop-self-assessment',
        label: `Version of ${selfAssessment.title} to analyse`,
        versions: ['2.0.0', '1.0.0'],
        chosen: '2.0.0',
      },
    ]);
    expect(leadOf(section!)).toMatch(/^3 responses to version 2\.0\.0\. Set aside: 2 responses to version 1\.0\.0 /);
  });

  it('lists the statements unchanged since each earlier version', () => {
    const [section] = analysisSections({ responses: mixed, rejected: [] }, null);
    const unchanged = tables(section!).find((table) => table.caption.startsWith('Statements unchanged'))!;
    const walk = crosswalk(selfAssessment1, selfAssessment);
    expect(unchanged.rows).toEqual([
      ['1.0.0', `${walk.unchanged.length} of ${itemsOf(selfAssessment).length}`, walk.unchanged.join(', ')],
    ]);
  });

  it('analyses the version picked, and ignores a pick the responses do not answer', () => {
    const [older] = analysisSections({ responses: mixed, rejected: [] }, null, { 'cop-self-assessment': '1.0.0' });
    expect(headings(older!)[0]).toBe(`${selfAssessment1.title} (version 1.0.0)`);
    expect(leadOf(older!)).toMatch(/^2 responses to version 1\.0\.0\. Set aside: 3 responses to version 2\.0\.0 /);
    expect(tables(older!).some((table) => table.caption.startsWith('Statements unchanged'))).toBe(false);
    const [stale] = analysisSections({ responses: mixed.slice(0, 3), rejected: [] }, null, {
      'cop-self-assessment': '1.0.0',
    });
    expect(headings(stale!)[0]).toBe(`${selfAssessment.title} (version 2.0.0)`);
    expect(blocksOf(stale!, 'version-picker')).toEqual([]);
  });
});

describe('analysisStatus', () => {
  it('counts responses, files and what could not be used', () => {
    expect(analysisStatus({ responses, rejected: [] }, { files: 2, collector: null }, 0.5)).toBe(
      '10 response(s) analysed from 2 file(s) in 0.50 s.',
    );
    const rejected = [{ file: 'a', line: 1, reason: 'x' }];
    expect(analysisStatus({ responses, rejected }, { files: 1, collector: null }, 1.234)).toBe(
      '10 response(s) analysed from 1 file(s) in 1.23 s; 1 row(s) or file(s) could not be used (listed below).',
    );
  });

  it('names the collector the responses were loaded from, alone or beside files', () => {
    expect(analysisStatus({ responses, rejected: [] }, { files: 0, collector: 'https://c.example.org' }, 0.5)).toBe(
      '10 response(s) analysed from the collector at https://c.example.org in 0.50 s.',
    );
    expect(analysisStatus({ responses, rejected: [] }, { files: 2, collector: 'https://c.example.org' }, 0.5)).toBe(
      '10 response(s) analysed from 2 file(s) and the collector at https://c.example.org in 0.50 s.',
    );
  });
});

describe('analysisStatus: each response counted once', () => {
  const copy = (line: number) => ({ file: 'b.ndjson', line });
  const merged = [
    { responseId: 'r1', first: { file: 'a.ndjson', line: 1 }, copies: [copy(1), copy(4)] },
    { responseId: 'r2', first: { file: 'a.ndjson', line: 2 }, copies: [copy(2)] },
  ];

  it('says how many duplicate copies were merged', () => {
    expect(analysisStatus({ responses, rejected: [], merged }, { files: 2, collector: null }, 0.5)).toBe(
      '10 response(s) analysed from 2 file(s) in 0.50 s; 3 duplicate copies merged (each response is counted once).',
    );
    expect(analysisStatus({ responses, rejected: [], merged: [merged[1]!] }, { files: 2, collector: null }, 0.5)).toBe(
      '10 response(s) analysed from 2 file(s) in 0.50 s; 1 duplicate copy merged (each response is counted once).',
    );
  });

  it('says that conflicting copies are among the rows that could not be used', () => {
    const rejected = [
      { file: 'a.ndjson', line: 3, reason: 'is one of 2 copies…' },
      { file: 'b.ndjson', line: 3, reason: 'is one of 2 copies…' },
    ];
    expect(analysisStatus({ responses, rejected, merged, conflicts: 1 }, { files: 2, collector: null }, 0.5)).toBe(
      '10 response(s) analysed from 2 file(s) in 0.50 s; 3 duplicate copies merged (each response is counted once); 2 row(s) or file(s) could not be used, among them the copies of 1 response id(s) with conflicting content, none counted until resolved (listed below).',
    );
  });

  it('escapes control characters in what it says', () => {
    expect(
      analysisStatus({ responses, rejected: [] }, { files: 0, collector: 'https://c.example.org\u001b' }, 0.5),
    ).toBe('10 response(s) analysed from the collector at https://c.example.org\\u001b in 0.50 s.');
  });
});

describe('collector messages', () => {
  it('counts the stored responses loaded, and names the instrument asked for', () => {
    expect(collectorLoaded('https://c.example.org', '{"a":1}\n{"a":2}\n\n', null)).toBe(
      'Loaded 2 stored response(s) from https://c.example.org; they are analysed below with any files chosen above.',
    );
    expect(collectorLoaded('https://c.example.org', '', 'Readiness')).toMatch(
      /^Loaded 0 stored response\(s\) to Readiness from /,
    );
  });

  it('gives a refusal’s reason, and no internals of an unexpected error', () => {
    expect(collectorFailure(new CollectorReadError('The collector did not accept the read token.'))).toBe(
      'Nothing was loaded. The collector did not accept the read token.',
    );
    expect(collectorFailure(new TypeError('x is undefined at <anonymous>'))).toBe(
      'Nothing was loaded. Something unexpected went wrong while reading the export.',
    );
  });
});
