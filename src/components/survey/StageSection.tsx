import { fill } from '../../i18n/catalogue.ts';
import type { SurveyMessages } from '../../i18n/survey.ts';
import { oneDecimal } from '../../instruments/charts.ts';
import type { StageRuleText, StageView } from '../../instruments/report-view.ts';
import type { Stage } from '../../instruments/types.ts';
import { EssayLinkTo } from './EssayLink.tsx';
import { useSurveyText, withLink } from './surveyText.tsx';

type Titles = (slug: string) => string | undefined;

function ruleSentence(rule: StageRuleText, messages: SurveyMessages): string {
  if (rule.version === 1) return fill(messages.stageRuleV1, { margin: oneDecimal(rule.margin) });
  const lead = rule.lead === 1 ? messages.leadFullPoint : fill(messages.leadPoints, { lead: oneDecimal(rule.lead) });
  return fill(messages.stageRuleV2, { minAnswered: rule.minAnswered, lead });
}

function List({ items }: { items: readonly string[] }) {
  return (
    <ul>
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
}

/** One stage in full: what it is, the question it raises, what helps, what to avoid and what to talk about. */
function StageDetails({ stage, titles }: { stage: Stage; titles: Titles }) {
  const { messages } = useSurveyText();
  return (
    <div className="report__stage">
      <p>{stage.summary}</p>
      <p>
        <strong>{messages.bigQuestion}</strong> {stage.tension}
      </p>
      <h4>{messages.supportHeading}</h4>
      <List items={stage.support} />
      <h4>{messages.avoidHeading}</h4>
      <List items={stage.avoid} />
      <h4>{messages.talkHeading}</h4>
      <List items={stage.prompts} />
      <p className="no-print">
        <EssayLinkTo slug={stage.essay} fallback={messages.readAboutStages} titles={titles} />
      </p>
    </div>
  );
}

/** The report's stage of development: the named stage in full, or the two closest ones and why none was named. */
export function StageSection({ stage: view, titles }: { stage: StageView; titles: Titles }) {
  const { messages, paths, within } = useSurveyText();
  const stageName = (id: string) => within.stages.find((stage) => stage.id === id)!.name;
  return (
    <section aria-labelledby="stage-heading">
      <h3 id="stage-heading">{messages.stageHeading}</h3>
      {view.named ? (
        <>
          <p data-stage={view.stage.id}>
            {withLink(
              view.tentative ? messages.stageFitsTentative : messages.stageFits,
              <a href={paths.stage(view.stage.id)}>
                {fill(messages.stageLink, { stage: view.stage.name.toLowerCase() })}
              </a>,
            )}
          </p>
          <StageDetails stage={view.stage} titles={titles} />
        </>
      ) : (
        <>
          <p data-stage="">
            {messages.noOneStage}
            {view.closest.length > 0 && ` ${messages.closestStages}`}
          </p>
          {view.story && <p>{fill(messages.storyGap, { stage: view.story.name.toLowerCase() })}</p>}
          {view.closest.map((stage) => (
            <div key={stage.id} data-closest-stage={stage.id}>
              <h4>{stage.name}</h4>
              <p>{stage.summary}</p>
              <p>{messages.supportFitsIt}</p>
              <List items={stage.support} />
            </div>
          ))}
        </>
      )}
      <p className="meta">{ruleSentence(view.rule, messages)}</p>
      <table className={view.named ? 'report__table no-print' : 'report__table'}>
        <caption>{messages.stageTableCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{messages.stageColumn}</th>
            <th scope="col">{messages.agreementColumn}</th>
          </tr>
        </thead>
        <tbody>
          {view.means.map((entry) => (
            <tr key={entry.stage}>
              <th scope="row">{stageName(entry.stage)}</th>
              <td>{entry.mean === null ? messages.tooFewAnswers : oneDecimal(entry.mean)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
