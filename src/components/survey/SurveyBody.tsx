import type { ComponentProps } from 'react';
import type { SurveyModel } from 'survey-core';
import { Survey } from 'survey-react-ui';
import type { Draft } from '../../respond/drafts.ts';
import type { Phase } from './phase.ts';
import { Report } from './Report.tsx';
import { ResumeOffer } from './ResumeOffer.tsx';
import { SurveyBar } from './SurveyBar.tsx';
import { useSurveyText } from './surveyText.tsx';
import { WithdrawalNotice } from './WithdrawalNotice.tsx';

type Props = Pick<ComponentProps<typeof Report>, 'instrument' | 'essaysByConstruct' | 'essayTitles'> &
  Pick<ComponentProps<typeof WithdrawalNotice>, 'study' | 'sends'> & {
    phase: Phase;
    /** Whether the link's session lets the respondent answer (see sessionLetsAnswer). */
    mayAnswer: boolean;
    /** The model while the respondent answers (useAnsweringSurvey). */
    survey: SurveyModel | null;
    /** Whether the device has refused to keep a draft. */
    draftsUnsaved: boolean;
    /** Start answering, continuing `draft` when one is chosen. */
    onStart: (draft: Draft | null) => void;
    /** Start again, dropping the offered draft. */
    onStartFresh: () => void;
  };

/** The island's main part in each phase: the report, the survey, the offer of a draft, or the Start button. */
export function SurveyBody({
  phase,
  mayAnswer,
  survey,
  draftsUnsaved,
  instrument,
  essaysByConstruct,
  essayTitles,
  study,
  sends,
  onStart,
  onStartFresh,
}: Props) {
  const { messages } = useSurveyText();
  if (phase.name === 'done')
    return (
      <>
        <Report
          instrument={instrument}
          payload={phase.payload}
          kept={phase.kept}
          essaysByConstruct={essaysByConstruct}
          essayTitles={essayTitles}
        />
        <WithdrawalNotice responseId={phase.payload.responseId} study={study} sends={sends} />
      </>
    );
  // Checking, or a session that will not count the answers: the notice above says which; no survey.
  if (!mayAnswer) return null;
  if (phase.name === 'answering')
    return survey ? (
      <div className="survey-frame" data-survey-top>
        <SurveyBar survey={survey} />
        {/* The region is always there, so its sentence is announced when it appears, and only then. */}
        <div role="status">{draftsUnsaved && <p className="notice">{messages.draftsUnsaved}</p>}</div>
        <Survey model={survey} />
      </div>
    ) : null;
  const { draft } = phase;
  if (draft)
    return <ResumeOffer savedAt={draft.savedAt} onContinue={() => onStart(draft)} onStartFresh={onStartFresh} />;
  return (
    <div className="start">
      <button type="button" className="start__button" onClick={() => onStart(null)}>
        {messages.startSurvey}
      </button>
    </div>
  );
}
