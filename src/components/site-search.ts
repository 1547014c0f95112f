/**
 * The <site-search> element: queries the Pagefind index written at build and offers its filters, keeping the
 * query and filters in the address so a search is a link. Pagefind's excerpts are rebuilt as text.
 */
import { languageOf } from '../i18n/catalogue.ts';
import { el } from './dom.ts';
import {
  chosenFilters,
  MAX_RESULTS,
  resultsStatus,
  type SearchFilters,
  type SearchStatusMessages,
} from './search-query.ts';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  filters: Record<string, string[]>;
}

interface PagefindApi {
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(
    query: string | null,
    options: { filters: SearchFilters },
  ): Promise<{ results: { data(): Promise<PagefindResultData> }[] }>;
}

/** Pagefind marks matches with <mark>; rebuild them as text and <mark> nodes so nothing else becomes markup. */
function excerptNodes(excerpt: string): Node[] {
  const parsed = new DOMParser().parseFromString(excerpt, 'text/html');
  return Array.from(parsed.body.childNodes, (node) =>
    node.nodeName === 'MARK' ? el('mark', node.textContent) : document.createTextNode(node.textContent ?? ''),
  );
}

function resultItem(result: PagefindResultData): HTMLLIElement {
  const item = el('li');
  const heading = el('h2');
  heading.append(Object.assign(el('a', result.meta.title ?? result.url), { href: result.url }));
  const excerpt = el('p');
  excerpt.append(...excerptNodes(result.excerpt));
  item.append(heading, el('p', result.filters['type']?.join(', ') ?? '', 'meta'), excerpt);
  return item;
}

class SiteSearch extends HTMLElement {
  #pagefind: PagefindApi | undefined;
  #language = languageOf(this.dataset['language']);
  #text = JSON.parse(this.dataset['messages']!) as SearchStatusMessages;
  #form = this.querySelector('form')!;
  #input = this.querySelector<HTMLInputElement>('input[name="q"]')!;
  #status = this.querySelector<HTMLElement>('.search-status')!;
  #results = this.querySelector<HTMLOListElement>('.search-results')!;
  /** Counts searches, so the answer to an older one never replaces a newer one's. */
  #run = 0;

  async connectedCallback() {
    const params = new URL(location.href).searchParams;
    this.#input.value = params.get('q') ?? '';
    try {
      // A runtime URL keeps the bundler from resolving a file that exists only after the build.
      const url = '/pagefind/pagefind.js';
      this.#pagefind = (await import(/* @vite-ignore */ url)) as PagefindApi;
      await this.#pagefind.init();
    } catch {
      this.#status.textContent = this.#text.unavailable;
      return;
    }
    await this.#renderFilters(params);
    this.#form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.#search();
    });
    this.#input.addEventListener('input', () => void this.#search());
    this.#form.addEventListener('change', () => void this.#search());
    void this.#search();
  }

  /** A box for each value the index offers for each filter, checked when the address names it. */
  async #renderFilters(params: URLSearchParams) {
    const available = await this.#pagefind!.filters();
    for (const fieldset of this.querySelectorAll<HTMLFieldSetElement>('fieldset[data-filter]')) {
      const key = fieldset.dataset['filter']!;
      const chosen = params.getAll(key);
      const options = fieldset.querySelector('.search-filters__options')!;
      for (const value of Object.keys(available[key] ?? {}).sort()) {
        const box = Object.assign(el('input'), { type: 'checkbox', name: key, value, checked: chosen.includes(value) });
        const label = el('label');
        label.append(box, ` ${value}`);
        options.append(label);
      }
      fieldset.hidden = options.childElementCount === 0;
    }
    this.querySelector<HTMLElement>('.search-filters')!.hidden = false;
  }

  async #search() {
    const run = ++this.#run;
    const query = this.#input.value.trim();
    const filters = chosenFilters(this.querySelectorAll<HTMLInputElement>('input[type="checkbox"]:checked'));
    const url = new URL(location.href);
    url.search = new URLSearchParams(new FormData(this.#form) as unknown as Record<string, string>).toString();
    history.replaceState(null, '', url);

    if (!query && Object.keys(filters).length === 0) {
      this.#results.replaceChildren();
      this.#status.textContent = this.#text.prompt;
      return;
    }
    const search = await this.#pagefind!.search(query || null, { filters });
    const data = await Promise.all(search.results.slice(0, MAX_RESULTS).map((result) => result.data()));
    if (run !== this.#run) return;
    this.#results.replaceChildren(...data.map(resultItem));
    this.#status.textContent = resultsStatus(search.results.length, this.#language, this.#text);
  }
}

customElements.define('site-search', SiteSearch);
