import { barChart, reportLayout } from '../../instruments/charts.ts';
import type { ConstructView } from '../../instruments/report-view.ts';
import { useSurveyText } from './surveyText.tsx';

/** The 1–5 bar chart of the scores; the table beside it carries the same numbers for screen readers. */
export function ScoreChart({ scores }: { scores: readonly ConstructView[] }) {
  const { messages } = useSurveyText();
  const chart = barChart(
    scores.map(({ construct, mean }) => ({ id: construct.id, label: construct.name, mean })),
    reportLayout,
  );
  return (
    <svg
      className="bar-chart"
      viewBox={`0 0 ${chart.width} ${chart.height}`}
      fontSize={chart.fontSize}
      aria-hidden="true"
    >
      {chart.ticks.map((tick) => (
        <g key={tick.text}>
          <line x1={tick.x} x2={tick.x} y1={0} y2={chart.gridBottom} className="bar-chart__grid" />
          <text x={tick.x} y={tick.y} textAnchor="middle" className="bar-chart__tick">
            {tick.text}
          </text>
        </g>
      ))}
      {chart.rows.map(({ id, label, bar, note }) => (
        <g key={id}>
          <text x={label.x} y={label.y} textAnchor="end" className="bar-chart__label">
            {label.text}
          </text>
          {bar && <rect {...bar} className="bar-chart__bar" />}
          {note && (
            <text
              x={note.x}
              y={note.y}
              className={note.muted ? 'bar-chart__label bar-chart__label--muted' : 'bar-chart__value'}
            >
              {/* The muted note is the chart's English "not scored"; every other note is a number. */}
              {note.muted ? messages.chartNotScored : note.text}
            </text>
          )}
        </g>
      ))}
    </svg>
  );
}
