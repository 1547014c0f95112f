/**
 * A link to hand out: a read-only field with a copy button, and its QR code, which can be downloaded. The
 * markup names its parts with one prefix: `data-<prefix>link`, `-copy`, `-copy-status`, `-qr` and `-download-qr`.
 */
import { fill } from '../i18n/catalogue.ts';
import type { LinkWords } from '../instruments/links.ts';
import { copyField, part } from './dom.ts';
import { qrSvg, saveQrSvg } from './qr-svg.ts';

export class SharedLink {
  #field: HTMLInputElement;
  #status: HTMLElement;
  #qr: HTMLElement;
  #words: LinkWords;

  /** `qrName` names the downloaded QR code's file, when it is asked for. */
  constructor(root: HTMLElement, prefix: string, words: LinkWords, qrName: () => string) {
    this.#field = part(root, `${prefix}link`);
    this.#status = part(root, `${prefix}copy-status`);
    this.#qr = part(root, `${prefix}qr`);
    this.#words = words;
    part(root, `${prefix}copy`).addEventListener(
      'click',
      () => void copyField(this.#field, this.#status, words.messages),
    );
    // Nothing to save before a link is shown.
    part(root, `${prefix}download-qr`).addEventListener('click', () => {
      if (this.#field.value !== '') saveQrSvg(this.#qr, qrName());
    });
  }

  /** Shows a link; the same link again leaves the field, what was said about copying it, and its QR code alone. */
  show(link: string) {
    if (link === this.#field.value) return;
    this.#field.value = link;
    this.#status.textContent = '';
    this.#qr.replaceChildren(qrSvg(link, fill(this.#words.messages.qrLabel, { link })));
  }
}
