import { describe, expect, it } from 'vitest';
import { createSurvey } from '../../../src/components/survey/createSurvey.ts';
import { surveyJson } from '../../../src/instruments/generate.ts';
import { findInstrument } from '../../../src/instruments/model.ts';
import { model } from '../../../src/instruments/source-model.ts';

const readiness = findInstrument('organizational-readiness', model);

describe('the survey a respondent answers', () => {
  it('names the link’s site in the statements, and the neutral phrase without one', () => {
    const named = createSurvey(surveyJson(readiness, model, { site: 'Lincoln High' }), 'en', false);
    expect(named.getQuestionByName('prof_05').title).toBe(
      'Staff at Lincoln High are trusted to use their professional judgement.',
    );
    const unnamed = createSurvey(surveyJson(readiness, model), 'en', false);
    expect(unnamed.getQuestionByName('prof_05').title).toBe(
      'Staff at your workplace are trusted to use their professional judgement.',
    );
  });

  it('asks about coaching only after a Yes, and drops those answers as soon as the Yes is taken back', () => {
    const survey = createSurvey(surveyJson(readiness, model), 'en', false);
    const coaching = survey.getPageByName('coaching');
    expect(coaching.isVisible).toBe(false);
    survey.setValue('scr_coaches', 'yes');
    expect(coaching.isVisible).toBe(true);
    survey.setValue('coach_05', 4);
    survey.setValue('scr_coaches', 'no');
    expect(coaching.isVisible).toBe(false);
    expect(survey.data).toEqual({ scr_coaches: 'no' });
  });
});
