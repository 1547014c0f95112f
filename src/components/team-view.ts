/**
 * The <team-view> element: a facilitator's view of one team session. It reads the session code and facilitator
 * token from the link's fragment, asks the collector for the session's summary (and again every 15 s while
 * the tab is visible), and shows what instruments/team-view.ts makes of it through TeamSummaryPanel; the
 * changes to the session are TeamActions'. Everything from the collector reaches the page as text.
 */
import type { TeamSummary } from '../instruments/team-session.ts';
import type { Language } from '../instruments/languages.ts';
import {
  closedMessage,
  deletedMessage,
  failureMessage,
  parseTeamLink,
  unreachable,
  type TeamText,
} from '../instruments/team-view.ts';
import { part } from './dom.ts';
import { TeamActions } from './team-actions.ts';
import { TeamCollector, type Answer } from './team-collector.ts';
import { TeamSummaryPanel } from './team-summary-panel.ts';

const REFRESH_MS = 15_000;

class TeamView extends HTMLElement {
  /** Where the collector keeps its sessions; empty when this build sends responses to none. */
  #base = this.dataset['sessions'] ?? '';
  /** The page's language and its messages only, as the page wrote them into `data-language` and `data-messages`. */
  #text: TeamText = {
    language: this.dataset['language'] as Language,
    messages: JSON.parse(this.dataset['messages']!) as TeamText['messages'],
  };
  /** The session the link names; null until a link that works is opened, and after it stops working. */
  #collector: TeamCollector | null = null;
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** The session whose summary is being fetched, so one is not asked for twice at once. */
  #loading: TeamCollector | null = null;

  #view = part(this, 'view');
  #message = part(this, 'message');
  #panel = new TeamSummaryPanel(this, this.#text);
  #actions = new TeamActions(this, this.#text, {
    collector: () => this.#collector,
    refused: (answer) => this.#refused(answer),
    say: (text) => this.#say(text),
    closed: (closedAt) => {
      this.#panel.closed();
      this.#say(closedMessage(closedAt, this.#text));
    },
    deleted: (responses) => this.#fail(deletedMessage(responses, this.#text), true),
  });

  connectedCallback() {
    part(this, 'refresh').addEventListener('click', () => void this.#refresh());
    document.addEventListener('visibilitychange', () => {
      if (!this.#collector) return;
      if (document.hidden) clearTimeout(this.#timer);
      else void this.#refresh();
    });
    // A link pasted into the address bar of this page changes only the fragment.
    window.addEventListener('hashchange', () => this.#start());
    this.#start();
  }

  #start() {
    clearTimeout(this.#timer);
    this.#panel.loading();
    this.#actions.forgetNewLink();
    const link = parseTeamLink(location.hash, this.#text);
    if (this.#base === '') return this.#fail(this.#text.messages.noCollector);
    if ('problem' in link) return this.#fail(link.problem);
    this.#collector = new TeamCollector(this.#base, link.session, link.token);
    this.#view.hidden = false;
    this.#say('');
    void this.#refresh();
  }

  /** Stops for good: the reason (or what was done) in place of the view, which is emptied; nothing more is fetched. */
  #fail(reason: string, done = false) {
    this.#collector = null;
    clearTimeout(this.#timer);
    this.#panel.clear();
    this.#view.hidden = true;
    const problem = part(this, 'problem');
    problem.textContent = reason;
    problem.classList.toggle('notice--problem', !done);
    problem.hidden = false;
  }

  #say(text: string) {
    part(this, 'problem').hidden = true;
    if (this.#message.textContent !== text) this.#message.textContent = text;
  }

  /** A link that no longer works stops the view; any other refusal is said, and the view carries on. */
  #refused({ status, body }: Answer) {
    if (status === 401) this.#fail(failureMessage(401, body, this.#text));
    else this.#say(failureMessage(status, body, this.#text));
  }

  #schedule(ms = REFRESH_MS) {
    clearTimeout(this.#timer);
    if (this.#collector && !document.hidden) this.#timer = setTimeout(() => void this.#refresh(), ms);
  }

  async #refresh() {
    const collector = this.#collector;
    if (!collector || this.#loading === collector) return;
    this.#loading = collector;
    clearTimeout(this.#timer);
    try {
      // The summary's own texts (statements, answers, constructs, stages) in the page's language.
      const answer = await collector.call('GET', `/summary?language=${this.#text.language}`);
      // Another link was opened meanwhile, or this one stopped: this answer is about the old one.
      if (collector !== this.#collector) return;
      if (answer.status === 200) {
        this.#panel.show(answer.body as TeamSummary);
        this.#say('');
        this.#schedule();
      } else {
        this.#refused(answer);
        this.#schedule(answer.retryAfter === null ? REFRESH_MS : Math.max(5, answer.retryAfter) * 1000);
      }
    } catch {
      if (collector !== this.#collector) return;
      this.#say(unreachable(this.#panel.shownAt, this.#text));
      this.#schedule();
    } finally {
      if (this.#loading === collector) this.#loading = null;
    }
  }
}

customElements.define('team-view', TeamView);
