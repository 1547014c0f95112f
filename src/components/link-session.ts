/**
 * The link builder's team session section: creates a session on the facilitator's collector and shows the
 * team's link (copy, QR code) and the facilitator's private link. The request logic is in
 * instruments/session-request.ts and the links in instruments/links.ts; everything reaches the page as text.
 * The read token is read from its field when the form is sent and kept nowhere else.
 */
import { fill } from '../i18n/catalogue.ts';
import { defaultCollectorAddress } from '../instruments/collector-export.ts';
import type { Language } from '../instruments/languages.ts';
import {
  defaultSurveyLanguage,
  facilitatorLink,
  fileName,
  sessionRespondentLink,
  type InstrumentChoice,
  type LinkWords,
} from '../instruments/links.ts';
import {
  createSession,
  sessionRequest,
  SessionRequestError,
  sessionProblemText,
  type CreatedSession,
  type SessionField,
} from '../instruments/session-request.ts';
import { saveFile } from '../respond/save-file.ts';
import { el, part } from './dom.ts';
import { pathIn, paths } from './paths.ts';
import { qrSvg } from './qr-svg.ts';

/** Copies a read-only field's text; where the browser will not, selects it and says how to copy it. */
export async function copyField(input: HTMLInputElement, status: HTMLElement, { messages }: LinkWords): Promise<void> {
  status.textContent = '';
  try {
    // Missing outside secure contexts; writeText rejects when permission is refused.
    if (!navigator.clipboard) throw new Error('No clipboard');
    await navigator.clipboard.writeText(input.value);
    status.textContent = messages.copied;
  } catch {
    input.focus();
    input.select();
    status.textContent = messages.copyRefused;
  }
}

/**
 * The collector address to offer: as the analysis page computes it (this site's own collector when responses
 * are posted to a path here), else the address this site posts responses to, whose sessions the respondent's
 * page will ask about.
 */
export function defaultSessionAddress(endpoint: string, origin: string): string {
  return defaultCollectorAddress(endpoint, origin) || (/^https?:\/\//.test(endpoint) ? endpoint : '');
}

export class LinkSession {
  #root: HTMLElement;
  #instruments: readonly InstrumentChoice[];
  #words: LinkWords;
  #form: HTMLFormElement;
  #language: HTMLSelectElement;
  #message: HTMLElement;
  #result: HTMLElement;
  #created: { session: CreatedSession; instrument: InstrumentChoice } | null = null;
  #busy = false;

  constructor(root: HTMLElement, instruments: readonly InstrumentChoice[], words: LinkWords) {
    this.#root = root;
    this.#instruments = instruments;
    this.#words = words;
    this.#form = part(root, 'session-form');
    this.#language = part(root, 'session-language');
    this.#field('instrument').addEventListener('change', () => this.#offerLanguages());
    this.#message = part(root, 'session-message');
    this.#result = part(root, 'session-result');
    this.#field('address').value = defaultSessionAddress(root.dataset['endpoint'] ?? '', location.origin);
    this.#form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.#create();
    });
    // A corrected field is no longer marked.
    this.#form.addEventListener('input', (event) => (event.target as Element).removeAttribute('aria-invalid'));
    part(root, 'session-copy-link').addEventListener(
      'click',
      () => void copyField(part(root, 'session-link'), part(root, 'session-link-status'), words),
    );
    part(root, 'session-copy-facilitator').addEventListener(
      'click',
      () => void copyField(part(root, 'session-facilitator'), part(root, 'session-facilitator-status'), words),
    );
    part(root, 'session-download-qr').addEventListener('click', () => this.#downloadQr());
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
    const previous = this.#language.value as Language;
    const selected = instrument.pages.some((page) => page.language === previous)
      ? previous
      : defaultSurveyLanguage(instrument, this.#words.language);
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
      const allowedOrigins = [location.origin, this.#root.dataset['otherCollector'] ?? ''].filter(
        (origin) => origin !== '',
      );
      const session = await createSession(request, { allowedOrigins });
      this.#show(session, instrument, language);
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

  #show(session: CreatedSession, instrument: InstrumentChoice, language: Language) {
    this.#created = { session, instrument };
    const { messages } = this.#words;
    const respondent = sessionRespondentLink(location.origin, instrument, language, session.community, session.session);
    // The facilitator reads the team's summary in the language the team answers in.
    const facilitator = facilitatorLink(
      location.origin,
      pathIn(language, paths.team),
      session.session,
      session.facilitatorToken,
    );
    part<HTMLInputElement>(this.#root, 'session-link').value = respondent;
    part<HTMLInputElement>(this.#root, 'session-facilitator').value = facilitator;
    part(this.#root, 'session-link-status').textContent = '';
    part(this.#root, 'session-facilitator-status').textContent = '';
    part(this.#root, 'session-qr').replaceChildren(qrSvg(respondent, fill(messages.qrLabel, { link: respondent })));
    part(this.#root, 'session-summary').textContent = fill(messages.sessionSummary, {
      community: session.community,
      title: instrument.title,
      min: session.minResponses,
    });
    this.#message.textContent = fill(messages.sessionCreatedFor, { community: session.community });
    this.#result.hidden = false;
    part(this.#root, 'session-result-heading').focus();
  }

  #downloadQr() {
    const svg = part(this.#root, 'session-qr').querySelector('svg');
    if (!svg || !this.#created) return;
    const name = fileName([this.#created.instrument.id, this.#created.session.community, 'team-session']);
    saveFile(`${name}.svg`, 'image/svg+xml', `${new XMLSerializer().serializeToString(svg)}\n`);
  }
}
