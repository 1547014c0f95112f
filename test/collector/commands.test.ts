/**
 * The collector's commands as a researcher runs them: the export CLI, the SQLite → PostgreSQL migration,
 * and refusing bad settings at start.
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseSettings } from '../../collector/settings.ts';
import { startPostgres, type Postgres } from '../support/postgres.ts';
import {
  node,
  payload,
  post,
  read,
  readiness,
  removeDir,
  root,
  scratchDir,
  startCollector,
  TOKEN,
  type Collector,
} from '../support/collector-harness.ts';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function runCommand(script: string, args: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      node,
      [script, ...args],
      { cwd: root, env: { PATH: process.env['PATH'], ...env }, timeout: 30_000 },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code) : 0, stdout, stderr }),
    );
  });
}

let dir: string;
let postgres: Postgres;
let sqlite: Collector;

beforeAll(async () => {
  dir = scratchDir();
  [postgres, sqlite] = await Promise.all([startPostgres(), startCollector(dir, { COLLECTOR_TOKEN: '' })]);
});
afterAll(async () => {
  await sqlite?.stop();
  await postgres?.stop();
  removeDir(dir);
});

describe('the read token', () => {
  it('is generated on first start, kept owner-only beside the database, named (not printed) in the startup line, and reused', async () => {
    const file = join(dir, 'data', 'collector-token');
    const token = readFileSync(file, 'utf8').trim();
    expect(token).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(sqlite.output()).toContain(`read token: ${file}`);
    expect(sqlite.output()).not.toContain(token);
    expect((await read(sqlite.url, '/api/responses/count', token)).status).toBe(200);
    expect((await read(sqlite.url, '/api/responses/count', TOKEN)).status).toBe(401);
  });
});

describe('npm run export', () => {
  const exportCli = (args: string[], env: Record<string, string> = {}) =>
    runCommand('collector/export-cli.ts', args, env);
  let token: string;
  const sent = [payload(), payload(readiness, { community: 'Art' })];

  beforeAll(async () => {
    token = readFileSync(join(dir, 'data', 'collector-token'), 'utf8').trim();
    for (const body of sent) expect((await post(sqlite.url, body)).status).toBe(201);
  });

  it('streams NDJSON to stdout with the token from COLLECTOR_TOKEN', async () => {
    const run = await exportCli(['--url', sqlite.url, '--format', 'ndjson'], { COLLECTOR_TOKEN: token });
    expect(run.code).toBe(0);
    const ids = run.stdout
      .trim()
      .split('\n')
      .map((line) => (JSON.parse(line) as { responseId: string }).responseId);
    expect(ids).toEqual(expect.arrayContaining(sent.map((body) => body.responseId)));
  });

  it("writes one instrument's CSV to a file", async () => {
    const out = join(dir, 'readiness.csv');
    const run = await exportCli([
      '--url',
      sqlite.url,
      '--token',
      token,
      '--format',
      'csv',
      '--instrument',
      'organizational-readiness',
      '--out',
      out,
    ]);
    expect(run.code).toBe(0);
    const lines = readFileSync(out, 'utf8').trim().split('\r\n');
    expect(lines[0]).toMatch(/^response_id,instrument_id,/);
    expect(lines.slice(1).map((line) => line.split(',')[0])).toEqual([sent[1]!.responseId]);
  });

  it.each([
    [['--format', 'ndjson', '--token', 'x'], /--url is missing/],
    [['--url', 'http://127.0.0.1:1', '--format', 'ndjson'], /token is missing/],
    [['--url', 'http://127.0.0.1:1', '--token', 'x', '--format', 'xml'], /--format must be ndjson or csv/],
    [['--url', 'http://127.0.0.1:1', '--token', 'x', '--format', 'csv'], /needs --instrument/],
    [['--url', 'http://127.0.0.1:1', '--token', 'x', '--format', 'ndjson', '--colour', 'red'], /colour/],
  ])('exits 2 with one line and the usage for %j', async (args, message) => {
    const run = await exportCli(args);
    expect(run.code).toBe(2);
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(message);
    expect(lines[1]).toMatch(/^Usage: npm run export/);
  });

  it('exits 1 naming the refusal when the token is wrong', async () => {
    const run = await exportCli(['--url', sqlite.url, '--token', 'wrong-token-wrong-token', '--format', 'ndjson']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/401/);
    expect(run.stdout).toBe('');
  });
});

describe('npm run collector:migrate-to-postgres', () => {
  const migrate = (args: string[]) => runCommand('collector/migrate-to-postgres.ts', args);

  it('copies every row, deletion and hash, idempotently, and the collector on PostgreSQL serves the same export', async () => {
    const source = scratchDir();
    try {
      const before = await startCollector(source);
      const sent = [payload(), payload(), payload(readiness, { site: 'North' })];
      for (const body of sent) expect((await post(before.url, body)).status).toBe(201);
      expect(
        (await read(before.url, `/api/responses/${sent[1]!.responseId}`, TOKEN, { method: 'DELETE' })).status,
      ).toBe(200);
      const exported = await (await read(before.url, '/api/responses')).text();
      await before.stop();

      const target = await postgres.createDatabase('migrated');
      const from = join(source, 'data', 'responses.sqlite');
      const first = await migrate(['--from', from, '--to', target]);
      expect(first.stderr).toBe('');
      expect(first.code).toBe(0);
      expect(first.stdout).toMatch(
        /Copied 3 response\(s\); 0 were already in PostgreSQL; 0 conflict\(s\); 1 deletion\(s\)/,
      );
      const again = await migrate(['--from', from, '--to', target]);
      expect(again.code).toBe(0);
      expect(again.stdout).toMatch(/Copied 0 response\(s\); 3 were already in PostgreSQL; 0 conflict\(s\)/);

      const after = await startCollector(source, { DATABASE_URL: target, COLLECTOR_DATA_DIR: join(source, 'pg-data') });
      try {
        expect(await (await read(after.url, '/api/responses')).text()).toBe(exported);
        // The deleted response is still there, deleted: a repeat is a duplicate, not a new row.
        expect((await post(after.url, sent[1])).status).toBe(200);
        expect(await (await read(after.url, '/api/responses/count')).json()).toEqual({ count: 2 });
      } finally {
        await after.stop();
      }
    } finally {
      removeDir(source);
    }
  });

  it.each([
    [['--to', 'postgres://x@127.0.0.1/db'], /--from is missing/],
    [['--from', '/no/such/file.sqlite', '--to', 'postgres://x@127.0.0.1/db'], /does not exist/],
    [['--from', 'package.json', '--to', 'mysql://x'], /--to must be a postgres:\/\/ URL/],
  ])('exits 2 with one line and the usage for %j', async (args, message) => {
    const run = await migrate(args);
    expect(run.code).toBe(2);
    const lines = run.stderr.trim().split('\n');
    expect(lines[0]).toMatch(message);
    expect(lines[1]).toMatch(/^Usage: npm run collector:migrate-to-postgres/);
  });
});

describe('settings', () => {
  it.each([
    [{ PORT: 'eighty' }, /PORT="eighty"/],
    [{ COLLECTOR_BODY_LIMIT: '-1' }, /COLLECTOR_BODY_LIMIT/],
    [{ COLLECTOR_RATE_LIMIT: '0' }, /COLLECTOR_RATE_LIMIT/],
    [{ DATABASE_URL: 'mysql://db' }, /DATABASE_URL/],
    [{ COLLECTOR_ORIGINS: 'https://a.example/path' }, /COLLECTOR_ORIGINS/],
    [{ COLLECTOR_TOKEN: 'short' }, /COLLECTOR_TOKEN/],
    [{ HOST: 'a host' }, /HOST/],
  ])('refuses %j, naming the variable', (env, message) => {
    expect(() => parseSettings(env)).toThrow(message);
  });

  it('reads the documented defaults', () => {
    expect(parseSettings({})).toMatchObject({
      port: 4321,
      host: '127.0.0.1',
      databaseUrl: null,
      sqlitePath: join('data', 'responses.sqlite'),
      siteDir: 'dist',
      bodyLimit: 262_144,
      rateLimit: 120,
      origins: [],
    });
  });

  it('exits 2 at start on a bad setting, with its message, and creates no database', async () => {
    const scratch = scratchDir();
    try {
      const run = await runCommand('collector/server.ts', [], {
        COLLECTOR_DATA_DIR: join(scratch, 'data'),
        PORT: 'eighty',
      });
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/PORT="eighty"/);
      expect(existsSync(join(scratch, 'data', 'responses.sqlite'))).toBe(false);
    } finally {
      removeDir(scratch);
    }
  });

  it('says which variable to fix when PostgreSQL cannot be reached', async () => {
    const run = await runCommand('collector/server.ts', [], {
      DATABASE_URL: `postgres://nobody@127.0.0.1:${postgres.port + 1}/none`,
      PORT: '0',
      COLLECTOR_TOKEN: TOKEN,
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/DATABASE_URL/);
  });
});
