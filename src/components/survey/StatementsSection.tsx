import { fill } from '../../i18n/catalogue.ts';
import type { ReportView, Statement } from '../../instruments/report-view.ts';
import { useSurveyText } from './surveyText.tsx';

function Statements({ list, none }: { list: readonly Statement[]; none: string }) {
  const { messages } = useSurveyText();
  if (list.length === 0) return <p>{none}</p>;
  return (
    <ul className="report__statements">
      {list.map((statement) => (
        <li key={statement.id} data-statement={statement.id}>
          {fill(messages.quoted, { text: statement.text })}{' '}
          <span className="report__answer">{fill(messages.youAnswered, { answer: statement.answer })}</span>
        </li>
      ))}
    </ul>
  );
}

/** The statements whose answers were the best and worst signs, with the answer the respondent gave. */
export function StatementsSection({ statements }: { statements: ReportView['statements'] }) {
  const { messages } = useSurveyText();
  return (
    <section aria-labelledby="statements-heading">
      <h3 id="statements-heading">{messages.statementsHeading}</h3>
      <p className="meta">{messages.statementsNote}</p>
      <h4>{messages.bestSigns}</h4>
      <Statements list={statements.best} none={messages.noBestSigns} />
      <h4>{messages.troubleSigns}</h4>
      <Statements list={statements.worst} none={messages.noTroubleSigns} />
    </section>
  );
}
