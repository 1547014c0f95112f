import { choicesOf, model, type FrameworkModel } from './model.ts';
import type { Instrument } from './types.ts';

/** The subset of SurveyJS's JSON format the generator writes (checked against its schema in tests). */
export interface SurveyQuestionJson {
  type: 'radiogroup';
  name: string;
  title: string;
  isRequired: boolean;
  choices: { value: number | string; text: string }[];
}

export interface SurveyJson {
  title: string;
  description: string;
  pages: { name: string; title: string; description: string; elements: SurveyQuestionJson[] }[];
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

/**
 * One page per section and one single-choice question per item: a vertical radio group reads well to
 * screen readers and on narrow screens, where a Likert matrix would not. The completion page is the
 * site's own report, so SurveyJS's is off.
 */
export function surveyJson(instrument: Instrument, within: FrameworkModel = model): SurveyJson {
  return {
    title: instrument.title,
    description: instrument.audience,
    pages: instrument.sections.map((section) => ({
      name: section.id,
      title: section.title,
      description: section.description,
      elements: section.items.map((item) => ({
        type: 'radiogroup',
        name: item.id,
        title: item.text,
        isRequired: item.required,
        choices: choicesOf(item, within),
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
