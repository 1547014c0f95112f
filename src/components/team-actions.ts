/**
 * The team view's changes to a session: close it, give the facilitator a new link (and copy it), delete it.
 * Each asks first in the view's dialog, and the button that asked keeps or regains the focus.
 */
import { FACILITATOR_TOKEN } from '../instruments/team-session.ts';
import { teamFragment, type TeamText } from '../instruments/team-view.ts';
import { confirmInDialog } from './confirm-dialog.ts';
import { copyField, part } from './dom.ts';
import type { Answer, TeamCollector } from './team-collector.ts';

/** What the view does with the outcome of a change. */
export interface TeamActionHost {
  /** The session shown now; null when none is. */
  collector(): TeamCollector | null;
  /** The collector would not make the change: what it answered. */
  refused(answer: Answer): void;
  say(text: string): void;
  closed(closedAt: string): void;
  deleted(responses: number): void;
}

export class TeamActions {
  #root: HTMLElement;
  #text: TeamText;
  #host: TeamActionHost;
  #newLink: HTMLElement;
  #newLinkInput: HTMLInputElement;

  constructor(root: HTMLElement, text: TeamText, host: TeamActionHost) {
    this.#root = root;
    this.#text = text;
    this.#host = host;
    this.#newLink = part(root, 'new-link');
    this.#newLinkInput = part(root, 'new-link-input');
    const { messages } = text;
    part(root, 'close').addEventListener('click', () => void this.#close());
    part(root, 'rotate').addEventListener('click', () => void this.#rotate());
    part(root, 'delete').addEventListener('click', () => void this.#delete());
    part(root, 'copy').addEventListener(
      'click',
      () => void copyField(this.#newLinkInput, part(root, 'copy-message'), messages),
    );
  }

  /** A new link given for an earlier session is not offered for this one. */
  forgetNewLink() {
    this.#newLink.hidden = true;
  }

  #confirm(title: string, text: string, yes: string) {
    return confirmInDialog(part<HTMLDialogElement>(this.#root, 'confirm'), { title, text, yes });
  }

  /** Runs a change on the collector; `done` gets the collector's answer when it made the change. */
  async #act(suffix: string, method: string, done: (body: unknown, collector: TeamCollector) => void) {
    const collector = this.#host.collector();
    if (!collector) return;
    try {
      const answer = await collector.call(method, suffix);
      // Another link was opened meanwhile: this answer is about the old one.
      if (this.#host.collector() !== collector) return;
      if (answer.status === 200) done(answer.body, collector);
      else this.#host.refused(answer);
    } catch {
      this.#host.say(this.#text.messages.noChange);
    }
  }

  async #close() {
    const { closeTitle, closeText, closeYes } = this.#text.messages;
    if (!(await this.#confirm(closeTitle, closeText, closeYes))) return;
    await this.#act('/close', 'POST', (body) => {
      this.#host.closed((body as { closedAt: string }).closedAt);
      part(this.#root, 'refresh').focus();
    });
  }

  async #rotate() {
    const { messages } = this.#text;
    if (!(await this.#confirm(messages.rotateTitle, messages.rotateText, messages.rotateYes))) return;
    await this.#act('/token', 'POST', (body, collector) => {
      const { facilitatorToken } = body as { facilitatorToken: string };
      if (!FACILITATOR_TOKEN.test(facilitatorToken)) return this.#host.say(messages.unusableToken);
      collector.token = facilitatorToken;
      const fragment = teamFragment(collector.session, facilitatorToken);
      // No hashchange event: the page carries on with the new token instead of starting again.
      history.replaceState(history.state, '', `#${fragment}`);
      this.#newLinkInput.value = `${location.origin}${location.pathname}#${fragment}`;
      part(this.#root, 'copy-message').textContent = '';
      this.#newLink.hidden = false;
      this.#host.say(messages.rotated);
      this.#newLinkInput.focus();
      this.#newLinkInput.select();
    });
  }

  async #delete() {
    const { deleteTitle, deleteText, deleteYes } = this.#text.messages;
    if (!(await this.#confirm(deleteTitle, deleteText, deleteYes))) return;
    await this.#act('', 'DELETE', (body) => {
      this.#host.deleted((body as { responses: number }).responses);
      history.replaceState(history.state, '', location.pathname);
      part(this.#root, 'problem').focus();
    });
  }
}
