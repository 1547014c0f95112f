import { oneDecimal } from '../../instruments/charts.ts';
import { ratingText, type FitView } from '../../instruments/report-view.ts';
import { paths } from '../paths.ts';

function Sources({ sources }: { sources: readonly string[] }) {
  return <p className="meta report__sources">Based on: {sources.join('; ')}.</p>;
}

/** Which organizational conditions matter most for the community's stage, and where they pull against it. */
export function FitSection({ fit }: { fit: FitView }) {
  if (fit.kind === 'no-story') {
    return (
      <section aria-labelledby="fit-heading" data-fit="">
        <h3 id="fit-heading">What matters most for your community</h3>
        <p>
          You skipped the question about the community you know best. If you pick the story that sounds most like it,
          this report shows which conditions matter most at its stage, and how your answers rate them.
        </p>
      </section>
    );
  }
  const stageName = fit.stage.name.toLowerCase();
  return (
    <section aria-labelledby="fit-heading" data-fit={fit.stage.id}>
      <h3 id="fit-heading">
        {fit.kind === 'readiness' ? `What matters most for a ${stageName} community` : 'What matters most now'}
      </h3>
      {fit.kind === 'readiness' ? (
        <p>You said the community you know best sounds like the {stageName} stage. At that stage, these matter most:</p>
      ) : (
        <p>At the {stageName} stage, these things where you work matter most:</p>
      )}
      <ol className="report__fit">
        {fit.rows.map((row) => (
          <li key={row.construct.id} data-fit-row={row.construct.id}>
            <strong>{row.construct.name}</strong>
            {row.rating && <span data-rating> (you rated it: {ratingText(row.rating)})</span>}. {row.why}
          </li>
        ))}
      </ol>
      {fit.kind === 'readiness' && fit.warnings.length > 0 && (
        <div className="notice notice--problem report__warnings">
          <h4>Where your answers suggest a poor fit</h4>
          <ul>
            {fit.warnings.map((warning) => (
              <li key={warning.construct.id} data-warning={warning.construct.id}>
                <strong>
                  {warning.construct.name} ({oneDecimal(warning.mean)} of 5):
                </strong>{' '}
                {warning.flag}
              </li>
            ))}
          </ul>
        </div>
      )}
      {fit.kind === 'stage' && (
        <p className="no-print">
          To check these where you work,{' '}
          <a href={paths.instrument('organizational-readiness')}>take the readiness survey</a>.
        </p>
      )}
      <Sources sources={fit.sources} />
    </section>
  );
}
