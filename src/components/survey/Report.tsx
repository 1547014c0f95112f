import { useEffect, useMemo, useRef } from 'react';
import { fill } from '../../i18n/catalogue.ts';
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
import { useSurveyText } from './surveyText.tsx';
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
  const { messages, within } = useSurveyText();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  // A respondent who started before a new version was published finishes on the version they answered.
  const instrument = findVersion(payload.instrument.id, payload.instrument.version, within) ?? current;
  const view = useMemo(() => reportView(instrument, payload, within), [instrument, payload, within]);
  const titles = (slug: string): string | undefined => essayTitles[slug];
  const readiness = !view.stage;

  return (
    // data-response-id: the site-wide outbox notice leaves this response to the status below.
    <section className="report" aria-labelledby="report-heading" data-response-id={payload.responseId}>
      <h2 id="report-heading" ref={heading} tabIndex={-1}>
        {messages.yourResults}
      </h2>
      <p className="meta">{fill(messages.titleAndVersion, { title: instrument.title, version: instrument.version })}</p>
      <p className="report__note">{messages.reportNote}</p>
      <div className="no-print">
        <DeliveryStatus responseId={payload.responseId} kept={kept} session={payload.session} />
      </div>
      <div className="report__actions no-print">
        <button type="button" onClick={() => window.print()}>
          {messages.printSummary}
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
          {messages.downloadJson}
        </button>
        <button type="button" className="button--quiet" onClick={() => downloadResponse(payload, 'csv')}>
          {messages.downloadCsv}
        </button>
      </div>
    </section>
  );
}
