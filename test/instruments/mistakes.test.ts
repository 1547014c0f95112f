import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { commonMistakes } from '../../src/instruments/mistakes.ts';
import { model } from '../../src/instruments/source-model.ts';
import { publishedHashes } from '../../src/instruments/published.ts';
import { assertValidModel, instrumentFile } from '../../src/instruments/validate.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('instrumentFile: where the messages say an instrument is defined', () => {
  it.each(
    [...model.instruments, ...model.archive].map((instrument) => [instrument.id, instrument.version, instrument]),
  )('%s %s is defined in the file it names', (id, version, instrument) => {
    const source = readFileSync(`${root}/${instrumentFile(instrument, model)}`, 'utf8');
    expect(source).toContain(`id: '${id}'`);
    // A current full form may take its version from nowhere else; an archived one is frozen in its file.
    if (instrument.shortFormOf === undefined) expect(source).toContain(`version: '${version}'`);
  });
});

describe('the common mistakes the authoring guide shows', async () => {
  const mistakes = await commonMistakes(model, publishedHashes);
  const reportOf = (start: string) => mistakes.find((m) => m.mistake.startsWith(start))!.report;

  it('are each reported, as one line per problem that names the file', () => {
    expect(mistakes.length).toBeGreaterThanOrEqual(12);
    for (const { mistake, report } of mistakes) {
      expect(report, mistake).not.toBe('');
      expect(report, mistake).toMatch(/src\/instruments\/.+?\.(ts|json)/);
    }
  });

  it('suggest the likely construct or scale and list the known ones, with the file that defines them', () => {
    const construct = reportOf('A scored item names a construct');
    expect(construct).toMatch(
      /› item "[a-z_0-9]+" › construct: unknown construct "[a-z-]+"\. Did you mean "[a-z-]+"\?/,
    );
    expect(construct).toContain(
      `defined in src/instruments/framework.ts: ${model.constructs.map((c) => c.id).join(', ')}.`,
    );
    const scale = reportOf('An item names a response scale');
    expect(scale).toContain(`defined in src/instruments/scale-source.ts: ${model.scales.map((s) => s.id).join(', ')}.`);
  });

  it('suggest a valid id for an instrument or an item, and a full version', () => {
    expect(reportOf('An instrument id')).toContain('src/instruments/Team Climate.ts: instrument "Team Climate" › id:');
    expect(reportOf('An instrument id')).toMatch(/e\.g\. "team-climate"$/);
    expect(reportOf('An item id')).toMatch(/› id: must be a codebook variable name: .*, e\.g\. "[a-z]+_\d+"$/);
    expect(reportOf('A version')).toMatch(
      /"2\.1" is not a semantic version: write major\.minor\.patch, e\.g\. "2\.1\.0"$/,
    );
  });

  it('report a copied id once, as a duplicate, naming its section', () => {
    expect(reportOf('A copied item').split('\n')).toEqual([
      expect.stringMatching(
        /› items: item id "[a-z_0-9]+" is used more than once \(in section "[a-z-]+"\): give each question its own id$/,
      ),
    ]);
  });

  it('give the command for a missing version record, and the file for a changed instrument', () => {
    expect(reportOf('A new version')).toMatch(
      /has no recorded hash: run `npm run instruments:record` to record sha256-[0-9a-f]{64} in src\/instruments\/published\.json\.$/,
    );
    expect(reportOf('A published instrument')).toMatch(
      /give it a new version in src\/instruments\/[a-z-]+\.ts, keep the published one in the archive/,
    );
  });

  it('are told in Spanish for the Spanish guide, with the checks’ own English messages', async () => {
    const spanish = await commonMistakes(model, publishedHashes, 'es');
    expect(spanish.map((m) => m.report)).toEqual(mistakes.map((m) => m.report));
    spanish.forEach((m, index) => {
      expect(m.mistake).not.toBe(mistakes[index]!.mistake);
      expect(m.fix).not.toBe(mistakes[index]!.fix);
    });
  });
});

describe('assertValidModel', () => {
  it('names each problem’s file and points to the guide', () => {
    const broken = { ...model, instruments: [...model.instruments, { ...model.instruments[0]!, id: 'Bad Id' }] };
    expect(() => assertValidModel(broken)).toThrow(
      /has 1 problem\(s\):\n {2}- src\/instruments\/Bad Id\.ts: instrument "Bad Id" › id: must be kebab-case[^\n]*\nEach line names the file to open/,
    );
  });
});
