/**
 * <site-origin>: the address this copy of the site is served from, for text a researcher copies (a
 * citation). The build does not know where a copy will be hosted; the page does. Text only.
 */
class SiteOrigin extends HTMLElement {
  connectedCallback() {
    this.textContent = window.location.origin;
  }
}

customElements.define('site-origin', SiteOrigin);
