/**
 * The collector under loopback load (autocannon), figures only, never assertions:
 *  - responses/s and p50/p99 latency at 10, 100 and 1,000 concurrent clients, storing in SQLite and in
 *    PostgreSQL, beside a bare Hono server that answers 201 without storing anything (the ceiling);
 *  - after every run, the stored rows counted against what was acknowledged: lost, duplicated, and stored
 *    for a client that had stopped waiting (a request in flight when the run ended);
 *  - the time and the collector's peak memory to export 100,000 responses as NDJSON and as CSV.
 * Every body is a unique valid response (scored and hashed by the project's own modules). Beside each run's
 * rate stands the server's CPU time per acknowledged response, from /proc: on a shared machine that figure
 * holds still when the rate does not. Results print as a table and go to bench-results/collector.json.
 * `--seconds` and `--export` shorten a run while working on the collector.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { instruments } from '../../src/instruments/source-model.ts';
import { confirmsReceipt } from '../../src/respond/receipt.ts';
import { commandLine } from '../cli.ts';
import {
  node,
  payload,
  read,
  removeDir,
  root,
  scratchDir,
  startCollector,
  type Collector,
} from '../../test/support/collector-harness.ts';
import { startPostgres } from '../../test/support/postgres.ts';

const cli = commandLine(
  'Usage: node scripts/bench/collector.ts [--seconds <per run, default 10>] [--export <responses, default 100000; 0: no export>]',
  {
    seconds: { type: 'string' },
    export: { type: 'string' },
  },
);
const wholeNumber = (option: string, given: string | undefined, fallback: number, least: number) => {
  if (given === undefined) return fallback;
  if (!/^\d+$/.test(given) || Number(given) < least)
    cli.misuse(`--${option} must be a whole number of at least ${least}.`);
  return Number(given);
};

const CLIENTS = [10, 100, 1_000] as const;
const RUN_SECONDS = wholeNumber('seconds', cli.values.seconds, 10, 1);
const WARM_UP_SECONDS = 3;
const EXPORT_COUNT = wholeNumber('export', cli.values.export, 100_000, 0);
/** A run that loads a fixed number of responses is stopped after this long, whatever it has done. */
const LOAD_LIMIT_SECONDS = 900;
const REQUEST_TIMEOUT_SECONDS = 20;
const instrument = instruments[0]!;

interface LoadRun {
  target: string;
  clients: number;
  seconds: number;
  /** Acknowledged responses per second. */
  responsesPerSecond: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  /** The server's CPU time (user + system) during the run, per acknowledged response. */
  cpuMicroseconds: number;
  /** Rows counted afterwards (null for the ceiling, which stores nothing). */
  rows: {
    stored: number;
    lost: number;
    duplicated: number;
    storedUnacknowledged: number;
    notSent: number;
    noReceipt: number;
  } | null;
}

interface ExportRun {
  store: string;
  format: 'ndjson' | 'csv';
  responses: number;
  seconds: number;
  megabytes: number;
  /** The collector's resident memory just after start, and its peak (VmHWM) once the export ended. */
  rssAtStartMb: number;
  peakRssMb: number;
}

const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

/** CPU time a process has used, user and system, in µs, from /proc (Linux; its clock ticks 100 times a second). */
function cpuTime(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10_000;
}

/** Resident memory of a process in bytes, from /proc (Linux). */
function memory(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((entry) => entry.startsWith(`${field}:`));
  return Number(/(\d+)/.exec(line ?? '')?.[1] ?? NaN) * 1024;
}

/**
 * Unique valid bodies, cheaply: a few of the harness's payloads (answered, scored, hashed as a device does)
 * serve as templates, and each body is one of them under a fresh responseId.
 */
function responseBodies(params: Record<string, string>, variety = 32): () => { responseId: string; body: string } {
  const templates = Array.from({ length: variety }, (_, n) => {
    const made = payload(instrument, params, n);
    return JSON.stringify(made).split(made.responseId) as [string, string];
  });
  let next = 0;
  return () => {
    const [before, after] = templates[next++ % variety]!;
    const responseId = crypto.randomUUID();
    return { responseId, body: before + responseId + after };
  };
}

/**
 * POSTs unique responses tagged with the link parameter `wave` for `seconds` (or until `amount` are sent),
 * noting which ids were sent and which came back with a receipt.
 */
async function load(url: string, clients: number, wave: string, limit: { seconds: number } | { amount: number }) {
  const next = responseBodies({ community: 'bench', wave });
  const sent = new Set<string>();
  const acknowledged = new Set<string>();
  let noReceipt = 0;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: `${url}/api/responses`,
        connections: clients,
        timeout: REQUEST_TIMEOUT_SECONDS,
        ...('seconds' in limit ? { duration: limit.seconds } : { amount: limit.amount }),
        requests: [
          {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            setupRequest: (request, context) => {
              const { responseId, body } = next();
              sent.add(responseId);
              (context as { responseId?: string }).responseId = responseId;
              return { ...request, body };
            },
            onResponse: (status, body, context) => {
              if (status < 200 || status >= 300) return;
              const { responseId } = context as { responseId: string };
              if (confirmsReceipt(body, responseId)) acknowledged.add(responseId);
              else noReceipt++;
            },
          },
        ],
      },
      (error, done) => (error ? reject(error) : resolve(done)),
    );
    const cap = setTimeout(() => instance.stop(), LOAD_LIMIT_SECONDS * 1000);
    instance.once('done', () => clearTimeout(cap));
  });
  return { result, sent, acknowledged, noReceipt };
}

/** Waits (at most 10 s) until the count of a wave's rows stops moving: requests cut off at the end of a run may still be storing. */
async function settle(collector: Collector, wave: string): Promise<void> {
  let last = -1;
  for (let poll = 0; poll < 40; poll++) {
    const { count } = (await (
      await read(collector.url, `/api/responses/count?param.wave=${encodeURIComponent(wave)}`)
    ).json()) as { count: number };
    if (count === last) return;
    last = count;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** The ids a wave's NDJSON export holds, streamed line by line, and how many lines repeated an id. */
async function storedIds(collector: Collector, wave: string): Promise<{ ids: Set<string>; lines: number }> {
  const response = await read(collector.url, `/api/responses?format=ndjson&param.wave=${encodeURIComponent(wave)}`);
  if (!response.ok || !response.body) throw new Error(`Export answered ${response.status}: ${await response.text()}`);
  const ids = new Set<string>();
  let lines = 0;
  let rest = '';
  const take = (line: string) => {
    if (line.trim() === '') return;
    lines++;
    ids.add((JSON.parse(line) as { responseId: string }).responseId);
  };
  for await (const chunk of response.body.pipeThrough(new TextDecoderStream())) {
    const parts = (rest + chunk).split('\n');
    rest = parts.pop()!;
    parts.forEach(take);
  }
  take(rest);
  return { ids, lines };
}

async function measured(
  target: string,
  url: string,
  pid: number,
  clients: number,
  collector: Collector | null,
): Promise<LoadRun> {
  const wave = `bench-${target}-${clients}`;
  const cpuBefore = cpuTime(pid);
  const { result, sent, acknowledged, noReceipt } = await load(url, clients, wave, { seconds: RUN_SECONDS });
  const cpu = cpuTime(pid) - cpuBefore;
  let rows: LoadRun['rows'] = null;
  if (collector) {
    await settle(collector, wave);
    const { ids, lines } = await storedIds(collector, wave);
    const count = (test: (id: string) => boolean, from: Iterable<string>) => [...from].filter(test).length;
    rows = {
      stored: ids.size,
      lost: count((id) => !ids.has(id), acknowledged),
      duplicated: lines - ids.size,
      storedUnacknowledged: count((id) => !acknowledged.has(id), ids),
      notSent: count((id) => !sent.has(id), ids),
      noReceipt,
    };
  }
  const answered = collector ? acknowledged.size : result['2xx'];
  return {
    target,
    clients,
    seconds: result.duration,
    responsesPerSecond: Math.round(answered / result.duration),
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    cpuMicroseconds: Math.round(cpu / answered),
    rows,
  };
}

/** A bare Hono server that reads the body and answers 201: what the framework costs with no work behind it. */
async function startCeiling(): Promise<{ url: string; pid: number; stop(): void }> {
  const code = `
    import { serve } from '@hono/node-server';
    import { Hono } from 'hono';
    const app = new Hono();
    app.post('/api/responses', async (c) => { await c.req.text(); return c.json({ status: 'stored' }, 201); });
    serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => console.log('listening on http://127.0.0.1:' + info.port));
  `;
  const child = spawn(node, ['--input-type=module', '-e', code], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('The ceiling server did not start within 10 s.')), 10_000);
    child.stdout.once('data', (chunk: Buffer) => {
      clearTimeout(timer);
      resolve(/listening on (\S+)/.exec(chunk.toString())![1]!);
    });
    child.once('exit', (code) => reject(new Error(`The ceiling server exited (${code}).`)));
  });
  return { url, pid: child.pid!, stop: () => void child.kill('SIGTERM') };
}

/** Exports the wave `export` once as `format` from a freshly started collector, so its peak memory is the export's. */
async function timedExport(
  dir: string,
  env: Record<string, string>,
  store: string,
  format: 'ndjson' | 'csv',
): Promise<ExportRun> {
  const collector = await startCollector(dir, env);
  const pid = collector.process.pid!;
  try {
    const rssAtStart = memory(pid, 'VmRSS');
    const started = performance.now();
    const query = format === 'csv' ? `format=csv&instrument=${instrument.id}` : 'format=ndjson';
    const response = await read(collector.url, `/api/responses?${query}&param.wave=export`);
    if (!response.ok || !response.body) throw new Error(`Export answered ${response.status}: ${await response.text()}`);
    let bytes = 0;
    let newlines = 0;
    for await (const chunk of response.body) {
      bytes += chunk.byteLength;
      for (const byte of chunk) if (byte === 10) newlines++;
    }
    const seconds = (performance.now() - started) / 1000;
    return {
      store,
      format,
      // The CSV's first line is its header.
      responses: format === 'csv' ? newlines - 1 : newlines,
      seconds: Math.round(seconds * 100) / 100,
      megabytes: mb(bytes),
      rssAtStartMb: mb(rssAtStart),
      peakRssMb: mb(memory(pid, 'VmHWM')),
    };
  } finally {
    await collector.stop();
  }
}

async function benchStore(
  store: 'sqlite' | 'postgres',
  databaseUrl: string | null,
  loads: LoadRun[],
  exports: ExportRun[],
) {
  const dir = scratchDir();
  // The load comes from one address; the default limit would turn it into 429s.
  const env = { COLLECTOR_RATE_LIMIT: '1000000', ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}) };
  try {
    const collector = await startCollector(dir, env);
    try {
      await load(collector.url, 10, `warm-up-${store}`, { seconds: WARM_UP_SECONDS });
      for (const clients of CLIENTS) {
        const run = await measured(store, collector.url, collector.process.pid!, clients, collector);
        console.error(`  ${store} at ${clients} clients: ${run.responsesPerSecond} responses/s`);
        loads.push(run);
      }
      if (EXPORT_COUNT > 0) {
        const started = performance.now();
        const filled = await load(collector.url, 100, 'export', { amount: EXPORT_COUNT });
        console.error(
          `  ${store}: stored ${filled.acknowledged.size} responses for the export in ${((performance.now() - started) / 1000).toFixed(0)} s`,
        );
        await settle(collector, 'export');
      }
    } finally {
      await collector.stop();
    }
    if (EXPORT_COUNT > 0)
      for (const format of ['ndjson', 'csv'] as const) exports.push(await timedExport(dir, env, store, format));
  } finally {
    removeDir(dir);
  }
}

function table(header: string[], rows: (string | number)[][]): string {
  const widths = header.map((title, c) => Math.max(title.length, ...rows.map((row) => String(row[c]).length)));
  return [header, ...rows].map((row) => row.map((cell, c) => String(cell).padStart(widths[c]!)).join('  ')).join('\n');
}

async function main() {
  const loads: LoadRun[] = [];
  const exports: ExportRun[] = [];

  console.error('Ceiling (bare Hono, answers 201, stores nothing)…');
  const ceiling = await startCeiling();
  try {
    await load(ceiling.url, 10, 'warm-up', { seconds: WARM_UP_SECONDS });
    for (const clients of CLIENTS) loads.push(await measured('ceiling', ceiling.url, ceiling.pid, clients, null));
  } finally {
    ceiling.stop();
  }

  console.error('SQLite…');
  await benchStore('sqlite', null, loads, exports);

  console.error('PostgreSQL…');
  const postgres = await startPostgres();
  try {
    await benchStore('postgres', await postgres.createDatabase('bench'), loads, exports);
  } finally {
    await postgres.stop();
  }

  const out = join(root, 'bench-results');
  mkdirSync(out, { recursive: true });
  writeFileSync(
    join(out, 'collector.json'),
    `${JSON.stringify({ date: new Date().toISOString(), runSeconds: RUN_SECONDS, instrument: instrument.id, loads, exports }, null, 2)}\n`,
  );

  console.log(`\nCollector under loopback load (${RUN_SECONDS} s per run, unique valid responses, latency in ms)\n`);
  console.log(
    table(
      [
        'target',
        'clients',
        'responses/s',
        'CPU µs/response',
        'p50',
        'p99',
        'non-2xx',
        'errors',
        'rows',
        'lost',
        'duplicated',
        'stored, unacked',
      ],
      loads.map((run) => [
        run.target,
        run.clients,
        run.responsesPerSecond,
        run.cpuMicroseconds,
        run.p50,
        run.p99,
        run.non2xx,
        run.errors,
        run.rows?.stored ?? '–',
        run.rows?.lost ?? '–',
        run.rows?.duplicated ?? '–',
        run.rows?.storedUnacknowledged ?? '–',
      ]),
    ),
  );
  if (EXPORT_COUNT > 0) {
    console.log(
      `\nExporting ${EXPORT_COUNT.toLocaleString('en')} responses (collector's memory: resident at start, peak)\n`,
    );
    console.log(
      table(
        ['store', 'format', 'responses', 'seconds', 'MB', 'RSS at start MB', 'peak RSS MB'],
        exports.map((run) => [
          run.store,
          run.format,
          run.responses,
          run.seconds,
          run.megabytes,
          run.rssAtStartMb,
          run.peakRssMb,
        ]),
      ),
    );
  }
  console.log(`\nWritten to ${join(out, 'collector.json')}`);
}

await main();
