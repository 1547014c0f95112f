import { carryPageState } from './language-link.ts';

/** The language links, rewritten on the page so each keeps the parameters the page was opened with. */
class LanguageSwitch extends HTMLElement {
  connectedCallback() {
    for (const link of this.querySelectorAll<HTMLAnchorElement>('a[data-language-link]')) {
      const href = link.getAttribute('href') ?? '/';
      const carry = () => (link.href = carryPageState(href, location.search, location.hash));
      carry();
      // A page may change its own address after loading (the team view's new facilitator link): follow it.
      link.addEventListener('click', carry);
    }
  }
}
customElements.define('language-switch', LanguageSwitch);
