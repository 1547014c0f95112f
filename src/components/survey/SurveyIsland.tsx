import { useEffect, useMemo, useState } from 'react';
import { Survey } from 'survey-react-ui';
import type { CompleteEvent, SurveyModel } from 'survey-core';
import 'survey-core/survey-core.fontless.min.css';
import { surveyJson } from '../../instruments/generate.ts';
import { checkLinkParameters } from '../../instruments/link-parameters.ts';
import { findInstrument } from '../../instruments/model.ts';
import { buildPayload, type ResponsePayload } from '../../instruments/payload.ts';
import { clearDraft, draftKey, loadDraft, saveDraft, type Draft } from '../../respond/drafts.ts';
import { configure, enqueue, flush, type Delivery, type DeliveryState } from '../../respond/outbox.ts';
import { createSurvey, surveyTheme } from './createSurvey.ts';
import { Report, type EssayLink } from './Report.tsx';
import './survey.css';

interface Props {
  instrumentId: string;
  /** Content hash published with this build; every response carries it. */
  hash: string;
  /** Where responses go; null keeps them on the device. */
  delivery: Delivery | null;
  essaysByConstruct: Record<string, EssayLink[]>;
}

type Phase =
  | { name: 'ready'; draft: Draft | null }
  | { name: 'answering'; startedAt: string }
  /** `kept`: where the outbox holds the response; null when this build sends nothing. */
  | { name: 'done'; payload: ResponsePayload; kept: KeptIn | null };

type KeptIn = Extract<DeliveryState, { kept: unknown }>['kept'];

/** Set (and announced with START_REQUESTED_EVENT) by the page's inline script when its static Start button is pressed. */
const startRequested = () => document.documentElement.dataset['surveyStartRequested'] === 'true';
const START_REQUESTED_EVENT = 'cultivate:start-requested';

const prefersDark = () => window.matchMedia('(prefers-color-scheme: dark)').matches;

export default function SurveyIsland({ instrumentId, hash, delivery, essaysByConstruct }: Props) {
  const instrument = useMemo(() => findInstrument(instrumentId), [instrumentId]);
  const params = useMemo(
    () => checkLinkParameters(instrument.parameters, new URLSearchParams(window.location.search)).values,
    [instrument],
  );
  const key = useMemo(() => draftKey(instrument.id, params), [instrument, params]);
  const [phase, setPhase] = useState<Phase>(() => {
    const draft = loadDraft(key, hash);
    return !draft && startRequested()
      ? { name: 'answering', startedAt: new Date().toISOString() }
      : { name: 'ready', draft };
  });
  const [survey, setSurvey] = useState<SurveyModel | null>(null);

  useEffect(() => {
    if (delivery) configure({ [instrument.id]: delivery });
  }, [delivery, instrument]);

  // Back after finishing must not show the report (and its downloads) to the next person on a shared device.
  useEffect(() => {
    const forgetReport = (event: PageTransitionEvent) => {
      if (event.persisted) setPhase((current) => (current.name === 'done' ? { name: 'ready', draft: null } : current));
    };
    window.addEventListener('pageshow', forgetReport);
    return () => window.removeEventListener('pageshow', forgetReport);
  }, []);

  // The static Start button can be pressed while this island is mounting (after its first state was set,
  // before its own button replaced the static one): honour that press too.
  useEffect(() => {
    const startIfRequested = () => {
      if (!startRequested()) return;
      setPhase((current) =>
        current.name === 'ready' && !current.draft
          ? { name: 'answering', startedAt: new Date().toISOString() }
          : current,
      );
    };
    startIfRequested();
    document.addEventListener(START_REQUESTED_EVENT, startIfRequested);
    return () => document.removeEventListener(START_REQUESTED_EVENT, startIfRequested);
  }, []);

  const answeringSince = phase.name === 'answering' ? phase.startedAt : null;

  // Builds the SurveyJS model when answering starts, restores a draft, and owns its handlers.
  useEffect(() => {
    if (answeringSince === null) return;
    const model = createSurvey(surveyJson(instrument), prefersDark());
    const draft = loadDraft(key, hash);
    if (draft) {
      model.data = draft.answers;
      model.currentPageNo = Math.min(draft.pageNo, model.visiblePageCount - 1);
    }
    const save = (sender: SurveyModel) => {
      saveDraft(key, {
        hash,
        answers: sender.data as Record<string, unknown>,
        pageNo: sender.currentPageNo,
        startedAt: answeringSince,
        savedAt: new Date().toISOString(),
      });
    };
    const complete = (sender: SurveyModel, _event: CompleteEvent) => {
      const payload = buildPayload({
        instrument,
        hash,
        params,
        answers: sender.data as Record<string, number | string>,
        responseId: crypto.randomUUID(),
        startedAt: answeringSince,
        submittedAt: new Date().toISOString(),
        locale: navigator.language,
      });
      if (!delivery) {
        clearDraft(key);
        setPhase({ name: 'done', payload, kept: null });
        return;
      }
      void enqueue(payload).then((kept) => {
        // The draft goes only once the response is safe on the device; held in memory, the draft may be all that survives the tab.
        if (kept === 'device') clearDraft(key);
        setPhase({ name: 'done', payload, kept });
        void flush();
      });
    };
    const colourScheme = window.matchMedia('(prefers-color-scheme: dark)');
    const recolour = () => model.applyTheme(surveyTheme(colourScheme.matches));
    model.onValueChanged.add(save);
    model.onCurrentPageChanged.add(save);
    model.onComplete.add(complete);
    colourScheme.addEventListener('change', recolour);
    setSurvey(model);
    return () => {
      model.onValueChanged.remove(save);
      model.onCurrentPageChanged.remove(save);
      model.onComplete.remove(complete);
      colourScheme.removeEventListener('change', recolour);
      setSurvey(null);
    };
  }, [answeringSince, instrument, key, hash, params, delivery]);

  if (phase.name === 'done') {
    return (
      <Report instrument={instrument} payload={phase.payload} kept={phase.kept} essaysByConstruct={essaysByConstruct} />
    );
  }
  if (phase.name === 'answering') {
    return survey ? (
      <div className="survey-frame">
        <Survey model={survey} />
      </div>
    ) : null;
  }

  const start = (draft: Draft | null) =>
    setPhase({ name: 'answering', startedAt: draft?.startedAt ?? new Date().toISOString() });
  const startFresh = () => {
    clearDraft(key);
    start(null);
  };
  return phase.draft ? (
    <div className="resume" role="group" aria-labelledby="resume-heading">
      <h2 id="resume-heading">Continue where you left off?</h2>
      <p>
        This device has answers you started on{' '}
        {new Date(phase.draft.savedAt).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })}. If
        someone else started them, start fresh: their answers are removed from this device.
      </p>
      <div className="resume__actions">
        <button type="button" onClick={() => start(phase.draft)}>
          Continue my answers
        </button>
        <button type="button" className="button--quiet" onClick={startFresh}>
          Not me: start fresh
        </button>
      </div>
    </div>
  ) : (
    <div className="start">
      <button type="button" className="start__button" onClick={() => start(null)}>
        Start the survey
      </button>
    </div>
  );
}
