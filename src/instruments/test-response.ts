/**
 * A test response, made at build time so a researcher can check that this build's endpoint accepts what the
 * survey pages will send. It is a real payload version 1, scored by the instrument's own rules, so an
 * endpoint that stores it will store real ones too. It carries the link parameter wave=test, so it can be
 * found and left out of any analysis.
 */
import { findScale, type FrameworkModel } from './model.ts';
import { model } from './source-model.ts';
import { buildPayload, type ResponsePayload } from './payload.ts';
import type { Instrument, Item } from './types.ts';

/** The link parameters every test response carries: the round of data collection is "test". */
export const TEST_PARAMS: Readonly<Record<string, string>> = { wave: 'test' };

function answer(item: Item, within: FrameworkModel): number | string {
  const { kind, options } = findScale(item.scale, within);
  // The middle of an ordinal scale ("Neither agree nor disagree"): a test should not look like a finding.
  return kind === 'ordinal' ? options[Math.floor(options.length / 2)]!.value : options[0]!.value;
}

/**
 * An answer to every question a respondent would be asked, made from the model. A section asked only after a
 * screener answer (askIf) is answered only when the screener's answer opens it, as on the survey page.
 */
export function testAnswers(instrument: Instrument, within: FrameworkModel = model): Record<string, number | string> {
  const answers: Record<string, number | string> = {};
  for (const section of instrument.sections) {
    if (section.askIf && !section.askIf.values.includes(answers[section.askIf.item] ?? '')) continue;
    for (const item of section.items) answers[item.id] = answer(item, within);
  }
  return answers;
}

/** The test payload of an instrument; the page gives each copy it sends its own id and times (freshTestCopy). */
export const testPayload = (instrument: Instrument, hash: string, within: FrameworkModel = model): ResponsePayload =>
  buildPayload({
    instrument,
    within,
    hash,
    params: { ...TEST_PARAMS },
    answers: testAnswers(instrument, within),
    responseId: '00000000-0000-4000-8000-000000000000',
    startedAt: '2026-01-01T00:00:00.000Z',
    submittedAt: '2026-01-01T00:00:00.000Z',
    locale: 'en',
    language: 'en',
  });
