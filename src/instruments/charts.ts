/**
 * Horizontal bar charts of means on the 1–5 scale, as data: every shape's position and text, so the respondent's
 * report (React) and the analysis page (DOM calls) draw the same chart and tests can check it without a browser.
 */

export interface ChartBar {
  id: string;
  label: string;
  mean: number | null;
  /** A spread drawn as a ±1 SD whisker around the mean; left out when there is none. */
  sd?: number | null;
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

/** A group's means with SD whiskers: compact rows, the numbers are in the table beside it. */
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
  whisker: { x1: number; x2: number; y: number } | null;
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

export const oneDecimal = (value: number): string => value.toFixed(1);

export function barChart(bars: readonly ChartBar[], layout: BarChartLayout): BarChart {
  const { rowHeight, labelWidth, barWidth, barHeight } = layout;
  // Whiskers can reach past the scale; they stop at its ends.
  const clamped = (value: number) => Math.min(SCALE_MAX, Math.max(SCALE_MIN, value));
  const x = (value: number) => labelWidth + ((clamped(value) - SCALE_MIN) / (SCALE_MAX - SCALE_MIN)) * barWidth;
  const gridBottom = bars.length * rowHeight + 2 * PADDING;
  const ticks: ChartText[] = [];
  for (let tick = SCALE_MIN; tick <= SCALE_MAX; tick++)
    ticks.push({ x: x(tick), y: gridBottom + TICK_BASELINE, text: String(tick) });

  const rows = bars.map((bar, index): ChartRow => {
    const centre = PADDING + (index + 0.5) * rowHeight;
    const baseline = centre + BASELINE;
    const { mean } = bar;
    const sd = bar.sd ?? null;
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
      whisker: mean === null || sd === null ? null : { x1: x(mean - sd), x2: x(mean + sd), y: centre },
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
