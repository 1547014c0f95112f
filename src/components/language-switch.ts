import { carryPageState } from './language-link.ts';

/** The language links, rewritten on the page so each keeps the parameters the page was opened with. */
class LanguageSwitch extends HTMLElement {
  connectedCallback() {
    for (const link of this.querySelectorAll<HTMLAnchorElement>('a[data-language-link]'))
      link.href = carryPageState(link.getAttribute('href') ?? '/', location.search, location.hash);
  }
}
customElements.define('language-switch', LanguageSwitch);
