import type { ReportView, Statement } from '../../instruments/report-view.ts';

function Statements({ list, none }: { list: readonly Statement[]; none: string }) {
  if (list.length === 0) return <p>{none}</p>;
  return (
    <ul className="report__statements">
      {list.map((statement) => (
        <li key={statement.id} data-statement={statement.id}>
          “{statement.text}” <span className="report__answer">You answered: {statement.answer}.</span>
        </li>
      ))}
    </ul>
  );
}

/** The statements whose answers were the best and worst signs, with the answer the respondent gave. */
export function StatementsSection({ statements }: { statements: ReportView['statements'] }) {
  return (
    <section aria-labelledby="statements-heading">
      <h3 id="statements-heading">Your answers that stand out</h3>
      <p className="meta">
        Some statements say something bad, like “Work stays inside each team”. Disagreeing with those is a good sign, so
        we sort by what your answer says, not by how much you agreed. Ties keep the order of the questions.
      </p>
      <h4>Best signs</h4>
      <Statements list={statements.best} none="None of your answers was a clear good sign." />
      <h4>Signs of trouble</h4>
      <Statements list={statements.worst} none="None of your answers was a clear sign of trouble." />
    </section>
  );
}
