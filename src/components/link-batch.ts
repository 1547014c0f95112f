/** The link builder's batch section: personal links from a list, as a CSV or a printable sheet of QR codes. */
import { fill } from '../i18n/catalogue.ts';
import { toCsv } from '../instruments/csv.ts';
import type { Language } from '../instruments/languages.ts';
import {
  batchCsvName,
  batchSummary,
  batchTable,
  buildBatch,
  fileReadNote,
  isReady,
  listFromFile,
  listLabel,
  notReadyReason,
  sharedDetailsNote,
  sheetNote,
  shownReports,
  varyingChoice,
  type Batch,
  type FormValues,
  type InstrumentChoice,
  type LinkWords,
  type ReadyBatch,
} from '../instruments/links.ts';
import { saveFile } from '../respond/save-file.ts';
import { el, part, radioOption } from './dom.ts';
import { qrSvg } from './qr-svg.ts';

/** What the single-link form above holds: the batch starts from it. */
export type BatchSource = () => { instrument: InstrumentChoice; language: Language; form: FormValues };

export class LinkBatch {
  #root: HTMLElement;
  #source: BatchSource;
  #words: LinkWords;
  #varying: HTMLElement;
  #list: HTMLTextAreaElement;
  #file: HTMLInputElement;
  #status: HTMLElement;
  #sheet: HTMLElement;
  #cards: HTMLElement;
  #fileNote = '';

  constructor(root: HTMLElement, source: BatchSource, words: LinkWords) {
    this.#root = root;
    this.#source = source;
    this.#words = words;
    this.#varying = part(root, 'varying');
    this.#list = part(root, 'list');
    this.#file = part(root, 'file');
    this.#status = part(root, 'batch-status');
    this.#sheet = part(root, 'sheet');
    this.#cards = part(root, 'cards');
    this.#varying.addEventListener('change', () => this.update());
    this.#list.addEventListener('input', () => {
      this.#fileNote = '';
      this.update();
    });
    this.#file.addEventListener('change', () => void this.#readFile());
    part(root, 'download-csv').addEventListener('click', () => this.#downloadCsv());
    part(root, 'print').addEventListener('click', () => this.#printSheet());
  }

  /** Offers the chosen instrument's parameters to vary, keeping the previous choice when it still applies. */
  renderChoices(instrument: InstrumentChoice) {
    const previous = this.#varying.querySelector<HTMLInputElement>('input:checked')?.value;
    const { options, checked } = varyingChoice(instrument.parameters, previous);
    this.#varying.replaceChildren(
      ...options.map(({ name, label }) => radioOption('varying', name, label, name === checked)),
    );
  }

  update() {
    const batch = this.#batch();
    // A sheet printed earlier no longer matches the list.
    this.#sheet.hidden = true;
    this.#cards.replaceChildren();
    part(this.#root, 'list-label').textContent = listLabel(batch.parameter, this.#words);
    part(this.#root, 'fixed').textContent = sharedDetailsNote(batch, this.#source().form, this.#words);
    this.#setStatus(batchSummary(batch, this.#fileNote, this.#words));
    part(this.#root, 'batch-problems').replaceChildren(
      ...shownReports(batch, this.#words).map((text) => el('li', text)),
    );
  }

  #batch(): Batch {
    const { instrument, language, form } = this.#source();
    const varying = this.#varying.querySelector<HTMLInputElement>('input:checked')?.value;
    return buildBatch(location.origin, { instrument, language }, varying, form, this.#list.value, this.#words);
  }

  /** Setting the same text again would make some screen readers repeat it on every keystroke. */
  #setStatus(text: string) {
    if (this.#status.textContent !== text) this.#status.textContent = text;
  }

  async #readFile() {
    const file = this.#file.files?.[0];
    if (!file) return;
    try {
      const list = listFromFile(file.name, file.type, await file.text());
      this.#list.value = list.join('\n');
      this.#fileNote = fileReadNote(file.name, list, this.#words);
    } catch {
      this.#fileNote = fill(this.#words.messages.fileUnreadable, { file: file.name });
    }
    this.update();
  }

  /** A batch to act on, or null after telling the user why there is none. */
  #readyBatch(): ReadyBatch | null {
    const batch = this.#batch();
    if (isReady(batch)) return batch;
    this.#setStatus(notReadyReason(batch, this.#words));
    return null;
  }

  #downloadCsv() {
    const batch = this.#readyBatch();
    if (batch) saveFile(batchCsvName(batch), 'text/csv', toCsv(batchTable(batch, this.#words)));
  }

  #printSheet() {
    const batch = this.#readyBatch();
    if (!batch) return;
    const { parameter } = batch;
    const { messages } = this.#words;
    part(this.#root, 'sheet-title').textContent = fill(messages.sheetTitle, { title: batch.instrument.title });
    part(this.#root, 'sheet-meta').textContent = sheetNote(batch, this.#words);
    this.#cards.replaceChildren(
      ...batch.rows.map((row) => {
        const value = row.values[parameter.name]!;
        const card = el('li', null, 'qr-card');
        const qr = qrSvg(row.link, fill(messages.cardQrLabel, { label: parameter.label.toLowerCase(), value }));
        card.append(
          qr,
          el('p', fill(messages.cardValue, { label: parameter.label, value }), 'qr-card__value'),
          el('p', row.link, 'qr-card__link'),
        );
        return card;
      }),
    );
    this.#sheet.hidden = false;
    this.#setStatus(`${batchSummary(batch, this.#fileNote, this.#words)} ${messages.sheetReady}`);
    window.print();
  }
}
