import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { payload as collectorPayload, TOKEN } from '../support/collector-harness.ts';
import { collectorWith } from '../support/collector-with.ts';
import { misuseLine, runScript, runScriptWithin, scratchFiles, stderrLines } from '../support/run-script.ts';
import { analyzeResponses, GROUP_JOINER, INVARIANCE_NOTE, MERGED_ROLES } from '../../src/instruments/analysis.ts';
import type { Language } from '../../src/instruments/languages.ts';
import { crosswalk } from '../../src/instruments/crosswalk.ts';
import { choicesOf, findInstrument, findVersion, itemsOf, versionsOf } from '../../src/instruments/model.ts';
import type { ResponseRecord } from '../../src/instruments/responses.ts';
import type { Instrument } from '../../src/instruments/types.ts';
import { storedResponses } from '../support/stored-responses.ts';
import { model } from '../../src/instruments/source-model.ts';

const { dir, write } = scratchFiles('cultivate-analyze-cli-');
const analyze = (...args: string[]) => runScript('analyze.ts', ...args);
const csvRows = (path: string) =>
  Papa.parse<Record<string, string>>(readFileSync(path, 'utf8'), { header: true, skipEmptyLines: 'greedy' });

const selfAssessment = findInstrument('cop-self-assessment', model);
const readiness = findInstrument('organizational-readiness', model);

/** Varied valid answers: a small LCG picks each item's choice, with the non-response codes among them where offered. */
function answersFor(instrument: Instrument, seed: number): Record<string, number | string> {
  let state = seed * 7919 + 17;
  const next = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  return Object.fromEntries(
    itemsOf(instrument).map((item) => {
      const choices = choicesOf(item, model);
      return [item.id, choices[Math.floor(next() * choices.length)]!.value];
    }),
  );
}

/** What the script reads from a file, built here directly, so analyzeResponses can be run on it in the test. */
const record = (
  instrument: Instrument,
  answers: Record<string, number | string>,
  params: Record<string, string>,
  language: Language = 'en',
): ResponseRecord => ({
  source: { file: 'test', line: 0 },
  responseId: null,
  instrument: { id: instrument.id, version: instrument.version, hash: null },
  params,
  answers,
  language,
});

const rounded = (value: number | null) => (value === null ? '' : String(Math.round(value * 1000) / 1000));

describe('npm run analyze: two instruments, some bad rows, --group-by and --out', () => {
  const communities = ['north', 'south', 'north', 'south', 'north', 'east'];
  const selfAnswers = communities.map((_, i) => answersFor(selfAssessment, i + 1));
  const payloads = selfAnswers.map((answers, i) =>
    JSON.stringify({
      responseId: `s-${i}`,
      instrument: { id: selfAssessment.id, version: selfAssessment.version },
      params: { community: communities[i] },
      answers,
    }),
  );
  const offScale = JSON.stringify({ instrument: { id: selfAssessment.id }, answers: { ...selfAnswers[0], dom_01: 9 } });
  // Lines 1–6 good, 7 unreadable, 8 off the scale.
  const ndjson = write('self.ndjson', [...payloads, '{"responseId": ', offScale].join('\n'));

  const readinessAnswers = [11, 12, 13, 14].map((seed) => answersFor(readiness, seed));
  const readinessCommunities = ['north', 'north', 'south', ''];
  const columns = ['instrument_id', 'community', ...itemsOf(readiness).map((item) => item.id)];
  const rows = [
    ...readinessAnswers.map((answers, i) => ({
      instrument_id: readiness.id,
      community: readinessCommunities[i],
      ...answers,
    })),
    { instrument_id: 'no-such-instrument', ...readinessAnswers[0] },
  ];
  // Header on line 1, good rows on 2–5, the unknown instrument on 6.
  const cells = rows.map((row) => columns.map((c) => (row as Record<string, unknown>)[c] ?? ''));
  const csv = write('readiness.csv', `${Papa.unparse({ fields: columns, data: cells })}\n`);

  const out = join(dir, 'out');
  const run = analyze(ndjson, csv, '--group-by', 'community', '--min-group-size', '1', '--out', out);

  const selfRecords = selfAnswers.map((answers, i) => record(selfAssessment, answers, { community: communities[i]! }));
  const readinessRecords = readinessAnswers.map((answers, i) =>
    record(readiness, answers, readinessCommunities[i] ? { community: readinessCommunities[i] } : {}),
  );

  it('exits with 1 because rows were unusable', async () => {
    expect((await run).code).toBe(1);
  });

  it('lists each unusable row on stderr as file:line: reason, then a count', async () => {
    const lines = stderrLines(await run);
    expect(lines.filter((line) => !line.startsWith('Wrote '))).toEqual([
      expect.stringMatching(new RegExp(`^${ndjson}:7: cannot be read: `)),
      expect.stringMatching(new RegExp(`^${ndjson}:8: has answers outside their scales: dom_01: 9`)),
      expect.stringMatching(new RegExp(`^${csv}:6: names instrument "no-such-instrument"`)),
      'Analysed 10 response(s) to 2 instrument(s); 3 could not be used.',
    ]);
  });

  it('prints a summary per instrument: groups, group stage, vignette, strongest and weakest, and reliability', async () => {
    const { stdout } = await run;
    expect(stdout).toContain(
      `== ${selfAssessment.id} ${selfAssessment.version}: 6 response(s), grouped by community ==`,
    );
    expect(stdout).toContain(`== ${readiness.id} ${readiness.version}: 4 response(s), grouped by community ==`);
    const [selfPart, readinessPart] = stdout.split(`== ${readiness.id}`) as [string, string];
    for (const label of ['community: east', 'community: north', 'community: south', 'role: '])
      expect(selfPart).toContain(label);
    expect(readinessPart).toContain('community: (none)');
    expect(selfPart).toContain('Group stage estimate');
    expect(readinessPart).toContain('Vignette choices');
    // Version 2 readiness has no overall readiness mean.
    expect(readinessPart).toContain('Strongest and weakest constructs');
    expect(readinessPart).not.toContain('Readiness profile');
    expect(readinessPart).not.toContain('Group stage estimate');
    for (const part of [selfPart, readinessPart]) expect(part).toContain('Reliability');
    for (const item of itemsOf(readiness).filter((item) => item.kind === 'scored'))
      expect(readinessPart).toContain(`  ${item.id} `);
  });

  it('prints the averaged stage means and the group stage estimate analyzeResponses gives', async () => {
    const { stdout } = await run;
    const stage = analyzeResponses(selfAssessment, selfRecords, {
      within: model,
      groupBy: ['community'],
      minGroupSize: 1,
    }).overall.stage!;
    const means = stage.means.map((m) => (m.mean === null ? '–' : m.mean.toFixed(3)).replace('.', '\\.'));
    const estimate = stage.stage ?? stage.clarity;
    expect(stdout).toMatch(new RegExp(`\\(all\\)\\s+6\\s+${means.join('\\s+')}\\s+${estimate}\\n`));
  });

  it('writes the summary, reliability, agreement (two or more groups) and scored CSVs of each instrument', async () => {
    await run;
    expect(readdirSync(out).sort()).toEqual(
      [selfAssessment, readiness]
        .flatMap((i) => ['agreement', 'reliability', 'scored', 'summary'].map((kind) => `${i.id}-${kind}.csv`))
        .sort(),
    );
  });

  it('writes the agreement across communities analyzeResponses computes', async () => {
    await run;
    const analysis = analyzeResponses(selfAssessment, selfRecords, {
      within: model,
      groupBy: ['community'],
      minGroupSize: 1,
    });
    const { data } = csvRows(join(out, `${selfAssessment.id}-agreement.csv`));
    expect(data).toHaveLength(analysis.agreement.length);
    analysis.agreement.forEach((construct, c) =>
      expect(data[c]).toMatchObject({
        construct: construct.construct,
        groups: '3',
        icc1: rounded(construct.icc1),
        icc2: rounded(construct.icc2),
        median_rwg_j: rounded(construct.medianRwgj),
      }),
    );
  });

  it('writes the means and SDs analyzeResponses computes, overall and per group', async () => {
    await run;
    for (const [instrument, records] of [
      [selfAssessment, selfRecords],
      [readiness, readinessRecords],
    ] as const) {
      const analysis = analyzeResponses(instrument, records, {
        within: model,
        groupBy: ['community'],
        minGroupSize: 1,
      });
      const { data, meta } = csvRows(join(out, `${instrument.id}-summary.csv`));
      expect(meta.fields).toEqual([
        'group_by',
        'group',
        'construct',
        'n',
        'mean',
        'sd',
        'complete_cases',
        'alpha',
        'rwg_j',
      ]);
      const row = (groupBy: string, group: string, construct: string) =>
        data.find((r) => r['group_by'] === groupBy && r['group'] === group && r['construct'] === construct);
      for (const construct of analysis.overall.constructs) {
        expect(row('(all)', '(all)', construct.construct)).toEqual({
          group_by: '(all)',
          group: '(all)',
          construct: construct.construct,
          n: String(construct.n),
          mean: rounded(construct.mean),
          sd: rounded(construct.sd),
          complete_cases: String(construct.complete),
          alpha: rounded(construct.alpha),
          rwg_j: rounded(construct.rwgj),
        });
      }
      const north = analysis.groups.find((group) => group.key === 'north')!;
      const first = north.constructs[0]!;
      // At least one real, fractional mean, so the comparison is not only of empty or whole cells.
      expect(analysis.overall.constructs.some((c) => c.mean !== null && c.mean % 1 !== 0)).toBe(true);
      expect(row('community', 'north', first.construct)).toMatchObject({
        n: String(first.n),
        mean: rounded(first.mean),
        sd: rounded(first.sd),
      });
      expect(data.some((r) => r['group_by'] === 'role')).toBe(true);
    }
  });

  it('writes the alpha, its interval and the item figures analyzeResponses computes', async () => {
    await run;
    const analysis = analyzeResponses(readiness, readinessRecords, { within: model, groupBy: [] });
    const { data } = csvRows(join(out, `${readiness.id}-reliability.csv`));
    expect(data).toHaveLength(itemsOf(readiness).filter((item) => item.kind === 'scored').length);
    for (const construct of analysis.reliability) {
      for (const item of construct.itemDetails) {
        expect(data.find((row) => row['item'] === item.item)).toMatchObject({
          construct: construct.construct,
          n: String(construct.n),
          excluded: String(construct.excluded),
          items: String(construct.items),
          alpha: rounded(construct.alpha),
          alpha_lower_95: rounded(construct.interval?.lower ?? null),
          item: item.item,
          reverse_keyed: item.reverse ? 'yes' : 'no',
          item_mean: rounded(item.mean),
          corrected_item_total_r: rounded(item.correctedItemTotal),
          alpha_if_deleted: rounded(item.alphaIfDeleted),
        });
      }
    }
  });

  it('writes one scored row per usable response of the instrument', async () => {
    await run;
    const { data } = csvRows(join(out, `${selfAssessment.id}-scored.csv`));
    expect(data.map((row) => [row['response_id'], row['source_line'], row['community']])).toEqual(
      communities.map((community, i) => [`s-${i}`, String(i + 1), community]),
    );
    expect(csvRows(join(out, `${readiness.id}-scored.csv`)).data.map((row) => row['source_line'])).toEqual([
      '2',
      '3',
      '4',
      '5',
    ]);
  });
});

describe('npm run analyze: good input', () => {
  const answers = [1, 2, 3].map((seed) => answersFor(readiness, seed));
  const payloads = answers.map((a, i) => ({ responseId: `g-${i}`, instrument: { id: readiness.id }, answers: a }));
  const file = write('good.json', JSON.stringify(payloads, null, 2));

  it('exits with 0, prints the summary and writes no files without --out', async () => {
    const before = readdirSync(dir).length;
    const run = await analyze(file);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`== ${readiness.id} ${readiness.version}: 3 response(s) ==`);
    expect(stderrLines(run)).toEqual(['Analysed 3 response(s) to 1 instrument(s); 0 could not be used.']);
    expect(readdirSync(dir).length).toBe(before);
  });

  it('groups by role, without repeating the roles, small roles merged and none shown alone', async () => {
    const run = await analyze(file, '--group-by', 'role', '--min-group-size', '3');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('grouped by role');
    const roles = answers.map((a) => a[readiness.roleItem!]).filter((role) => role !== undefined);
    expect(roles.length).toBeGreaterThan(0);
    const firstConstruct = run.stdout.split('\n\n').find((block) => block.includes('role: '))!;
    expect(firstConstruct.match(new RegExp(`role: ${MERGED_ROLES.replace(/[()]/g, '\\$&')}`, 'g'))).toHaveLength(1);
    for (const role of new Set(roles)) expect(run.stdout).not.toContain(`role: ${role}`);
  });

  it('reads rows without instrument_id with --instrument', async () => {
    const itemIds = itemsOf(selfAssessment).map((item) => item.id);
    const rows = [1, 2].map((seed) => ({ ...answersFor(selfAssessment, seed), [itemIds[0]!]: -8 }));
    const plain = write(
      'plain.csv',
      `${Papa.unparse({ fields: itemIds, data: rows.map((row) => itemIds.map((id) => row[id] ?? '')) })}\n`,
    );
    const run = await analyze(plain, '--instrument', selfAssessment.id);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`== ${selfAssessment.id} ${selfAssessment.version}: 2 response(s) ==`);
  });

  it('says so when no response could be used, and exits with 1 for a missing or empty file', async () => {
    const run = await analyze(join(dir, 'missing.ndjson'), write('empty.csv', ''));
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('No usable responses to analyse.\n');
    expect(stderrLines(run)[0]).toMatch(/missing\.ndjson: cannot be opened: .*ENOENT/);
    expect(stderrLines(run)[1]).toMatch(/empty\.csv: .*empty/);
  });
});

describe('npm run analyze: one version at a time', () => {
  const version1 = findVersion('cop-self-assessment', '1.0.0', model)!;
  const stored = storedResponses.filter((payload) => payload.instrument.id === version1.id);
  const current = [1, 2, 3].map((seed) =>
    JSON.stringify({
      responseId: `v2-${seed}`,
      instrument: { id: selfAssessment.id, version: '2.0.0' },
      answers: answersFor(selfAssessment, seed),
    }),
  );
  const file = write('versions.ndjson', [...stored.map((payload) => JSON.stringify(payload)), ...current].join('\n'));

  it('analyses the newest version, says how many responses to others were set aside, and lists the unchanged items', async () => {
    const run = await analyze(file);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`== ${selfAssessment.id} 2.0.0: 3 response(s) ==`);
    expect(run.stdout).toContain(
      `Set aside: ${stored.length} response(s) to version 1.0.0 (analyse them with --instrument ${selfAssessment.id} --version 1.0.0, or pool with --pool)`,
    );
    const unchanged = crosswalk(version1, selfAssessment).unchanged;
    expect(run.stdout).toContain(
      `Unchanged since 1.0.0: ${unchanged.length} of ${itemsOf(selfAssessment).length} items: ${unchanged.join(' ')}`,
    );
    expect(stderrLines(run).at(-1)).toBe(
      `Analysed 3 response(s) to 1 instrument(s) (${stored.length} to other versions set aside); 0 could not be used.`,
    );
  });

  it('pools both versions on their unchanged items with --pool', async () => {
    const run = await analyze(file, '--pool');
    expect(run.code).toBe(0);
    const unchanged = crosswalk(version1, selfAssessment).unchanged;
    expect(run.stdout).toContain(`== ${selfAssessment.id} 2.0.0: ${stored.length + 3} response(s) ==`);
    expect(run.stdout).toContain(
      `Pooled versions 2.0.0, 1.0.0 on the ${unchanged.length} items they all share unchanged`,
    );
    expect(stderrLines(run).at(-1)).toBe(
      `Analysed ${stored.length + 3} response(s) to 1 instrument(s); 0 could not be used.`,
    );
  });

  it('analyses the stored version 1 responses with --version, scored as version 1', async () => {
    const out = join(dir, 'out-v1');
    const run = await analyze(file, '--instrument', selfAssessment.id, '--version', '1.0.0', '--out', out);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`== ${selfAssessment.id} 1.0.0: ${stored.length} response(s) ==`);
    expect(run.stdout).toContain('Set aside: 3 response(s) to version 2.0.0');
    expect(run.stdout).not.toContain('Unchanged since');
    const scored = csvRows(join(out, `${selfAssessment.id}-scored.csv`)).data;
    expect(scored.map((row) => row['instrument_version'])).toEqual(stored.map(() => '1.0.0'));
  });

  it('refuses --version without --instrument, or a version the instrument does not have', async () => {
    const alone = await analyze(file, '--version', '1.0.0');
    expect(alone.code).toBe(2);
    expect(misuseLine(alone, /^Usage: npm run analyze -- /)).toBe(
      '--version picks a version of one instrument: name it with --instrument too.',
    );
    const unknown = await analyze(file, '--instrument', selfAssessment.id, '--version', '3.0.0');
    expect(unknown.code).toBe(2);
    expect(misuseLine(unknown, /^Usage: npm run analyze -- /)).toBe(
      `--version "3.0.0" is not a version of ${selfAssessment.id}: ${versionsOf(selfAssessment.id, model)
        .map((version) => version.version)
        .join(', ')}`,
    );
  });
});

describe('npm run analyze: bad arguments exit with 2', () => {
  const file = write(
    'one.ndjson',
    `${JSON.stringify({ instrument: { id: readiness.id }, answers: answersFor(readiness, 5) })}\n`,
  );

  it('prints the usage when no file is given', async () => {
    for (const args of [[], ['--group-by', 'community']]) {
      const run = await analyze(...args);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(/^Usage: npm run analyze -- /);
    }
  });

  it('names an unknown --group-by and what the instrument can be grouped by', async () => {
    const run = await analyze(file, '--group-by', 'team');
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('"team"');
    for (const option of ['community', 'site', 'wave', 'code', 'role', 'language'])
      expect(run.stderr).toContain(option);
  });

  it('names an unknown --instrument and the known ones', async () => {
    const run = await analyze(file, '--instrument', 'no-such-instrument');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('"no-such-instrument"');
    for (const instrument of [selfAssessment, readiness]) expect(run.stderr).toContain(instrument.id);
  });

  it('rejects an unknown option', async () => {
    const run = await analyze(file, '--bogus');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--bogus');
  });

  it('prints only one line and the usage for each misuse', async () => {
    const usage = /^Usage: npm run analyze -- /;
    expect(misuseLine(await analyze(file, '--bogus'), usage)).toMatch(/^Unknown option '--bogus'/);
    expect(misuseLine(await analyze(file, '--group-by'), usage)).toContain("'--group-by <value>' argument missing");
    expect(misuseLine(await analyze(file, '--group-by', 'team'), usage)).toMatch(/^--group-by "team" is not one of: /);
    expect(misuseLine(await analyze(file, '--group-by', 'community,team'), usage)).toMatch(
      /^--group-by "team" is not one of: /,
    );
    expect(misuseLine(await analyze(file, '--group-by', 'wave,wave'), usage)).toBe(
      '--group-by names "wave,wave" more than once.',
    );
    for (const size of ['0', '2.5', 'five'])
      expect(misuseLine(await analyze(file, '--min-group-size', size), usage)).toBe(
        `--min-group-size "${size}" is not a whole number of at least 1.`,
      );
    expect(misuseLine(await analyze(file, '--instrument', 'no-such-instrument'), usage)).toMatch(
      /^--instrument "no-such-instrument"/,
    );
  });

  it('refuses an --out that is a file, and leaves the file alone', async () => {
    const run = await analyze(file, '--out', file);
    expect(misuseLine(run, /^Usage: npm run analyze -- /)).toBe(
      `--out "${file}" must be a folder, but ${file} is a file.`,
    );
    expect(readFileSync(file, 'utf8')).toContain(readiness.id);
  });

  it('escapes control characters from the arguments', async () => {
    const line = misuseLine(await analyze(file, '--group-by', 'te\u0007am\u202e'), /^Usage: /);
    expect(line).toMatch(/^--group-by "te\\u0007am\\u202e" is not one of: /);
  });

  it('writes nothing to --out when the arguments are bad', async () => {
    const out = join(dir, 'never');
    const run = await analyze(file, '--group-by', 'team', '--out', out);
    expect(run.code).toBe(2);
    expect(existsSync(out)).toBe(false);
  });
});

describe('npm run analyze --url: responses read from a running collector', () => {
  const collector = collectorWith(
    [
      ...['north', 'south', 'north', 'east', 'south'].map((community, i) =>
        collectorPayload(selfAssessment, { community }, i),
      ),
      ...[1, 2, 3].map((i) => collectorPayload(readiness, { community: 'north' }, i)),
    ],
    write,
  );

  it('gives the same report and CSVs from the collector as from its export saved to a file', async () => {
    const [fromUrl, fromFile] = await Promise.all([
      analyze('--url', collector.url, '--token', TOKEN, '--group-by', 'community', '--out', join(dir, 'from-url')),
      analyze(collector.exportFile, '--group-by', 'community', '--out', join(dir, 'from-file')),
    ]);
    expect(fromUrl.code, fromUrl.stderr).toBe(0);
    expect(fromUrl.stdout).toContain(
      `== ${selfAssessment.id} ${selfAssessment.version}: 5 response(s), grouped by community ==`,
    );
    expect(fromUrl.stdout).toContain(`== ${readiness.id} ${readiness.version}: 3 response(s), grouped by community ==`);
    expect(fromUrl.stdout).toBe(fromFile.stdout);
    for (const kind of ['summary', 'reliability']) {
      const name = `${selfAssessment.id}-${kind}.csv`;
      expect(readFileSync(join(dir, 'from-url', name), 'utf8')).toBe(
        readFileSync(join(dir, 'from-file', name), 'utf8'),
      );
    }
    expect(fromUrl.stdout + fromUrl.stderr).not.toContain(TOKEN);
  });

  it('says in one line when the collector refuses the token, exits with 1 and writes nothing', async () => {
    const out = join(dir, 'refused');
    const run = await analyze('--url', collector.url, '--token', 'not-the-token-at-all', '--out', out);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(stderrLines(run)).toEqual([
      'The collector did not accept the read token. Check COLLECTOR_TOKEN (or data/collector-token beside its database).',
    ]);
    expect(existsSync(out)).toBe(false);
  });
});

describe('npm run analyze: languages', () => {
  const answers = Array.from({ length: 10 }, (_, i) => answersFor(readiness, i + 1));
  // Half answered in Spanish; of the English half, some from before responses recorded their language.
  const payloads = answers.map((a, i) => ({
    responseId: `l-${i}`,
    instrument: { id: readiness.id },
    params: { community: 'north' },
    answers: a,
    ...(i < 5 ? (i % 2 ? { language: 'en' } : {}) : { language: 'es' }),
  }));
  const file = write('languages.json', JSON.stringify(payloads));
  const english = write('english.json', JSON.stringify(payloads.slice(0, 5)));

  it('groups by language, alone or combined, with the note on measurement invariance', async () => {
    for (const groupBy of ['language', 'language,community']) {
      const run = await analyze(file, '--group-by', groupBy);
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout).toContain(`grouped by ${groupBy.replace(',', GROUP_JOINER)}`);
      expect(run.stdout).toContain(INVARIANCE_NOTE);
    }
    const byLanguage = await analyze(file, '--group-by', 'language');
    const expected = analyzeResponses(
      readiness,
      payloads.map((p) => record(readiness, p.answers, p.params, p.language === 'es' ? 'es' : 'en')),
      { within: model, groupBy: ['language'] },
    );
    expect(expected.groups.map((group) => [group.key, group.n])).toEqual([
      ['en', 5],
      ['es', 5],
    ]);
    for (const group of expected.groups)
      expect(byLanguage.stdout).toMatch(new RegExp(`language: ${group.key!}\\s+5\\b`));
  });

  it('adds the note to responses in several languages even ungrouped, and leaves it out for one language', async () => {
    expect((await analyze(file)).stdout).toContain(INVARIANCE_NOTE);
    const one = await analyze(english, '--group-by', 'community');
    expect(one.code, one.stderr).toBe(0);
    expect(one.stdout).not.toContain(INVARIANCE_NOTE);
  });
});

describe('npm run analyze: each response counted once', () => {
  const answers = [1, 2, 3].map((seed) => answersFor(readiness, seed));
  const payload = (i: number, params: Record<string, string> = { community: 'north' }) =>
    JSON.stringify({ responseId: `d-${i}`, instrument: { id: readiness.id }, params, answers: answers[i] });

  it('merges identical copies: the summary counts each response once, with a notice and exit 0', async () => {
    const first = write('dup-a.ndjson', [payload(0), payload(1), payload(2)].join('\n'));
    const second = write('dup-b.ndjson', [payload(2), payload(0)].join('\n'));
    const [both, alone] = await Promise.all([analyze(first, second), analyze(first)]);
    expect(both.code, both.stderr).toBe(0);
    expect(both.stdout).toContain(`== ${readiness.id} ${readiness.version}: 3 response(s) ==`);
    // The same figures (n, means, SDs, alpha) as the file without the copies.
    expect(both.stdout).toBe(alone.stdout);
    expect(stderrLines(both)).toEqual([
      `${second}: 2 duplicate copies merged (lines 1, 2): the same response id and content as in ${first}; each response is counted once.`,
      'Analysed 3 response(s) to 1 instrument(s); 2 duplicate copies merged; 0 could not be used.',
    ]);
  });

  it('leaves out every copy of an id with conflicting bodies, naming each file:line, and exits with 1', async () => {
    const first = write('clash-a.ndjson', [payload(0), payload(1), payload(2)].join('\n'));
    const second = write('clash-b.ndjson', payload(1, { community: 'south' }));
    const run = await analyze(first, second);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`== ${readiness.id} ${readiness.version}: 2 response(s) ==`);
    const reason = `is one of 2 copies of response d-1 with 2 different contents (${first}:2, ${second}:1); none is counted until only one remains`;
    expect(stderrLines(run)).toEqual([
      `${first}:2: ${reason}`,
      `${second}:1: ${reason}`,
      'Analysed 2 response(s) to 1 instrument(s); 2 could not be used.',
    ]);
  });
});

describe('npm run analyze: large and hostile files', () => {
  it('analyses a 100,000-row CSV, every row counted', async () => {
    const columns = ['response_id', 'instrument_id', 'community', ...itemsOf(readiness).map((item) => item.id)];
    const variants = [1, 2, 3, 4].map((seed) => Object.values(answersFor(readiness, seed)).join(','));
    const rows = Array.from({ length: 100_000 }, (_, i) => `r-${i},${readiness.id},c${i % 5},${variants[i % 4]}`);
    const file = write('large.csv', `${columns.join(',')}\n${rows.join('\n')}\n`);
    // No time limit is asserted: reading is linear (the bench reports the time); this checks the count.
    const run = await runScriptWithin(150_000, 'analyze.ts', file, '--group-by', 'community');
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain(
      `== ${readiness.id} ${readiness.version}: 100000 response(s), grouped by community ==`,
    );
    expect(stderrLines(run)).toEqual(['Analysed 100000 response(s) to 1 instrument(s); 0 could not be used.']);
  }, 180_000);

  it('rejects an answer nested 100,000 levels deep by line and variable, and analyses the other rows', async () => {
    const item = itemsOf(readiness).find((candidate) => candidate.kind === 'scored')!.id;
    const good = (seed: number) =>
      JSON.stringify({
        responseId: `n-${seed}`,
        instrument: { id: readiness.id },
        answers: answersFor(readiness, seed),
      });
    const deep = `{"instrument":{"id":"${readiness.id}"},"answers":{"${item}":${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}}}`;
    const file = write('deep.ndjson', [good(1), good(2), deep, good(3)].join('\n'));
    const run = await analyze(file);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`== ${readiness.id} ${readiness.version}: 3 response(s) ==`);
    expect(stderrLines(run)).toEqual([
      `${file}:3: has an object as its answer to ${item}, where a number or text belongs`,
      'Analysed 3 response(s) to 1 instrument(s); 1 could not be used.',
    ]);
  });

  it('escapes control characters from the responses in every message', async () => {
    const file = write(
      'control\u001b[2J.ndjson',
      [
        JSON.stringify({ instrument: { id: readiness.id }, params: { community: 'n\u001b[31m' }, answers: {} }),
        JSON.stringify({ instrument: { id: '\u009b2J\u2066' }, answers: {} }),
      ].join('\n'),
    );
    const run = await analyze(file);
    expect(run.code).toBe(1);
    // eslint-disable-next-line no-control-regex -- the test looks for control characters
    expect(run.stderr.replace(/\n/g, '')).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2066-\u2069]/);
    const escapedFile = file.replace('\u001b', '\\u001b');
    expect(stderrLines(run)).toEqual([
      `${escapedFile}:1: has a community value that contains characters that are not allowed`,
      expect.stringMatching(/^.*:2: names instrument "\\u009b2J\\u2066"/),
      'Analysed 0 response(s) to 0 instrument(s); 2 could not be used.',
    ]);
  });
});
