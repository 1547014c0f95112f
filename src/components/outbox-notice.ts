/**
 * <outbox-notice>: on every page, tells the respondent when a response on this device has not reached the
 * researcher's server (it failed at least once, was refused, or this build has nowhere to send it), and
 * offers to try again or download it. Responses whose report is on this page are left to that report.
 * Also starts the outbox and forgets expired drafts. Text only; nothing is shown when nothing waits.
 */
import { forgetExpiredDrafts } from '../respond/drafts.ts';
import { flush, pending, subscribe, type Deliveries } from '../respond/outbox.ts';
import { startOutbox } from '../respond/start.ts';
import { noticeText, type NoticeCounts, type NoticeMessages } from '../respond/notice-text.ts';

class OutboxNotice extends HTMLElement {
  #unsubscribe: (() => void) | undefined;

  connectedCallback() {
    forgetExpiredDrafts();
    const deliveries = JSON.parse(this.dataset['deliveries'] ?? '{}') as Deliveries;
    const messages = JSON.parse(this.dataset['messages'] ?? '{}') as NoticeMessages;
    if (Object.keys(deliveries).length > 0) startOutbox(deliveries);
    this.#unsubscribe = subscribe(() => void this.#render(deliveries, messages));
    void this.#render(deliveries, messages);
    this.querySelector('[data-retry]')?.addEventListener('click', () => void this.#retry());
    this.querySelector('[data-download]')?.addEventListener('click', () => void this.#download(deliveries));
  }

  disconnectedCallback() {
    this.#unsubscribe?.();
  }

  async #unreported(deliveries: Deliveries) {
    const onThisPage = new Set(
      [...document.querySelectorAll<HTMLElement>('[data-response-id]')].map((el) => el.dataset['responseId']),
    );
    return (await pending()).filter(
      (record) =>
        !onThisPage.has(record.id) &&
        (record.state === 'rejected' || record.attempts > 0 || !deliveries[record.payload.instrument.id]),
    );
  }

  async #render(deliveries: Deliveries, messages: NoticeMessages) {
    const records = await this.#unreported(deliveries);
    const counts: NoticeCounts = {
      refused: records.filter((record) => record.state === 'rejected').length,
      waiting: records.filter((record) => record.state === 'waiting').length,
    };
    const message = this.querySelector<HTMLElement>('[data-message]');
    const actions = this.querySelector<HTMLElement>('[data-actions]');
    if (!message || !actions) return;
    const text = noticeText(messages, counts);
    if (message.textContent !== text) message.textContent = text;
    actions.hidden = text === '';
  }

  async #retry() {
    const button = this.querySelector<HTMLButtonElement>('[data-retry]');
    if (button) button.disabled = true;
    try {
      await flush('force');
    } finally {
      if (button) button.disabled = false;
    }
  }

  async #download(deliveries: Deliveries) {
    // Loaded on demand: the CSV and scoring code it brings would otherwise weigh on every page of the site.
    const { downloadResponse } = await import('../respond/download.ts');
    for (const record of await this.#unreported(deliveries)) downloadResponse(record.payload, 'json');
  }
}

customElements.define('outbox-notice', OutboxNotice);
