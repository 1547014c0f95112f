import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  barChart,
  distributionChart,
  reportLayout,
  summaryLayout,
  type BarChartLayout,
  type ChartBar,
  type ChartText,
  type DistributionRow,
} from '../../src/instruments/charts.ts';

const layouts: [string, BarChartLayout][] = [
  ['report', reportLayout],
  ['summary', summaryLayout],
];

/** Where a value falls on the 1–5 axis, worked out from the tick positions the chart publishes. */
const axisX = (chart: { ticks: readonly ChartText[] }, value: number) => {
  const one = chart.ticks[0]!.x;
  const five = chart.ticks[4]!.x;
  return one + ((value - 1) / 4) * (five - one);
};

const bars: ChartBar[] = [
  { id: 'a', label: 'Alpha', mean: 1 },
  { id: 'b', label: 'Beta', mean: 3 },
  { id: 'c', label: 'Gamma', mean: 5 },
  { id: 'd', label: 'Delta', mean: null },
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
});

/** The half points of the scale, in the order a distribution's counts are given. */
const halfPoints = [1, 1.5, 2, 2.5, 3, 3.5, 4, 4.5, 5];

const spread: DistributionRow[] = [
  // Split: half at 2, half at 4, so the mean (3) falls where no one answered.
  { id: 'a', label: 'Alpha', counts: [0, 0, 10, 0, 0, 0, 10, 0, 0], mean: 3 },
  { id: 'b', label: 'Beta', counts: [1, 2, 3, 4, 5, 6, 7, 8, 9], mean: 3.67 },
  { id: 'c', label: 'Gamma', counts: [40, 0, 0, 0, 0, 0, 0, 0, 1], mean: 1.1 },
  { id: 'd', label: 'Delta', counts: [0, 0, 0, 0, 0, 0, 0, 0, 0], mean: null },
];

describe('distributionChart', () => {
  const chart = distributionChart(spread, summaryLayout);
  const [split, rising, lopsided, empty] = chart.rows;

  it('shares the bar chart’s 1–5 axis', () => {
    expect(chart.ticks.map((tick) => tick.text)).toEqual(['1', '2', '3', '4', '5']);
    expect(chart.ticks[0]!.x).toBe(summaryLayout.labelWidth);
    expect(chart.ticks[4]!.x).toBe(summaryLayout.labelWidth + summaryLayout.barWidth);
    expect(chart.rows.map((row) => [row.id, row.label.text])).toEqual([
      ['a', 'Alpha'],
      ['b', 'Beta'],
      ['c', 'Gamma'],
      ['d', 'Delta'],
    ]);
  });

  it('puts a dot at each half point with answers, and none where there are none', () => {
    expect(split!.dots.map((dot) => [dot.value, dot.count])).toEqual([
      [2, 10],
      [4, 10],
    ]);
    expect(split!.dots.map((dot) => dot.cx)).toEqual([axisX(chart, 2), axisX(chart, 4)]);
    expect(rising!.dots.map((dot) => dot.value)).toEqual(halfPoints);
    rising!.dots.forEach((dot, i) => expect(dot.cx).toBeCloseTo(axisX(chart, halfPoints[i]!), 9));
    expect(empty!.dots).toEqual([]);
  });

  it('makes each dot’s area proportional to its count, scaling every row alike', () => {
    // The 40 in Gamma is the largest count anywhere, so it sets the scale for Alpha's and Beta's dots too.
    const areaPerCount = (dot: { r: number; count: number }) => (Math.PI * dot.r ** 2) / dot.count;
    const largest = lopsided!.dots[0]!;
    expect(largest.count).toBe(40);
    const scale = areaPerCount(largest);
    for (const dot of [...split!.dots, ...rising!.dots.filter((d) => d.count >= 2)]) {
      expect(areaPerCount(dot)).toBeCloseTo(scale, 9);
    }
    // The same count draws the same dot whichever row it is in.
    const fromRising = rising!.dots.find((dot) => dot.count === 9)!;
    const alone = distributionChart(
      [{ id: 'x', label: 'X', counts: [0, 0, 0, 0, 0, 0, 0, 0, 9], mean: 5 }, spread[2]!],
      summaryLayout,
    ).rows[0]!.dots[0]!;
    expect(alone.r).toBeCloseTo(fromRising.r, 9);
  });

  it('keeps every dot inside its row and the grid, clear of the labels and of the next row’s dots', () => {
    const step = chart.rows[1]!.label.y - chart.rows[0]!.label.y;
    expect(step).toBe(summaryLayout.rowHeight);
    chart.rows.forEach((row, i) => {
      for (const dot of row.dots) {
        expect(dot.r).toBeLessThan(step / 2);
        expect(dot.cy - dot.r).toBeGreaterThan(0);
        expect(dot.cy + dot.r).toBeLessThan(chart.gridBottom);
        // Label text ends at label.x (it is anchored at its end), so a large dot at 1 must start right of it.
        expect(dot.cx - dot.r).toBeGreaterThan(row.label.x);
        expect(dot.cx + dot.r).toBeLessThanOrEqual(chart.width);
      }
      const next = chart.rows[i + 1];
      if (row.dots.length > 0 && next && next.dots.length > 0) {
        const lowest = Math.max(...row.dots.map((dot) => dot.cy + dot.r));
        const highest = Math.min(...next.dots.map((dot) => dot.cy - dot.r));
        expect(lowest).toBeLessThan(highest);
      }
    });
  });

  it('still shows a single answer among many', () => {
    const one = lopsided!.dots.find((dot) => dot.count === 1)!;
    expect(one.value).toBe(5);
    expect(one.r).toBeGreaterThanOrEqual(1.5);
    const crowd = distributionChart(
      [{ id: 'x', label: 'X', counts: [100000, 0, 0, 0, 0, 0, 0, 0, 1], mean: 1 }],
      summaryLayout,
    );
    expect(crowd.rows[0]!.dots.map((dot) => dot.count)).toEqual([100000, 1]);
    // The largest count draws the largest dot whatever it is, so a big sample never overflows its row.
    expect(crowd.rows[0]!.dots[0]!.r).toBeCloseTo(lopsided!.dots[0]!.r, 9);
    expect(crowd.rows[0]!.dots[1]!.r).toBeGreaterThanOrEqual(1.5);
  });

  it('marks the mean across its row at its place on the scale, even between the dots, and not without one', () => {
    expect(split!.mean!.x).toBe(axisX(chart, 3));
    expect(split!.dots.some((dot) => dot.cx === split!.mean!.x)).toBe(false);
    expect(rising!.mean!.x).toBeCloseTo(axisX(chart, 3.67), 9);
    for (const row of [split!, rising!, lopsided!]) {
      const dot = row.dots[0]!;
      expect(row.mean!.y1).toBeLessThan(dot.cy);
      expect(row.mean!.y2).toBeGreaterThan(dot.cy);
    }
    expect(split!.mean!.y2).toBeLessThan(rising!.mean!.y1);
    expect(empty!.mean).toBeNull();
  });

  it('places a dot at its half point for any counts, and never draws an empty one', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 50 }), { minLength: 9, maxLength: 9 }), (counts) => {
        const [row] = distributionChart([{ id: 'x', label: 'X', counts, mean: null }], reportLayout).rows;
        expect(row!.dots.map((dot) => [dot.value, dot.count])).toEqual(
          halfPoints.flatMap((value, i) => (counts[i]! > 0 ? [[value, counts[i]]] : [])),
        );
        for (const dot of row!.dots) {
          expect(dot.cx).toBeCloseTo(reportLayout.labelWidth + ((dot.value - 1) / 4) * reportLayout.barWidth, 9);
          expect(dot.r).toBeGreaterThanOrEqual(1.5);
        }
      }),
    );
  });
});
