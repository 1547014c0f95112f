/**
 * The analysis page's form that loads a collector's export beside the files. The request logic is in
 * instruments/collector-export.ts; the read token is read from its field when the form is sent and kept nowhere.
 */
import { collectorFailure, collectorLoaded, type AnalysisText } from '../instruments/analysis-view.ts';
import { defaultCollectorAddress, fetchCollectorResponses } from '../instruments/collector-export.ts';
import { collectorOrigins, part } from './dom.ts';

/** A collector's export as the analysis reads it: like a file, with the origin it came from. */
export interface CollectedFile {
  name: string;
  text: string;
  origin: string;
}

export class CollectorForm {
  #root: HTMLElement;
  #text: AnalysisText;
  #loaded: (file: CollectedFile) => void;

  /** `root` holds the form and carries `data-endpoint` and `data-other-collector`; `loaded` gets each export. */
  constructor(root: HTMLElement, text: AnalysisText, loaded: (file: CollectedFile) => void) {
    this.#root = root;
    this.#text = text;
    this.#loaded = loaded;
    part<HTMLInputElement>(root, 'collector-address').defaultValue = defaultCollectorAddress(
      root.dataset['endpoint'],
      location.origin,
    );
    part(root, 'collector').addEventListener('submit', (event) => {
      event.preventDefault();
      void this.#load();
    });
  }

  async #load() {
    const message = part(this.#root, 'collector-message');
    const instrument = part<HTMLSelectElement>(this.#root, 'collector-instrument').selectedOptions[0]!;
    const source = {
      url: part<HTMLInputElement>(this.#root, 'collector-address').value,
      token: part<HTMLInputElement>(this.#root, 'collector-token').value,
      ...(instrument.value ? { instrument: instrument.value } : {}),
    };
    message.textContent = this.#text.messages.loadingCollector;
    try {
      const file = await fetchCollectorResponses(source, { allowedOrigins: collectorOrigins(this.#root) });
      message.textContent = collectorLoaded(
        file.origin,
        file.text,
        instrument.value ? instrument.text : null,
        this.#text,
      );
      this.#loaded(file);
    } catch (error) {
      message.textContent = collectorFailure(error, this.#text);
    }
  }
}
