import { ratingText, type ConstructView } from '../../instruments/report-view.ts';
import { paths } from '../paths.ts';
import { EssayLinkTo, type EssayLink } from './EssayLink.tsx';

interface Props {
  constructs: readonly ConstructView[];
  essaysByConstruct: Readonly<Record<string, readonly EssayLink[]>>;
  titles: (slug: string) => string | undefined;
}

/** What each area means, how it was rated, questions to talk about and where to read more. */
export function ConstructCards({ constructs, essaysByConstruct, titles }: Props) {
  return (
    <section aria-labelledby="meaning-heading">
      <h3 id="meaning-heading">What each area means</h3>
      <div className="report__constructs">
        {constructs.map((view) => {
          const { construct } = view;
          const related = (essaysByConstruct[construct.id] ?? []).filter(
            (essay) => essay.href !== paths.essay(construct.essay),
          );
          return (
            <article key={construct.id} className="card" data-card={construct.id}>
              <h4>{construct.name}</h4>
              <p>{construct.definition}</p>
              <p>
                <strong>Your rating:</strong> {ratingText(view)}.{view.band && ` ${view.band.meaning}`}
              </p>
              <details>
                <summary>Questions to talk about</summary>
                <ul>
                  {construct.prompts.map((prompt) => (
                    <li key={prompt}>{prompt}</li>
                  ))}
                </ul>
              </details>
              <ul>
                <li>
                  <a href={paths.construct(construct.id)}>About {construct.name.toLowerCase()}</a>
                </li>
                <li>
                  <EssayLinkTo slug={construct.essay} about={construct.name} titles={titles} />
                </li>
                {related.map((essay) => (
                  <li key={essay.href}>
                    <a href={essay.href}>{essay.title}</a>
                  </li>
                ))}
              </ul>
            </article>
          );
        })}
      </div>
    </section>
  );
}
