import { useCallback, type Dispatch } from 'react';
import { buildPayload, type PayloadParts } from '../../instruments/payload.ts';
import type { Delivery } from '../../respond/outbox.ts';
import { keepResponse } from './keepResponse.ts';
import type { PhaseEvent } from './phase.ts';
import { now } from './usePhase.ts';

interface Options extends Pick<PayloadParts, 'instrument' | 'within' | 'hash' | 'params' | 'language'> {
  /** Where responses go; null keeps them on the device. */
  delivery: Delivery | null;
  /** The draft the response replaces: it goes once the response is kept. */
  draftKey: string;
  /** The team session code the response carries; null when it carries none. */
  sentSession: string | null;
}

/**
 * What a finished survey does (useAnsweringSurvey's `onComplete`, stable while its inputs are): builds the
 * response, keeps it (keepResponse) and moves the phase on to the report once it is kept.
 */
export function useCompletion(
  { instrument, within, hash, params, delivery, draftKey, sentSession, language }: Options,
  dispatch: Dispatch<PhaseEvent>,
) {
  return useCallback(
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
      void keepResponse(payload, delivery, draftKey).then((kept) => dispatch({ type: 'completed', payload, kept }));
    },
    [instrument, within, hash, params, delivery, draftKey, sentSession, language, dispatch],
  );
}
