import { useEffect, useMemo } from 'react';
import 'survey-core/survey-core.fontless.min.css';
import type { SurveyMessages } from '../../i18n/survey.ts';
import type { Language } from '../../instruments/languages.ts';
import { findInstrument, type FrameworkModel } from '../../instruments/model.ts';
import type { StudyInfo } from '../../instruments/study.ts';
import { configure, type Delivery } from '../../respond/outbox.ts';
import { sessionIsSent, sessionLetsAnswer } from '../../respond/session-status.ts';
import { ClearAnswers } from './ClearAnswers.tsx';
import { screenFor } from './phase.ts';
import type { EssayLink } from './Report.tsx';
import { SessionNotice } from './SessionNotice.tsx';
import { SurveyBody } from './SurveyBody.tsx';
import { SurveyTextProvider, type SurveyText } from './surveyText.tsx';
import { showSurveyScreen } from './surveyScreen.ts';
import { useAnsweringSurvey } from './useAnsweringSurvey.ts';
import { useCompletion } from './useCompletion.ts';
import { usePhase } from './usePhase.ts';
import { useSessionCheck } from './useSessionCheck.ts';
import { useSurveyHistory } from './useSurveyHistory.ts';
import { useSurveyLink } from './useSurveyLink.ts';
import { pathsIn } from '../paths.ts';
import './survey.css';

interface Props {
  instrumentId: string;
  /** Content hash published with this build; every response carries it. */
  hash: string;
  /** Where responses go; null keeps them on the device. */
  delivery: Delivery | null;
  essaysByConstruct: Record<string, EssayLink[]>;
  /** Every essay's title by slug, for the report's links. */
  essayTitles: Record<string, string>;
  /** The deployment's study information (public facts only); null when no study is attached. */
  study: StudyInfo | null;
  /** The language the page shows the instrument in; each response records it. */
  language: Language;
  /**
   * The model in `language`, narrowed to this instrument's versions (forInstrument): handed over by the page, so
   * the browser loads no other language's texts.
   */
  within: FrameworkModel;
  /** The survey catalogue's messages in `language`, picked on the server so the browser gets only those. */
  messages: SurveyMessages;
}

export default function SurveyIsland({
  instrumentId,
  hash,
  delivery,
  essaysByConstruct,
  essayTitles,
  study,
  language,
  within,
  messages,
}: Props) {
  const text = useMemo<SurveyText>(
    () => ({ language, messages, within, paths: pathsIn(language) }),
    [language, messages, within],
  );
  const instrument = useMemo(() => findInstrument(instrumentId, within), [instrumentId, within]);
  const { params, session, draftKey } = useSurveyLink(instrument);
  const sessionCheck = useSessionCheck(session, delivery, instrument.id);
  const mayAnswer = sessionLetsAnswer(sessionCheck);
  const sentSession = session !== null && sessionIsSent(sessionCheck) ? session : null;

  useEffect(() => {
    if (delivery) configure({ [instrument.id]: delivery });
  }, [delivery, instrument]);
  const { phase, dispatch, offered, start, startFresh, resume, backToStart, cleared } = usePhase(draftKey, hash);

  // A start pressed while the session is being checked waits for the answer; a closed or unknown session never starts.
  const startedAt = phase.name === 'answering' && mayAnswer ? phase.startedAt : null;
  const slot = useMemo(
    () => (startedAt === null ? null : { key: draftKey, hash, startedAt }),
    [draftKey, hash, startedAt],
  );
  const complete = useCompletion(
    { instrument, within, hash, params, delivery, draftKey, sentSession, language },
    dispatch,
  );
  const { survey, draftsUnsaved } = useAnsweringSurvey({
    instrument,
    within,
    language,
    params,
    slot,
    onComplete: complete,
  });
  const sends = delivery !== null;

  const screen = screenFor(phase, sessionCheck);
  useEffect(() => showSurveyScreen(screen), [screen]);
  useSurveyHistory({ survey, resumable: offered !== null, onBackToStart: backToStart, onResume: resume });

  return (
    <SurveyTextProvider value={text}>
      {session !== null && (
        <SessionNotice
          check={phase.name === 'done' || (phase.name === 'answering' && mayAnswer) ? null : sessionCheck}
        />
      )}
      <SurveyBody
        phase={phase}
        mayAnswer={mayAnswer}
        survey={survey}
        draftsUnsaved={draftsUnsaved}
        instrument={instrument}
        essaysByConstruct={essaysByConstruct}
        essayTitles={essayTitles}
        study={study}
        sends={sends}
        onStart={start}
        onStartFresh={startFresh}
      />
      <ClearAnswers
        instrumentId={instrument.id}
        draftKey={draftKey}
        open={startedAt !== null ? 'answers' : phase.name === 'done' ? 'results' : null}
        sends={sends}
        onCleared={cleared}
      />
    </SurveyTextProvider>
  );
}
