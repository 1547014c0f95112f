import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { createServer } from 'node:net';
import { describe, expect, it, vi } from 'vitest';
import { payload as collectorPayload, TOKEN } from '../support/collector-harness.ts';
import { collectorWith } from '../support/collector-with.ts';
import { misuseLine, runScript, runScriptWithin, scratchFiles, stderrLines } from '../support/run-script.ts';
import { contentHash } from '../../src/instruments/hash.ts';
import {
  choicesOf,
  constructsOf,
  findInstrument,
  findVersion,
  itemsOf,
  versionsOf,
} from '../../src/instruments/model.ts';
import { model } from '../../src/instruments/source-model.ts';
import { scoreResponse } from '../../src/instruments/score.ts';
import { scoreColumns } from '../../src/instruments/score-table.ts';
import type { Instrument } from '../../src/instruments/types.ts';
import { storedResponses } from '../support/stored-responses.ts';

const { dir, write } = scratchFiles('cultivate-score-cli-');
const score = (...args: string[]) => runScript('score.ts', ...args);
/** The CLI's CSV output (CRLF line ends, the last line too) as rows. */
const table = (text: string) => Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: 'greedy' });

const selfAssessment = findInstrument('cop-self-assessment', model);
const readiness = findInstrument('organizational-readiness', model);
const firstScored = (instrument: Instrument) => itemsOf(instrument).find((item) => item.kind === 'scored')!;

/** Valid answers to every item; `seed` varies which choice each item gets, so rows differ. */
function answersFor(instrument: Instrument, seed: number): Record<string, number | string> {
  return Object.fromEntries(
    itemsOf(instrument).map((item, i) => {
      const choices = choicesOf(item, model);
      return [item.id, choices[(i * seed + seed) % choices.length]!.value];
    }),
  );
}

/** One flat CSV file: a header of variable names and a row per answer set (missing answers as empty cells). */
function flatCsv(columns: readonly string[], rows: readonly Record<string, unknown>[]): string {
  return `${Papa.unparse({ fields: [...columns], data: rows.map((row) => columns.map((c) => row[c] ?? '')) }, { newline: '\n' })}\n`;
}

/** A loopback port nothing listens on: taken from the OS, then released. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const snake = (id: string) => id.replace(/-/g, '_');
const rounded = (value: number | null) => (value === null ? '' : String(Math.round(value * 1000) / 1000));

/** The output row's construct columns agree with scoreResponse computed here. */
function expectScores(row: Record<string, string>, instrument: Instrument, answers: Record<string, number | string>) {
  const scores = scoreResponse(instrument, answers, model);
  expect(scores.constructs).toHaveLength(constructsOf(instrument, model).length);
  // At least one real mean, so the comparison is not only of empty cells.
  expect(scores.constructs.some((construct) => construct.mean !== null && construct.mean % 1 !== 0)).toBe(true);
  for (const construct of scores.constructs) {
    const name = snake(construct.construct);
    expect(row[`${name}_mean`], `${name}_mean`).toBe(rounded(construct.mean));
    expect(row[`${name}_n`], `${name}_n`).toBe(String(construct.answered));
    expect(row[`${name}_band`], `${name}_band`).toBe(construct.band ?? '');
  }
}

describe('npm run score: a mix of good and bad rows', () => {
  const items = itemsOf(selfAssessment).map((item) => item.id);
  const good1 = {
    response_id: 'good-1',
    instrument_id: selfAssessment.id,
    community: 'Math Dept',
    ...answersFor(selfAssessment, 1),
  };
  const good2 = {
    response_id: 'good-2',
    instrument_id: selfAssessment.id,
    site: 'Site 2',
    ...answersFor(selfAssessment, 2),
  };
  const offScale = {
    response_id: 'bad-scale',
    instrument_id: selfAssessment.id,
    ...answersFor(selfAssessment, 3),
    [firstScored(selfAssessment).id]: 7,
  };
  const unknown = {
    response_id: 'bad-instrument',
    instrument_id: 'no-such-instrument',
    ...answersFor(selfAssessment, 4),
  };
  const noInstrument = { response_id: 'bad-missing', ...answersFor(selfAssessment, 5) };
  const columns = ['response_id', 'instrument_id', 'community', 'site', ...items];
  // Lines: header 1, good1 2, offScale 3, good2 4, unknown 5, noInstrument 6.
  const csvFile = write('mixed.csv', flatCsv(columns, [good1, offScale, good2, unknown, noInstrument]));

  const readinessAnswers = answersFor(readiness, 3);
  const goodPayload = {
    responseId: 'good-3',
    instrument: { id: readiness.id, version: readiness.version },
    params: { wave: '2' },
    answers: readinessAnswers,
  };
  // Lines: good payload 1, blank 2, broken 3.
  const ndjsonFile = write('mixed.ndjson', `${JSON.stringify(goodPayload)}\n\n{"responseId": "broken",\n`);

  const run = score(csvFile, ndjsonFile);

  it('exits with 1', async () => {
    expect((await run).code).toBe(1);
  });

  it('writes one CSV row per good response, with file and line', async () => {
    const { data } = table((await run).stdout);
    expect(
      data.map((row) => [row['response_id'], row['instrument_id'], row['source_file'], row['source_line']]),
    ).toEqual([
      ['good-1', selfAssessment.id, csvFile, '2'],
      ['good-2', selfAssessment.id, csvFile, '4'],
      ['good-3', readiness.id, ndjsonFile, '1'],
    ]);
  });

  it('has the construct columns of every instrument it scored, and the parameters', async () => {
    const { meta } = table((await run).stdout);
    for (const column of [
      ...scoreColumns(selfAssessment, model),
      ...scoreColumns(readiness, model),
      'community',
      'site',
      'wave',
      'code',
      'role',
    ]) {
      expect(meta.fields, column).toContain(column);
    }
  });

  it('scores each row as scoreResponse does', async () => {
    const { data } = table((await run).stdout);
    expectScores(data[0]!, selfAssessment, answersFor(selfAssessment, 1));
    expectScores(data[1]!, selfAssessment, answersFor(selfAssessment, 2));
    expectScores(data[2]!, readiness, readinessAnswers);
  });

  it('copies the link parameters and the role', async () => {
    const { data } = table((await run).stdout);
    expect(data[0]).toMatchObject({ community: 'Math Dept', site: '', wave: '' });
    expect(data[1]).toMatchObject({ community: '', site: 'Site 2' });
    expect(data[2]).toMatchObject({ wave: '2' });
    expect(data[0]!['role']).toBe(String(answersFor(selfAssessment, 1)[selfAssessment.roleItem!]));
  });

  it('lists every bad row on stderr as file:line: reason', async () => {
    const lines = stderrLines(await run);
    expect(lines.slice(0, -1)).toEqual([
      expect.stringMatching(
        new RegExp(
          `^${csvFile}:3: has answers outside their scales: ${firstScored(selfAssessment).id}: 7 is not one of`,
        ),
      ),
      expect.stringMatching(new RegExp(`^${csvFile}:5: names instrument "no-such-instrument"`)),
      expect.stringMatching(new RegExp(`^${csvFile}:6: does not say which instrument`)),
      expect.stringMatching(new RegExp(`^${ndjsonFile}:3: cannot be read: `)),
    ]);
    expect(lines.at(-1)).toBe('Scored 3 response(s); 4 could not be scored.');
  });
});

describe('npm run score: good input', () => {
  const answers = answersFor(readiness, 2);
  const file = write(
    'good.json',
    JSON.stringify([{ responseId: 'a', instrument: { id: readiness.id }, answers }], null, 2),
  );

  it('exits with 0 and says how many it scored', async () => {
    const run = await score(file);
    expect(run.code).toBe(0);
    expect(stderrLines(run)).toEqual(['Scored 1 response(s); 0 could not be scored.']);
    const { data, meta } = table(run.stdout);
    expect(data).toHaveLength(1);
    expectScores(data[0]!, readiness, answers);
    // Only the instrument that was scored contributes columns.
    for (const column of scoreColumns(selfAssessment, model).filter(
      (c) => !scoreColumns(readiness, model).includes(c),
    )) {
      expect(meta.fields).not.toContain(column);
    }
  });

  it('accepts a response that carries the instrument’s current version and content hash', async () => {
    const payload = {
      responseId: 'h',
      instrument: { id: readiness.id, version: readiness.version, hash: await contentHash(readiness) },
      answers,
    };
    const run = await score(write('hashed.ndjson', `${JSON.stringify(payload)}\n`));
    expect(run.stderr).toContain('0 could not be scored');
    expect(run.code).toBe(0);
  });

  it('writes the CSV to --out instead of stdout', async () => {
    const out = join(dir, 'scores.csv');
    const [toFile, toStdout] = await Promise.all([score(file, '--out', out), score(file)]);
    expect(toFile.code).toBe(0);
    expect(toFile.stdout).toBe('');
    expect(toFile.stderr).toContain(`into ${out}`);
    expect(readFileSync(out, 'utf8')).toBe(toStdout.stdout);
    expect(table(readFileSync(out, 'utf8')).data).toHaveLength(1);
  });
});

describe('npm run score: --instrument', () => {
  const answers = answersFor(selfAssessment, 1);
  const columns = ['response_id', ...Object.keys(answers)];
  const file = write(
    'no-instrument.csv',
    flatCsv(columns, [
      { response_id: 'x', ...answers },
      { response_id: 'y', ...answersFor(selfAssessment, 2) },
    ]),
  );

  it('without it, rows that do not name their instrument are rejected with a hint', async () => {
    const run = await score(file);
    expect(run.code).toBe(1);
    expect(table(run.stdout).data).toHaveLength(0);
    expect(stderrLines(run).slice(0, -1)).toEqual([
      expect.stringContaining(`${file}:2: `),
      expect.stringContaining(`${file}:3: `),
    ]);
    expect(run.stderr).toContain('--instrument');
  });

  it('names the instrument of CSV rows without instrument_id', async () => {
    const run = await score(file, '--instrument', selfAssessment.id);
    expect(run.code).toBe(0);
    const { data } = table(run.stdout);
    expect(data.map((row) => [row['response_id'], row['instrument_id']])).toEqual([
      ['x', selfAssessment.id],
      ['y', selfAssessment.id],
    ]);
    expectScores(data[0]!, selfAssessment, answers);
  });

  it('exits with 2 for an unknown instrument, naming it and the known ones', async () => {
    const run = await score(file, '--instrument', 'no-such-instrument');
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('"no-such-instrument"');
    for (const instrument of model.instruments) expect(run.stderr).toContain(instrument.id);
  });
});

describe('npm run score: usage and unreadable files', () => {
  it('prints the usage and exits with 2 when no file is given', async () => {
    const run = await score();
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^Usage: npm run score -- /);
  });

  it('prints the usage and exits with 2 when only options are given', async () => {
    const run = await score('--instrument', selfAssessment.id);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^Usage: /);
  });

  it('reports a file that cannot be opened or is empty, and exits with 1', async () => {
    const missing = join(dir, 'missing.csv');
    const empty = write('empty.csv', '');
    const run = await score(missing, empty);
    expect(run.code).toBe(1);
    expect(stderrLines(run).slice(0, -1)).toEqual([
      expect.stringMatching(new RegExp(`^${missing}: cannot be opened: .*ENOENT`)),
      `${empty}: ${empty} is empty.`,
    ]);
  });
});

describe('npm run score: every misuse is one line and the usage, with exit 2', () => {
  const file = write(
    'misuse.ndjson',
    `${JSON.stringify({ instrument: { id: readiness.id }, answers: answersFor(readiness, 5) })}\n`,
  );
  const usage = /^Usage: npm run score -- /;

  it('names an unknown option', async () => {
    expect(misuseLine(await score(file, '--bogus'), usage)).toMatch(/^Unknown option '--bogus'/);
  });

  it('names an option whose value is missing', async () => {
    expect(misuseLine(await score(file, '--out'), usage)).toContain("'--out <value>' argument missing");
    expect(misuseLine(await score(file, '--instrument'), usage)).toContain("'--instrument <value>' argument missing");
  });

  it('refuses an --out that is a folder, before scoring anything', async () => {
    expect(misuseLine(await score(file, '--out', dir), usage)).toBe(
      `--out "${dir}" is a folder; give the path of the CSV file to write.`,
    );
  });

  it('refuses an --out in a folder that does not exist', async () => {
    const out = join(dir, 'no-such-folder', 'scores.csv');
    expect(misuseLine(await score(file, '--out', out), usage)).toBe(
      `--out "${out}": the folder ${join(dir, 'no-such-folder')} does not exist.`,
    );
    expect(existsSync(out)).toBe(false);
  });

  it('names an unknown --instrument with its control characters escaped', async () => {
    const line = misuseLine(await score(file, '--instrument', 'x\u001b[2Jy'), usage);
    expect(line).toBe(`--instrument "x\\u001b[2Jy" is not one of: ${model.instruments.map((i) => i.id).join(', ')}`);
  });
});

describe('npm run score: text from the input on stderr', () => {
  it('escapes control characters in a file name it reports', async () => {
    const missing = join(dir, 'missing\u001b[2J.csv');
    const run = await score(missing);
    expect(run.code).toBe(1);
    expect(run.stderr).not.toContain('\u001b');
    expect(stderrLines(run)[0]).toMatch(new RegExp(`^${join(dir, 'missing')}\\\\u001b\\[2J\\.csv: cannot be opened: `));
  });
});

describe('npm run score: responses to other versions of the instrument', () => {
  const answers = answersFor(selfAssessment, 2);
  const payload = (instrument: Record<string, string>) =>
    JSON.stringify({
      responseId: `r-${(instrument['version'] ?? 'h').replace(/\./g, '-')}-${instrument['hash']?.slice(-4) ?? 'none'}`,
      instrument: { id: selfAssessment.id, ...instrument },
      answers,
    });

  it('reports a version this release does not hold and a hash mismatch, each with its line', async () => {
    const published = await contentHash(selfAssessment);
    const otherHash = `sha256-${'0'.repeat(64)}`;
    expect(otherHash).not.toBe(published);
    const file = write(
      'versions.ndjson',
      [
        payload({ version: '0.9.0' }),
        payload({ version: selfAssessment.version, hash: otherHash }),
        payload({ version: selfAssessment.version, hash: published }),
      ].join('\n'),
    );
    const run = await score(file);
    expect(run.code).toBe(1);
    expect(stderrLines(run)).toEqual([
      `${file}:1: answers ${selfAssessment.id} version 0.9.0, which this release cannot read (it reads ${versionsOf(
        selfAssessment.id,
        model,
      )
        .map((version) => version.version)
        .join(', ')})`,
      `${file}:2: answers ${selfAssessment.id} ${selfAssessment.version} with content hash ${otherHash}, not the published ${published}`,
      'Scored 1 response(s); 2 could not be scored.',
    ]);
    expect(table(run.stdout).data.map((row) => row['source_line'])).toEqual(['3']);
  });

  it('reports an unknown version in a CSV row’s instrument_version column', async () => {
    const file = write(
      'version.csv',
      flatCsv(
        ['instrument_id', 'instrument_version', ...Object.keys(answers)],
        [{ instrument_id: selfAssessment.id, instrument_version: '9.9.9', ...answers }],
      ),
    );
    const run = await score(file);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      `${file}:2: answers ${selfAssessment.id} version 9.9.9, which this release cannot read`,
    );
  });

  it('scores stored version 1 responses and version 2 responses in one file, each with its own version', async () => {
    const current = JSON.stringify({
      responseId: 'v2-1',
      instrument: { id: selfAssessment.id, version: selfAssessment.version, hash: await contentHash(selfAssessment) },
      answers,
    });
    const file = write(
      'both-versions.ndjson',
      [...storedResponses.map((stored) => JSON.stringify(stored)), current].join('\n'),
    );
    const run = await score(file);
    expect(run.code).toBe(0);
    const { data, meta } = table(run.stdout);
    expect(meta.fields).toContain('instrument_version');
    // The readiness profile column exists for version 1's readiness rows, though version 2 has none.
    expect(meta.fields).toContain('readiness_overall');
    const byId = new Map(data.map((row) => [row['response_id'], row]));
    for (const stored of storedResponses) {
      const row = byId.get(stored.responseId)!;
      const version = findVersion(stored.instrument.id, stored.instrument.version, model)!;
      expect(row['instrument_version'], stored.responseId).toBe(stored.instrument.version);
      const scores = scoreResponse(version, stored.answers, model);
      // The same scores the device sent with the response, worked out by version 1's rules.
      expect(scores).toEqual(stored.scores);
      for (const construct of scores.constructs)
        expect(row[`${snake(construct.construct)}_mean`]).toBe(rounded(construct.mean));
      expect(row['readiness_overall']).toBe(scores.readiness ? rounded(scores.readiness.overall) : '');
      expect(row['stage_clarity']).toBe(scores.stage?.clarity ?? '');
    }
    expect(byId.get('v2-1')).toMatchObject({ instrument_version: selfAssessment.version, readiness_overall: '' });
    expectScores(byId.get('v2-1')!, selfAssessment, answers);
  });
});

describe('npm run score --url: responses read from a running collector', () => {
  const collector = collectorWith(
    [
      ...['North', 'South', 'North'].map((community, i) => collectorPayload(selfAssessment, { community }, i)),
      collectorPayload(readiness, { community: 'North' }, 4),
    ],
    write,
  );
  const withoutSource = (text: string) => table(text).data.map(({ source_file: _file, ...row }) => row);

  it('scores the collector’s export as it scores the same export saved to a file, and never prints the token', async () => {
    const [fromUrl, fromFile] = await Promise.all([
      score('--url', collector.url, '--token', TOKEN),
      score(collector.exportFile),
    ]);
    expect(fromUrl.code, fromUrl.stderr).toBe(0);
    expect(fromUrl.stderr).toBe('Scored 4 response(s); 0 could not be scored.\n');
    expect(withoutSource(fromUrl.stdout)).toHaveLength(4);
    expect(withoutSource(fromUrl.stdout)).toEqual(withoutSource(fromFile.stdout));
    expect(fromUrl.stdout + fromUrl.stderr).not.toContain(TOKEN);
  });

  it('takes the token from COLLECTOR_TOKEN, and files beside the collector, each response counted once', async () => {
    vi.stubEnv('COLLECTOR_TOKEN', TOKEN);
    try {
      // The export saved to a file holds the same four responses the collector gives: merged, with a notice.
      const other = write(
        'beside-collector.ndjson',
        `${JSON.stringify({ responseId: 'paper-1', instrument: { id: readiness.id }, answers: answersFor(readiness, 1) })}\n`,
      );
      const run = await score(collector.exportFile, other, '--url', `${collector.url}/`);
      expect(run.code, run.stderr).toBe(0);
      expect(
        table(run.stdout).data.map((row) =>
          row['source_file']!.startsWith(collector.url) ? 'collector' : row['source_file'],
        ),
      ).toEqual([...Array<string>(4).fill('collector'), other]);
      expect(stderrLines(run)).toEqual([
        expect.stringMatching(
          new RegExp(
            `^${collector.exportFile}: 4 duplicate copies merged \\(lines 1, 2, 3, 4\\): the same response id and content as in ${collector.url}`,
          ),
        ),
        'Scored 5 response(s); 4 duplicate copies merged; 0 could not be scored.',
      ]);
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it('says in one line when the collector refuses the token, exits with 1 and writes nothing', async () => {
    const out = join(dir, 'refused.csv');
    const run = await score('--url', collector.url, '--token', 'not-the-token-at-all', '--out', out);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(stderrLines(run)).toEqual([
      'The collector did not accept the read token. Check COLLECTOR_TOKEN (or data/collector-token beside its database).',
    ]);
    expect(existsSync(out)).toBe(false);
  });

  it('says in one line when there is no collector at the address, and exits with 1', async () => {
    const closed = await closedPort();
    const run = await score('--url', `http://127.0.0.1:${closed}`, '--token', TOKEN);
    expect(run.code).toBe(1);
    expect(stderrLines(run)).toEqual([`The collector at http://127.0.0.1:${closed} could not be reached.`]);
  });
});

describe('npm run score: misused --url and --token are one line and the usage, with exit 2', () => {
  const usage = /^Usage: npm run score -- /;

  it('needs a token with --url', async () => {
    vi.stubEnv('COLLECTOR_TOKEN', '');
    try {
      expect(misuseLine(await score('--url', 'http://127.0.0.1:4321'), usage)).toBe(
        "--url needs the collector's read token: pass --token or set COLLECTOR_TOKEN.",
      );
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it('names an address that is not a collector’s, without printing the token', async () => {
    expect(misuseLine(await score('--url', 'collector.example.org', '--token', TOKEN), usage)).toBe(
      '--url: The collector address "collector.example.org" is not a URL (e.g. http://127.0.0.1:4321).',
    );
    const run = await score('--url', 'ftp://collector.example.org', '--token', TOKEN);
    expect(misuseLine(run, usage)).toBe('--url: The collector address must start with https:// or http://, not ftp:');
    expect(run.stderr).not.toContain(TOKEN);
  });

  it('refuses a --token without --url', async () => {
    const file = write(
      'token-only.ndjson',
      `${JSON.stringify({ instrument: { id: readiness.id }, answers: answersFor(readiness, 1) })}\n`,
    );
    expect(misuseLine(await score(file, '--token', TOKEN), usage)).toBe(
      '--token is the read token of a collector: give its address with --url too.',
    );
  });
});

describe('npm run score: each response counted once', () => {
  const payload = (responseId: string, seed: number, params: Record<string, string> = { community: 'Math Dept' }) =>
    JSON.stringify({ responseId, instrument: { id: readiness.id }, params, answers: answersFor(readiness, seed) });

  it('merges identical copies (same id, same content) with a notice, scores each once and exits with 0', async () => {
    const first = write('copies-a.ndjson', [payload('r-1', 1), payload('r-2', 2), payload('r-1', 1)].join('\n'));
    const second = write('copies-b.ndjson', [payload('r-2', 2), payload('r-3', 3)].join('\n'));
    const run = await score(first, second);
    expect(run.code, run.stderr).toBe(0);
    expect(table(run.stdout).data.map((row) => [row['response_id'], row['source_file'], row['source_line']])).toEqual([
      ['r-1', first, '1'],
      ['r-2', first, '2'],
      ['r-3', second, '2'],
    ]);
    expect(stderrLines(run)).toEqual([
      `${first}: 1 duplicate copy merged (line 3): the same response id and content as earlier in the same file; each response is counted once.`,
      `${second}: 1 duplicate copy merged (line 1): the same response id and content as in ${first}; each response is counted once.`,
      'Scored 3 response(s); 2 duplicate copies merged; 0 could not be scored.',
    ]);
  });

  it('rejects every copy of an id with conflicting bodies, with each file:line, counts none and exits with 1', async () => {
    const first = write('conflict-a.ndjson', [payload('r-1', 1), payload('r-2', 2), payload('r-3', 3)].join('\n'));
    const second = write('conflict-b.ndjson', ['', payload('r-1', 1, { community: 'Arts' })].join('\n'));
    const run = await score(first, second);
    expect(run.code).toBe(1);
    expect(table(run.stdout).data.map((row) => row['response_id'])).toEqual(['r-2', 'r-3']);
    const reason = `is one of 2 copies of response r-1 with 2 different contents (${first}:1, ${second}:2); none is counted until only one remains`;
    expect(stderrLines(run)).toEqual([
      `${first}:1: ${reason}`,
      `${second}:2: ${reason}`,
      'Scored 2 response(s); 2 could not be scored.',
    ]);
  });

  it('scores CSV rows without a response id as they are, identical or not', async () => {
    const answers = answersFor(selfAssessment, 1);
    const file = write(
      'no-ids.csv',
      flatCsv(
        ['instrument_id', ...Object.keys(answers)],
        [0, 1, 2].map(() => ({ instrument_id: selfAssessment.id, ...answers })),
      ),
    );
    const run = await score(file);
    expect(run.code, run.stderr).toBe(0);
    expect(table(run.stdout).data).toHaveLength(3);
    expect(stderrLines(run)).toEqual(['Scored 3 response(s); 0 could not be scored.']);
  });
});

describe('npm run score: large and hostile files', () => {
  it('scores a 100,000-row CSV, every row counted, with the right line numbers', async () => {
    const answers = answersFor(selfAssessment, 3);
    const columns = ['response_id', 'instrument_id', 'community', ...Object.keys(answers)];
    const row = (i: number) => [`r-${i}`, selfAssessment.id, `Community ${i % 7}`, ...Object.values(answers)].join(',');
    const rows = Array.from({ length: 100_000 }, (_, i) => row(i));
    // One bad row near the end, so its line number shows the count is right all the way down.
    rows[99_990] = row(99_990).replace(`r-99990,${selfAssessment.id}`, 'r-99990,no-such-instrument');
    const file = write('large.csv', `${columns.join(',')}\n${rows.join('\n')}\n`);
    const out = join(dir, 'large-scores.csv');
    // No time limit is asserted: reading is linear (the bench reports the time); this checks the count and lines.
    const run = await runScriptWithin(150_000, 'score.ts', file, '--out', out);
    expect(run.code).toBe(1);
    expect(stderrLines(run)).toEqual([
      expect.stringMatching(new RegExp(`^${file}:99992: names instrument "no-such-instrument"`)),
      `Scored 99999 response(s) into ${out}; 1 could not be scored.`,
    ]);
    const { data } = table(readFileSync(out, 'utf8'));
    expect(data).toHaveLength(99_999);
    expect(data.at(-1)).toMatchObject({ response_id: 'r-99999', source_line: '100001' });
  }, 180_000);

  it('rejects an answer nested 100,000 levels deep, naming its line and variable, and scores the other rows', async () => {
    const item = firstScored(readiness).id;
    const good = (id: string) =>
      JSON.stringify({ responseId: id, instrument: { id: readiness.id }, answers: answersFor(readiness, 2) });
    const deep = `{"responseId":"deep","instrument":{"id":"${readiness.id}"},"answers":{"${item}":${'['.repeat(100_000)}${']'.repeat(100_000)}}}`;
    const file = write('deep.ndjson', [good('ok-1'), deep, good('ok-2')].join('\n'));
    const run = await score(file);
    expect(run.code).toBe(1);
    expect(table(run.stdout).data.map((row) => row['response_id'])).toEqual(['ok-1', 'ok-2']);
    expect(stderrLines(run)).toEqual([
      `${file}:2: has a list as its answer to ${item}, where a number or text belongs`,
      'Scored 2 response(s); 1 could not be scored.',
    ]);
  });

  it('escapes control characters from the responses in every message', async () => {
    const lines = [
      JSON.stringify({ responseId: 'x', instrument: { id: 'evil\u001b]0;owned\u0007\u001b[2J' }, answers: {} }),
      JSON.stringify({
        instrument: { id: readiness.id },
        answers: { [firstScored(readiness).id]: 'x\u009b31m\u202e' },
      }),
      '{"broken": "\u001b[1A',
    ];
    const file = write('control.ndjson', lines.join('\n'));
    const run = await score(file);
    expect(run.code).toBe(1);
    // eslint-disable-next-line no-control-regex -- the test looks for control characters
    expect(run.stderr.replace(/\n/g, '')).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e]/);
    const messages = stderrLines(run);
    expect(messages[0]).toContain('"evil\\u001b]0;owned\\u0007\\u001b[2J"');
    expect(messages[1]).toContain('x\\u009b31m\\u202e');
    expect(messages[2]).toMatch(new RegExp(`^${file}:3: cannot be read: `));
  });
});
