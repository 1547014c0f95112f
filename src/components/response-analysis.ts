/**
 * The <response-analysis> element: reads the dropped or chosen files and a collector's export, and shows what
 * instruments/analysis-view.ts makes of them. Everything from a file or a collector reaches the page as text.
 */
import {
  analysisFailure,
  analysisSections,
  analysisStatus,
  defaultChoices,
  tooLargeRejection,
  type AnalysisText,
} from '../instruments/analysis-view.ts';
import { fill } from '../i18n/catalogue.ts';
import type { Language } from '../instruments/languages.ts';
import type { FrameworkModel } from '../instruments/model.ts';
import type { PublishedHashes } from '../instruments/published.ts';
import { readResponses, type ReadResponses, type Rejection } from '../instruments/responses.ts';
import { analysisSectionElement } from './analysis-sections.ts';
import { CollectorForm, type CollectedFile } from './collector-form.ts';
import { part } from './dom.ts';

class ResponseAnalysis extends HTMLElement {
  #hashes = JSON.parse(this.dataset['hashes'] ?? '{}') as PublishedHashes;
  /** The page's language, and its messages and model only, as the page wrote them into `data-messages` and `data-model`. */
  #text: AnalysisText = {
    language: this.dataset['language'] as Language,
    messages: JSON.parse(this.dataset['messages']!) as AnalysisText['messages'],
    within: JSON.parse(this.dataset['model']!) as FrameworkModel,
  };
  /** The version picked for each instrument whose responses answer several; the newest otherwise. */
  #versions: Record<string, string> = {};
  #status = this.querySelector<HTMLElement>('[role="status"]')!;
  #results = part(this, 'results');
  #files: { name: string; text: string }[] = [];
  #tooLarge: Rejection[] = [];
  /** The collector's export, kept beside the files (choosing files does not drop it); the token is not kept. */
  #collected: CollectedFile | null = null;
  /** The files as read for one choice of default instrument, so changing the grouping does not re-parse them. */
  #read: (ReadResponses & { defaultInstrument: string }) | null = null;

  connectedCallback() {
    const input = this.#select('files') as HTMLInputElement;
    input.addEventListener('change', () => void this.#load([...(input.files ?? [])]));
    const zone = part(this, 'drop-zone');
    zone.addEventListener('dragover', (event) => {
      event.preventDefault();
      zone.classList.add('drop-zone--active');
    });
    zone.addEventListener('dragleave', () => zone.classList.remove('drop-zone--active'));
    zone.addEventListener('drop', (event) => {
      event.preventDefault();
      zone.classList.remove('drop-zone--active');
      void this.#load([...(event.dataTransfer?.files ?? [])]);
    });
    // Every option re-renders from the files already read; only the default instrument means reading them again.
    part(this, 'options').addEventListener('change', () => this.#render());
    // The pickers are rebuilt with the results, so their changes are heard where the results live.
    this.#results.addEventListener('change', (event) => {
      const picker = event.target as HTMLSelectElement;
      const instrument = picker.dataset['versionOf'];
      if (instrument === undefined) return;
      this.#versions[instrument] = picker.value;
      this.#render();
      part<HTMLSelectElement>(this.#results, `version-of="${instrument}"`).focus();
    });
    new CollectorForm(this, this.#text, (file) => {
      this.#collected = file;
      this.#read = null;
      this.#render();
    });
  }

  #select(name: string) {
    return this.querySelector(`[name="${name}"]`) as HTMLSelectElement | HTMLInputElement;
  }

  async #load(files: File[]) {
    if (files.length === 0) return;
    this.#status.textContent = fill(this.#text.messages.readingFiles, { count: files.length });
    this.#tooLarge = [];
    this.#files = [];
    this.#read = null;
    for (const file of files) {
      const tooLarge = tooLargeRejection(file.name, file.size, this.#text);
      if (tooLarge) this.#tooLarge.push(tooLarge);
      else this.#files.push({ name: file.name, text: await file.text() });
    }
    this.#render();
  }

  /**
   * The options as chosen. A smallest group size that is not a whole number of at least 1 is marked invalid,
   * said so beside the field, and the default used until it is corrected: never a smaller one.
   */
  #choices() {
    const groupBy = [...this.querySelectorAll<HTMLInputElement>('[name="groupBy"]:checked')].map((box) => box.value);
    const field = this.#select('minGroupSize');
    const size = Number(field.value);
    const valid = field.value.trim() !== '' && Number.isInteger(size) && size >= 1;
    field.setAttribute('aria-invalid', String(!valid));
    part(this, 'min-group-error').textContent = valid
      ? ''
      : fill(this.#text.messages.minGroupSizeInvalid, { size: defaultChoices.minGroupSize });
    return {
      groupBy,
      minGroupSize: valid ? size : defaultChoices.minGroupSize,
      pool: (this.#select('pool') as HTMLInputElement).checked,
      versions: this.#versions,
    };
  }

  #render() {
    const defaultInstrument = this.#select('defaultInstrument').value;
    const started = performance.now();
    if (this.#read?.defaultInstrument !== defaultInstrument) {
      const sources = this.#collected ? [...this.#files, this.#collected] : this.#files;
      const read = readResponses(sources, this.#hashes, {
        within: this.#text.within,
        nameInstrument: this.#text.messages.nameInstrument,
        ...(defaultInstrument ? { defaultInstrument } : {}),
      });
      this.#read = { defaultInstrument, ...read };
    }
    const files = { ...this.#read, rejected: [...this.#tooLarge, ...this.#read.rejected] };
    const sources = { files: this.#files.length, collector: this.#collected?.origin ?? null };
    try {
      const sections = analysisSections(files, this.#choices(), this.#text);
      this.#results.replaceChildren(...sections.map((section) => analysisSectionElement(section, this.#text)));
      this.#status.textContent = analysisStatus(files, sources, (performance.now() - started) / 1000, this.#text);
    } catch (error) {
      // Results of an earlier choice must not stay on screen as if they answered this one.
      this.#results.replaceChildren();
      this.#status.textContent = analysisFailure(error, this.#text);
    }
  }
}

customElements.define('response-analysis', ResponseAnalysis);
