import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { choicesOf, itemsOf } from '../../src/instruments/model.ts';
import { model } from '../../src/instruments/source-model.ts';
import { buildPayload, type ResponsePayload } from '../../src/instruments/payload.ts';
import { readableHashes } from '../../src/instruments/hash.ts';
import type { Instrument } from '../../src/instruments/types.ts';

export const root = fileURLToPath(new URL('../..', import.meta.url));
export const node = join(root, 'node_modules/.bin/node');
export const TOKEN = 'test-read-token-0123456789';

export type StoreKind = 'sqlite' | 'postgres';

/** A scratch folder with a tiny built site in it, for the collector to serve. */
export function scratchDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cultivate-collector-'));
  mkdirSync(join(dir, 'site', 'instruments'), { recursive: true });
  writeFileSync(join(dir, 'site', 'index.html'), '<!doctype html><title>Home</title><p>home page</p>');
  writeFileSync(
    join(dir, 'site', 'instruments', 'index.html'),
    '<!doctype html><title>Instruments</title><p>instruments page</p>',
  );
  writeFileSync(join(dir, 'site', '404.html'), '<!doctype html><title>Not found</title><p>page not found</p>');
  return dir;
}

export interface Collector {
  url: string;
  process: ChildProcess;
  /** Everything the process printed so far. */
  output(): string;
  /** Resolves with the exit code once the process has ended. */
  exited: Promise<number | null>;
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/**
 * Starts `node collector/server.ts` as a user would, on a free port, and resolves once its startup line
 * is printed and /healthz answers. `env` adds to or overrides the defaults below.
 */
export async function startCollector(dir: string, env: Record<string, string> = {}): Promise<Collector> {
  const child = spawn(node, ['collector/server.ts'], {
    cwd: root,
    env: {
      PATH: process.env['PATH'],
      PORT: '0',
      COLLECTOR_DATA_DIR: join(dir, 'data'),
      COLLECTOR_SITE_DIR: join(dir, 'site'),
      COLLECTOR_TOKEN: TOKEN,
      COLLECTOR_RATE_LIMIT: '100000',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`The collector did not start within 20 s:\n${output}`)), 20_000);
    const look = () => {
      const match = /listening on (http:\/\/\S+) /.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child.stdout!.on('data', look);
    void exited.then((code) => reject(new Error(`The collector exited with ${code} before listening:\n${output}`)));
  });
  const health = await fetch(`${url}/healthz`);
  if (!health.ok) throw new Error(`The collector started but /healthz answered ${health.status}`);
  return {
    url,
    process: child,
    output: () => output,
    exited,
    async stop(signal = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
}

export const removeDir = (dir: string) => rmSync(dir, { recursive: true, force: true });

const hashes = await readableHashes();
/** The content hash of any version the model holds, current or archived. */
export const hashOf = (instrument: Instrument) => hashes[instrument.id]![instrument.version]!;
export const selfAssessment = model.instruments.find((i) => i.id === 'cop-self-assessment')!;
export const readiness = model.instruments.find((i) => i.id === 'organizational-readiness')!;

/** Every item answered with its n-th choice (cycling), so scores are real numbers. */
export function answersFor(instrument: Instrument, n = 0): Record<string, number | string> {
  return Object.fromEntries(
    itemsOf(instrument).map((item, i) => {
      const choices = choicesOf(item, model);
      return [item.id, choices[(n + i) % choices.length]!.value];
    }),
  );
}

/** A valid payload as the respondent's device builds it. */
export function payload(
  instrument: Instrument = selfAssessment,
  params: Record<string, string> = { community: 'Math' },
  n = 0,
): ResponsePayload {
  const now = new Date().toISOString();
  return buildPayload({
    within: model,
    instrument,
    hash: hashOf(instrument),
    params,
    answers: answersFor(instrument, n),
    responseId: crypto.randomUUID(),
    startedAt: now,
    submittedAt: now,
    locale: 'en-GB',
    language: 'en',
  });
}

export function post(
  url: string,
  body: unknown,
  contentType = 'application/json',
  headers: Record<string, string> = {},
): Promise<Response> {
  return fetch(`${url}/api/responses`, {
    method: 'POST',
    headers: { 'content-type': contentType, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

export function read(
  url: string,
  path: string,
  token: string | null = TOKEN,
  init: RequestInit = {},
): Promise<Response> {
  return fetch(`${url}${path}`, {
    ...init,
    headers: { ...(token === null ? {} : { authorization: `Bearer ${token}` }), ...init.headers },
  });
}

export async function count(url: string, query = ''): Promise<number> {
  const response = await read(url, `/api/responses/count${query}`);
  return ((await response.json()) as { count: number }).count;
}
