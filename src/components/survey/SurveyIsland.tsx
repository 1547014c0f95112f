import { useCallback, useEffect, useMemo, useReducer } from 'react';
import { Survey } from 'survey-react-ui';
import 'survey-core/survey-core.fontless.min.css';
import type { SurveyMessages } from '../../i18n/survey.ts';
import type { Language } from '../../instruments/languages.ts';
import { checkLinkParameters, checkSessionParameter } from '../../instruments/link-parameters.ts';
import { findInstrument, type FrameworkModel } from '../../instruments/model.ts';
import { buildPayload } from '../../instruments/payload.ts';
import type { StudyInfo } from '../../instruments/study.ts';
import { clearDraft, draftKey, loadDraft, type Draft } from '../../respond/drafts.ts';
import { configure, type Delivery } from '../../respond/outbox.ts';
import { sessionIsSent, sessionLetsAnswer, sessionRefuses } from '../../respond/session-status.ts';
import { ClearAnswers } from './ClearAnswers.tsx';
import { keepResponse } from './keepResponse.ts';
import { initialPhase, nextPhase } from './phase.ts';
import { Report, type EssayLink } from './Report.tsx';
import { ResumeOffer } from './ResumeOffer.tsx';
import { SessionNotice } from './SessionNotice.tsx';
import { SurveyBar } from './SurveyBar.tsx';
import { SurveyTextProvider, type SurveyText } from './surveyText.tsx';
import { showSurveyScreen } from './surveyScreen.ts';
import { useAnsweringSurvey } from './useAnsweringSurvey.ts';
import { useSessionCheck } from './useSessionCheck.ts';
import { useSurveyHistory } from './useSurveyHistory.ts';
import { WithdrawalNotice } from './WithdrawalNotice.tsx';
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

/** Set (and announced with START_REQUESTED_EVENT) by the page's inline script when its static Start button is pressed. */
const startRequested = () => document.documentElement.dataset['surveyStartRequested'] === 'true';
const START_REQUESTED_EVENT = 'cultivate:start-requested';
const now = () => new Date().toISOString();

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
  const params = useMemo(
    () => checkLinkParameters(instrument.parameters, new URLSearchParams(window.location.search)).values,
    [instrument],
  );
  // The link's team session: asked about before the survey is offered; a malformed code is reported by the
  // link notice and never sent.
  const session = useMemo(() => checkSessionParameter(new URLSearchParams(window.location.search)).session, []);
  const sessionCheck = useSessionCheck(session, delivery, instrument.id);
  const mayAnswer = sessionLetsAnswer(sessionCheck);
  const sentSession = session !== null && sessionIsSent(sessionCheck) ? session : null;
  // One draft per link: answers started for one session are not offered for another.
  const key = useMemo(
    () => draftKey(instrument.id, session === null ? params : { ...params, session }),
    [instrument, params, session],
  );
  const [phase, dispatch] = useReducer(nextPhase, null, () =>
    initialPhase(loadDraft(key, hash), startRequested(), now()),
  );

  useEffect(() => {
    if (delivery) configure({ [instrument.id]: delivery });
  }, [delivery, instrument]);

  // Back after finishing must not show the report (and its downloads) to the next person on a shared device.
  useEffect(() => {
    const forgetReport = (event: PageTransitionEvent) => {
      if (event.persisted) dispatch({ type: 'restored-from-cache' });
    };
    window.addEventListener('pageshow', forgetReport);
    return () => window.removeEventListener('pageshow', forgetReport);
  }, []);

  // The static Start button can be pressed while this island is mounting (after its first state was set,
  // before its own button replaced the static one): honour that press too.
  useEffect(() => {
    const startIfRequested = () => {
      if (startRequested()) dispatch({ type: 'start-requested', now: now() });
    };
    startIfRequested();
    document.addEventListener(START_REQUESTED_EVENT, startIfRequested);
    return () => document.removeEventListener(START_REQUESTED_EVENT, startIfRequested);
  }, []);

  // A start pressed while the session is being checked waits for the answer; a closed or unknown session never starts.
  const startedAt = phase.name === 'answering' && mayAnswer ? phase.startedAt : null;
  const slot = useMemo(() => (startedAt === null ? null : { key, hash, startedAt }), [key, hash, startedAt]);
  const complete = useCallback(
    (answers: Record<string, number | string>, since: string) => {
      const payload = buildPayload({
        instrument,
        within,
        hash,
        params,
        answers,
        responseId: crypto.randomUUID(),
        startedAt: since,
        submittedAt: now(),
        locale: navigator.language,
        language,
        ...(sentSession === null ? {} : { session: sentSession }),
      });
      void keepResponse(payload, delivery, key).then((kept) => dispatch({ type: 'completed', payload, kept }));
    },
    [instrument, hash, params, delivery, key, sentSession, language],
  );
  const { survey, draftsUnsaved } = useAnsweringSurvey({
    instrument,
    within,
    language,
    params,
    slot,
    onComplete: complete,
  });
  const cleared = useCallback(() => dispatch({ type: 'cleared' }), []);
  const sends = delivery !== null;

  const offered = phase.name === 'ready' ? phase.draft : null;
  const screen = sessionRefuses(sessionCheck)
    ? 'refused'
    : !mayAnswer
      ? 'start'
      : phase.name === 'answering'
        ? 'answering'
        : phase.name === 'done'
          ? 'report'
          : offered
            ? 'resume'
            : 'start';
  useEffect(() => showSurveyScreen(screen), [screen]);

  const backToStart = useCallback(() => dispatch({ type: 'back-to-start', draft: loadDraft(key, hash) }), [key, hash]);
  const resume = useCallback(() => dispatch({ type: 'start', draft: offered, now: now() }), [offered]);
  useSurveyHistory({ survey, resumable: offered !== null, onBackToStart: backToStart, onResume: resume });

  const start = (draft: Draft | null) => dispatch({ type: 'start', draft, now: now() });
  const startFresh = () => {
    clearDraft(key);
    // After a reload this entry stands for the last person's page; it becomes a start screen again.
    history.replaceState(null, '');
    start(null);
  };
  let body;
  if (phase.name === 'done') {
    body = (
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
  } else if (!mayAnswer) {
    // Checking, or a session that will not count the answers: the notice above says which; no survey.
    body = null;
  } else if (phase.name === 'answering') {
    body = survey ? (
      <div className="survey-frame" data-survey-top>
        <SurveyBar survey={survey} />
        {/* The region is always there, so its sentence is announced when it appears, and only then. */}
        <div role="status">{draftsUnsaved && <p className="notice">{messages.draftsUnsaved}</p>}</div>
        <Survey model={survey} />
      </div>
    ) : null;
  } else if (phase.draft) {
    const draft = phase.draft;
    body = <ResumeOffer savedAt={draft.savedAt} onContinue={() => start(draft)} onStartFresh={startFresh} />;
  } else {
    body = (
      <div className="start">
        <button type="button" className="start__button" onClick={() => start(null)}>
          {messages.startSurvey}
        </button>
      </div>
    );
  }

  return (
    <SurveyTextProvider value={text}>
      {session !== null && (
        <SessionNotice
          check={phase.name === 'done' || (phase.name === 'answering' && mayAnswer) ? null : sessionCheck}
        />
      )}
      {body}
      <ClearAnswers
        instrumentId={instrument.id}
        draftKey={key}
        open={startedAt !== null ? 'answers' : phase.name === 'done' ? 'results' : null}
        sends={sends}
        onCleared={cleared}
      />
    </SurveyTextProvider>
  );
}
