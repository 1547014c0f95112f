/**
 * The browser tools' DOM helpers. Everything here sets text with textContent and attributes with setAttribute:
 * nothing from a file, a link or a respondent ever becomes markup.
 */
import type { TableView } from '../instruments/analysis-view.ts';
import type { DistributionChart } from '../instruments/charts.ts';
import { saveFile } from '../respond/save-file.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** An element holding only text. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string | null,
  className?: string,
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (text !== undefined && text !== null) element.textContent = text;
  if (className) element.className = className;
  return element;
}

/** The element marked `data-<name>` inside `root`; the markup always has it, so a missing one is a bug. */
export function part<T extends Element = HTMLElement>(root: ParentNode, name: string): T {
  const found = root.querySelector<T>(`[data-${name}]`);
  if (!found) throw new Error(`No element with data-${name} in the component's markup.`);
  return found;
}

export function svgEl(tag: string, attributes: Record<string, string | number>, text?: string): SVGElement {
  const node = document.createElementNS(SVG_NS, tag) as SVGElement;
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

/** A table in a focusable, labelled region, so keyboard users can scroll a wide one too. */
export function tableRegion({ caption, head, rows }: TableView): HTMLElement {
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

/** A button that offers a file made when it is pressed. */
export function downloadButton(label: string, name: string, type: string, contents: () => string, className?: string) {
  const button = el('button', label, className);
  button.type = 'button';
  button.addEventListener('click', () => saveFile(name, type, contents()));
  return button;
}

/**
 * A dot plot from its geometry; decorative, since a table beside it always carries the same numbers. Each dot's
 * title still gives its count, for a reader who points at it.
 */
export function distributionChartSvg(chart: DistributionChart): SVGSVGElement {
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
