import { constructs, elements, stages } from './framework.ts';
import { NOT_APPLICABLE, NOT_APPLICABLE_LABEL, scales } from './scales.ts';
import { copSelfAssessment } from './cop-self-assessment.ts';
import { organizationalReadiness } from './organizational-readiness.ts';
import type { Construct, FrameworkElement, Instrument, Item, ResponseScale, Stage } from './types.ts';

/** Everything the generators read, in one value, so validation and tests can take a broken copy of it. */
export interface FrameworkModel {
  elements: readonly FrameworkElement[];
  stages: readonly Stage[];
  constructs: readonly Construct[];
  scales: readonly ResponseScale[];
  instruments: readonly Instrument[];
}

export const model: FrameworkModel = {
  elements,
  stages,
  constructs,
  scales,
  instruments: [copSelfAssessment, organizationalReadiness],
};

export const instruments = model.instruments;

export function findInstrument(id: string): Instrument {
  const instrument = instruments.find((candidate) => candidate.id === id);
  if (!instrument) {
    throw new Error(`Unknown instrument "${id}". Known instruments: ${instruments.map((i) => i.id).join(', ')}.`);
  }
  return instrument;
}

export function findScale(id: string, within: FrameworkModel = model): ResponseScale {
  const scale = within.scales.find((candidate) => candidate.id === id);
  if (!scale) throw new Error(`Unknown response scale "${id}".`);
  return scale;
}

export const itemsOf = (instrument: Instrument): Item[] => instrument.sections.flatMap((section) => section.items);

/** Whether an item offers "don't know / not applicable". */
export const offersNotApplicable = (item: Item): boolean => item.kind !== 'context' && item.notApplicable;

/** The answers an item accepts, in the order they are offered: its scale's options, then "na" if it offers it. */
export function choicesOf(item: Item, within: FrameworkModel = model): { value: number | string; text: string }[] {
  const choices = findScale(item.scale, within).options.map((option) => ({ value: option.value, text: option.label }));
  return offersNotApplicable(item) ? [...choices, { value: NOT_APPLICABLE, text: NOT_APPLICABLE_LABEL }] : choices;
}

/** The constructs an instrument measures, in the order its items first appear. */
export function constructsOf(instrument: Instrument, within: FrameworkModel = model): Construct[] {
  const ids = new Set(itemsOf(instrument).flatMap((item) => (item.kind === 'scored' ? [item.construct] : [])));
  return [...ids].map((id) => within.constructs.find((construct) => construct.id === id)!);
}
