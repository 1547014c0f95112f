import { useEffect, useRef } from 'react';
import type { SurveyModel } from 'survey-core';
import { entryFor, needsEntry, pageOfEntry, pageToShow } from './surveyHistory.ts';

interface Options {
  /** The model while the respondent answers; null on the start screen and the report. */
  survey: SurveyModel | null;
  /** Whether a draft is offered on the start screen, so Forward can continue it. */
  resumable: boolean;
  /** Back from the first survey page. */
  onBackToStart: () => void;
  /** Forward from the start screen into the draft's pages. */
  onResume: () => void;
}

const pageIndex = (survey: SurveyModel) => survey.pages.indexOf(survey.currentPage);

/**
 * Back and Forward move between survey pages (see surveyHistory.ts). Answers are safe throughout: they
 * live in the model while answering and in the draft (keepDrafts) once Back reaches the start screen.
 */
export function useSurveyHistory({ survey, resumable, onBackToStart, onResume }: Options) {
  // Forward from the start screen names a page before the model that will show it exists.
  const pendingPage = useRef<number | null>(null);

  useEffect(() => {
    if (!survey) return;
    const pending = pendingPage.current === null ? undefined : survey.pages[pendingPage.current];
    pendingPage.current = null;
    if (pending?.isVisible) survey.currentPage = pending;
    const record = (sender: SurveyModel) => {
      const index = pageIndex(sender);
      if (needsEntry(history.state, index)) history.pushState(entryFor(index), '');
    };
    record(survey);
    survey.onCurrentPageChanged.add(record);
    return () => survey.onCurrentPageChanged.remove(record);
  }, [survey]);

  useEffect(() => {
    const travel = ({ state }: PopStateEvent) => {
      if (survey) {
        const target = pageToShow(
          state,
          survey.pages.map((page) => page.isVisible),
        );
        if (target === null) return onBackToStart();
        // The entry's page is hidden now (a screener changed): this entry stands for the page shown instead.
        if (target !== pageOfEntry(state)) history.replaceState(entryFor(target), '');
        if (target !== pageIndex(survey)) survey.currentPage = survey.pages[target]!;
      } else if (resumable && pageOfEntry(state) !== null) {
        pendingPage.current = pageOfEntry(state);
        onResume();
      }
    };
    window.addEventListener('popstate', travel);
    return () => window.removeEventListener('popstate', travel);
  }, [survey, resumable, onBackToStart, onResume]);
}
