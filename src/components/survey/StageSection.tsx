import { oneDecimal } from '../../instruments/charts.ts';
import { findStage } from '../../instruments/framework.ts';
import type { StageEstimate } from '../../instruments/score.ts';
import { paths } from '../paths.ts';

/** The report's stage of development: the best-fitting stage, how clearly, and the agreement with each. */
export function StageSection({ estimate }: { estimate: StageEstimate }) {
  const stage = estimate.stage ? findStage(estimate.stage) : null;
  return (
    <>
      <h3>Stage of development</h3>
      {stage ? (
        <>
          <p data-stage={stage.id}>
            Your answers fit the <a href={paths.stage(stage.id)}>{stage.name.toLowerCase()} stage</a> best
            {estimate.clarity === 'clear'
              ? ', clearly ahead of the others.'
              : ', but only just: another stage is close behind, so read this as a tentative estimate.'}
          </p>
          <p>{stage.summary}</p>
          <h4>Support that tends to help at this stage</h4>
          <ul>
            {stage.support.map((support) => (
              <li key={support}>{support}</li>
            ))}
          </ul>
        </>
      ) : (
        <p data-stage="">
          Your answers do not point to one stage: either no stage’s description was agreed with, or two stages tied.
          Communities often show signs of more than one stage; the stage descriptions on the{' '}
          <a href={paths.framework}>framework page</a> may help you talk it through.
        </p>
      )}
      <table className="report__table">
        <caption className="visually-hidden">Mean agreement with each stage’s description</caption>
        <thead>
          <tr>
            <th scope="col">Stage</th>
            <th scope="col">Agreement (1–5)</th>
          </tr>
        </thead>
        <tbody>
          {estimate.means.map((entry) => (
            <tr key={entry.stage}>
              <th scope="row">{findStage(entry.stage).name}</th>
              <td>{entry.mean === null ? 'Not answered' : oneDecimal(entry.mean)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
