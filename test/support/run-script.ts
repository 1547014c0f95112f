import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const node = join(root, 'node_modules/.bin/node');

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `node scripts/<script> …args` in the project, as `npm run` would, and resolves with its exit code and output. */
export function runScript(script: string, ...args: string[]): Promise<Run> {
  return runScriptWithin(30_000, script, ...args);
}

/** runScript with a time limit of its own, for a script given a large file on a busy machine. */
export function runScriptWithin(timeout: number, script: string, ...args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    execFile(node, [`scripts/${script}`, ...args], { cwd: root, timeout }, (error, stdout, stderr) => {
      if (error && typeof error.code !== 'number') reject(error);
      else resolve({ code: error ? (error.code as number) : 0, stdout, stderr });
    });
  });
}

/** A scratch folder removed after the test file, and a writer of files into it. */
export function scratchFiles(prefix: string) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return {
    dir,
    write(name: string, text: string): string {
      const path = join(dir, name);
      writeFileSync(path, text);
      return path;
    },
  };
}

export const stderrLines = (run: Run) => run.stderr.trim().split('\n');

/** A misuse of a script: exit code 2, nothing on stdout, and on stderr exactly one line and the usage. */
export function misuseLine(run: Run, usage: RegExp): string {
  const lines = stderrLines(run);
  if (run.code !== 2 || run.stdout !== '' || lines.length !== 2 || !usage.test(lines[1]!)) {
    throw new Error(
      `Expected exit 2 with one line and the usage on stderr; got exit ${run.code}, stdout ${JSON.stringify(run.stdout)}, stderr:\n${run.stderr}`,
    );
  }
  return lines[0]!;
}
