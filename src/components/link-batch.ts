/** The link builder's batch section: personal links from a list, as a CSV or a printable sheet of QR codes. */
import { toCsv } from '../instruments/csv.ts';
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
  type ReadyBatch,
} from '../instruments/links.ts';
import { saveFile } from '../respond/save-file.ts';
import type { LinkParameter } from '../instruments/types.ts';
import { el, part } from './dom.ts';
import { qrSvg } from './qr-svg.ts';

/** What the single-link form above holds: the batch starts from it. */
export type BatchSource = () => { instrument: InstrumentChoice; form: FormValues };

/** A radio button with its label, for one link parameter. */
function radioOption(name: string, parameter: LinkParameter, checked: boolean): HTMLLabelElement {
  const label = el('label', null, 'option');
  label.append(Object.assign(el('input'), { type: 'radio', name, value: parameter.name, checked }), parameter.label);
  return label;
}

export class LinkBatch {
  #root: HTMLElement;
  #source: BatchSource;
  #varying: HTMLElement;
  #list: HTMLTextAreaElement;
  #file: HTMLInputElement;
  #status: HTMLElement;
  #sheet: HTMLElement;
  #cards: HTMLElement;
  #fileNote = '';

  constructor(root: HTMLElement, source: BatchSource) {
    this.#root = root;
    this.#source = source;
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
      ...options.map((parameter) => radioOption('varying', parameter, parameter.name === checked)),
    );
  }

  update() {
    const batch = this.#batch();
    // A sheet printed earlier no longer matches the list.
    this.#sheet.hidden = true;
    this.#cards.replaceChildren();
    part(this.#root, 'list-label').textContent = listLabel(batch.parameter);
    part(this.#root, 'fixed').textContent = sharedDetailsNote(batch, this.#source().form);
    this.#setStatus(batchSummary(batch, this.#fileNote));
    part(this.#root, 'batch-problems').replaceChildren(...shownReports(batch).map((text) => el('li', text)));
  }

  #batch(): Batch {
    const { instrument, form } = this.#source();
    const varying = this.#varying.querySelector<HTMLInputElement>('input:checked')?.value;
    return buildBatch(location.origin, instrument, varying, form, this.#list.value);
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
      this.#fileNote = fileReadNote(file.name, list);
    } catch {
      this.#fileNote = `${file.name} could not be read. Is it a text or CSV file?`;
    }
    this.update();
  }

  /** A batch to act on, or null after telling the user why there is none. */
  #readyBatch(): ReadyBatch | null {
    const batch = this.#batch();
    if (isReady(batch)) return batch;
    this.#setStatus(notReadyReason(batch));
    return null;
  }

  #downloadCsv() {
    const batch = this.#readyBatch();
    if (batch) saveFile(batchCsvName(batch), 'text/csv', toCsv(batchTable(batch)));
  }

  #printSheet() {
    const batch = this.#readyBatch();
    if (!batch) return;
    const { parameter } = batch;
    part(this.#root, 'sheet-title').textContent = `${batch.instrument.title}: personal links`;
    part(this.#root, 'sheet-meta').textContent = sheetNote(batch);
    this.#cards.replaceChildren(
      ...batch.rows.map((row) => {
        const value = row.values[parameter.name]!;
        const card = el('li', null, 'qr-card');
        const qr = qrSvg(row.link, `QR code for ${parameter.label.toLowerCase()} ${value}`);
        card.append(qr, el('p', `${parameter.label}: ${value}`, 'qr-card__value'), el('p', row.link, 'qr-card__link'));
        return card;
      }),
    );
    this.#sheet.hidden = false;
    this.#setStatus(`${batchSummary(batch, this.#fileNote)} The sheet of QR codes is below the list, ready to print.`);
    window.print();
  }
}
