import { fill } from '../../i18n/catalogue.ts';
import { ratingText, type ConstructView, type ReportView } from '../../instruments/report-view.ts';
import { useSurveyText } from './surveyText.tsx';

const names = (views: readonly ConstructView[]) => views.map((view) => view.construct.name).join(', ');

function Weak({ view }: { view: ConstructView }) {
  const { construct } = view;
  const { messages } = useSurveyText();
  return (
    <div className="report__weak" data-weak={construct.id}>
      <h4>
        {construct.name} ({ratingText(view, messages)})
      </h4>
      {construct.firstMoves && (
        <>
          <p>{messages.firstSteps}</p>
          <ul>
            {construct.firstMoves.map((move) => (
              <li key={move}>{move}</li>
            ))}
          </ul>
        </>
      )}
      <p>{messages.talkLead}</p>
      <ul>
        {construct.prompts.map((prompt) => (
          <li key={prompt}>{prompt}</li>
        ))}
      </ul>
    </div>
  );
}

/** The strongest and weakest constructs, with first moves and questions for the weakest. */
export function WhereToStart({ standOut }: { standOut: ReportView['standOut'] }) {
  const { messages } = useSurveyText();
  return (
    <section aria-labelledby="start-heading">
      <h3 id="start-heading">{messages.startHeading}</h3>
      {standOut ? (
        <>
          <ul>
            <li data-strongest>{fill(messages.strongest, { constructs: names(standOut.strongest) })}</li>
            <li data-weakest>{fill(messages.weakest, { constructs: names(standOut.weakest) })}</li>
          </ul>
          <div className="report__weak-list">
            {standOut.weakest.map((view) => (
              <Weak key={view.construct.id} view={view} />
            ))}
          </div>
        </>
      ) : (
        <p>{messages.noneStandsOut}</p>
      )}
    </section>
  );
}
