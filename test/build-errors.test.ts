import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const root = new URL('..', import.meta.url).pathname;
const scratch: string[] = [];

/** A scratch copy of the project with one more essay, synced as the build would. */
async function syncWithEssay(name: string, source: string) {
  const dir = mkdtempSync(join(tmpdir(), 'cultivate-'));
  scratch.push(dir);
  for (const entry of ['src', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    cpSync(join(root, entry), join(dir, entry), { recursive: true });
  }
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  writeFileSync(join(dir, 'src/content/essays', name), source);
  try {
    await promisify(execFile)(join(root, 'node_modules/.bin/astro'), ['sync'], { cwd: dir });
    return { failed: false, output: '' };
  } catch (error) {
    const { stdout, stderr } = error as { stdout: string; stderr: string };
    return { failed: true, output: stdout + stderr };
  }
}

afterAll(() => scratch.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('a broken essay fails the build', () => {
  it('names the file and the unknown reference', async () => {
    const { failed, output } = await syncWithEssay(
      'broken-reference.mdx',
      '---\ntitle: Broken\nsummary: A summary long enough to pass the length check.\nauthors: [X]\ndate: 2026-01-01\norder: 99\nreferences: [nobody-2020]\n---\nText.\n',
    );
    expect(failed).toBe(true);
    expect(output).toContain('broken-reference.mdx');
    expect(output).toMatch(/references\.0/);
  });

  it('names the file and the missing title', async () => {
    const { failed, output } = await syncWithEssay(
      'no-title.mdx',
      '---\nsummary: A summary long enough to pass the length check.\nauthors: [X]\ndate: 2026-01-01\norder: 98\n---\nText.\n',
    );
    expect(failed).toBe(true);
    expect(output).toContain('no-title.mdx');
    expect(output).toMatch(/title/);
  });
});
