import { inLanguage, type Language, type Localized } from './languages.ts';
import { NOT_APPLICABLE } from './scales.ts';
import type { StageFit } from './stage-fit.ts';
import type {
  Construct,
  FrameworkElement,
  Instrument,
  Item,
  NonResponseId,
  ResponseScale,
  Stage,
  Text,
  WheatleyCondition,
} from './types.ts';

/*
 * The model's shape and how to read it. Nothing here holds a text or reaches the model as written
 * (source-model.ts): every function takes the model it reads, so browser code built on them carries only the
 * model its page hands it, in the page's language.
 */

/**
 * Everything the generators read, in one value, so validation and tests can take a broken copy of it. Its
 * texts are `T`: the model as written has them in every language, the one pages read has them in one.
 */
export interface FrameworkModel<T extends Text = string> {
  elements: readonly FrameworkElement<T>[];
  stages: readonly Stage<T>[];
  constructs: readonly Construct<T>[];
  scales: readonly ResponseScale<T>[];
  /** The versions offered to respondents, one per instrument id. */
  instruments: readonly Instrument<T>[];
  /** Earlier published versions, frozen: their responses are still accepted, scored and analysed. */
  archive: readonly Instrument<T>[];
  /** The answers later versions offer for "don't know" and "does not apply", with their negative codes. */
  nonResponses: readonly { id: NonResponseId; value: number; label: T }[];
  /** Version 1's one combined answer for both. */
  notApplicableLabel: T;
  /** The support that fits each stage, shown in reports and team summaries. */
  stageFit: readonly StageFit<T>[];
  wheatleyConditions: readonly WheatleyCondition<T>[];
}

/** The model as written, every text in each language it has, so one check finds every text that lacks a language. */
export interface SourceModel extends FrameworkModel<Localized> {
  /** The languages the site is published in: every framework text needs each of them. */
  languages: readonly Language[];
}

/** A model as written, read in one language: only the instruments offered in it. */
export function resolveModel(source: SourceModel, language: Language): FrameworkModel {
  const offered = (versions: readonly Instrument<Localized>[]) =>
    versions.filter((instrument) => instrument.languages.includes(language));
  const { languages: _languages, instruments, archive, ...framework } = source;
  return inLanguage({ ...framework, instruments: offered(instruments), archive: offered(archive) }, language);
}

/** The part of a model one instrument's pages read: that instrument's versions, with the framework they name. */
export const forInstrument = (id: string, within: FrameworkModel): FrameworkModel => ({
  ...within,
  instruments: within.instruments.filter((instrument) => instrument.id === id),
  archive: within.archive.filter((instrument) => instrument.id === id),
});

export function findInstrument(id: string, within: FrameworkModel): Instrument {
  const instrument = within.instruments.find((candidate) => candidate.id === id);
  if (!instrument) {
    const known = within.instruments.map((i) => i.id).join(', ');
    throw new Error(`Unknown instrument "${id}". Known instruments: ${known}.`);
  }
  return instrument;
}

/** Every version of an instrument the model knows, the current one first. */
export const versionsOf = (id: string, within: FrameworkModel): Instrument[] =>
  [...within.instruments, ...within.archive].filter((instrument) => instrument.id === id);

/** One published version of an instrument, current or archived; undefined when the model has no such version. */
export const findVersion = (id: string, version: string, within: FrameworkModel): Instrument | undefined =>
  versionsOf(id, within).find((instrument) => instrument.version === version);

export function findScale(id: string, within: FrameworkModel): ResponseScale {
  const scale = within.scales.find((candidate) => candidate.id === id);
  if (!scale) throw new Error(`Unknown response scale "${id}".`);
  return scale;
}

export const itemsOf = (instrument: Instrument): Item[] => instrument.sections.flatMap((section) => section.items);

/**
 * The model without the archived versions that ask exactly the questions of the current one (those that only
 * lacked a language): what a change to the current questions is compared with, one rule at a time.
 */
export function withoutLanguageOnlyVersions(within: FrameworkModel): FrameworkModel {
  const questionsOf = (instrument: Instrument) =>
    itemsOf(instrument)
      .map((item) => item.id)
      .join(' ');
  const asksTheSame = (old: Instrument) =>
    within.instruments.some((current) => current.id === old.id && questionsOf(current) === questionsOf(old));
  return { ...within, archive: within.archive.filter((old) => !asksTheSame(old)) };
}

/** The non-response answers an item offers after its scale: version 1's "na", or later versions' codes. */
export function nonResponseChoicesOf(item: Item, within: FrameworkModel): { value: number | string; text: string }[] {
  if (item.kind === 'context') return [];
  if (item.notApplicable) return [{ value: NOT_APPLICABLE, text: within.notApplicableLabel }];
  return within.nonResponses
    .filter((code) => item.nonResponse?.includes(code.id))
    .map((code) => ({ value: code.value, text: code.label }));
}

/** The answers an item accepts, in the order they are offered: its scale's options, then its non-response answers. */
export function choicesOf(item: Item, within: FrameworkModel): { value: number | string; text: string }[] {
  const choices = findScale(item.scale, within).options.map((option) => ({ value: option.value, text: option.label }));
  return [...choices, ...nonResponseChoicesOf(item, within)];
}

/** A text with `{unit}` replaced by what the instrument's unit stands for here (see Instrument.unit). */
export function withUnit(text: string, instrument: Instrument, params: Readonly<Record<string, string>> = {}): string {
  if (!instrument.unit) return text;
  const named = params[instrument.unit.parameter]?.trim();
  return text.replaceAll('{unit}', named ? named : instrument.unit.fallback);
}

/** Whether the instrument's scores include a stage estimate (version 1's margin or a later StageRule). */
export const estimatesStage = (instrument: Instrument): boolean =>
  instrument.scoring.stageClearMargin !== undefined || instrument.scoring.stageRule !== undefined;

/** The constructs an instrument measures, in the order its items first appear. */
export function constructsOf(instrument: Instrument, within: FrameworkModel): Construct[] {
  const ids = new Set(itemsOf(instrument).flatMap((item) => (item.kind === 'scored' ? [item.construct] : [])));
  return [...ids].map((id) => within.constructs.find((construct) => construct.id === id)!);
}
