import { fill } from '../../i18n/catalogue.ts';
import { oneDecimal } from '../../instruments/charts.ts';
import type { ConstructView } from '../../instruments/report-view.ts';
import type { Instrument } from '../../instruments/types.ts';
import { ScoreChart } from './ScoreChart.tsx';
import { useSurveyText } from './surveyText.tsx';

/** Every construct's score as a chart, and as a table with the same numbers for screen readers. */
export function ConstructScores({ instrument, constructs }: { instrument: Instrument; constructs: ConstructView[] }) {
  const { messages, within } = useSurveyText();
  const nonResponse = (id: string) => within.nonResponses.find((code) => code.id === id)!.label;
  const bands = instrument.scoring.bands
    .map((band) => fill(messages.bandFrom, { band: band.label, min: oneDecimal(band.min) }))
    .join(', ');
  return (
    <section aria-labelledby="scores-heading">
      <h3 id="scores-heading">{messages.scoresHeading}</h3>
      <ScoreChart scores={constructs} />
      {/* Focusable, so a keyboard user can scroll the table where a narrow screen cuts it off. */}
      <div className="report__scroll" role="region" aria-label={messages.scoresTableLabel} tabIndex={0}>
        <table className="report__table">
          <caption className="visually-hidden">{messages.scoresCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{messages.areaColumn}</th>
              <th scope="col">{messages.scoreColumn}</th>
              <th scope="col">{messages.answeredColumn}</th>
              <th scope="col">{messages.bandColumn}</th>
            </tr>
          </thead>
          <tbody>
            {constructs.map((view) => (
              <tr key={view.construct.id} data-construct={view.construct.id}>
                <th scope="row">{view.construct.name}</th>
                <td data-score>
                  {view.mean !== null
                    ? oneDecimal(view.mean)
                    : view.unscored?.kind === 'not-asked'
                      ? messages.notAsked
                      : messages.notScored}
                </td>
                <td>{fill(messages.answeredOf, { answered: view.answered, items: view.items })}</td>
                <td>{view.band?.label ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="meta">
        {fill(messages.bandsNote, {
          bands,
          share: Math.round(instrument.scoring.minAnsweredShare * 100),
          dontKnow: nonResponse('dont-know'),
          notApplicable: nonResponse('not-applicable'),
        })}
      </p>
    </section>
  );
}
