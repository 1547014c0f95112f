import { saveFile } from '../respond/save-file.ts';
import { svgEl } from './dom.ts';
import { qrPath } from './qr-path.ts';

/** A QR code as an SVG drawn from its modules, dark on white whatever the page's colours, so scanners read it. */
export function qrSvg(text: string, label: string): SVGSVGElement {
  const { size, d } = qrPath(text);
  const svg = svgEl('svg', {
    viewBox: `0 0 ${size} ${size}`,
    // Gives a sensible size to the downloaded file; on the page the stylesheet sizes it.
    width: size * 8,
    height: size * 8,
    'shape-rendering': 'crispEdges',
    role: 'img',
    'aria-label': label,
  }) as SVGSVGElement;
  svg.append(svgEl('rect', { width: size, height: size, fill: '#fff' }), svgEl('path', { d, fill: '#000' }));
  return svg;
}

/** Offers the QR code shown in `container` as `<name>.svg`; nothing when none is shown. */
export function saveQrSvg(container: Element, name: string): void {
  const svg = container.querySelector('svg');
  if (svg) saveFile(`${name}.svg`, 'image/svg+xml', `${new XMLSerializer().serializeToString(svg)}\n`);
}
