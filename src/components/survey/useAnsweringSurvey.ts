import { useEffect, useState } from 'react';
import type { SurveyModel } from 'survey-core';
import { surveyJson } from '../../instruments/generate.ts';
import type { Language } from '../../instruments/languages.ts';
import type { FrameworkModel } from '../../instruments/model.ts';
import type { Instrument } from '../../instruments/types.ts';
import { createSurvey, surveyTheme } from './createSurvey.ts';
import { keepDrafts, type DraftSlot } from './keepDrafts.ts';
import { useSurveyLocale } from './surveyLocale.ts';

interface Options {
  /** The instrument as `within` words it. */
  instrument: Instrument;
  /** The model in the page's language: the choices' labels come from it. */
  within: FrameworkModel;
  /** The page's language: SurveyJS's own buttons and messages are shown in it. */
  language: Language;
  /** The link's checked parameters: they name the unit the items speak of (Instrument.unit). Keep it stable. */
  params: Readonly<Record<string, string>>;
  /** The draft to restore and keep; null while the respondent is not answering. */
  slot: DraftSlot | null;
  /** Keep it stable (useCallback): a new function rebuilds the model. */
  onComplete: (answers: Record<string, number | string>, startedAt: string) => void;
}

const colourScheme = () => window.matchMedia('(prefers-color-scheme: dark)');

/**
 * The SurveyJS model while the respondent answers: built when answering starts, with its draft restored,
 * its handlers owned here and removed on cleanup. `draftsUnsaved` turns true the first time the device
 * refuses a draft.
 */
export function useAnsweringSurvey({ instrument, within, language, params, slot, onComplete }: Options) {
  const [survey, setSurvey] = useState<SurveyModel | null>(null);
  const [draftsUnsaved, setDraftsUnsaved] = useState(false);
  const key = slot?.key;
  const hash = slot?.hash;
  const startedAt = slot?.startedAt;
  const localeLoaded = useSurveyLocale(language);

  useEffect(() => {
    if (key === undefined || hash === undefined || startedAt === undefined || !localeLoaded) return;
    const scheme = colourScheme();
    const model = createSurvey(surveyJson(instrument, within, params), language, scheme.matches);
    const stopDrafts = keepDrafts(model, { key, hash, startedAt }, () => setDraftsUnsaved(true));
    const complete = (sender: SurveyModel) => onComplete(sender.data as Record<string, number | string>, startedAt);
    const recolour = () => model.applyTheme(surveyTheme(scheme.matches));
    model.onComplete.add(complete);
    scheme.addEventListener('change', recolour);
    setSurvey(model);
    return () => {
      stopDrafts();
      model.onComplete.remove(complete);
      scheme.removeEventListener('change', recolour);
      setSurvey(null);
    };
  }, [instrument, within, language, localeLoaded, params, key, hash, startedAt, onComplete]);

  return { survey, draftsUnsaved };
}
