import { useMemo } from 'react';
import { checkLinkParameters, checkSessionParameter } from '../../instruments/link-parameters.ts';
import type { Instrument } from '../../instruments/types.ts';
import { draftKey } from '../../respond/drafts.ts';

/** What the page's link asks of `instrument`: its checked parameters, its team session, and the draft kept for it. */
export function useSurveyLink(instrument: Instrument) {
  const params = useMemo(
    () => checkLinkParameters(instrument.parameters, new URLSearchParams(window.location.search)).values,
    [instrument],
  );
  // The link's team session: asked about before the survey is offered; a malformed code is reported by the
  // link notice and never sent.
  const session = useMemo(() => checkSessionParameter(new URLSearchParams(window.location.search)).session, []);
  // One draft per link: answers started for one session are not offered for another.
  const key = useMemo(
    () => draftKey(instrument.id, session === null ? params : { ...params, session }),
    [instrument, params, session],
  );
  return { params, session, draftKey: key };
}
