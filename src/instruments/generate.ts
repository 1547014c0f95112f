import { choicesOf, findScale, withUnit, type FrameworkModel } from './model.ts';
import type { Instrument, SectionCondition } from './types.ts';

/** The subset of SurveyJS's JSON format the generator writes (checked against its schema in tests). */
export interface SurveyQuestionJson {
  type: 'radiogroup';
  name: string;
  title: string;
  isRequired: boolean;
  choices: { value: number | string; text: string }[];
  /** 0 for items on an ordinal (agreement) scale: their options form one row, laid out as columns on wide screens. */
  colCount?: 0;
}

export interface SurveyJson {
  title: string;
  description: string;
  pages: {
    name: string;
    title: string;
    description: string;
    /** A screener's condition, in SurveyJS's expression language. */
    visibleIf?: string;
    elements: SurveyQuestionJson[];
  }[];
  showProgressBar: boolean;
  progressBarLocation: 'aboveheader';
  progressBarType: 'questions';
  progressBarShowPageNumbers: boolean;
  showQuestionNumbers: 'on';
  questionErrorLocation: 'top';
  checkErrorsMode: 'onNextPage';
  autoFocusFirstError: boolean;
  widthMode: 'responsive';
  showCompletePage: boolean;
}

/** `{scr_coaches} anyof ['yes']`: the model's values are plain words and numbers, checked by validation. */
const visibleIf = ({ item, values }: SectionCondition): string =>
  `{${item}} anyof [${values.map((value) => (typeof value === 'number' ? String(value) : `'${value}'`)).join(', ')}]`;

/**
 * One page per section and one single-choice question per item: a radio group per item reads well to
 * screen readers and on narrow screens, where a Likert matrix would not. Items on an ordinal scale say
 * colCount 0 (one row of options): on wide screens survey.css lines those rows up under one row of column
 * headings, which looks like a matrix while the answers stay keyed by item id, each item stays a radio
 * group its screen reader names, and phones keep a vertical list. SurveyJS's own matrix would key answers
 * by row inside one question and lose per-item required checks and non-response choices. The completion page is the
 * site's own report, so SurveyJS's is off. `params` are the link's checked parameters: they name the
 * unit an instrument's texts speak of (see Instrument.unit).
 */
export function surveyJson(
  instrument: Instrument,
  within: FrameworkModel,
  params: Readonly<Record<string, string>> = {},
): SurveyJson {
  const text = (value: string) => withUnit(value, instrument, params);
  return {
    title: instrument.title,
    description: instrument.audience,
    pages: instrument.sections.map((section) => ({
      name: section.id,
      title: text(section.title),
      description: text(section.description),
      ...(section.askIf ? { visibleIf: visibleIf(section.askIf) } : {}),
      elements: section.items.map((item) => ({
        type: 'radiogroup',
        name: item.id,
        title: text(item.text),
        isRequired: item.required,
        choices: choicesOf(item, within),
        ...(findScale(item.scale, within).kind === 'ordinal' ? { colCount: 0 as const } : {}),
      })),
    })),
    showProgressBar: true,
    progressBarLocation: 'aboveheader',
    progressBarType: 'questions',
    progressBarShowPageNumbers: false,
    showQuestionNumbers: 'on',
    questionErrorLocation: 'top',
    checkErrorsMode: 'onNextPage',
    autoFocusFirstError: true,
    widthMode: 'responsive',
    showCompletePage: false,
  };
}
