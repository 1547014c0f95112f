import { contentHash } from './hash.ts';
import { itemsOf, withoutLanguageOnlyVersions, type FrameworkModel } from './model.ts';
import { versionProblem, type PublishedHashes } from './published.ts';
import type { Construct, Instrument, Item, ScoredItem } from './types.ts';
import { findModelProblems, formatModelProblems } from './validate.ts';

/** One mistake an author may make, made on a copy of the model, and what the checks then report. */
export interface Mistake {
  /** What the author did, as a heading. */
  mistake: string;
  /** What the message means and how to put it right, beyond what it says itself. */
  fix: string;
  /** The lines the build (or the version check) prints for it, exactly. */
  report: string;
}

const withItems = (instrument: Instrument, change: (item: Item) => Item | readonly Item[]): Instrument => ({
  ...instrument,
  sections: instrument.sections.map((section) => ({ ...section, items: section.items.flatMap(change) })),
});

/**
 * The common mistakes of adapting or adding an instrument, each made on a copy of `model`, with the problems
 * the checks report for it: the authoring guide shows these, so its messages are always the real ones. Throws
 * when a mistake is no longer reported, so the guide cannot describe a check that has gone.
 */
export async function commonMistakes(given: FrameworkModel, published: PublishedHashes): Promise<Mistake[]> {
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

  const mistakes: Mistake[] = [
    {
      mistake: 'A scored item names a construct that does not exist',
      fix: 'Correct the construct id on that item. To measure something the framework does not have yet, add the construct first (see “Adding a construct”).',
      report: onItem(spare.id, (item) => ({ ...item, construct: typo })),
    },
    {
      mistake: 'An item names a response scale that does not exist',
      fix: 'Use one of the listed scales. A new scale goes in src/instruments/scales.ts, with its values and labels.',
      report: onItem(spare.id, (item) => ({ ...item, scale: 'agreement-7' })),
    },
    {
      mistake: 'An item’s text is empty',
      fix: 'Write the statement or question respondents will see.',
      report: onItem(spare.id, (item) => ({ ...item, text: ' ' })),
    },
    {
      mistake: 'An item id is not a codebook variable name',
      fix: 'Use the suggested id, or another of lowercase letters, digits and underscores. It becomes the variable name in every codebook, export and syntax file.',
      report: onItem(spare.id, (item) => ({ ...item, id: spare.id.toUpperCase().replace('_', '-') })),
    },
    {
      mistake: 'A copied item keeps the id of the item it was copied from',
      fix: 'Give the new item an id of its own: one id names one question in every codebook and export.',
      report: onItem(otherSpare.id, (item) => ({ ...item, id: spare.id })),
    },
    {
      mistake: 'A construct has fewer than three items',
      fix: 'Scores need several items each: add items for the construct, or move these items to a construct the instrument measures fully.',
      report: checked(withItems(target, (item) => (ofConstruct.indexOf(item as ScoredItem) >= 2 ? [] : item))),
    },
    {
      mistake: 'An item keeps its id but its wording changes',
      fix: 'A changed question is a new question: give it a new id, so responses to the old wording are never pooled with the new.',
      report: onItem(kept.id, (item) => ({ ...item, text: `${item.text} Please explain.` })),
    },
    {
      mistake: 'An instrument id is not kebab-case',
      fix: 'Use the suggested id. It is part of the instrument’s address and of every response, so choose it once.',
      report: reported([...model.instruments, { ...target, id: 'Team Climate' }]),
    },
    {
      mistake: 'A version is not a semantic version',
      fix: 'Write all three parts, e.g. 2.1.0.',
      report: checked({ ...target, version: '2.1' }),
    },
    {
      mistake: 'A construct is added but no instrument measures it',
      fix: 'Add at least three scored items for it to an instrument, in the same change.',
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
      mistake: 'A new version has no recorded hash',
      fix: 'Run the command. It records the hash of every version not recorded yet and never changes a recorded one.',
      report: (await hashed({ ...target, version: '9.0.0' })) ?? '',
    },
    {
      mistake: 'A published instrument changes but keeps its version',
      fix: 'Put the published version back, unchanged, into the archive; give the changed one a new version; then record it.',
      report: (await hashed(changed)) ?? '',
    },
  );
  for (const { mistake, report } of mistakes) {
    if (report === '') throw new Error(`The authoring guide's example "${mistake}" is no longer reported.`);
  }
  return mistakes;
}
