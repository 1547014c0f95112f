import { useEffect, useState } from 'react';
import type { PageModel, QuestionRadiogroupModel, SurveyModel } from 'survey-core';
import { fill } from '../../i18n/catalogue.ts';
import { useSurveyText } from './surveyText.tsx';

interface Progress {
  part: number;
  parts: number;
  title: string;
  answered: number;
  questions: number;
  /** The option labels of the page's agreement items, shown once above their columns on wide screens. */
  columns: string[];
}

/** Agreement items are the ones generate.ts lays out in a row (colCount 0); on wide screens they line up as columns. */
const columnsOf = (survey: SurveyModel): string[] => {
  const page: PageModel | undefined = survey.currentPage;
  return (page?.questions ?? [])
    .filter((question) => question.isVisible && (question as QuestionRadiogroupModel).colCount === 0)
    .map((question) => (question as QuestionRadiogroupModel).visibleChoices.map((choice) => choice.text))
    .reduce<string[]>((widest, labels) => (labels.length > widest.length ? labels : widest), []);
};

function progressOf(survey: SurveyModel): Progress {
  const info = survey.getProgressInfo();
  return {
    part: survey.currentPageNo + 1,
    parts: survey.visiblePageCount,
    title: survey.currentPage?.title ?? '',
    answered: info.answeredQuestionCount,
    questions: info.questionCount,
    columns: columnsOf(survey),
  };
}

function useProgress(survey: SurveyModel): Progress {
  const [progress, setProgress] = useState(() => progressOf(survey));
  useEffect(() => {
    const update = (sender: SurveyModel) => setProgress(progressOf(sender));
    update(survey);
    survey.onCurrentPageChanged.add(update);
    survey.onValueChanged.add(update);
    survey.onPageVisibleChanged.add(update);
    return () => {
      survey.onCurrentPageChanged.remove(update);
      survey.onValueChanged.remove(update);
      survey.onPageVisibleChanged.remove(update);
    };
  }, [survey]);
  return progress;
}

/**
 * Where the respondent is, kept in view while they scroll: the part and its title, how many questions are
 * answered, and on wide screens the headings of the answer columns. Only the part is announced, when it
 * changes; each answer updates the bar silently.
 */
export function SurveyBar({ survey }: { survey: SurveyModel }) {
  const { part, parts, title, answered, questions, columns } = useProgress(survey);
  const { messages } = useSurveyText();
  const where = fill(messages.partOf, { part, parts, title });
  return (
    <div className="survey-bar">
      <div role="status" className="visually-hidden">
        {where}
      </div>
      <div className="survey-bar__line" aria-hidden="true">
        <span className="survey-bar__where">{where}</span>
        <span className="survey-bar__count">
          {answered}/{questions}
        </span>
      </div>
      <progress
        className="survey-bar__progress"
        value={answered}
        max={questions}
        aria-label={messages.questionsAnsweredLabel}
      >
        {fill(messages.questionsAnswered, { answered, questions })}
      </progress>
      {columns.length > 0 && (
        // Each option keeps its own label for screen readers; these headings repeat them once for the eye.
        <div className="survey-bar__columns" aria-hidden="true">
          {columns.map((label) => (
            <span key={label}>{label}</span>
          ))}
        </div>
      )}
    </div>
  );
}
