/**
 * A throwaway PostgreSQL for tests and benchmarks: Debian's server binaries, a cluster in a temporary
 * folder, listening on loopback on a free port. It cannot run as root, so as root its commands run as
 * the `postgres` user on a folder that user owns. When it cannot start, the error says why and how to
 * fix it: tests that need PostgreSQL fail, never skip.
 */
import { execFile } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Postgres {
  /** postgres://cultivate@127.0.0.1:<port>/postgres */
  url: string;
  port: number;
  /** Stops the server and keeps its data (to test what happens while it is down). */
  halt(): Promise<void>;
  /** Starts a halted server again on the same port and data. */
  resume(): Promise<void>;
  /** A new empty database on this server, returned as its URL. */
  createDatabase(name: string): Promise<string>;
  /** Stops the server and removes its folder. */
  stop(): Promise<void>;
}

const INSTALL_HINT =
  "Install Debian's PostgreSQL server (sudo apt-get install -y postgresql) or set POSTGRES_BIN_DIR to a folder holding initdb and pg_ctl.";

function binDir(): string {
  const given = process.env['POSTGRES_BIN_DIR'];
  if (given) return given;
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).filter((v) => existsSync(join(root, v, 'bin', 'initdb'))) : [];
  const newest = versions.sort((a, b) => Number(b) - Number(a))[0];
  if (newest === undefined)
    throw new Error(`PostgreSQL could not be started for the tests: no ${root}/*/bin/initdb. ${INSTALL_HINT}`);
  return join(root, newest, 'bin');
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

function run(command: string, args: string[], asPostgres: boolean): Promise<string> {
  const [file, argv] = asPostgres ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, args];
  return new Promise((resolve, reject) => {
    execFile(file, argv, { timeout: 60_000 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`${command} ${args.join(' ')} failed: ${stderr.trim() || error.message}`));
      else resolve(stdout);
    });
  });
}

function uidOf(user: string): number {
  const line = readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .find((entry) => entry.startsWith(`${user}:`));
  if (!line)
    throw new Error(
      `PostgreSQL could not be started for the tests: running as root, but there is no "${user}" user to run it as. ${INSTALL_HINT}`,
    );
  return Number(line.split(':')[2]);
}

export async function startPostgres(): Promise<Postgres> {
  const bin = binDir();
  const asPostgres = process.getuid?.() === 0;
  const dir = mkdtempSync(join(tmpdir(), 'cultivate-pg-'));
  if (asPostgres) chownSync(dir, uidOf('postgres'), uidOf('postgres'));
  const data = join(dir, 'data');
  const log = join(dir, 'server.log');
  const port = await freePort();
  const pgCtl = (...args: string[]) => run(join(bin, 'pg_ctl'), ['-D', data, ...args], asPostgres);
  const start = () =>
    pgCtl('-l', log, '-w', '-t', '30', '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1`, 'start');
  const url = (database: string) => `postgres://cultivate@127.0.0.1:${port}/${database}`;
  try {
    await run(
      join(bin, 'initdb'),
      ['-D', data, '-A', 'trust', '-U', 'cultivate', '--no-sync', '-E', 'UTF8'],
      asPostgres,
    );
    await start();
  } catch (error) {
    const serverLog = existsSync(log) ? `\nServer log:\n${readFileSync(log, 'utf8')}` : '';
    rmSync(dir, { recursive: true, force: true });
    throw new Error(
      `PostgreSQL could not be started for the tests: ${(error as Error).message}${serverLog}\n${INSTALL_HINT}`,
      { cause: error },
    );
  }
  return {
    url: url('postgres'),
    port,
    halt: async () => void (await pgCtl('-m', 'fast', '-w', 'stop')),
    resume: async () => void (await start()),
    async createDatabase(name) {
      await run(
        join(bin, 'psql'),
        ['-h', '127.0.0.1', '-p', String(port), '-U', 'cultivate', '-d', 'postgres', '-c', `CREATE DATABASE "${name}"`],
        asPostgres,
      );
      return url(name);
    },
    async stop() {
      await pgCtl('-m', 'immediate', '-w', 'stop').catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
