import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = join(root, 'node_modules/.bin');
/** Every build on this machine takes it, so builds neither slow each other down nor share a cache mid-write. */
const BUILD_LOCK = '/tmp/cultivate-build.lock';

/** What a copy holds: enough to sync, build and run the scripts, with the project's formatting settings. */
const ENTRIES = ['src', 'public', 'scripts', 'astro.config.mjs', 'tsconfig.json', 'package.json', '.prettierrc.json'];

/**
 * Scratch copies of the project, for changing or breaking it without touching the real one; each is removed
 * after the test file. Its node_modules is the project's, linked.
 */
export function projectCopies() {
  const made: string[] = [];
  afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
  return (): string => {
    const dir = mkdtempSync(join(tmpdir(), 'cultivate-'));
    made.push(dir);
    for (const entry of ENTRIES) cpSync(join(root, entry), join(dir, entry), { recursive: true });
    symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
    return dir;
  };
}

export interface Run {
  failed: boolean;
  /** stdout and stderr together, as a person reading the terminal would see them. */
  output: string;
}

/** Runs `astro <command>` in a copy, holding the build lock, and reports whether it failed and what it printed. */
export function runAstro(dir: string, command: 'sync' | 'build'): Promise<Run> {
  // The astro binary runs on whichever `node` is first on PATH; Astro 7 needs the project's Node 24. What Vitest
  // sets for its own run (NODE_ENV=test, MODE, DEV, PROD, …) is left out: Vite would read it, and a build is a
  // production build, as `npm run build` makes it.
  const inherited = Object.entries(process.env).filter(
    ([name]) => !['NODE_ENV', 'MODE', 'DEV', 'PROD', 'TEST'].includes(name) && !name.startsWith('VITEST'),
  );
  const env = { ...Object.fromEntries(inherited), PATH: `${bin}:${process.env['PATH']}` };
  return new Promise((resolve) => {
    execFile('flock', [BUILD_LOCK, join(bin, 'astro'), command], { cwd: dir, env }, (error, stdout, stderr) =>
      resolve({ failed: error !== null, output: stdout + stderr }),
    );
  });
}

/** Runs `node scripts/<script> …args` in a copy, as `npm run` would there. */
export function runScriptIn(dir: string, script: string, ...args: string[]): Promise<Run & { code: number }> {
  return new Promise((resolve) => {
    execFile(join(bin, 'node'), [`scripts/${script}`, ...args], { cwd: dir }, (error, stdout, stderr) =>
      resolve({
        failed: error !== null,
        code: error ? (typeof error.code === 'number' ? error.code : -1) : 0,
        output: stdout + stderr,
      }),
    );
  });
}
