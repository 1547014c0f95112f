/**
 * The paper version of an instrument, as data: what a respondent reads and ticks, and what the person who
 * types the answers in needs beside it (variable names and answer codes). Rated items that share their
 * answers are set as one grid, a row per statement and a column per answer, so a form fits on few pages.
 */
import { fill } from '../i18n/catalogue.ts';
import { printMessages } from '../i18n/print.ts';
import type { Language } from './languages.ts';
import { choicesOf, findScale, itemsOf, nonResponseChoicesOf, withUnit, type FrameworkModel } from './model.ts';
import { modelIn } from './source-model.ts';
import { NOT_APPLICABLE } from './scales.ts';
import type { Instrument, Item } from './types.ts';

export interface PaperChoice {
  /** The code typed in for this answer. */
  value: number | string;
  text: string;
}

export interface PaperQuestion {
  number: number;
  /** The codebook variable name. */
  variable: string;
  text: string;
  optional: boolean;
}

export interface GridRow {
  question: PaperQuestion;
  /** One per column of the grid: whether this statement offers that answer (not every one offers "Does not apply"). */
  offers: boolean[];
}

/**
 * A run of statements on the same scale, with a column for each scale option and each non-response answer
 * any of them offers; or one question with its own list of choices.
 */
export type PaperBlock =
  | { kind: 'grid'; choices: PaperChoice[]; rows: GridRow[] }
  | { kind: 'list'; choices: PaperChoice[]; question: PaperQuestion };

export interface PaperSection {
  id: string;
  title: string;
  description: string;
  /** For a section asked only after a screener answer: who answers it and where the others go next. */
  onlyIf: string | null;
  blocks: PaperBlock[];
}

export interface WriteIn {
  /** The link parameter the answer is typed in as. */
  variable: string;
  label: string;
}

export interface PaperForm {
  introduction: string;
  consent: string;
  /** Lines the respondent fills in before the questions: the details a link would carry. */
  writeIns: WriteIn[];
  sections: PaperSection[];
}

/**
 * Consent sentences that only make sense on a screen, in each language: answers saved on a device, sent when
 * finished, the study information shown beside the survey. On paper they give way to the handling sentence.
 */
const SCREEN_ONLY: Record<Language, RegExp> = {
  en: /\b(device|link|click|tap|screen|browser|sent|study information)\b/i,
  es: /(dispositivo|enlace|clic|toque|pantalla|navegador|envían|enviará|información del estudio)/i,
};
/** What happens to a finished paper form, in English: the sentence every English paper consent ends with. */
export const PAPER_HANDLING = printMessages.en.handling;

const sentences = (text: string): string[] => text.match(/[^.!?]+[.!?]+(\s+|$)/g)?.map((s) => s.trim()) ?? [text];

/** The consent statement for paper: the screen's, less what only a screen does, plus how a paper form is handled. */
export const paperConsent = (instrument: Instrument, language: Language = 'en'): string =>
  [
    ...sentences(instrument.consent).filter((sentence) => !SCREEN_ONLY[language].test(sentence)),
    printMessages[language].handling,
  ].join(' ');

const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The grid's columns: the scale's options, then every non-response answer any row offers, in the codes' order. */
function gridColumns(items: readonly Item[], within: FrameworkModel): PaperChoice[] {
  const scale = findScale(items[0]!.scale, within).options.map((option) => ({
    value: option.value,
    text: option.label,
  }));
  const offered = items.flatMap((item) => nonResponseChoicesOf(item, within));
  const order = [...within.nonResponses.map((code) => code.value), NOT_APPLICABLE] as (number | string)[];
  const extra = order.flatMap((value) => offered.find((choice) => choice.value === value) ?? []);
  return [...scale, ...extra];
}

/** "Yes", "Yes or Unsure": the screener answers that open a section, as the respondent saw them. */
const orList = (words: readonly string[], language: Language) =>
  words.length < 2
    ? (words[0] ?? '')
    : fill(printMessages[language].or, { first: words.slice(0, -1).join(', '), last: words.at(-1)! });

/** The paper form of an instrument in the language it was read in (`instrument` comes from `modelIn(language)`). */
export function paperForm(instrument: Instrument, language: Language = 'en'): PaperForm {
  const within = modelIn(language);
  const messages = printMessages[language];
  // On paper `{unit}` reads as its neutral phrase ("your workplace"); the respondent names it on a line at the top.
  const text = (value: string) => withUnit(value, instrument);
  const numbers = new Map(itemsOf(instrument).map((item, i) => [item.id, i + 1]));
  const choices = (item: Item): PaperChoice[] => choicesOf(item, within);
  const question = (item: Item): PaperQuestion => ({
    number: numbers.get(item.id)!,
    variable: item.id,
    text: text(item.text),
    optional: !item.required,
  });

  const grid = (items: Item[]): PaperBlock => {
    const columns = gridColumns(items, within);
    const rows = items.map((item) => {
      const offered = new Set(choices(item).map((choice) => choice.value));
      return { question: question(item), offers: columns.map((column) => offered.has(column.value)) };
    });
    return { kind: 'grid', choices: columns, rows };
  };

  const sections = instrument.sections.map((section, index): PaperSection => {
    const blocks: PaperBlock[] = [];
    let run: Item[] = [];
    const endRun = () => {
      if (run.length > 0) blocks.push(grid(run));
      run = [];
    };
    for (const item of section.items) {
      if (item.kind === 'context') {
        endRun();
        blocks.push({ kind: 'list', choices: choices(item), question: question(item) });
      } else {
        if (run.length > 0 && run[0]!.scale !== item.scale) endRun();
        run.push(item);
      }
    }
    endRun();

    let onlyIf: string | null = null;
    if (section.askIf) {
      const { item: screenerId, values } = section.askIf;
      const screener = itemsOf(instrument).find((item) => item.id === screenerId)!;
      const answers = choices(screener).filter((choice) => values.includes(choice.value));
      const next = instrument.sections.slice(index + 1).find((later) => later.items.length > 0)?.items[0];
      const otherwise = next
        ? fill(messages.otherwiseGoTo, { number: numbers.get(next.id)! })
        : messages.otherwiseFinished;
      onlyIf = fill(messages.onlyIf, {
        answers: orList(
          answers.map((a) => a.text),
          language,
        ),
        number: numbers.get(screenerId)!,
        otherwise,
      });
    }
    return { id: section.id, title: text(section.title), description: text(section.description), onlyIf, blocks };
  });

  const writeIns = instrument.parameters.map(({ name, label }) => ({
    variable: name,
    label: instrument.unit?.parameter === name ? capitalized(instrument.unit.fallback) : label,
  }));

  return {
    introduction: text(instrument.introduction),
    consent: paperConsent(instrument, language),
    writeIns,
    sections,
  };
}
