import { oneDecimal } from '../../instruments/charts.ts';
import { findStage } from '../../instruments/framework.ts';
import type { StageRuleText, StageView } from '../../instruments/report-view.ts';
import type { Stage } from '../../instruments/types.ts';
import { paths } from '../paths.ts';
import { EssayLinkTo } from './EssayLink.tsx';

type Titles = (slug: string) => string | undefined;

function ruleSentence(rule: StageRuleText): string {
  if (rule.version === 1) {
    return `We name the stage you agreed with most. If it is less than ${oneDecimal(rule.margin)} points ahead of the next one, treat it as a best guess.`;
  }
  const lead = rule.lead === 1 ? 'a full point' : `${oneDecimal(rule.lead)} points`;
  return `We name a stage only when three things are true. You answered at least ${rule.minAnswered} statements for each stage. You agreed with one stage ${lead} more than with any other. The story you picked, if you picked one, is that same stage.`;
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
  return (
    <div className="report__stage">
      <p>{stage.summary}</p>
      <p>
        <strong>The big question now:</strong> {stage.tension}
      </p>
      <h4>Support that fits this stage</h4>
      <List items={stage.support} />
      <h4>What to avoid at this stage</h4>
      <List items={stage.avoid} />
      <h4>Questions to talk about</h4>
      <List items={stage.prompts} />
      <p className="no-print">
        <EssayLinkTo slug={stage.essay} about="the stages" titles={titles} />
      </p>
    </div>
  );
}

/** The report's stage of development: the named stage in full, or the two closest ones and why none was named. */
export function StageSection({ stage: view, titles }: { stage: StageView; titles: Titles }) {
  return (
    <section aria-labelledby="stage-heading">
      <h3 id="stage-heading">Your community’s stage</h3>
      {view.named ? (
        <>
          <p data-stage={view.stage.id}>
            Your answers fit the <a href={paths.stage(view.stage.id)}>{view.stage.name.toLowerCase()} stage</a> best
            {view.tentative ? ', but another stage is close behind. Treat this as a best guess.' : '.'}
          </p>
          <StageDetails stage={view.stage} titles={titles} />
        </>
      ) : (
        <>
          <p data-stage="">
            Your answers do not point to one stage. That is common: a community often shows signs of more than one.
            {view.closest.length > 0 && ' These are the stages you agreed with most.'}
          </p>
          {view.story && (
            <p>
              The story you picked sounds like the {view.story.name.toLowerCase()} stage, which is not the one you
              agreed with most. That gap is worth talking about.
            </p>
          )}
          {view.closest.map((stage) => (
            <div key={stage.id} data-closest-stage={stage.id}>
              <h4>{stage.name}</h4>
              <p>{stage.summary}</p>
              <p>Support that fits it:</p>
              <List items={stage.support} />
            </div>
          ))}
        </>
      )}
      <p className="meta">{ruleSentence(view.rule)}</p>
      <table className={view.named ? 'report__table no-print' : 'report__table'}>
        <caption>How much you agreed with each stage, from 1 to 5</caption>
        <thead>
          <tr>
            <th scope="col">Stage</th>
            <th scope="col">Agreement</th>
          </tr>
        </thead>
        <tbody>
          {view.means.map((entry) => (
            <tr key={entry.stage}>
              <th scope="row">{findStage(entry.stage).name}</th>
              <td>{entry.mean === null ? 'Too few answers' : oneDecimal(entry.mean)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
