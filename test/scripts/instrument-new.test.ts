import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { contentHash } from '../../src/instruments/hash.ts';
import type { FrameworkModel } from '../../src/instruments/model.ts';
import { versionProblem, type PublishedHashes } from '../../src/instruments/published.ts';
import { scoreResponse } from '../../src/instruments/score.ts';
import { findModelProblems } from '../../src/instruments/validate.ts';
import { projectCopies, runAstro, runScriptIn } from '../support/project-copy.ts';
import { misuseLine, runScript, stderrLines } from '../support/run-script.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const USAGE = /^Usage: npm run instrument:new -- <id>/;
const copyProject = projectCopies();

describe('npm run instrument:new refuses, with exit 2, one line and the usage', () => {
  /** The files a refusal must leave as they were. */
  const watched = ['src/instruments/source-model.ts', 'src/instruments/published.json'];
  let before: string[];
  beforeAll(() => {
    before = watched.map((file) => readFileSync(join(root, file), 'utf8'));
  });

  it('no id: only the usage, which says what an id looks like', async () => {
    const run = await runScript('instrument-new.ts');
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(stderrLines(run)).toEqual([expect.stringMatching(USAGE)]);
    expect(run.stderr).toContain('kebab-case');
  });

  it.each([
    [
      'Team_Climate',
      /^"Team_Climate" is not an instrument id: it must be lowercase letters .*, e\.g\. "team-climate"\.$/,
    ],
    ['2nd-wave', /^"2nd-wave" is not an instrument id: it must be lowercase letters .*starting with a letter\.$/],
    ['cop-self-assessment', /already an instrument \(src\/instruments\/cop-self-assessment\.ts\)/],
    // A short form is defined in its full form's file.
    ['organizational-readiness-short', /already an instrument \(src\/instruments\/organizational-readiness\.ts\)/],
    // Not an instrument, but its module file would overwrite one of the model's.
    ['framework', /^src\/instruments\/framework\.ts already exists: choose another id\.$/],
  ])('%s', async (id, message) => {
    expect(misuseLine(await runScript('instrument-new.ts', id), USAGE)).toMatch(message);
  });

  it('two ids', async () => {
    expect(misuseLine(await runScript('instrument-new.ts', 'one', 'two'), USAGE)).toBe('Give one id, not 2: one two');
  });

  it('an unknown option', async () => {
    expect(misuseLine(await runScript('instrument-new.ts', '--force', 'team-climate'), USAGE)).toMatch(/--force/);
  });

  it('and changes nothing', () => {
    expect(watched.map((file) => readFileSync(join(root, file), 'utf8'))).toEqual(before);
    expect(existsSync(join(root, 'src/instruments/team-climate.ts'))).toBe(false);
  });
});

describe('a new instrument from npm run instrument:new, end to end', () => {
  const id = 'scaffold-check';
  const module = `src/instruments/${id}.ts`;
  let dir: string;
  let printed: string;
  const read = (path: string) => readFileSync(join(dir, path), 'utf8');

  beforeAll(async () => {
    dir = copyProject();
    const run = await runScriptIn(dir, 'instrument-new.ts', id);
    expect(run.code, run.output).toBe(0);
    printed = run.output;
  });

  it('writes the module, lists it in the model, records its hash and says what to do next', async () => {
    expect(read(module)).toContain(`id: '${id}'`);
    expect(read(module)).toMatch(/\/\/ EDIT: /);
    expect(read('src/instruments/source-model.ts')).toContain(`import { scaffoldCheck } from './${id}.ts';`);
    expect(printed).toContain(`Edit ${module}`);
    expect(printed).toContain('npm run instruments:record');
    expect(printed).toContain(`/instruments/${id}/`);

    const copied = (await import(pathToFileURL(join(dir, 'src/instruments/source-model.ts')).href)) as {
      model: FrameworkModel;
    };
    const instrument = copied.model.instruments.find((candidate) => candidate.id === id)!;
    expect(instrument.version).toBe('1.0.0');
    expect(findModelProblems(copied.model)).toEqual([]);
    const recorded = JSON.parse(read('src/instruments/published.json')) as PublishedHashes;
    expect(versionProblem(instrument, await contentHash(instrument, copied.model), recorded)).toBeNull();

    // Strongly agree, agree, and disagree with the reverse-keyed third: (5 + 4 + (6 − 2)) / 3.
    const scores = scoreResponse(instrument, { dom_01: 5, dom_02: 4, dom_03: 2 }, copied.model);
    expect(scores.constructs).toEqual([
      expect.objectContaining({ construct: 'shared-domain', answered: 3, band: 'established' }),
    ]);
    expect(scores.constructs[0]!.mean).toBeCloseTo(13 / 3, 10);
  });

  it('is published by the build: its page, print version, codebooks, survey definition and researcher tools', async () => {
    const { failed, output } = await runAstro(dir, 'build');
    expect(failed, output).toBe(false);
    const built = (path: string) => read(join('dist', path));

    expect(built(`instruments/${id}/index.html`)).toContain('Scaffold check');
    expect(built(`instruments/${id}/print/index.html`)).toContain(
      'Members of our community agree on what our shared work is for.',
    );
    const codebook = built(`instruments/${id}/codebook.csv`);
    for (const item of ['dom_01', 'dom_02', 'dom_03']) expect(codebook).toContain(item);
    const variables = JSON.parse(built(`instruments/${id}/codebook.json`)) as unknown;
    expect(JSON.stringify(variables)).toContain('shared-domain');
    const survey = JSON.parse(built(`instruments/${id}/survey.json`)) as { pages: { elements: { name: string }[] }[] };
    expect(survey.pages.flatMap((page) => page.elements.map((element) => element.name))).toEqual(
      expect.arrayContaining(['dom_01', 'dom_02', 'dom_03']),
    );
    for (const page of ['instruments/index.html', 'researchers/links/index.html', 'researchers/analyze/index.html'])
      expect(built(page), page).toContain(id);
  }, 180_000);

  it('stops the build when the module breaks, naming the file, the item and the field', async () => {
    const broken = read(module)
      .replace(/('dom_02',\s*)'shared-domain'/, "$1'shared-domian'")
      .replace("'The topic our community shares matters to my own work.'", "''");
    expect(broken).toContain("'shared-domian'");
    expect(broken).not.toContain('The topic our community');
    writeFileSync(join(dir, module), broken);
    const { failed, output } = await runAstro(dir, 'build');
    expect(failed).toBe(true);
    const at = `${module}: instrument "${id}" › item "dom_02"`;
    expect(output).toContain(`${at} › construct: unknown construct "shared-domian". Did you mean "shared-domain"?`);
    expect(output).toContain(`${at} › text: must not be empty`);
  }, 180_000);
});
