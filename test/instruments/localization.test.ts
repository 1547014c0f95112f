import { describe, expect, it } from 'vitest';
import { localizationProblems } from '../../src/instruments/localization.ts';
import { findInstrument, findVersion, forInstrument, versionsOf } from '../../src/instruments/model.ts';
import { everyVersionIn, model, modelIn, sourceModel } from '../../src/instruments/source-model.ts';
import type { Instrument } from '../../src/instruments/types.ts';
import { bilingualModel } from '../support/bilingual-model.ts';

const draft = bilingualModel();
const bilingual = draft.instruments[0]!;
// A current version is named without its version, as every check names it.
const at = `instrument "${bilingual.id}"`;
const firstScored = () =>
  draft.instruments[0]!.sections.flatMap((section) => section.items).find((item) => item.kind === 'scored')!;

/** The problems of a fresh bilingual model after `change`, located. */
function locatedAfter(change: (model: ReturnType<typeof bilingualModel>) => void) {
  const changed = bilingualModel();
  change(changed);
  return localizationProblems(changed).map(({ where, field }) => ({ where, field }));
}

describe('localizationProblems', () => {
  it('finds none in the model as written', () => {
    expect(localizationProblems(sourceModel)).toEqual([]);
  });

  it('names a published item of each current instrument whose Spanish is deleted', () => {
    expect(sourceModel.languages).toContain('es');
    sourceModel.instruments.forEach((instrument, index) => {
      expect(instrument.languages, instrument.id).toContain('es');
      const changed = structuredClone(sourceModel);
      const item = changed.instruments[index]!.sections.at(-1)!.items.at(-1)!;
      delete (item.text as { es?: string }).es;
      // A short form shares its items' texts with the full form, so both name the text.
      const located = localizationProblems(changed).map(({ where, field }) => ({ where, field }));
      expect(located, instrument.id).toContainEqual({
        where: `instrument "${instrument.id}" › item "${item.id}"`,
        field: 'text.es',
      });
      for (const problem of located) expect(problem.where).toContain(`› item "${item.id}"`);
    });
  });

  it('finds none when Spanish is written for every text the site and the bilingual instrument need', () => {
    expect(localizationProblems(draft)).toEqual([]);
  });

  it('names an item’s text that has no Spanish in an instrument offered in Spanish', () => {
    const item = firstScored();
    expect(
      locatedAfter((changed) => {
        const text = changed.instruments[0]!.sections.flatMap((s) => s.items).find((i) => i.id === item.id)!.text;
        delete text.es;
      }),
    ).toEqual([{ where: `${at} › item "${item.id}"`, field: 'text.es' }]);
  });

  it('names the file that holds the text, with a message that says what to write', () => {
    const changed = bilingualModel();
    delete changed.instruments[0]!.title.es;
    delete changed.scales[0]!.options[0]!.label.es;
    expect(localizationProblems(changed)).toEqual([
      {
        file: 'src/instruments/scale-source.ts',
        where: `scale "${draft.scales[0]!.id}"`,
        field: 'options[0].label.es',
        message: 'has no text: write the es text beside the en one',
      },
      {
        file: `src/instruments/${bilingual.id}.ts`,
        where: at,
        field: 'title.es',
        message: 'has no text: write the es text beside the en one',
      },
    ]);
  });

  it('names an empty text', () => {
    expect(locatedAfter((changed) => (changed.instruments[0]!.sections[0]!.title.es = '  '))).toEqual([
      { where: `${at} › section "${bilingual.sections[0]!.id}"`, field: 'title.es' },
    ]);
  });

  it('names a Spanish text that leaves out the English one’s {unit}', () => {
    const problems = locatedAfter((changed) => {
      changed.instruments[0]!.unit = { parameter: 'site', fallback: { en: 'your workplace', es: 'su lugar' } };
      changed.instruments[0]!.introduction = { en: 'About {unit}.', es: 'Sobre su lugar.' };
    });
    expect(problems).toEqual([{ where: at, field: 'introduction.es' }]);
  });

  it('names a framework text that lacks a language the site publishes', () => {
    expect(locatedAfter((changed) => delete changed.constructs[0]!.prompts[1]!.es)).toEqual([
      { where: `construct "${draft.constructs[0]!.id}"`, field: 'prompts[1].es' },
    ]);
  });

  it('passes an instrument offered in English only, though the site also publishes Spanish', () => {
    const englishOnly = draft.instruments.slice(1);
    expect(englishOnly.length).toBeGreaterThan(0);
    for (const instrument of englishOnly) expect(instrument.languages).toEqual(['en']);
    expect(localizationProblems(draft)).toEqual([]);
  });

  it('names an instrument not offered in English, which every text is written in', () => {
    expect(locatedAfter((changed) => (changed.instruments[0]!.languages = ['es']))).toEqual([
      { where: at, field: 'languages' },
    ]);
  });

  it('names an instrument offered in a language the site does not publish', () => {
    expect(locatedAfter((changed) => (changed.languages = ['en']))).toEqual([{ where: at, field: 'languages' }]);
  });
});

describe('the model a page in one language reads', () => {
  const label = (instrument: Instrument) => `${instrument.id} ${instrument.version}`;

  it('everyVersionIn keeps every version, each in the language where written in it and in English where not', () => {
    const spanish = everyVersionIn('es');
    expect([...spanish.instruments, ...spanish.archive].map(label)).toEqual(
      [...model.instruments, ...model.archive].map(label),
    );
    const current = findInstrument('cop-self-assessment', spanish);
    expect(current.title).toBe(findInstrument('cop-self-assessment', modelIn('es')).title);
    expect(current.title).not.toBe(findInstrument('cop-self-assessment', model).title);
    // Version 1 was written in English only.
    expect(findVersion('cop-self-assessment', '1.0.0', spanish)!.title).toBe(
      findVersion('cop-self-assessment', '1.0.0', model)!.title,
    );
    expect(spanish.scales).toEqual(modelIn('es').scales);
  });

  it('forInstrument keeps one instrument’s versions and the whole framework', () => {
    const narrowed = forInstrument('organizational-readiness', model);
    expect(narrowed.instruments.map(label)).toEqual(['organizational-readiness 2.1.0']);
    expect(narrowed.archive.map(label)).toEqual(versionsOf('organizational-readiness', model).slice(1).map(label));
    expect(narrowed.archive.length).toBeGreaterThan(0);
    expect(narrowed.constructs).toBe(model.constructs);
    expect(narrowed.stageFit).toBe(model.stageFit);
  });
});
