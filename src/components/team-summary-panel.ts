/**
 * The part of the team view that shows a summary: its facts, the count, when it was fetched and its sections,
 * and the buttons that apply to it (print and download once there is something to show, close while open).
 */
import type { TeamSummary } from '../instruments/team-session.ts';
import {
  responseCount,
  teamCsv,
  teamCsvName,
  teamFacts,
  teamSections,
  updatedText,
  type TeamSection,
  type TeamText,
} from '../instruments/team-view.ts';
import { saveFile } from '../respond/save-file.ts';
import { el, part } from './dom.ts';
import { viewBlockElement } from './view-blocks.ts';

function sectionElement({ id, medium, blocks }: TeamSection): HTMLElement {
  const section = el('section', null, `team-section team-section--${id}${medium ? ` ${medium}-only` : ''}`);
  section.append(...blocks.map(viewBlockElement));
  return section;
}

export class TeamSummaryPanel {
  #root: HTMLElement;
  #text: TeamText;
  #facts: HTMLElement;
  #count: HTMLElement;
  #updated: HTMLElement;
  #results: HTMLElement;
  #summary: TeamSummary | null = null;
  /** When the summary shown was fetched; null until one is. */
  shownAt: Date | null = null;
  /** The JSON last rendered, so an unchanged summary leaves the page (and the reader's focus) alone. */
  #rendered = '';

  constructor(root: HTMLElement, text: TeamText) {
    this.#root = root;
    this.#text = text;
    this.#facts = part(root, 'facts');
    this.#count = part(root, 'count');
    this.#updated = part(root, 'updated');
    this.#results = part(root, 'results');
    part(root, 'print').addEventListener('click', () => window.print());
    part(root, 'download').addEventListener('click', () => this.#download());
  }

  /** Empties the panel: nothing of an earlier session stays in the page. */
  clear() {
    this.#summary = null;
    this.shownAt = null;
    this.#rendered = '';
    this.#results.replaceChildren();
    this.#facts.replaceChildren();
    this.#showButtons();
  }

  /** Empties the panel and says a summary is on its way. */
  loading() {
    this.clear();
    this.#count.textContent = this.#text.messages.loading;
  }

  show(summary: TeamSummary) {
    this.#summary = summary;
    this.shownAt = new Date();
    this.#updated.textContent = updatedText(this.shownAt, this.#text);
    const count = responseCount(summary.responses, this.#text);
    if (this.#count.textContent !== count) this.#count.textContent = count;
    this.#showButtons();
    const json = JSON.stringify(summary);
    if (json === this.#rendered) return;
    this.#rendered = json;
    this.#facts.replaceChildren(
      ...teamFacts(summary, this.#text).map(({ term, detail }) => {
        const row = el('div');
        row.append(el('dt', term), el('dd', detail));
        return row;
      }),
    );
    // A reader who had moved into a table keeps their place when the summary changes under them.
    const focused = document.activeElement?.closest('[role="region"]')?.getAttribute('aria-label');
    this.#results.replaceChildren(...teamSections(summary, this.#text).map(sectionElement));
    // The flag is words; the class only adds weight and a mark beside them.
    for (const cell of this.#results.querySelectorAll('td'))
      if (cell.textContent === this.#text.messages.disagreeFlag) cell.classList.add('team-flag');
    if (focused)
      [...this.#results.querySelectorAll<HTMLElement>('[role="region"]')]
        .find((region) => region.getAttribute('aria-label') === focused)
        ?.focus();
  }

  /** The session was closed from this page: shown so at once, without waiting for the next summary. */
  closed() {
    if (this.#summary) this.show({ ...this.#summary, open: false });
  }

  #showButtons() {
    const visible = this.#summary?.visible === true;
    part(this.#root, 'print').hidden = !visible;
    part(this.#root, 'download').hidden = !visible;
    part(this.#root, 'close').hidden = this.#summary?.open === false;
  }

  #download() {
    const csv = this.#summary ? teamCsv(this.#summary) : null;
    if (csv !== null) saveFile(teamCsvName(this.#summary!, new Date()), 'text/csv', csv);
  }
}
