/**
 * Faults a real deployment meets: stop signals, a killed process, a restarted database. Each test drives
 * the real server process and checks the promise the outbox relies on: a 2xx means stored.
 */
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPostgres, type Postgres } from '../support/postgres.ts';
import {
  payload,
  post,
  read,
  removeDir,
  scratchDir,
  startCollector,
  type StoreKind,
} from '../support/collector-harness.ts';

/** Posts new responses from `workers` loops until `until()` says stop; records what each answer was. */
async function load(url: string, workers: number, until: (state: LoadState) => boolean): Promise<LoadState> {
  const state: LoadState = { acknowledged: new Set(), statuses: [], failures: 0, retryAfter: [] };
  await Promise.all(
    Array.from({ length: workers }, async () => {
      while (!until(state)) {
        const body = payload();
        try {
          const response = await post(url, body);
          state.statuses.push(response.status);
          if (response.ok && ((await response.json()) as { responseId: string }).responseId === body.responseId)
            state.acknowledged.add(body.responseId);
          else if (response.status === 503) state.retryAfter.push(response.headers.get('retry-after'));
        } catch {
          state.failures++;
          // A refused connection (server gone) fails at once: do not spin on it.
          await new Promise((resolve) => setTimeout(resolve, 5));
        }
      }
    }),
  );
  return state;
}

interface LoadState {
  acknowledged: Set<string>;
  statuses: number[];
  failures: number;
  retryAfter: (string | null)[];
}

async function storedIds(url: string): Promise<Set<string>> {
  const text = await (await read(url, '/api/responses')).text();
  return new Set(
    text
      .trim()
      .split('\n')
      .filter(Boolean)
      .map((line) => (JSON.parse(line) as { responseId: string }).responseId),
  );
}

describe.each<StoreKind>(['sqlite', 'postgres'])('collector faults on %s', (kind) => {
  let postgres: Postgres | undefined;
  let env: Record<string, string>;
  const dirs: string[] = [];
  const freshDir = () => {
    const dir = scratchDir();
    dirs.push(dir);
    return dir;
  };

  beforeAll(async () => {
    if (kind === 'postgres') postgres = await startPostgres();
    env = postgres ? { DATABASE_URL: postgres.url } : {};
  });
  afterAll(async () => {
    await postgres?.stop();
    dirs.forEach(removeDir);
  });

  it('finishes a request in progress on SIGTERM, refuses new connections, closes the store and exits 0', async () => {
    const dir = freshDir();
    const collector = await startCollector(dir, env);
    const body = JSON.stringify(payload());
    const { port, hostname } = new URL(collector.url);
    const answer = new Promise<{ status: number; text: string }>((resolve, reject) => {
      const req = request(
        {
          host: hostname,
          port,
          method: 'POST',
          path: '/api/responses',
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
        },
        (res) => {
          let text = '';
          res.on('data', (chunk: Buffer) => (text += chunk.toString()));
          res.on('end', () => resolve({ status: res.statusCode!, text }));
        },
      );
      req.on('error', reject);
      // Half the body now; the rest only once the server has been told to stop.
      req.write(body.slice(0, 100));
      const rest = setInterval(() => {
        if (!collector.output().includes('SIGTERM')) return;
        clearInterval(rest);
        req.end(body.slice(100));
      }, 10);
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    collector.process.kill('SIGTERM');
    const { status, text } = await answer;
    expect(status).toBe(201);
    expect(JSON.parse(text)).toMatchObject({ status: 'stored' });
    expect(await collector.exited).toBe(0);
    await expect(fetch(`${collector.url}/healthz`)).rejects.toThrow();

    const restarted = await startCollector(dir, env);
    try {
      expect(await storedIds(restarted.url)).toContain(JSON.parse(body).responseId);
    } finally {
      await restarted.stop();
    }
  });

  it('keeps every response across a restart', async () => {
    const dir = freshDir();
    const first = await startCollector(dir, env);
    const sent = [payload(), payload(), payload()];
    for (const body of sent) expect((await post(first.url, body)).status).toBe(201);
    const before = await (await read(first.url, '/api/responses')).text();
    expect(await first.stop()).toBe(0);

    const second = await startCollector(dir, env);
    try {
      expect(await (await read(second.url, '/api/responses')).text()).toBe(before);
      for (const body of sent) expect((await post(second.url, body)).status).toBe(200);
    } finally {
      await second.stop();
    }
  });

  it('has stored every acknowledged response after being killed with SIGKILL under load', async () => {
    const dir = freshDir();
    const collector = await startCollector(dir, env);
    const state = await load(collector.url, 16, (s) => {
      if (s.acknowledged.size >= 150 && collector.process.exitCode === null && collector.process.signalCode === null)
        collector.process.kill('SIGKILL');
      return collector.process.signalCode !== null;
    });
    await collector.exited;
    expect(state.acknowledged.size).toBeGreaterThanOrEqual(150);

    const restarted = await startCollector(dir, env);
    try {
      const stored = await storedIds(restarted.url);
      expect([...state.acknowledged].filter((id) => !stored.has(id))).toEqual([]);
    } finally {
      await restarted.stop();
    }
  });

  if (kind === 'postgres') {
    it('answers 503 with Retry-After while PostgreSQL is down, and loses nothing it acknowledged', async () => {
      const dir = freshDir();
      const collector = await startCollector(dir, env);
      try {
        let phase: 'up' | 'down' | 'back' = 'up';
        let acknowledgedWhenBack = 0;
        const state = await load(collector.url, 8, (s) => {
          if (phase === 'up' && s.acknowledged.size >= 50) {
            phase = 'down';
            void postgres!.halt().then(async () => {
              // Down for certain: the collector itself says so before the database comes back.
              while ((await fetch(`${collector.url}/healthz`)).status !== 503)
                await new Promise((resolve) => setTimeout(resolve, 20));
              while (!s.statuses.includes(503)) await new Promise((resolve) => setTimeout(resolve, 20));
              await postgres!.resume();
              acknowledgedWhenBack = s.acknowledged.size;
              phase = 'back';
            });
          }
          return phase === 'back' && s.acknowledged.size >= acknowledgedWhenBack + 50;
        });
        expect(state.statuses).toContain(503);
        expect(state.retryAfter.every((value) => Number(value) >= 1)).toBe(true);
        expect(state.statuses.every((status) => status === 201 || status === 503)).toBe(true);
        expect((await fetch(`${collector.url}/healthz`)).status).toBe(200);
        const stored = await storedIds(collector.url);
        expect([...state.acknowledged].filter((id) => !stored.has(id))).toEqual([]);
      } finally {
        await collector.stop();
      }
    });
  }
});
