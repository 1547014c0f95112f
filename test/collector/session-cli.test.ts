/**
 * npm run session as a facilitator's organiser runs it: creating a session against a real collector, the links
 * it prints, closing and deleting, and every misuse answered with one line and the usage (exit 2).
 */
import { execFile } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  node,
  payload,
  post,
  removeDir,
  root,
  scratchDir,
  startCollector,
  TOKEN,
  type Collector,
} from '../support/collector-harness.ts';
import { misuseLine, type Run } from '../support/run-script.ts';

function session(args: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      node,
      ['collector/session-cli.ts', ...args],
      { cwd: root, env: { PATH: process.env['PATH'], ...env }, timeout: 30_000 },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code) : 0, stdout, stderr }),
    );
  });
}

const USAGE = /^Usage: npm run session -- create/;
const CODE = 'AbCdEfGhIjKlMnOpQrStUv';
const FACILITATOR = 'x'.repeat(43);

let dir: string;
let collector: Collector;
beforeAll(async () => {
  dir = scratchDir();
  collector = await startCollector(dir);
});
afterAll(async () => {
  await collector?.stop();
  removeDir(dir);
});

describe('npm run session', () => {
  it('creates a session and prints the respondent link, the private facilitator link and a warning; closes and deletes it', async () => {
    const created = await session(
      [
        'create',
        '--url',
        collector.url,
        '--instrument',
        'cop-self-assessment',
        '--community',
        'Math Dept',
        '--min',
        '3',
        '--site',
        'https://survey.example.org/cultivate/',
      ],
      { COLLECTOR_TOKEN: TOKEN },
    );
    expect(created.stderr).toMatch(/keep it private/i);
    expect(created.code).toBe(0);
    const respondent =
      /(https:\/\/survey\.example\.org\/cultivate\/instruments\/cop-self-assessment\/\?community=Math\+Dept&session=([A-Za-z0-9_-]{22}))\n/.exec(
        created.stdout,
      );
    expect(respondent).not.toBeNull();
    const code = respondent![2]!;
    const facilitatorLink = new RegExp(
      `https://survey\\.example\\.org/cultivate/team/#session=${code}&token=([A-Za-z0-9_-]{43})\\n`,
    ).exec(created.stdout);
    expect(facilitatorLink).not.toBeNull();
    const token = facilitatorLink![1]!;
    expect(created.stdout).toMatch(/from 3 responses/);
    expect(created.stdout).toMatch(/private/);

    for (let n = 0; n < 2; n++) expect((await post(collector.url, { ...payload(), session: code })).status).toBe(201);

    const closed = await session(['close', '--url', collector.url, '--session', code, '--facilitator-token', token]);
    expect(closed.code).toBe(0);
    expect(closed.stdout).toMatch(new RegExp(`Closed team session ${code} at \\d{4}-`));
    expect((await post(collector.url, { ...payload(), session: code })).status).toBe(409);

    const rotated = await session(['token', '--url', collector.url, '--session', code], { FACILITATOR_TOKEN: token });
    expect(rotated.code).toBe(0);
    const newToken = new RegExp(`${collector.url}/team/#session=${code}&token=([A-Za-z0-9_-]{43})`).exec(
      rotated.stdout,
    )![1]!;
    const stale = await session(['delete', '--url', collector.url, '--session', code, '--facilitator-token', token]);
    expect(stale.code).toBe(1);
    expect(stale.stderr).toMatch(/401/);

    const deleted = await session([
      'delete',
      '--url',
      collector.url,
      '--session',
      code,
      '--facilitator-token',
      newToken,
    ]);
    expect(deleted.code).toBe(0);
    expect(deleted.stdout).toMatch(new RegExp(`Deleted team session ${code} and 2 response\\(s\\)`));
  });

  it('prints links on the collector’s origin when no --site is given', async () => {
    const created = await session([
      'create',
      '--url',
      collector.url,
      '--token',
      TOKEN,
      '--instrument',
      'cop-self-assessment',
      '--community',
      'Art',
    ]);
    expect(created.code).toBe(0);
    expect(created.stdout).toContain(`${collector.url}/instruments/cop-self-assessment/?community=Art&session=`);
    expect(created.stdout).toContain(`${collector.url}/team/#session=`);
  });

  it('prints links to the Spanish pages with --language es: the survey for the team, the team view for the facilitator', async () => {
    const team = ['--instrument', 'cop-self-assessment', '--community', 'Arte'];
    const created = await session(['create', '--url', collector.url, '--token', TOKEN, ...team, '--language', 'es']);
    expect(created.code).toBe(0);
    expect(created.stdout).toContain(`${collector.url}/es/instruments/cop-self-assessment/?community=Arte&session=`);
    const link = new RegExp(`${collector.url}/es/team/#session=([A-Za-z0-9_-]{22})&token=([A-Za-z0-9_-]{43})\\n`).exec(
      created.stdout,
    );
    expect(link).not.toBeNull();
    const rotated = await session(['token', '--url', collector.url, '--session', link![1]!, '--language', 'es'], {
      FACILITATOR_TOKEN: link![2]!,
    });
    expect(rotated.code).toBe(0);
    expect(rotated.stdout).toMatch(
      new RegExp(`${collector.url}/es/team/#session=${link![1]!}&token=[A-Za-z0-9_-]{43}`),
    );
  });

  it('exits 1 naming the refusal when the collector refuses', async () => {
    const wrong = await session([
      'create',
      '--url',
      collector.url,
      '--token',
      'wrong-token-wrong-token',
      '--instrument',
      'cop-self-assessment',
      '--community',
      'Art',
    ]);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toMatch(/401/);
    expect(wrong.stdout).toBe('');
    const bad = await session([
      'create',
      '--url',
      collector.url,
      '--token',
      TOKEN,
      '--instrument',
      'cop-self-assessment',
      '--community',
      '<b>',
    ]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/400: The community value/);
    const unknown = await session([
      'close',
      '--url',
      collector.url,
      '--session',
      CODE,
      '--facilitator-token',
      FACILITATOR,
    ]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/401/);
    // One code or token in 64 begins with "-": it is still read as the option's value, not as an option.
    const hyphenated = await session([
      'close',
      '--url',
      collector.url,
      '--session',
      `-${CODE.slice(1)}`,
      '--facilitator-token',
      `-${FACILITATOR.slice(1)}`,
    ]);
    expect(hyphenated.code).toBe(1);
    expect(hyphenated.stderr).toMatch(/401/);
  });

  it.each<[string[], RegExp]>([
    [[], /Name a command first/],
    [['--url', 'http://127.0.0.1:1'], /Name a command first/],
    [['open', '--url', 'http://127.0.0.1:1'], /"open" is not a command/],
    [['create', 'extra', '--url', 'http://127.0.0.1:1'], /Unexpected argument "extra"/],
    [['create', '--instrument', 'cop-self-assessment', '--community', 'Math', '--token', 'x'], /--url is missing/],
    [['create', '--url', 'not a url', '--token', 'x'], /is not a URL/],
    [['create', '--url', 'ftp://127.0.0.1:1', '--token', 'x'], /must be an http\(s\) address/],
    [
      ['create', '--url', 'http://127.0.0.1:1', '--instrument', 'cop-self-assessment', '--community', 'Math'],
      /read token is missing/,
    ],
    [['create', '--url', 'http://127.0.0.1:1', '--token', 'x', '--community', 'Math'], /--instrument is missing/],
    [
      ['create', '--url', 'http://127.0.0.1:1', '--token', 'x', '--instrument', 'nope', '--community', 'Math'],
      /--instrument "nope" is not one of/,
    ],
    [
      ['create', '--url', 'http://127.0.0.1:1', '--token', 'x', '--instrument', 'cop-self-assessment'],
      /--community is missing/,
    ],
    [
      [
        'create',
        '--url',
        'http://127.0.0.1:1',
        '--token',
        'x',
        '--instrument',
        'cop-self-assessment',
        '--community',
        'M',
        '--min',
        'five',
      ],
      /--min "five" must be a whole number/,
    ],
    [
      ['create', '--url', 'http://127.0.0.1:1', '--token', 'x', '--session', CODE],
      /--session is not an option of "create"/,
    ],
    [['close', '--url', 'http://127.0.0.1:1', '--facilitator-token', FACILITATOR], /--session is missing/],
    [
      ['close', '--url', 'http://127.0.0.1:1', '--session', 'abc', '--facilitator-token', FACILITATOR],
      /is not a session code/,
    ],
    [['delete', '--url', 'http://127.0.0.1:1', '--session', CODE], /facilitator token is missing/],
    [['delete', '--url', 'http://127.0.0.1:1', '--session', CODE, '--facilitator-token', 'short'], /not one \(43/],
    [
      ['close', '--url', 'http://127.0.0.1:1', '--session', CODE, '--facilitator-token', FACILITATOR, '--min', '3'],
      /--min is not an option of "close"/,
    ],
    [['close', '--url', 'http://127.0.0.1:1', '--colour', 'red'], /colour/],
    [
      ['create', '--url', 'http://127.0.0.1:1', '--language', 'fr'],
      /--language "fr" is not one of the site's languages: en, es/,
    ],
    [
      [
        'close',
        '--url',
        'http://127.0.0.1:1',
        '--session',
        CODE,
        '--facilitator-token',
        FACILITATOR,
        '--language',
        'es',
      ],
      /--language is not an option of "close"/,
    ],
  ])('exits 2 with one line and the usage for %j', async (args, message) => {
    expect(misuseLine(await session(args), USAGE)).toMatch(message);
  });

  it('prints the usage and exits 0 for --help', async () => {
    const help = await session(['--help']);
    expect(help.code).toBe(0);
    expect(help.stderr).toMatch(USAGE);
  });
});
