import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../src/instruments/canonical-json.ts';
import { contentHash, publishedHash, writtenHash } from '../../src/instruments/hash.ts';
import { itemsOf, type FrameworkModel } from '../../src/instruments/model.ts';
import { model, sourceModel } from '../../src/instruments/source-model.ts';
import { publishedHashes, versionProblem } from '../../src/instruments/published.ts';
import { bilingualModel } from '../support/bilingual-model.ts';
import type { Draft, DraftInstrument, DraftModel } from '../support/draft-model.ts';

/** The same value with the keys of every object inserted in reverse order. */
function reversedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reversedKeys);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .reverse()
        .map(([key, inner]) => [key, reversedKeys(inner)]),
    );
  }
  return value;
}

describe('canonicalJson', () => {
  it('sorts keys at every level', () => {
    expect(canonicalJson({ b: 1, a: { d: [{ f: 1, e: 2 }], c: null } })).toBe(
      '{"a":{"c":null,"d":[{"e":2,"f":1}]},"b":1}',
    );
  });

  it('keeps array order', () => {
    expect(canonicalJson([3, 1, 2])).toBe('[3,1,2]');
    expect(canonicalJson([3, 1, 2])).not.toBe(canonicalJson([1, 2, 3]));
  });

  it('leaves out keys whose value is undefined', () => {
    expect(canonicalJson({ a: 1, b: undefined })).toBe(canonicalJson({ a: 1 }));
  });

  it('gives the same text whatever order the keys were inserted in', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(canonicalJson(reversedKeys(value))).toBe(canonicalJson(value));
      }),
    );
  });

  it('is valid JSON that canonicalises to itself', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = canonicalJson(value);
        expect(canonicalJson(JSON.parse(text))).toBe(text);
      }),
    );
  });
});

describe('contentHash', () => {
  // A version offered in English only, with items of every kind: a changed copy of one offered in several
  // languages cannot be hashed from one language (see writtenHash below).
  const instrumentIndex = model.archive.findIndex(
    (instrument) => instrument.languages.length === 1 && itemsOf(instrument).some((item) => item.kind === 'stage'),
  );
  const instrument = model.archive[instrumentIndex]!;
  const original = contentHash(instrument);

  /** The hash of the instrument in a deep copy of the model after `change`. */
  async function hashAfter(change: (instrument: DraftInstrument, draft: DraftModel) => void): Promise<string> {
    const draft = structuredClone(model) as DraftModel;
    const copy = draft.archive[instrumentIndex]!;
    change(copy, draft);
    return contentHash(copy, draft);
  }

  const firstScored = (copy: DraftInstrument) =>
    copy.sections.flatMap((section) => section.items).find((item) => item.kind === 'scored')!;

  it('is a sha256 hex digest', async () => {
    expect(await original).toMatch(/^sha256-[0-9a-f]{64}$/);
  });

  it('is the same on every call', async () => {
    expect(await contentHash(instrument)).toBe(await original);
    expect(await contentHash(instrument, model)).toBe(await original);
  });

  it('is the same for a deep copy', async () => {
    expect(await hashAfter(() => {})).toBe(await original);
  });

  it('does not depend on the order of keys in the instrument or the scales', async () => {
    const reordered = reversedKeys(model) as FrameworkModel;
    expect(canonicalJson(reordered)).toBe(canonicalJson(model));
    expect(Object.keys(reordered.archive[instrumentIndex]!)).not.toEqual(Object.keys(instrument));
    expect(await contentHash(reordered.archive[instrumentIndex]!, reordered)).toBe(await original);
  });

  it('differs between the real instruments', async () => {
    const hashes = await Promise.all(model.instruments.map((each) => contentHash(each)));
    expect(new Set(hashes).size).toBe(model.instruments.length);
  });

  it.each<[string, (copy: DraftInstrument, draft: DraftModel) => void]>([
    ['an item’s wording', (copy) => void (firstScored(copy).text += '!')],
    [
      'the order of two items',
      (copy) => {
        const items = copy.sections[0]!.items;
        [items[0], items[1]] = [items[1]!, items[0]!];
      },
    ],
    [
      'the order of two sections',
      (copy) => {
        [copy.sections[0], copy.sections[1]] = [copy.sections[1]!, copy.sections[0]!];
      },
    ],
    [
      'a label of a scale the instrument uses',
      (copy, draft) => {
        const scale = draft.scales.find((each) => each.id === firstScored(copy).scale)!;
        scale.options[0]!.label = 'Completely disagree';
      },
    ],
    [
      'reverse keying',
      (copy) => {
        const item = firstScored(copy);
        if (item.kind === 'scored') item.reverse = !item.reverse;
      },
    ],
    [
      'whether an item is required',
      (copy) => {
        const item = firstScored(copy);
        item.required = !item.required;
      },
    ],
    ['a section title', (copy) => void (copy.sections[0]!.title += ' (revised)')],
    ['the consent text', (copy) => void (copy.consent += ' Thank you.')],
    [
      'a band boundary',
      (copy) =>
        void (copy.scoring.bands = copy.scoring.bands.map((band, i) =>
          i === 1 ? { ...band, min: band.min + 0.25 } : band,
        )),
    ],
    ['minAnsweredShare', (copy) => void (copy.scoring.minAnsweredShare = 0.5)],
    [
      'the stage clear margin',
      (copy) => void (copy.scoring.stageClearMargin = (copy.scoring.stageClearMargin ?? 0) + 0.25),
    ],
    [
      'a link parameter pattern',
      (copy) => void (copy.parameters = copy.parameters.map((p, i) => (i === 0 ? { ...p, pattern: '^[a-z]+$' } : p))),
    ],
  ])('changes when %s changes', async (_what, change) => {
    expect(await hashAfter(change)).not.toBe(await original);
  });

  it.each<[string, (copy: DraftInstrument, draft: DraftModel) => void]>([
    ['the version', (copy) => void (copy.version = '9.9.9')],
    ['the endpoint', (copy) => void (copy.endpoint = 'https://example.org/collect')],
    [
      'the version and the endpoint',
      (copy) => Object.assign(copy, { version: '2.0.0', endpoint: 'https://example.org/x' }),
    ],
    [
      'a scale the instrument does not use',
      (copy, draft) => {
        const used = new Set(copy.sections.flatMap((section) => section.items.map((item) => item.scale)));
        const unused = draft.scales.find((scale) => !used.has(scale.id));
        expect(unused, 'the model has a scale this instrument does not use').toBeDefined();
        unused!.options[0]!.label += ' (changed)';
      },
    ],
    [
      'another instrument',
      (_copy, draft) => {
        const other = draft.instruments.find((each) => each.id !== instrument.id)!;
        other.title += ' (changed)';
      },
    ],
  ])('does not change when only %s changes', async (_what, change) => {
    expect(await hashAfter(change)).toBe(await original);
  });
});

describe('writtenHash: an instrument offered in several languages', () => {
  const bilingual = () => {
    const source = bilingualModel();
    return { source, instrument: source.instruments[0]! };
  };

  it('is the content hash for an instrument offered in English only', async () => {
    for (const written of [...sourceModel.instruments, ...sourceModel.archive]) {
      const resolved = [...model.instruments, ...model.archive].find(
        (instrument) => instrument.id === written.id && instrument.version === written.version,
      )!;
      expect(await writtenHash(written)).toBe(await contentHash(resolved));
    }
  });

  it('changes when one Spanish word changes, and not when a text of another instrument does', async () => {
    const before = bilingual();
    const original = await writtenHash(before.instrument, before.source);
    const englishOnly = await writtenHash(before.source.instruments[1]!, before.source);

    const after = bilingual();
    const item = after.instrument.sections[0]!.items[0]!;
    item.text.es = `${item.text.es!} otra`;
    expect(await writtenHash(after.instrument, after.source)).not.toBe(original);
    expect(await writtenHash(after.source.instruments[1]!, after.source)).toBe(englishOnly);
  });

  it('changes when a Spanish label of a scale it uses changes', async () => {
    const before = bilingual();
    const after = bilingual();
    const scale = after.source.scales.find((each) => each.id === after.instrument.sections[0]!.items[0]!.scale)!;
    scale.options[0]!.label.es = 'Otra';
    expect(await writtenHash(after.instrument, after.source)).not.toBe(
      await writtenHash(before.instrument, before.source),
    );
  });

  it('changes when the Spanish label of a non-response answer changes', async () => {
    const before = bilingual();
    const after = bilingual();
    after.source.nonResponses[0]!.label.es = 'No sé';
    expect(await writtenHash(after.instrument, after.source)).not.toBe(
      await writtenHash(before.instrument, before.source),
    );
  });

  it('changes for the published self-assessment when the Spanish of one of its items changes', async () => {
    const index = sourceModel.instruments.findIndex((each) => each.languages.includes('es'));
    const written = sourceModel.instruments[index]!;
    const published = publishedHashes[written.id]![written.version];
    expect(await writtenHash(written)).toBe(published);
    const draft = structuredClone(sourceModel);
    const item = draft.instruments[index]!.sections[0]!.items[0]!;
    (item.text as { es?: string }).es += ' ¿De verdad?';
    expect(await writtenHash(draft.instruments[index]!, draft)).not.toBe(published);
  });

  it('differs from the hash of its English alone', async () => {
    const { source, instrument } = bilingual();
    expect(await writtenHash(instrument, source)).not.toBe(
      await writtenHash({ ...instrument, languages: ['en'] }, source),
    );
  });
});

describe('publishedHash', () => {
  it('is the content hash of each model instrument, worked out once and shared by every caller', async () => {
    for (const instrument of model.instruments) {
      expect(publishedHash(instrument)).toBe(publishedHash(instrument));
      expect(await publishedHash(instrument)).toBe(await contentHash(instrument));
    }
  });
});

describe('the version lock', () => {
  it.each(model.instruments.map((instrument) => [instrument.id, instrument] as const))(
    '%s matches the hash recorded for its version (bump the version when you change it)',
    async (_id, instrument) => {
      expect(versionProblem(instrument, await contentHash(instrument))).toBeNull();
    },
  );

  it('records a hash for every instrument version in the model', () => {
    for (const instrument of model.instruments) {
      expect(publishedHashes[instrument.id]?.[instrument.version], instrument.id).toMatch(/^sha256-[0-9a-f]{64}$/);
    }
  });

  // Offered in English only, so a changed copy of it can be hashed.
  const instrument = model.archive.find((each) => each.languages.length === 1)!;

  it('reports a changed instrument that keeps its version', async () => {
    const changed = structuredClone(instrument) as Draft<typeof instrument>;
    changed.sections[0]!.items[0]!.text += ' Really.';
    const hash = await contentHash(changed);
    const problem = versionProblem(changed, hash);
    expect(problem).not.toBeNull();
    expect(problem).toContain(instrument.id);
    expect(problem).toContain(`keeps version ${instrument.version}`);
    expect(problem).toContain(hash);
    expect(problem).toContain(publishedHashes[instrument.id]![instrument.version]!);
  });

  it('reports a version with no recorded hash', async () => {
    const bumped = { ...instrument, version: '99.0.0' };
    const hash = await contentHash(bumped);
    const problem = versionProblem(bumped, hash);
    expect(problem).toContain(`${instrument.id} 99.0.0 has no recorded hash`);
    expect(problem).toContain(hash);
  });

  it('reports an instrument missing from the record', async () => {
    expect(versionProblem(instrument, await contentHash(instrument), {})).toMatch(/has no recorded hash/);
  });

  it('accepts content recorded under its version in a given record', () => {
    const record = { [instrument.id]: { [instrument.version]: 'sha256-abc' } };
    expect(versionProblem(instrument, 'sha256-abc', record)).toBeNull();
    expect(versionProblem(instrument, 'sha256-def', record)).toMatch(/changed/);
  });
});
