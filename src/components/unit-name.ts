import { checkLinkParameters } from '../instruments/link-parameters.ts';
import type { LinkParameter } from '../instruments/types.ts';

/** Replaces the neutral phrase with the unit the link names, as text, when the value passes its check. */
class UnitName extends HTMLElement {
  connectedCallback() {
    const parameter = JSON.parse(this.dataset['parameter'] ?? '{}') as LinkParameter;
    const named = checkLinkParameters([parameter], new URLSearchParams(location.search)).values[parameter.name];
    if (named !== undefined && named.trim() !== '') this.textContent = named.trim();
  }
}
customElements.define('unit-name', UnitName);
