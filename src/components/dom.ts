/**
 * The browser tools' DOM helpers. Everything here sets text with textContent and attributes with setAttribute:
 * nothing from a file, a link or a respondent ever becomes markup.
 */
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

/** A radio button inside its label: text, or an element when the label needs marks of its own (its `lang`). */
export function radioOption(name: string, value: string, label: string | Element, checked: boolean): HTMLLabelElement {
  const option = el('label', null, 'option');
  option.append(Object.assign(el('input'), { type: 'radio', name, value, checked }), label);
  return option;
}

/** A button that offers a file made when it is pressed. */
export function downloadButton(label: string, name: string, type: string, contents: () => string, className?: string) {
  const button = el('button', label, className);
  button.type = 'button';
  button.addEventListener('click', () => saveFile(name, type, contents()));
  return button;
}

/** Copies a read-only field's text; where the browser will not, selects it and says how to copy it. */
export async function copyField(
  input: HTMLInputElement,
  status: HTMLElement,
  messages: { copied: string; copyRefused: string },
): Promise<void> {
  status.textContent = '';
  try {
    // Missing outside secure contexts; writeText rejects when permission is refused.
    if (!navigator.clipboard) throw new Error('No clipboard');
    await navigator.clipboard.writeText(input.value);
    status.textContent = messages.copied;
  } catch {
    input.focus();
    input.select();
    status.textContent = messages.copyRefused;
  }
}

/**
 * The collectors a tool on this page may ask: the site's own origin and the build's endpoint origin, which the
 * page writes into `data-other-collector`. The CSP lets the page reach these and nothing else.
 */
export function collectorOrigins(root: HTMLElement): string[] {
  return [location.origin, root.dataset['otherCollector'] ?? ''].filter((origin) => origin !== '');
}
