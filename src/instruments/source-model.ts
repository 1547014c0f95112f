import { inLanguage, SITE_LANGUAGES, type Language } from './languages.ts';
import { constructSource, elementSource, stageSource, wheatleyConditionSource } from './framework.ts';
import { nonResponseSource, notApplicableLabelSource, scaleSource } from './scale-source.ts';
import { stageFitSource } from './stage-fit-source.ts';
import { copSelfAssessment, copSelfAssessment2 } from './cop-self-assessment.ts';
import { copSelfAssessment1 } from './cop-self-assessment-1.ts';
import {
  organizationalReadiness,
  organizationalReadiness2,
  organizationalReadinessShort,
  organizationalReadinessShort1,
} from './organizational-readiness.ts';
import { organizationalReadiness1 } from './organizational-readiness-1.ts';
import { resolveModel, type FrameworkModel, type SourceModel } from './model.ts';

/**
 * The model as written, every text in every language, and the model resolved in each. Build-time code (pages,
 * generators, scripts, the collector) reads it here; code that runs in the browser never imports this module:
 * it is handed the model in its page's language, so a page carries one language's texts.
 */
export const sourceModel: SourceModel = {
  languages: SITE_LANGUAGES,
  elements: elementSource,
  stages: stageSource,
  constructs: constructSource,
  scales: scaleSource,
  instruments: [copSelfAssessment, organizationalReadiness, organizationalReadinessShort],
  archive: [
    copSelfAssessment2,
    copSelfAssessment1,
    organizationalReadiness2,
    organizationalReadiness1,
    organizationalReadinessShort1,
  ],
  nonResponses: nonResponseSource,
  notApplicableLabel: notApplicableLabelSource,
  stageFit: stageFitSource,
  wheatleyConditions: wheatleyConditionSource,
};

const models = new Map<Language, FrameworkModel>();

/** The model in one language, resolved once: pages keep the objects it gives, and the hash caches are keyed by them. */
export function modelIn(language: Language): FrameworkModel {
  let resolved = models.get(language);
  if (!resolved) models.set(language, (resolved = resolveModel(sourceModel, language)));
  return resolved;
}

/** The model in English: what researchers' files, scripts and the collector read. */
export const model: FrameworkModel = modelIn('en');

export const instruments = model.instruments;

/**
 * Every version of every instrument, current and archived, each text in `language` where it is written in it and
 * in English where not: what a page in that language reads responses with, since a response to a version offered
 * only in English is still read and analysed there.
 */
export function everyVersionIn(language: Language): FrameworkModel {
  const { languages: _languages, ...written } = sourceModel;
  return inLanguage(written, language);
}
