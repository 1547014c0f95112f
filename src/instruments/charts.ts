/**
 * Horizontal bar charts of means on the 1–5 scale, as data: every shape's position and text, so the respondent's
 * report (React) and the analysis page (DOM calls) draw the same chart and tests can check it without a browser.
 */

export interface ChartBar {
  id: string;
  label: string;
  mean: number | null;
}

export interface BarChartLayout {
  rowHeight: number;
  labelWidth: number;
  barWidth: number;
  barHeight: number;
  cornerRadius: number;
  fontSize: number;
  /** Writes each mean beside its bar, and "not scored" where there is none: for one person's scores. */
  annotate: boolean;
}

/** One respondent's scores: roomy rows with the numbers written out. */
export const reportLayout: BarChartLayout = {
  rowHeight: 34,
  labelWidth: 190,
  barWidth: 260,
  barHeight: 20,
  cornerRadius: 3,
  fontSize: 13,
  annotate: true,
};

/** A group's spread as dots: compact rows, the numbers are in the table beside it. */
export const summaryLayout: BarChartLayout = {
  rowHeight: 26,
  labelWidth: 230,
  barWidth: 300,
  barHeight: 14,
  cornerRadius: 2,
  fontSize: 12,
  annotate: false,
};

export interface ChartText {
  x: number;
  y: number;
  text: string;
}

export interface ChartRow {
  id: string;
  label: ChartText;
  bar: { x: number; y: number; width: number; height: number; rx: number } | null;
  /** The mean written beside the bar, or "not scored" (muted) when there is no mean. */
  note: (ChartText & { muted: boolean }) | null;
}

export interface BarChart {
  width: number;
  height: number;
  fontSize: number;
  /** Vertical grid lines at 1…5, from the top to `gridBottom`, labelled at `tickY`. */
  ticks: ChartText[];
  gridBottom: number;
  rows: ChartRow[];
}

const SCALE_MIN = 1;
const SCALE_MAX = 5;
/** Space above the first row and below the last, so bars never touch the chart's edge or the tick labels. */
const PADDING = 2;
/** Room under the grid for the tick labels, and where their baseline sits in it. */
const AXIS_HEIGHT = 20;
const TICK_BASELINE = 14;
/** Text baselines sit this far below a row's centre, which centres 12–13 px digits and letters on the bar. */
const BASELINE = 4;
const NOTE_GAP = 6;

/** Where a value on the 1–5 scale sits across the chart. */
const scalePosition =
  ({ labelWidth, barWidth }: BarChartLayout) =>
  (value: number) =>
    labelWidth + ((value - SCALE_MIN) / (SCALE_MAX - SCALE_MIN)) * barWidth;

/** The grid's bottom under `rows` rows, and the 1…5 tick labels below it. */
function scaleAxis(rows: number, rowHeight: number, x: (value: number) => number) {
  const gridBottom = rows * rowHeight + 2 * PADDING;
  const ticks: ChartText[] = [];
  for (let tick = SCALE_MIN; tick <= SCALE_MAX; tick++)
    ticks.push({ x: x(tick), y: gridBottom + TICK_BASELINE, text: String(tick) });
  return { gridBottom, ticks };
}

export const oneDecimal = (value: number): string => value.toFixed(1);

export function barChart(bars: readonly ChartBar[], layout: BarChartLayout): BarChart {
  const { rowHeight, labelWidth, barWidth, barHeight } = layout;
  const x = scalePosition(layout);
  const { gridBottom, ticks } = scaleAxis(bars.length, rowHeight, x);

  const rows = bars.map((bar, index): ChartRow => {
    const centre = PADDING + (index + 0.5) * rowHeight;
    const baseline = centre + BASELINE;
    const { mean } = bar;
    return {
      id: bar.id,
      label: { x: labelWidth - 8, y: baseline, text: bar.label },
      bar:
        mean === null
          ? null
          : {
              x: x(SCALE_MIN),
              y: centre - barHeight / 2,
              width: x(mean) - x(SCALE_MIN),
              height: barHeight,
              rx: layout.cornerRadius,
            },
      note: !layout.annotate
        ? null
        : mean === null
          ? { x: x(SCALE_MIN) + NOTE_GAP, y: baseline, text: 'not scored', muted: true }
          : { x: x(mean) + NOTE_GAP, y: baseline, text: oneDecimal(mean), muted: false },
    };
  });
  return {
    width: labelWidth + barWidth + 50,
    height: gridBottom + AXIS_HEIGHT,
    fontSize: layout.fontSize,
    ticks,
    gridBottom,
    rows,
  };
}

/** One construct's spread: how many respondents' means fall at each half point, and the group mean. */
export interface DistributionRow {
  id: string;
  label: string;
  /** Counts at 1, 1.5, …, 5. */
  counts: readonly number[];
  mean: number | null;
}

export interface DistributionChart {
  width: number;
  height: number;
  fontSize: number;
  ticks: ChartText[];
  gridBottom: number;
  rows: {
    id: string;
    label: ChartText;
    /** A dot per half point with answers, its area proportional to the count; `count` for its title. */
    dots: { cx: number; cy: number; r: number; count: number; value: number }[];
    /** A short vertical mark at the group mean. */
    mean: { x: number; y1: number; y2: number } | null;
  }[];
}

/**
 * A dot plot of respondents' construct means: each row shows where the answers fall, not only their mean, so
 * a split group (half at 2, half at 4) does not look like a group that agrees on 3.
 */
export function distributionChart(rows: readonly DistributionRow[], layout: BarChartLayout): DistributionChart {
  const { rowHeight, labelWidth, barWidth } = layout;
  const x = scalePosition(layout);
  const { gridBottom, ticks } = scaleAxis(rows.length, rowHeight, x);
  // The largest dot fills most of a row; every row is scaled alike so dots compare across constructs.
  const largest = Math.max(1, ...rows.flatMap((row) => row.counts));
  const maxRadius = rowHeight / 2 - 2;
  const step = (SCALE_MAX - SCALE_MIN) / (rows[0] ? Math.max(1, rows[0].counts.length - 1) : 1);
  return {
    width: labelWidth + barWidth + 50,
    height: gridBottom + AXIS_HEIGHT,
    fontSize: layout.fontSize,
    ticks,
    gridBottom,
    rows: rows.map((row, index) => {
      const centre = PADDING + (index + 0.5) * rowHeight;
      return {
        id: row.id,
        // Clear of the largest dot a count at 1 can draw, so it never covers the label's end.
        label: { x: labelWidth - maxRadius - 6, y: centre + BASELINE, text: row.label },
        dots: row.counts.flatMap((count, i) => {
          if (count === 0) return [];
          const value = SCALE_MIN + i * step;
          // At least 1.5 px, so a single answer among thousands still shows.
          return [{ cx: x(value), cy: centre, r: Math.max(1.5, maxRadius * Math.sqrt(count / largest)), count, value }];
        }),
        mean:
          row.mean === null ? null : { x: x(row.mean), y1: centre - rowHeight / 2 + 1, y2: centre + rowHeight / 2 - 1 },
      };
    }),
  };
}
