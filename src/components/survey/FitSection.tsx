import { fill } from '../../i18n/catalogue.ts';
import { oneDecimal } from '../../instruments/charts.ts';
import { ratingText, type FitView } from '../../instruments/report-view.ts';
import { useSurveyText, withLink } from './surveyText.tsx';

function Sources({ sources }: { sources: readonly string[] }) {
  const { messages } = useSurveyText();
  return <p className="meta report__sources">{fill(messages.basedOn, { sources: sources.join('; ') })}</p>;
}

/** Which organizational conditions matter most for the community's stage, and where they pull against it. */
export function FitSection({ fit }: { fit: FitView }) {
  const { messages, paths } = useSurveyText();
  if (fit.kind === 'no-story') {
    return (
      <section aria-labelledby="fit-heading" data-fit="">
        <h3 id="fit-heading">{messages.fitHeadingNoStory}</h3>
        <p>{messages.fitNoStory}</p>
      </section>
    );
  }
  const stage = fit.stage.name.toLowerCase();
  return (
    <section aria-labelledby="fit-heading" data-fit={fit.stage.id}>
      <h3 id="fit-heading">
        {fit.kind === 'readiness' ? fill(messages.fitHeadingReadiness, { stage }) : messages.fitHeadingStage}
      </h3>
      <p>{fill(fit.kind === 'readiness' ? messages.fitLeadReadiness : messages.fitLeadStage, { stage })}</p>
      <ol className="report__fit">
        {fit.rows.map((row) => (
          <li key={row.construct.id} data-fit-row={row.construct.id}>
            <strong>{row.construct.name}</strong>
            {row.rating && (
              <span data-rating> {fill(messages.youRatedIt, { rating: ratingText(row.rating, messages) })}</span>
            )}
            . {row.why}
          </li>
        ))}
      </ol>
      {fit.kind === 'readiness' && fit.warnings.length > 0 && (
        <div className="notice notice--problem report__warnings">
          <h4>{messages.poorFitHeading}</h4>
          <ul>
            {fit.warnings.map((warning) => (
              <li key={warning.construct.id} data-warning={warning.construct.id}>
                <strong>
                  {fill(messages.poorFitFactor, { construct: warning.construct.name, mean: oneDecimal(warning.mean) })}
                </strong>{' '}
                {warning.flag}
              </li>
            ))}
          </ul>
        </div>
      )}
      {fit.kind === 'stage' && (
        <p className="no-print">
          {withLink(
            messages.checkWhereYouWork,
            <a href={paths.instrument('organizational-readiness')}>{messages.takeReadinessSurvey}</a>,
          )}
        </p>
      )}
      <Sources sources={fit.sources} />
    </section>
  );
}
