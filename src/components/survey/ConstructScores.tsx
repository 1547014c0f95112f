import { oneDecimal } from '../../instruments/charts.ts';
import type { ConstructView } from '../../instruments/report-view.ts';
import type { Instrument } from '../../instruments/types.ts';
import { ScoreChart } from './ScoreChart.tsx';

/** Every construct's score as a chart, and as a table with the same numbers for screen readers. */
export function ConstructScores({ instrument, constructs }: { instrument: Instrument; constructs: ConstructView[] }) {
  return (
    <section aria-labelledby="scores-heading">
      <h3 id="scores-heading">Scores by area</h3>
      <ScoreChart scores={constructs} />
      {/* Focusable, so a keyboard user can scroll the table where a narrow screen cuts it off. */}
      <div className="report__scroll" role="region" aria-label="Table of scores by area" tabIndex={0}>
        <table className="report__table">
          <caption className="visually-hidden">Your score for each area, from 1 to 5</caption>
          <thead>
            <tr>
              <th scope="col">Area</th>
              <th scope="col">Score (1–5)</th>
              <th scope="col">Statements answered</th>
              <th scope="col">Band</th>
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
                      ? 'Not asked'
                      : 'Not scored'}
                </td>
                <td>
                  {view.answered} of {view.items}
                </td>
                <td>{view.band?.label ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="meta">
        Bands only describe:{' '}
        {instrument.scoring.bands.map((band) => `${band.label} from ${oneDecimal(band.min)}`).join(', ')}. An area gets
        a score only when you answered at least {Math.round(instrument.scoring.minAnsweredShare * 100)}% of its
        statements. “Don’t know” and “Does not apply here” never count as numbers.
      </p>
    </section>
  );
}
