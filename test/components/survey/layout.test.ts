import { describe, expect, it } from 'vitest';
import type { QuestionRadiogroupModel } from 'survey-core';
import { createSurvey } from '../../../src/components/survey/createSurvey.ts';
import { surveyJson } from '../../../src/instruments/generate.ts';
import { findInstrument, findScale, itemsOf } from '../../../src/instruments/model.ts';
import { model } from '../../../src/instruments/source-model.ts';

describe('the layout the survey asks SurveyJS for', () => {
  const readiness = findInstrument('organizational-readiness', model);
  const survey = createSurvey(surveyJson(readiness, model), 'en', false);

  it('puts the options of agreement items in one row (matrix columns on wide screens), and lists the others', () => {
    for (const item of itemsOf(readiness)) {
      const question = survey.getQuestionByName(item.id) as QuestionRadiogroupModel;
      expect(question.getType()).toBe('radiogroup');
      expect(question.colCount === 0, item.id).toBe(findScale(item.scale, model).kind === 'ordinal');
    }
  });

  it('leaves progress to the island’s own bar, which can stay in view', () => {
    expect(survey.showProgressBar).toBe(false);
  });
});
