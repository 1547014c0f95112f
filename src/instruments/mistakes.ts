import { contentHash } from './hash.ts';
import type { Language } from './languages.ts';
import { itemsOf, withoutLanguageOnlyVersions, type FrameworkModel } from './model.ts';
import { versionProblem, type PublishedHashes } from './published.ts';
import type { Construct, Instrument, Item, ScoredItem } from './types.ts';
import { findModelProblems, formatModelProblems } from './validate.ts';

/** One mistake an author may make, made on a copy of the model, and what the checks then report. */
export interface Mistake<T = string> {
  /** What the author did, as a heading. */
  mistake: T;
  /** What the message means and how to put it right, beyond what it says itself. */
  fix: T;
  /** The lines the build (or the version check) prints for it, exactly: the checks speak English only. */
  report: string;
}

/** A guide's text in every site language. */
type Said = Readonly<Record<Language, string>>;

const withItems = (instrument: Instrument, change: (item: Item) => Item | readonly Item[]): Instrument => ({
  ...instrument,
  sections: instrument.sections.map((section) => ({ ...section, items: section.items.flatMap(change) })),
});

/**
 * The common mistakes of adapting or adding an instrument, each made on a copy of `model`, with the problems
 * the checks report for it: the authoring guide shows these, so its messages are always the real ones. Throws
 * when a mistake is no longer reported, so the guide cannot describe a check that has gone.
 */
export async function commonMistakes(
  given: FrameworkModel,
  published: PublishedHashes,
  language: Language = 'en',
): Promise<Mistake[]> {
  let byRecord = madeForModel.get(given);
  if (byRecord === undefined) {
    byRecord = new WeakMap();
    madeForModel.set(given, byRecord);
  }
  let made = byRecord.get(published);
  if (made === undefined) {
    made = makeMistakes(given, published);
    byRecord.set(published, made);
  }
  return (await made).map(({ mistake, fix, report }) => ({ mistake: mistake[language], fix: fix[language], report }));
}

/**
 * The guide is built in every site language from the same reports (the checks speak English only), so the
 * mistakes are made and checked once per model and record of hashes.
 */
const madeForModel = new WeakMap<FrameworkModel, WeakMap<PublishedHashes, Promise<Mistake<Said>[]>>>();

async function makeMistakes(given: FrameworkModel, published: PublishedHashes): Promise<Mistake<Said>[]> {
  const model = withoutLanguageOnlyVersions(given);
  // An instrument with an archived version, and two of its scored items that version does not ask: changing
  // those breaks one rule at a time, not also the rule that an id keeps its meaning across versions.
  const target = model.instruments.find((instrument) => model.archive.some((old) => old.id === instrument.id));
  const archived = new Set(
    model.archive.filter((old) => old.id === target?.id).flatMap((old) => itemsOf(old).map((item) => item.id)),
  );
  const scored = target ? itemsOf(target).filter((item): item is ScoredItem => item.kind === 'scored') : [];
  const [spare, otherSpare] = scored.filter((item) => !archived.has(item.id));
  const kept = scored.find((item) => archived.has(item.id));
  if (!target || !spare || !otherSpare || !kept) {
    throw new Error('The authoring guide needs an instrument with an archived version and two new scored items.');
  }
  const construct = model.constructs.find((candidate) => candidate.id === spare.construct)!;

  const reported = (instruments: readonly Instrument[], constructs: readonly Construct[] = model.constructs) =>
    formatModelProblems(findModelProblems({ ...model, constructs, instruments }));
  const checked = (changed: Instrument) =>
    reported(model.instruments.map((instrument) => (instrument === target ? changed : instrument)));
  const onItem = (id: string, change: (item: ScoredItem) => Item) =>
    checked(withItems(target, (item) => (item.id === id && item.kind === 'scored' ? change(item) : item)));
  const typo = `${construct.id.slice(0, -2)}${construct.id.at(-1)}${construct.id.at(-2)}`;
  const ofConstruct = scored.filter((item) => item.construct === construct.id);

  const mistakes: Mistake<Said>[] = [
    {
      mistake: {
        en: 'A scored item names a construct that does not exist',
        es: 'Un ítem con puntaje nombra un constructo que no existe',
      },
      fix: {
        en: 'Correct the construct id on that item. To measure something the framework does not have yet, add the construct first (see “Adding a construct”).',
        es: 'Corrija el identificador del constructo en ese ítem. Para medir algo que el marco todavía no tiene, agregue primero el constructo (vea “Agregar un constructo”).',
      },
      report: onItem(spare.id, (item) => ({ ...item, construct: typo })),
    },
    {
      mistake: {
        en: 'An item names a response scale that does not exist',
        es: 'Un ítem nombra una escala de respuesta que no existe',
      },
      fix: {
        en: 'Use one of the listed scales. A new scale goes in src/instruments/scale-source.ts, with its values and labels.',
        es: 'Use una de las escalas que aparecen en la lista. Una escala nueva va en src/instruments/scale-source.ts, con sus valores y etiquetas.',
      },
      report: onItem(spare.id, (item) => ({ ...item, scale: 'agreement-7' })),
    },
    {
      mistake: { en: 'An item’s text is empty', es: 'El texto de un ítem está vacío' },
      fix: {
        en: 'Write the statement or question respondents will see.',
        es: 'Escriba el enunciado o la pregunta que verán las personas que responden.',
      },
      report: onItem(spare.id, (item) => ({ ...item, text: ' ' })),
    },
    {
      mistake: {
        en: 'An item id is not a codebook variable name',
        es: 'El identificador de un ítem no es un nombre de variable válido para el libro de códigos',
      },
      fix: {
        en: 'Use the suggested id, or another of lowercase letters, digits and underscores. It becomes the variable name in every codebook, export and syntax file.',
        es: 'Use el identificador sugerido, u otro de letras minúsculas, dígitos y guiones bajos. Se convierte en el nombre de la variable en cada libro de códigos, exportación y archivo de sintaxis.',
      },
      report: onItem(spare.id, (item) => ({ ...item, id: spare.id.toUpperCase().replace('_', '-') })),
    },
    {
      mistake: {
        en: 'A copied item keeps the id of the item it was copied from',
        es: 'Un ítem copiado conserva el identificador del ítem del que se copió',
      },
      fix: {
        en: 'Give the new item an id of its own: one id names one question in every codebook and export.',
        es: 'Dele al ítem nuevo un identificador propio: un identificador nombra una sola pregunta en cada libro de códigos y exportación.',
      },
      report: onItem(otherSpare.id, (item) => ({ ...item, id: spare.id })),
    },
    {
      mistake: { en: 'A construct has fewer than three items', es: 'Un constructo tiene menos de tres ítems' },
      fix: {
        en: 'Scores need several items each: add items for the construct, or move these items to a construct the instrument measures fully.',
        es: 'Los puntajes necesitan varios ítems cada uno: agregue ítems para el constructo, o pase estos ítems a un constructo que el instrumento mida por completo.',
      },
      report: checked(withItems(target, (item) => (ofConstruct.indexOf(item as ScoredItem) >= 2 ? [] : item))),
    },
    {
      mistake: {
        en: 'An item keeps its id but its wording changes',
        es: 'Un ítem conserva su identificador pero cambia su redacción',
      },
      fix: {
        en: 'A changed question is a new question: give it a new id, so responses to the old wording are never pooled with the new.',
        es: 'Una pregunta cambiada es una pregunta nueva: dele un identificador nuevo, para que las respuestas a la redacción anterior nunca se combinen con las de la nueva.',
      },
      report: onItem(kept.id, (item) => ({ ...item, text: `${item.text} Please explain.` })),
    },
    {
      mistake: {
        en: 'An instrument id is not kebab-case',
        es: 'El identificador de un instrumento no está en kebab-case',
      },
      fix: {
        en: 'Use the suggested id. It is part of the instrument’s address and of every response, so choose it once.',
        es: 'Use el identificador sugerido. Forma parte de la dirección del instrumento y de cada respuesta, así que elíjalo una sola vez.',
      },
      report: reported([...model.instruments, { ...target, id: 'Team Climate' }]),
    },
    {
      mistake: { en: 'A version is not a semantic version', es: 'Una versión no es una versión semántica' },
      fix: {
        en: 'Write all three parts, e.g. 2.1.0.',
        es: 'Escriba las tres partes, por ejemplo, 2.1.0.',
      },
      report: checked({ ...target, version: '2.1' }),
    },
    {
      mistake: {
        en: 'A construct is added but no instrument measures it',
        es: 'Se agrega un constructo pero ningún instrumento lo mide',
      },
      fix: {
        en: 'Add at least three scored items for it to an instrument, in the same change.',
        es: 'Agregue al menos tres ítems con puntaje para él en un instrumento, en el mismo cambio.',
      },
      report: reported(model.instruments, [...model.constructs, { ...construct, id: 'shared-ambition' }]),
    },
  ];

  // The copies are read in one language, so they are hashed as offered in that one only: what the check
  // prints for them is what it prints for a changed source.
  const hashed = async (instrument: Instrument) => {
    const copy = { ...instrument, languages: instrument.languages.slice(0, 1) };
    return versionProblem(copy, await contentHash(copy), published);
  };
  const changed = withItems(target, (item) =>
    item.id === spare.id ? { ...item, text: `${item.text} Really.` } : item,
  );
  mistakes.push(
    {
      mistake: { en: 'A new version has no recorded hash', es: 'Una versión nueva no tiene un hash registrado' },
      fix: {
        en: 'Run the command. It records the hash of every version not recorded yet and never changes a recorded one.',
        es: 'Ejecute el comando. Registra el hash de cada versión que aún no está registrada y nunca cambia uno ya registrado.',
      },
      report: (await hashed({ ...target, version: '9.0.0' })) ?? '',
    },
    {
      mistake: {
        en: 'A published instrument changes but keeps its version',
        es: 'Un instrumento publicado cambia pero conserva su versión',
      },
      fix: {
        en: 'Put the published version back, unchanged, into the archive; give the changed one a new version; then record it.',
        es: 'Vuelva a poner la versión publicada, sin cambios, en el archivo histórico; dele una versión nueva a la modificada; y luego regístrela.',
      },
      report: (await hashed(changed)) ?? '',
    },
  );
  for (const { mistake, report } of mistakes) {
    if (report === '') throw new Error(`The authoring guide's example "${mistake.en}" is no longer reported.`);
  }
  return mistakes;
}
