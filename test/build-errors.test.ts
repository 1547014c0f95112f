import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectCopies, runAstro } from './support/project-copy.ts';

const copyProject = projectCopies();

/**
 * Runs an Astro command in a scratch copy of the project after `change` has broken something in it, and
 * reports whether it failed and what it printed.
 */
function runBroken(command: 'sync' | 'build', change: (dir: string) => void) {
  const dir = copyProject();
  change(dir);
  return runAstro(dir, command);
}

/** The project with one more essay, synced as the build would. */
const syncWithEssay = (name: string, source: string) =>
  runBroken('sync', (dir) => writeFileSync(join(dir, 'src/content/essays', name), source));

describe('a broken essay fails the build', () => {
  it('names the file and the unknown reference', async () => {
    const { failed, output } = await syncWithEssay(
      'broken-reference.mdx',
      '---\ntitle: Broken\nsummary: A summary long enough to pass the length check.\nauthors: [X]\ndate: 2026-01-01\npurpose: start\norder: 99\nreferences: [nobody-2020]\n---\nText.\n',
    );
    expect(failed).toBe(true);
    expect(output).toContain('broken-reference.mdx');
    expect(output).toMatch(/references\.0/);
  });

  it('names the file and the missing title', async () => {
    const { failed, output } = await syncWithEssay(
      'no-title.mdx',
      '---\nsummary: A summary long enough to pass the length check.\nauthors: [X]\ndate: 2026-01-01\npurpose: start\norder: 98\n---\nText.\n',
    );
    expect(failed).toBe(true);
    expect(output).toContain('no-title.mdx');
    expect(output).toMatch(/title/);
  });
});

describe('a broken framework model fails the build', () => {
  it('names the instrument, the item and the field', async () => {
    const { failed, output } = await runBroken('sync', (dir) => {
      const file = join(dir, 'src/instruments/cop-self-assessment.ts');
      writeFileSync(
        file,
        readFileSync(file, 'utf8').replace("scored('dom_02', 'shared-domain'", "scored('dom_02', 'shared-domian'"),
      );
    });
    expect(failed).toBe(true);
    expect(output).toContain(
      'instrument "cop-self-assessment" › item "dom_02" › construct: unknown construct "shared-domian"',
    );
  });
});

describe('an essay that names an unknown construct fails the build', () => {
  it('names the unknown id and the ids that exist', async () => {
    const { failed, output } = await runBroken('build', (dir) =>
      writeFileSync(
        join(dir, 'src/content/essays/unknown-construct.mdx'),
        '---\ntitle: Unknown construct\nsummary: A summary long enough to pass the length check.\nauthors: [X]\ndate: 2026-01-01\npurpose: start\norder: 97\n---\nSee <Construct id="no-such-construct" />.\n',
      ),
    );
    expect(failed).toBe(true);
    expect(output).toContain('Unknown construct id "no-such-construct"');
    expect(output).toContain('shared-domain');
  }, 120_000);
});

describe('an essay that would load a script or another site’s file fails the build', () => {
  it('names the file and the line of each', async () => {
    const { failed, output } = await runBroken('build', (dir) =>
      writeFileSync(
        join(dir, 'src/content/essays/embeds.mdx'),
        '---\ntitle: Embeds\nsummary: A summary long enough to pass the length check.\nauthors: [X]\ndate: 2026-01-01\npurpose: start\norder: 96\n---\nSee <a href="https://example.org/">this</a>.\n\n<script>alert(1)</script>\n\n<iframe src="https://video.example.org/1" title="A video" />\n\n<p style="color: red">Red.</p>\n',
      ),
    );
    expect(failed).toBe(true);
    expect(output).toContain('src/content/essays/embeds.mdx:11: a <script> element');
    expect(output).toContain('src/content/essays/embeds.mdx:13: <iframe src=…> loads from another site');
    expect(output).toContain('src/content/essays/embeds.mdx:15: a style attribute on <p>');
    expect(output).not.toContain('embeds.mdx:9');
  }, 120_000);
});
