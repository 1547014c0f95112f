import { checkLinkParameters } from '../instruments/link-parameters.ts';
import type { LinkParameter } from '../instruments/types.ts';
import { part } from './dom.ts';

/** Reveals the pseudonymity sentence when the link's code is one the response will carry (a refused code is not sent). */
class PseudonymNotice extends HTMLElement {
  connectedCallback() {
    const parameter = JSON.parse(this.dataset['parameter'] ?? '{}') as LinkParameter;
    const { values } = checkLinkParameters([parameter], new URLSearchParams(location.search));
    part(this, 'pseudonym').hidden = values[parameter.name] === undefined;
  }
}
customElements.define('pseudonym-notice', PseudonymNotice);
