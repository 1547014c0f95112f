import { ratingText, type ConstructView, type ReportView } from '../../instruments/report-view.ts';

const names = (views: readonly ConstructView[]) => views.map((view) => view.construct.name).join(', ');

function Weak({ view }: { view: ConstructView }) {
  const { construct } = view;
  return (
    <div className="report__weak" data-weak={construct.id}>
      <h4>
        {construct.name} ({ratingText(view)})
      </h4>
      {construct.firstMoves && (
        <>
          <p>Small first steps:</p>
          <ul>
            {construct.firstMoves.map((move) => (
              <li key={move}>{move}</li>
            ))}
          </ul>
        </>
      )}
      <p>Questions to talk about:</p>
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
  return (
    <section aria-labelledby="start-heading">
      <h3 id="start-heading">Where to start</h3>
      {standOut ? (
        <>
          <ul>
            <li data-strongest>Strongest: {names(standOut.strongest)}</li>
            <li data-weakest>Weakest: {names(standOut.weakest)}</li>
          </ul>
          <div className="report__weak-list">
            {standOut.weakest.map((view) => (
              <Weak key={view.construct.id} view={view} />
            ))}
          </div>
        </>
      ) : (
        <p>No area stands out as strongest or weakest: too few were scored, or all scored the same.</p>
      )}
    </section>
  );
}
