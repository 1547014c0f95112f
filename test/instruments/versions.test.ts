import { describe, expect, it } from 'vitest';
import { contentHash } from '../../src/instruments/hash.ts';
import { constructsOf, findInstrument, findVersion, itemsOf, versionsOf } from '../../src/instruments/model.ts';
import { model } from '../../src/instruments/source-model.ts';
import { publishedHashes } from '../../src/instruments/published.ts';
import { answerProblems, scoreResponse } from '../../src/instruments/score.ts';
import { storedResponses } from '../support/stored-responses.ts';

describe('versions of an instrument', () => {
  it('lists the current version first, then the archived ones', () => {
    for (const current of model.instruments) {
      const versions = versionsOf(current.id, model);
      expect(versions[0], current.id).toBe(current);
      expect(versions.slice(1), current.id).toEqual(model.archive.filter((old) => old.id === current.id));
    }
  });

  it('finds each version by id and version, and nothing for a version never published', () => {
    for (const instrument of [...model.instruments, ...model.archive]) {
      expect(findVersion(instrument.id, instrument.version, model)).toBe(instrument);
    }
    expect(findVersion('cop-self-assessment', '9.9.9', model)).toBeUndefined();
    expect(findVersion('no-such-instrument', '1.0.0', model)).toBeUndefined();
  });

  it('holds every published version, the earlier ones in the archive', () => {
    const held = [...model.instruments, ...model.archive].map((version) => `${version.id} ${version.version}`);
    const published = Object.entries(publishedHashes).flatMap(([id, versions]) =>
      Object.keys(versions).map((version) => `${id} ${version}`),
    );
    expect(held.sort()).toEqual(published.sort());
    expect(model.archive.map((old) => `${old.id} ${old.version}`)).toContain('cop-self-assessment 1.0.0');
  });
});

describe('content hashes across versions', () => {
  it.each(model.archive.map((old) => [`${old.id} ${old.version}`, old] as const))(
    'archived %s still has the hash recorded when it was published',
    async (_name, old) => {
      expect(publishedHashes[old.id]?.[old.version]).toMatch(/^sha256-[0-9a-f]{64}$/);
      expect(await contentHash(old)).toBe(publishedHashes[old.id]![old.version]);
    },
  );

  it.each(model.instruments.map((current) => [`${current.id} ${current.version}`, current] as const))(
    'current %s has its hash recorded',
    async (_name, current) => {
      expect(await contentHash(current)).toBe(publishedHashes[current.id]?.[current.version]);
    },
  );

  it('gives every version its own hash', async () => {
    const hashes = await Promise.all([...model.instruments, ...model.archive].map((each) => contentHash(each)));
    expect(new Set(hashes).size).toBe(hashes.length);
  });

  it('still accepts, by hash, every stored response to a version 1 instrument', async () => {
    expect(storedResponses.length).toBeGreaterThan(0);
    for (const response of storedResponses) {
      const version = findVersion(response.instrument.id, response.instrument.version, model);
      expect(version, response.responseId).toBeDefined();
      expect(await contentHash(version!), response.responseId).toBe(response.instrument.hash);
      expect(answerProblems(version!, response.answers, model), response.responseId).toEqual([]);
      expect(scoreResponse(version!, response.answers, model).constructs, response.responseId).toEqual(
        response.scores.constructs,
      );
    }
  });
});

describe('the readiness short form', () => {
  const full = findInstrument('organizational-readiness', model);
  const short = findInstrument('organizational-readiness-short', model);
  const scoredOf = (instrument: typeof full) => itemsOf(instrument).filter((item) => item.kind === 'scored');

  it('is a short form of the full readiness instrument', () => {
    expect(short.shortFormOf).toBe(full.id);
  });

  it('asks exactly one item for every construct the full form measures', () => {
    const constructs = scoredOf(short).map((item) => (item.kind === 'scored' ? item.construct : ''));
    expect(constructs).toEqual(constructsOf(full, model).map((construct) => construct.id));
  });

  it('asks the very items the full form marks for it, in the full form’s order', () => {
    const marked = scoredOf(full).filter((item) => item.kind === 'scored' && item.shortForm === true);
    const asked = scoredOf(short);
    expect(asked).toHaveLength(marked.length);
    asked.forEach((item, i) => expect(item, item.id).toBe(marked[i]));
  });

  it('asks the full form’s context questions, the screener among them, unchanged', () => {
    const contextOf = (instrument: typeof full) => itemsOf(instrument).filter((item) => item.kind !== 'scored');
    const shortContext = contextOf(short);
    expect(shortContext.map((item) => item.id)).toEqual(contextOf(full).map((item) => item.id));
    shortContext.forEach((item, i) => expect(item, item.id).toBe(contextOf(full)[i]));
  });

  it('asks its coaching questions only after the same screener answer as the full form', () => {
    const screened = full.sections.filter((section) => section.askIf !== undefined);
    expect(screened.length).toBeGreaterThan(0);
    for (const section of screened) {
      const inShort = short.sections.find((each) => each.id === section.id)!;
      expect(inShort.askIf, section.id).toEqual(section.askIf);
      expect(inShort.items.length, section.id).toBeGreaterThan(0);
    }
  });

  it('names the same unit and stage vignette as the full form', () => {
    expect(short.unit).toEqual(full.unit);
    expect(short.stageVignette).toBe(full.stageVignette);
    expect(short.roleItem).toBe(full.roleItem);
  });

  it('scores a factor from its one item, and not at all when that item is not answered on the scale', () => {
    const [first, second] = scoredOf(short);
    const scores = scoreResponse(short, { [first!.id]: 4, [second!.id]: -8 }, model).constructs;
    expect(scores[0]).toMatchObject({ mean: 4, answered: 1, items: 1 });
    expect(scores[1]).toMatchObject({ mean: null, notApplicable: 1, items: 1 });
  });
});
