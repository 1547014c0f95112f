/**
 * The link builder's team session form: creates a session on the facilitator's collector, whose links
 * SessionResult then shows. The request logic is in instruments/session-request.ts; everything reaches the page
 * as text. The read token is read from its field when the form is sent and kept nowhere else.
 */
import { fill } from '../i18n/catalogue.ts';
import type { Language } from '../instruments/languages.ts';
import { defaultSurveyLanguage, type InstrumentChoice, type LinkWords } from '../instruments/links.ts';
import {
  createSession,
  defaultSessionAddress,
  sessionRequest,
  SessionRequestError,
  sessionProblemText,
  type SessionField,
} from '../instruments/session-request.ts';
import { collectorOrigins, el, part } from './dom.ts';
import { SessionResult } from './session-result.ts';

export class LinkSession {
  #root: HTMLElement;
  #instruments: readonly InstrumentChoice[];
  #words: LinkWords;
  #form: HTMLFormElement;
  #language: HTMLSelectElement;
  #message: HTMLElement;
  #result: SessionResult;
  #busy = false;

  constructor(root: HTMLElement, instruments: readonly InstrumentChoice[], words: LinkWords) {
    this.#root = root;
    this.#instruments = instruments;
    this.#words = words;
    this.#form = part(root, 'session-form');
    this.#language = part(root, 'session-language');
    this.#field('instrument').addEventListener('change', () => this.#offerLanguages());
    this.#message = part(root, 'session-message');
    this.#result = new SessionResult(root, words);
    this.#field('address').value = defaultSessionAddress(root.dataset['endpoint'] ?? '', location.origin);
    this.#form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.#create();
    });
    // A corrected field is no longer marked.
    this.#form.addEventListener('input', (event) => (event.target as Element).removeAttribute('aria-invalid'));
  }

  #field(name: SessionField): HTMLInputElement {
    return part<HTMLInputElement>(this.#form, `session-field="${name}"`);
  }

  #instrument(): InstrumentChoice {
    return this.#instruments.find((choice) => choice.id === this.#field('instrument').value) ?? this.#instruments[0]!;
  }

  /** The chosen survey's languages, keeping the one chosen before when that survey is offered in it. */
  #offerLanguages() {
    const instrument = this.#instrument();
    const selected = defaultSurveyLanguage(instrument, this.#words.language, this.#language.value);
    this.#language.replaceChildren(
      ...instrument.pages.map((page) =>
        Object.assign(el('option', page.name), {
          value: page.language,
          lang: page.language,
          selected: page.language === selected,
        }),
      ),
    );
  }

  async #create() {
    if (this.#busy) return;
    for (const marked of this.#form.querySelectorAll('[aria-invalid]')) marked.removeAttribute('aria-invalid');
    const instrument = this.#instrument();
    const language = this.#language.value as Language;
    const button = part<HTMLButtonElement>(this.#form, 'session-create');
    this.#busy = true;
    button.disabled = true;
    try {
      const request = sessionRequest(
        {
          address: this.#field('address').value,
          token: this.#field('token').value,
          instrument,
          community: this.#field('community').value,
          minResponses: this.#field('minResponses').value,
        },
        location.origin,
      );
      this.#message.textContent = this.#words.messages.creatingSession;
      const session = await createSession(request, { allowedOrigins: collectorOrigins(this.#root) });
      this.#message.textContent = fill(this.#words.messages.sessionCreatedFor, { community: session.community });
      this.#result.show(session, instrument, language);
    } catch (error) {
      this.#fail(error);
    } finally {
      this.#busy = false;
      button.disabled = false;
    }
  }

  #fail(error: unknown) {
    const { language, messages } = this.#words;
    const failure = error instanceof SessionRequestError ? error : null;
    this.#message.textContent = failure
      ? sessionProblemText(failure.problem, messages, language)
      : messages.sessionFailed;
    if (failure?.field) {
      const field = this.#field(failure.field);
      field.setAttribute('aria-invalid', 'true');
      field.focus();
    }
  }
}
