/**
 * The <team-view> element: a facilitator's view of one team session. It reads the session code and facilitator
 * token from the link's fragment, asks the collector for the session's summary (and again every 15 s while
 * the tab is visible), and shows what instruments/team-view.ts makes of it. The token is sent only in the
 * Authorization header and kept only in this page's memory and its address; everything from the collector
 * reaches the page as text.
 */
import { FACILITATOR_TOKEN, type TeamSummary } from '../instruments/team-session.ts';
import type { Language } from '../instruments/languages.ts';
import {
  closedMessage,
  deletedMessage,
  failureMessage,
  parseTeamLink,
  responseCount,
  teamCsv,
  teamCsvName,
  teamFacts,
  teamFragment,
  teamSections,
  unreachable,
  updatedText,
  type TeamBlock,
  type TeamSection,
  type TeamText,
} from '../instruments/team-view.ts';
import { saveFile } from '../respond/save-file.ts';
import { distributionChartSvg, el, part, tableRegion } from './dom.ts';

const REFRESH_MS = 15_000;

function blockElement(block: TeamBlock, { messages }: TeamText): Element {
  switch (block.kind) {
    case 'heading':
      return el(block.level === 2 ? 'h2' : 'h3', block.text);
    case 'paragraph':
      return el('p', block.text, block.className);
    case 'list': {
      const list = el(block.ordered ? 'ol' : 'ul');
      const limit = block.printLimit ?? Infinity;
      list.append(...block.items.map((item, index) => el('li', item, index < limit ? undefined : 'screen-only')));
      return list;
    }
    case 'chart':
      return distributionChartSvg(block.chart);
    case 'table': {
      const region = tableRegion(block.table);
      // The flag is words; the class only adds weight and a mark beside them.
      for (const cell of region.querySelectorAll('td'))
        if (cell.textContent === messages.disagreeFlag) cell.classList.add('team-flag');
      return region;
    }
  }
}

function sectionElement({ id, medium, blocks }: TeamSection, text: TeamText): HTMLElement {
  const section = el('section', null, `team-section team-section--${id}${medium ? ` ${medium}-only` : ''}`);
  section.append(...blocks.map((block) => blockElement(block, text)));
  return section;
}

/** A collector's answer: its status, its JSON body (null when there is none) and how long to wait when busy. */
interface Answer {
  status: number;
  body: unknown;
  retryAfter: number | null;
}

class TeamView extends HTMLElement {
  #base = this.dataset['sessions'] ?? '';
  /** The page's language and its messages only, as the page wrote them into `data-language` and `data-messages`. */
  #text: TeamText = {
    language: this.dataset['language'] as Language,
    messages: JSON.parse(this.dataset['messages']!) as TeamText['messages'],
  };
  #session = '';
  #token = '';
  #summary: TeamSummary | null = null;
  /** The JSON last rendered, so an unchanged summary leaves the page (and the reader's focus) alone. */
  #rendered = '';
  #shownAt: Date | null = null;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #loading = false;
  /** Set once the link stopped working or the session was deleted: nothing more is asked. */
  #stopped = true;

  #view = part(this, 'view');
  #facts = part(this, 'facts');
  #count = part(this, 'count');
  #updated = part(this, 'updated');
  #message = part(this, 'message');
  #results = part(this, 'results');
  #dialog = part<HTMLDialogElement>(this, 'confirm');

  connectedCallback() {
    this.#button('refresh').addEventListener('click', () => void this.#refresh());
    this.#button('print').addEventListener('click', () => window.print());
    this.#button('download').addEventListener('click', () => this.#download());
    this.#button('close').addEventListener('click', () => void this.#close());
    this.#button('rotate').addEventListener('click', () => void this.#rotate());
    this.#button('delete').addEventListener('click', () => void this.#delete());
    this.#button('copy').addEventListener('click', () => void this.#copy());
    document.addEventListener('visibilitychange', () => {
      if (this.#stopped) return;
      if (document.hidden) clearTimeout(this.#timer);
      else void this.#refresh();
    });
    // A link pasted into the address bar of this page changes only the fragment.
    window.addEventListener('hashchange', () => this.#start());
    this.#start();
  }

  #button(name: string) {
    return part<HTMLButtonElement>(this, name);
  }

  #start() {
    clearTimeout(this.#timer);
    this.#summary = null;
    this.#rendered = '';
    this.#shownAt = null;
    this.#results.replaceChildren();
    this.#facts.replaceChildren();
    part(this, 'new-link').hidden = true;
    const link = parseTeamLink(location.hash, this.#text);
    if (this.#base === '') return this.#fail(this.#text.messages.noCollector);
    if ('problem' in link) return this.#fail(link.problem);
    ({ session: this.#session, token: this.#token } = link);
    this.#stopped = false;
    this.#view.hidden = false;
    this.#say('');
    this.#count.textContent = this.#text.messages.loading;
    this.#actions();
    void this.#refresh();
  }

  /** Stops for good: the reason (or what was done) in place of the view, which is emptied; nothing more is fetched. */
  #fail(reason: string, done = false) {
    this.#stopped = true;
    clearTimeout(this.#timer);
    this.#summary = null;
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

  /** Which buttons apply: print and download once there is something to show, close while open. */
  #actions() {
    const visible = this.#summary?.visible === true;
    this.#button('print').hidden = !visible;
    this.#button('download').hidden = !visible;
    this.#button('close').hidden = this.#summary?.open === false;
  }

  #url(suffix = '') {
    return `${this.#base}/${this.#session}${suffix}`;
  }

  /** Asks the collector; throws only when it cannot be reached. */
  async #call(method: string, suffix: string): Promise<Answer> {
    const response = await fetch(this.#url(suffix), {
      method,
      headers: { Authorization: `Bearer ${this.#token}`, Accept: 'application/json' },
      cache: 'no-store',
      credentials: 'omit',
    });
    const body: unknown = await response.json().catch(() => null);
    const retry = Number(response.headers.get('Retry-After'));
    return { status: response.status, body, retryAfter: Number.isFinite(retry) && retry > 0 ? retry : null };
  }

  #schedule(ms = REFRESH_MS) {
    clearTimeout(this.#timer);
    if (!this.#stopped && !document.hidden) this.#timer = setTimeout(() => void this.#refresh(), ms);
  }

  async #refresh() {
    if (this.#stopped || this.#loading) return;
    this.#loading = true;
    clearTimeout(this.#timer);
    const session = this.#session;
    try {
      // The summary's own texts (statements, answers, constructs, stages) in the page's language.
      const answer = await this.#call('GET', `/summary?language=${this.#text.language}`);
      // Another link was opened meanwhile: this answer is about the old one.
      if (session !== this.#session || this.#stopped) return;
      if (answer.status === 200) {
        this.#show(answer.body as TeamSummary);
        this.#say('');
        this.#schedule();
      } else if (answer.status === 401) {
        this.#fail(failureMessage(401, answer.body, this.#text));
      } else {
        this.#say(failureMessage(answer.status, answer.body, this.#text));
        this.#schedule(answer.retryAfter === null ? REFRESH_MS : Math.max(5, answer.retryAfter) * 1000);
      }
    } catch {
      if (session !== this.#session || this.#stopped) return;
      this.#say(unreachable(this.#shownAt, this.#text));
      this.#schedule();
    } finally {
      this.#loading = false;
    }
  }

  #show(summary: TeamSummary) {
    this.#summary = summary;
    this.#shownAt = new Date();
    this.#updated.textContent = updatedText(this.#shownAt, this.#text);
    const count = responseCount(summary.responses, this.#text);
    if (this.#count.textContent !== count) this.#count.textContent = count;
    const json = JSON.stringify(summary);
    if (json === this.#rendered) return;
    this.#rendered = json;
    this.#facts.replaceChildren(
      ...teamFacts(summary, this.#text).flatMap(({ term, detail }) => {
        const row = el('div');
        row.append(el('dt', term), el('dd', detail));
        return [row];
      }),
    );
    // A reader who had moved into a table keeps their place when the summary changes under them.
    const focused = document.activeElement?.closest('[role="region"]')?.getAttribute('aria-label');
    this.#results.replaceChildren(
      ...teamSections(summary, this.#text).map((section) => sectionElement(section, this.#text)),
    );
    if (focused)
      [...this.#results.querySelectorAll<HTMLElement>('[role="region"]')]
        .find((region) => region.getAttribute('aria-label') === focused)
        ?.focus();
    this.#actions();
  }

  #download() {
    const csv = this.#summary ? teamCsv(this.#summary) : null;
    if (csv !== null) saveFile(teamCsvName(this.#summary!, new Date()), 'text/csv', csv);
  }

  /** A native modal dialog asking to go ahead; Cancel has the focus, so Enter alone changes nothing. */
  #confirm(title: string, text: string, yes: string): Promise<boolean> {
    part(this.#dialog, 'confirm-title').textContent = title;
    part(this.#dialog, 'confirm-text').textContent = text;
    const go = part<HTMLButtonElement>(this.#dialog, 'confirm-yes');
    const cancel = part<HTMLButtonElement>(this.#dialog, 'confirm-no');
    go.textContent = yes;
    this.#dialog.returnValue = '';
    return new Promise((resolve) => {
      const done = (value: string) => () => this.#dialog.close(value);
      const onGo = done('yes');
      const onCancel = done('');
      go.addEventListener('click', onGo);
      cancel.addEventListener('click', onCancel);
      this.#dialog.addEventListener(
        'close',
        () => {
          go.removeEventListener('click', onGo);
          cancel.removeEventListener('click', onCancel);
          resolve(this.#dialog.returnValue === 'yes');
        },
        { once: true },
      );
      this.#dialog.showModal();
      cancel.focus();
    });
  }

  /** Runs a change on the collector and says how it went; the button that asked keeps or regains focus. */
  async #act(suffix: string, method: string, done: (body: unknown) => void) {
    const session = this.#session;
    try {
      const answer = await this.#call(method, suffix);
      if (session !== this.#session) return;
      if (answer.status === 200) done(answer.body);
      else if (answer.status === 401) this.#fail(failureMessage(401, answer.body, this.#text));
      else this.#say(failureMessage(answer.status, answer.body, this.#text));
    } catch {
      this.#say(this.#text.messages.noChange);
    }
  }

  async #close() {
    const { closeTitle, closeText, closeYes } = this.#text.messages;
    const yes = await this.#confirm(closeTitle, closeText, closeYes);
    if (!yes) return;
    await this.#act('/close', 'POST', (body) => {
      const { closedAt } = body as { closedAt: string };
      if (this.#summary) this.#show({ ...this.#summary, open: false });
      this.#say(closedMessage(closedAt, this.#text));
      this.#button('refresh').focus();
    });
  }

  async #rotate() {
    const { rotateTitle, rotateText, rotateYes } = this.#text.messages;
    const yes = await this.#confirm(rotateTitle, rotateText, rotateYes);
    if (!yes) return;
    await this.#act('/token', 'POST', (body) => {
      const { facilitatorToken } = body as { facilitatorToken: string };
      if (!FACILITATOR_TOKEN.test(facilitatorToken)) {
        this.#say(this.#text.messages.unusableToken);
        return;
      }
      this.#token = facilitatorToken;
      const fragment = teamFragment(this.#session, facilitatorToken);
      // No hashchange event: the page carries on with the new token instead of starting again.
      history.replaceState(history.state, '', `#${fragment}`);
      const input = part<HTMLInputElement>(this, 'new-link-input');
      input.value = `${location.origin}${location.pathname}#${fragment}`;
      part(this, 'copy-message').textContent = '';
      part(this, 'new-link').hidden = false;
      this.#say(this.#text.messages.rotated);
      input.focus();
      input.select();
    });
  }

  async #copy() {
    const input = part<HTMLInputElement>(this, 'new-link-input');
    const message = part(this, 'copy-message');
    try {
      await navigator.clipboard.writeText(input.value);
      message.textContent = this.#text.messages.copied;
    } catch {
      input.focus();
      input.select();
      message.textContent = this.#text.messages.copyRefused;
    }
  }

  async #delete() {
    const { deleteTitle, deleteText, deleteYes } = this.#text.messages;
    const yes = await this.#confirm(deleteTitle, deleteText, deleteYes);
    if (!yes) return;
    await this.#act('', 'DELETE', (body) => {
      const { responses } = body as { responses: number };
      this.#fail(deletedMessage(responses, this.#text), true);
      history.replaceState(history.state, '', location.pathname);
      part(this, 'problem').focus();
    });
  }
}

customElements.define('team-view', TeamView);
