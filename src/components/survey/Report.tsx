import { useEffect, useRef } from 'react';
import { oneDecimal } from '../../instruments/charts.ts';
import { findConstruct } from '../../instruments/framework.ts';
import type { ResponsePayload } from '../../instruments/payload.ts';
import type { Instrument } from '../../instruments/types.ts';
import { downloadResponse } from '../../respond/download.ts';
import { paths } from '../paths.ts';
import { DeliveryStatus } from './DeliveryStatus.tsx';
import { ScoreChart } from './ScoreChart.tsx';
import { StageSection } from './StageSection.tsx';

export interface EssayLink {
  title: string;
  href: string;
}

interface Props {
  instrument: Instrument;
  payload: ResponsePayload;
  /** Where the outbox holds the response; null when this build sends nothing. */
  kept: 'device' | 'memory' | null;
  essaysByConstruct: Record<string, EssayLink[]>;
}

export function Report({ instrument, payload, kept, essaysByConstruct }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const { scores } = payload;
  const bandOf = (id: string | null) => instrument.scoring.bands.find((band) => band.id === id);

  return (
    // data-response-id: the site-wide outbox notice leaves this response to the status below.
    <section className="report" aria-labelledby="report-heading" data-response-id={payload.responseId}>
      <h2 id="report-heading" ref={heading} tabIndex={-1}>
        Your results
      </h2>
      <p className="report__note">
        These scores describe how you see things today. They are not grades, norms or judgements, and they are most
        useful as a starting point for a conversation with others in your community.
      </p>
      <DeliveryStatus responseId={payload.responseId} kept={kept} />

      <h3>Scores by construct</h3>
      <ScoreChart scores={scores.constructs} />
      <table className="report__table">
        <caption className="visually-hidden">Your score for each construct, from 1 to 5</caption>
        <thead>
          <tr>
            <th scope="col">Construct</th>
            <th scope="col">Score (1–5)</th>
            <th scope="col">Statements answered</th>
            <th scope="col">Band</th>
          </tr>
        </thead>
        <tbody>
          {scores.constructs.map((score) => (
            <tr key={score.construct} data-construct={score.construct}>
              <th scope="row">{findConstruct(score.construct).name}</th>
              <td data-score>{score.mean === null ? 'Not scored' : oneDecimal(score.mean)}</td>
              <td>
                {score.answered} of {score.items}
              </td>
              <td>{bandOf(score.band)?.label ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="meta">
        Bands are descriptive:{' '}
        {instrument.scoring.bands.map((band) => `${band.label} from ${oneDecimal(band.min)}`).join(', ')}. A construct
        is scored only when at least {Math.round(instrument.scoring.minAnsweredShare * 100)}% of its statements were
        answered; “don’t know / not applicable” is never counted as a number.
      </p>

      {scores.readiness && (
        <>
          <h3>Readiness profile</h3>
          {scores.readiness.overall === null ? (
            <p>Too few statements were answered to describe a profile.</p>
          ) : (
            <ul>
              <li>
                Overall mean across factors: <strong>{oneDecimal(scores.readiness.overall)}</strong>
              </li>
              <li>Strongest: {scores.readiness.strongest.map((id) => findConstruct(id).name).join(', ')}</li>
              <li>Weakest: {scores.readiness.weakest.map((id) => findConstruct(id).name).join(', ')}</li>
            </ul>
          )}
        </>
      )}

      {scores.stage && <StageSection estimate={scores.stage} />}

      <h3>What each score means</h3>
      <div className="report__constructs">
        {scores.constructs.map((score) => {
          const construct = findConstruct(score.construct);
          const band = bandOf(score.band);
          const essays = essaysByConstruct[score.construct] ?? [];
          return (
            <article key={score.construct} className="card">
              <h4>{construct.name}</h4>
              <p>{construct.definition}</p>
              <p>
                {band
                  ? `${band.label}: ${band.meaning}`
                  : 'Not scored: too few of its statements were answered to give a fair picture.'}
              </p>
              <ul>
                <li>
                  <a href={paths.construct(construct.id)}>About {construct.name.toLowerCase()}</a>
                </li>
                {essays.map((essay) => (
                  <li key={essay.href}>
                    <a href={essay.href}>{essay.title}</a>
                  </li>
                ))}
              </ul>
            </article>
          );
        })}
      </div>

      <div className="report__actions no-print">
        <button type="button" onClick={() => window.print()}>
          Print these results
        </button>
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
