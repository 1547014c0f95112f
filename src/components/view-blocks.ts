/**
 * Turns the browser tools' view blocks (instruments/view-blocks.ts) into elements. As in dom.ts, every text is
 * set as text: nothing from a file or a collector ever becomes markup.
 */
import type { DistributionChart } from '../instruments/charts.ts';
import type { TableView, ViewBlock } from '../instruments/view-blocks.ts';
import { el, svgEl } from './dom.ts';

/** A table in a focusable, labelled region, so keyboard users can scroll a wide one too. */
function tableRegion({ caption, head, rows }: TableView): HTMLElement {
  const region = el('div', null, 'table-scroll');
  region.tabIndex = 0;
  region.setAttribute('role', 'region');
  region.setAttribute('aria-label', caption);
  const table = el('table');
  table.append(el('caption', caption));
  const headRow = el('tr');
  for (const cell of head) headRow.append(Object.assign(el('th', cell), { scope: 'col' }));
  table.createTHead().append(headRow);
  const body = table.createTBody();
  for (const row of rows) {
    const tr = el('tr');
    row.forEach((cell, index) => {
      tr.append(index === 0 ? Object.assign(el('th', String(cell)), { scope: 'row' }) : el('td', String(cell)));
    });
    body.append(tr);
  }
  region.append(table);
  return region;
}

/**
 * A dot plot from its geometry; decorative, since a table beside it always carries the same numbers. Each dot's
 * title still gives its count, for a reader who points at it.
 */
function distributionChartSvg(chart: DistributionChart): SVGSVGElement {
  const svg = svgEl('svg', {
    viewBox: `0 0 ${chart.width} ${chart.height}`,
    'aria-hidden': 'true',
    class: 'bar-chart',
    'font-size': chart.fontSize,
  }) as SVGSVGElement;
  for (const tick of chart.ticks) {
    svg.append(
      svgEl('line', { x1: tick.x, x2: tick.x, y1: 0, y2: chart.gridBottom, class: 'bar-chart__grid' }),
      svgEl('text', { x: tick.x, y: tick.y, 'text-anchor': 'middle', class: 'bar-chart__tick' }, tick.text),
    );
  }
  for (const { label, dots, mean } of chart.rows) {
    svg.append(svgEl('text', { x: label.x, y: label.y, 'text-anchor': 'end', class: 'bar-chart__label' }, label.text));
    for (const { cx, cy, r, count, value } of dots) {
      const dot = svgEl('circle', { cx, cy, r, class: 'bar-chart__dot' });
      dot.append(svgEl('title', {}, `${count} at ${value}`));
      svg.append(dot);
    }
    if (mean) svg.append(svgEl('line', { x1: mean.x, x2: mean.x, y1: mean.y1, y2: mean.y2, class: 'bar-chart__mean' }));
  }
  return svg;
}

export function viewBlockElement(block: ViewBlock): Element {
  switch (block.kind) {
    case 'heading':
      return el(block.level === 2 ? 'h2' : 'h3', block.text);
    case 'paragraph':
      return el('p', block.text, block.className);
    case 'list': {
      const list = el(block.ordered ? 'ol' : 'ul');
      const limit = block.printLimit ?? Infinity;
      list.append(...block.items.map((item, index) => el('li', item, index < limit ? undefined : 'screen-only')));
      return list;
    }
    case 'table':
      return tableRegion(block.table);
    case 'chart':
      return distributionChartSvg(block.chart);
  }
}
