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
  #summary: TeamSummary | null = null;
  /** When the summary shown was fetched; null until one is. */
  shownAt: Date | null = null;
  /** The JSON last rendered, so an unchanged summary leaves the page (and the reader's focus) alone. */
  #rendered = '';

  constructor(root: HTMLElement, text: TeamText) {
    this.#root = root;
    this.#text = text;
    part(root, 'print').addEventListener('click', () => window.print());
    part(root, 'download').addEventListener('click', () => this.#download());
  }

  /** Empties the panel: nothing of an earlier session stays in the page. */
  clear() {
    this.#summary = null;
    this.shownAt = null;
    this.#rendered = '';
    part(this.#root, 'results').replaceChildren();
    part(this.#root, 'facts').replaceChildren();
    this.#showButtons();
  }

  /** Empties the panel and says a summary is on its way. */
  loading() {
    this.clear();
    part(this.#root, 'count').textContent = this.#text.messages.loading;
  }

  show(summary: TeamSummary) {
    this.#summary = summary;
    this.shownAt = new Date();
    part(this.#root, 'updated').textContent = updatedText(this.shownAt, this.#text);
    const countText = responseCount(summary.responses, this.#text);
    const count = part(this.#root, 'count');
    if (count.textContent !== countText) count.textContent = countText;
    this.#showButtons();
    const json = JSON.stringify(summary);
    if (json === this.#rendered) return;
    this.#rendered = json;
    part(this.#root, 'facts').replaceChildren(
      ...teamFacts(summary, this.#text).map(({ term, detail }) => {
        const row = el('div');
        row.append(el('dt', term), el('dd', detail));
        return row;
      }),
    );
    const results = part(this.#root, 'results');
    // A reader who had moved into a table keeps their place when the summary changes under them.
    const focused = document.activeElement?.closest('[role="region"]')?.getAttribute('aria-label');
    results.replaceChildren(...teamSections(summary, this.#text).map(sectionElement));
    // The flag is words; the class only adds weight and a mark beside them.
    for (const cell of results.querySelectorAll('td'))
      if (cell.textContent === this.#text.messages.disagreeFlag) cell.classList.add('team-flag');
    if (focused)
      [...results.querySelectorAll<HTMLElement>('[role="region"]')]
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
