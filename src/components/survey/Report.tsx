import { useEffect, useMemo, useRef } from 'react';
import { findVersion } from '../../instruments/model.ts';
import type { ResponsePayload } from '../../instruments/payload.ts';
import { reportView } from '../../instruments/report-view.ts';
import type { Instrument } from '../../instruments/types.ts';
import { downloadResponse } from '../../respond/download.ts';
import { ConstructCards } from './ConstructCards.tsx';
import { ConstructScores } from './ConstructScores.tsx';
import { DeliveryStatus } from './DeliveryStatus.tsx';
import type { EssayLink } from './EssayLink.tsx';
import { FitSection } from './FitSection.tsx';
import { StageSection } from './StageSection.tsx';
import { StatementsSection } from './StatementsSection.tsx';
import { WhereToStart } from './WhereToStart.tsx';

export type { EssayLink } from './EssayLink.tsx';

interface Props {
  instrument: Instrument;
  payload: ResponsePayload;
  /** Where the outbox holds the response; null when this build sends nothing. */
  kept: 'device' | 'memory' | null;
  essaysByConstruct: Record<string, EssayLink[]>;
  /** Every essay's title by slug, so construct and stage essays can be named in their links. */
  /** Every essay's title by slug: the model names essays by slug. */
  essayTitles: Readonly<Record<string, string>>;
}

export function Report({ instrument: current, payload, kept, essaysByConstruct, essayTitles }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  // A respondent who started before a new version was published finishes on the version they answered.
  const instrument = findVersion(payload.instrument.id, payload.instrument.version) ?? current;
  const view = useMemo(() => reportView(instrument, payload), [instrument, payload]);
  const titles = (slug: string): string | undefined => essayTitles[slug];
  const readiness = !view.stage;

  return (
    // data-response-id: the site-wide outbox notice leaves this response to the status below.
    <section className="report" aria-labelledby="report-heading" data-response-id={payload.responseId}>
      <h2 id="report-heading" ref={heading} tabIndex={-1}>
        Your results
      </h2>
      <p className="meta">
        {instrument.title}, version {instrument.version}
      </p>
      <p className="report__note">
        These results show how you see things today. They are not grades or judgements. They work best as a start for a
        talk with others in your community.
      </p>
      <div className="no-print">
        <DeliveryStatus responseId={payload.responseId} kept={kept} session={payload.session} />
      </div>
      <div className="report__actions no-print">
        <button type="button" onClick={() => window.print()}>
          Print a one-page summary
        </button>
      </div>

      {readiness && view.fit && <FitSection fit={view.fit} />}
      {view.stage && <StageSection stage={view.stage} titles={titles} />}
      {!readiness && view.fit && <FitSection fit={view.fit} />}
      <WhereToStart standOut={view.standOut} />
      <StatementsSection statements={view.statements} />
      <div className="no-print">
        <ConstructScores instrument={instrument} constructs={view.constructs} />
        <ConstructCards constructs={view.constructs} essaysByConstruct={essaysByConstruct} titles={titles} />
      </div>

      <div className="report__actions no-print">
        <button type="button" className="button--quiet" onClick={() => downloadResponse(payload, 'json')}>
          Download my answers and scores (JSON)
        </button>
        <button type="button" className="button--quiet" onClick={() => downloadResponse(payload, 'csv')}>
          Download my answers and scores (CSV)
        </button>
      </div>
    </section>
  );
}
