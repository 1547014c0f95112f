import { describe, expect, it } from 'vitest';
import { compareVersions, crosswalk, crosswalksTo } from '../../src/instruments/crosswalk.ts';
import { findInstrument, findVersion, itemsOf, versionsOf } from '../../src/instruments/model.ts';
import { model } from '../../src/instruments/source-model.ts';
import type { Instrument, Item } from '../../src/instruments/types.ts';

const ids = (items: readonly Item[]) => items.map((item) => item.id);

/** The newer version's items whose wording the older version also used, in the newer version's order. */
function sameWording(from: Instrument, to: Instrument): string[] {
  const texts = new Set(itemsOf(from).map((item) => item.text));
  return ids(itemsOf(to).filter((item) => texts.has(item.text)));
}

/** Every pair of versions of one instrument the model holds, older first. */
const versionPairs = model.instruments.flatMap((current) =>
  versionsOf(current.id, model)
    .filter((earlier) => earlier !== current)
    .map((earlier) => [`${current.id} ${earlier.version} → ${current.version}`, earlier, current] as const),
);

describe('crosswalk from cop-self-assessment 1.0.0 to 2.0.0', () => {
  const from = findVersion('cop-self-assessment', '1.0.0', model)!;
  const to = findVersion('cop-self-assessment', '2.0.0', model)!;
  const walk = crosswalk(from, to);

  it('names the instrument and both versions', () => {
    expect(walk).toMatchObject({ instrument: 'cop-self-assessment', from: '1.0.0', to: '2.0.0' });
  });

  it('keeps exactly the items whose wording is identical in both versions', () => {
    expect(walk.unchanged).toEqual(sameWording(from, to));
    expect(walk.unchanged).toContain('dom_01');
  });

  it.each(['dom_03', 'com_05', 'agen_04', 'prac_05', 'stage_transformation_2'])('drops %s', (id) => {
    expect(walk.dropped).toContain(id);
    expect(walk.unchanged).not.toContain(id);
  });

  it('lists the new collective-efficacy and value-creation items as added', () => {
    const added = itemsOf(to).filter((item) => walk.added.includes(item.id));
    const constructs = new Set(added.flatMap((item) => (item.kind === 'scored' ? [item.construct] : [])));
    expect(constructs).toContain('collective-efficacy');
    expect(constructs).toContain('value-creation');
  });
});

describe.each(versionPairs)('crosswalk %s', (_name, from, to) => {
  const walk = crosswalk(from, to);

  it('sorts every item of either version into exactly one list', () => {
    expect([...walk.unchanged, ...walk.dropped].sort()).toEqual(ids(itemsOf(from)).sort());
    expect([...walk.unchanged, ...walk.added].sort()).toEqual(ids(itemsOf(to)).sort());
    expect(walk.dropped.filter((id) => walk.added.includes(id))).toEqual([]);
  });

  it('lists unchanged and added items in the newer version’s order', () => {
    const order = ids(itemsOf(to));
    expect(walk.unchanged).toEqual(order.filter((id) => walk.unchanged.includes(id)));
    expect(walk.added).toEqual(order.filter((id) => walk.added.includes(id)));
  });

  it('pools only items asked the same way in both versions', () => {
    // What an answer means: whether it may be skipped or which non-response answers are offered does not change it.
    const meaning = (item: Item) => ({
      kind: item.kind,
      text: item.text,
      scale: item.scale,
      construct: item.kind === 'scored' ? item.construct : undefined,
      reverse: item.kind === 'scored' ? item.reverse : undefined,
      stage: item.kind === 'stage' ? item.stage : undefined,
    });
    for (const id of walk.unchanged) {
      const before = itemsOf(from).find((item) => item.id === id)!;
      const after = itemsOf(to).find((item) => item.id === id)!;
      expect(meaning(after), id).toEqual(meaning(before));
    }
  });

  it('is what crosswalksTo gives for the current version', () => {
    expect(crosswalksTo(to, model)).toContainEqual(walk);
  });
});

describe('crosswalksTo', () => {
  it('gives one crosswalk per archived version, none for an instrument without earlier versions', () => {
    for (const current of model.instruments) {
      const earlier = model.archive.filter((old) => old.id === current.id);
      expect(
        crosswalksTo(current, model).map((walk) => walk.from),
        current.id,
      ).toEqual(earlier.map((old) => old.version).sort(compareVersions));
    }
    const unpublished = { ...findInstrument('organizational-readiness-short', model), id: 'not-yet-published' };
    expect(crosswalksTo(unpublished, model)).toEqual([]);
  });
});

describe('crosswalk between different instruments', () => {
  it('throws, naming both', () => {
    const selfAssessment = findInstrument('cop-self-assessment', model);
    const readiness = findInstrument('organizational-readiness', model);
    expect(() => crosswalk(selfAssessment, readiness)).toThrow(/cop-self-assessment and organizational-readiness/);
  });
});
