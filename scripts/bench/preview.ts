/**
 * What the browser benchmarks share: a built site to measure (the one given, or a fresh build) and Astro's
 * preview server in front of it, on loopback.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = new URL('../..', import.meta.url).pathname;
const astro = join(root, 'node_modules/.bin/astro');
export const benchResults = join(root, 'bench-results');

/** The built site at `given`, or, without one, this tree built into bench-results/<name>. */
export function builtSite(given: string | undefined, name: string): string {
  if (given) return resolve(given);
  mkdirSync(benchResults, { recursive: true });
  const dist = join(benchResults, name);
  const build = spawnSync(astro, ['build', '--outDir', dist], { cwd: root, stdio: 'ignore' });
  if (build.status !== 0) throw new Error('astro build failed');
  return dist;
}

/** Astro's preview server for a built site, resolved once it listens on `port`. */
export function serve(dir: string, port: number): Promise<ChildProcess> {
  const server = spawn(
    astro,
    ['preview', '--outDir', dir, '--host', '127.0.0.1', '--port', String(port), '--ignore-lock'],
    { cwd: root, stdio: 'pipe' },
  );
  return new Promise((done, fail) => {
    server.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes(String(port)) && done(server));
    server.on('exit', (code) => fail(new Error(`preview exited with ${code}`)));
  });
}
