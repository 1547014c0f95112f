/**
 * The team session the link builder created: the team's link to hand out (copy, QR code) and the facilitator's
 * private link. The links are made in instruments/links.ts; everything reaches the page as text.
 */
import { fill } from '../i18n/catalogue.ts';
import type { Language } from '../instruments/languages.ts';
import {
  facilitatorLink,
  fileName,
  sessionRespondentLink,
  type InstrumentChoice,
  type LinkWords,
} from '../instruments/links.ts';
import type { CreatedSession } from '../instruments/session-request.ts';
import { copyField, part } from './dom.ts';
import { pathIn, paths } from './paths.ts';
import { SharedLink } from './shared-link.ts';

export class SessionResult {
  #root: HTMLElement;
  #words: LinkWords;
  #created: { session: CreatedSession; instrument: InstrumentChoice } | null = null;
  #link: SharedLink;
  #facilitator: HTMLInputElement;
  #facilitatorStatus: HTMLElement;

  constructor(root: HTMLElement, words: LinkWords) {
    this.#root = root;
    this.#words = words;
    this.#link = new SharedLink(root, 'session-', words, () => {
      const { instrument, session } = this.#created!;
      return fileName([instrument.id, session.community, 'team-session']);
    });
    this.#facilitator = part(root, 'session-facilitator');
    this.#facilitatorStatus = part(root, 'session-facilitator-status');
    part(root, 'session-copy-facilitator').addEventListener(
      'click',
      () => void copyField(this.#facilitator, this.#facilitatorStatus, words.messages),
    );
  }

  /** Shows a session just created, with its links in the language the team answers in. */
  show(session: CreatedSession, instrument: InstrumentChoice, language: Language) {
    this.#created = { session, instrument };
    const { messages } = this.#words;
    this.#link.show(sessionRespondentLink(location.origin, instrument, language, session.community, session.session));
    // The facilitator reads the team's summary in the language the team answers in.
    this.#facilitator.value = facilitatorLink(
      location.origin,
      pathIn(language, paths.team),
      session.session,
      session.facilitatorToken,
    );
    this.#facilitatorStatus.textContent = '';
    part(this.#root, 'session-summary').textContent = fill(messages.sessionSummary, {
      community: session.community,
      title: instrument.title,
      min: session.minResponses,
    });
    part(this.#root, 'session-result').hidden = false;
    part(this.#root, 'session-result-heading').focus();
  }
}
