import { fill } from '../../i18n/catalogue.ts';
import { ratingText, type ConstructView } from '../../instruments/report-view.ts';
import { EssayAnchor, EssayLinkTo, type EssayLink } from './EssayLink.tsx';
import { useSurveyText } from './surveyText.tsx';

interface Props {
  constructs: readonly ConstructView[];
  essaysByConstruct: Readonly<Record<string, readonly EssayLink[]>>;
  titles: (slug: string) => string | undefined;
}

/** What each area means, how it was rated, questions to talk about and where to read more. */
export function ConstructCards({ constructs, essaysByConstruct, titles }: Props) {
  const { messages, paths } = useSurveyText();
  return (
    <section aria-labelledby="meaning-heading">
      <h3 id="meaning-heading">{messages.meaningHeading}</h3>
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
                <strong>{messages.yourRating}</strong> {ratingText(view, messages)}.
                {view.band && ` ${view.band.meaning}`}
              </p>
              <details>
                <summary>{messages.talkHeading}</summary>
                <ul>
                  {construct.prompts.map((prompt) => (
                    <li key={prompt}>{prompt}</li>
                  ))}
                </ul>
              </details>
              <ul>
                <li>
                  <a href={paths.construct(construct.id)}>
                    {fill(messages.aboutConstruct, { construct: construct.name.toLowerCase() })}
                  </a>
                </li>
                <li>
                  <EssayLinkTo
                    slug={construct.essay}
                    fallback={fill(messages.readAbout, { topic: construct.name.toLowerCase() })}
                    titles={titles}
                  />
                </li>
                {related.map((essay) => (
                  <li key={essay.href}>
                    <EssayAnchor href={essay.href} title={essay.title} />
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
