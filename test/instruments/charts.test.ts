import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  barChart,
  reportLayout,
  summaryLayout,
  type BarChartLayout,
  type ChartBar,
} from '../../src/instruments/charts.ts';

const layouts: [string, BarChartLayout][] = [
  ['report', reportLayout],
  ['summary', summaryLayout],
];

/** Where a value falls on the 1–5 axis, worked out from the tick positions the chart publishes. */
const axisX = (chart: ReturnType<typeof barChart>, value: number) => {
  const one = chart.ticks[0]!.x;
  const five = chart.ticks[4]!.x;
  return one + ((value - 1) / 4) * (five - one);
};

const bars: ChartBar[] = [
  { id: 'a', label: 'Alpha', mean: 1, sd: 0.5 },
  { id: 'b', label: 'Beta', mean: 3, sd: 0.25 },
  { id: 'c', label: 'Gamma', mean: 5, sd: 1 },
  { id: 'd', label: 'Delta', mean: null, sd: null },
];

describe.each(layouts)('barChart, %s layout', (_, layout) => {
  const chart = barChart(bars, layout);

  it('has ticks 1 to 5, evenly spaced, from the end of the labels to the full bar width', () => {
    expect(chart.ticks.map((tick) => tick.text)).toEqual(['1', '2', '3', '4', '5']);
    expect(chart.ticks[0]!.x).toBe(layout.labelWidth);
    expect(chart.ticks[4]!.x).toBe(layout.labelWidth + layout.barWidth);
    const gaps = chart.ticks.slice(1).map((tick, i) => tick.x - chart.ticks[i]!.x);
    expect(new Set(gaps).size).toBe(1);
  });

  it('draws each bar from 1 to its mean, in the order given, and no bar for a missing mean', () => {
    expect(chart.rows.map((row) => row.label.text)).toEqual(['Alpha', 'Beta', 'Gamma', 'Delta']);
    const [one, three, five, missing] = chart.rows;
    expect(one!.bar!.width).toBe(0);
    expect(three!.bar!.x + three!.bar!.width).toBe(axisX(chart, 3));
    expect(five!.bar!.width).toBe(layout.barWidth);
    expect(missing!.bar).toBeNull();
    expect(missing!.whisker).toBeNull();
  });

  it('keeps every row inside the chart, above the tick labels, without overlapping the next', () => {
    chart.rows.forEach((row, i) => {
      const bar = row.bar;
      if (!bar) return;
      expect(bar.y).toBeGreaterThanOrEqual(0);
      expect(bar.y + bar.height).toBeLessThanOrEqual(chart.gridBottom);
      const next = chart.rows[i + 1]?.bar;
      if (next) expect(bar.y + bar.height).toBeLessThan(next.y);
      expect(bar.x + bar.width).toBeLessThanOrEqual(chart.width);
    });
    for (const tick of chart.ticks) expect(tick.y).toBeGreaterThan(chart.gridBottom);
    expect(chart.height).toBeGreaterThan(Math.max(...chart.ticks.map((tick) => tick.y)));
  });

  it('stops whiskers at the ends of the scale', () => {
    const [one, three, five] = chart.rows;
    expect(one!.whisker).toMatchObject({ x1: axisX(chart, 1), x2: axisX(chart, 1.5) });
    expect(three!.whisker).toMatchObject({ x1: axisX(chart, 2.75), x2: axisX(chart, 3.25) });
    expect(five!.whisker).toMatchObject({ x1: axisX(chart, 4), x2: axisX(chart, 5) });
  });

  it('places bars proportionally for any mean on the scale', () => {
    fc.assert(
      fc.property(fc.double({ min: 1, max: 5, noNaN: true }), (mean) => {
        const [row] = barChart([{ id: 'x', label: 'X', mean }], layout).rows;
        expect(row!.bar!.width).toBeCloseTo(((mean - 1) / 4) * layout.barWidth, 9);
      }),
    );
  });
});

describe('barChart notes', () => {
  it('writes one person’s means beside the bars, and "not scored" (muted) where there is none', () => {
    const chart = barChart(bars, reportLayout);
    expect(chart.rows.map((row) => row.note?.text)).toEqual(['1.0', '3.0', '5.0', 'not scored']);
    expect(chart.rows.map((row) => row.note?.muted)).toEqual([false, false, false, true]);
    const beta = chart.rows[1]!;
    expect(beta.note!.x).toBeGreaterThan(beta.bar!.x + beta.bar!.width);
  });

  it('leaves group summaries unannotated: their numbers are in the table beside the chart', () => {
    expect(barChart(bars, summaryLayout).rows.every((row) => row.note === null)).toBe(true);
  });

  it('draws no whisker without a spread', () => {
    expect(barChart([{ id: 'a', label: 'A', mean: 3 }], reportLayout).rows[0]!.whisker).toBeNull();
  });
});
