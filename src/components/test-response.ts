/**
 * <test-response>: sends this build's test response for the chosen instrument to its endpoint, exactly as a
 * respondent's device would post it, and shows what the server answered. The server's words are shown as
 * text, never as markup, in the words the page rendered into its data attributes (its language's).
 */
import { fill } from '../i18n/catalogue.ts';
import type { TestScriptMessages } from '../i18n/endpoint.ts';
import type { ResponsePayload } from '../instruments/payload.ts';
import { describeFailure, describeReply, freshTestCopy, type TestReply } from '../instruments/test-reply.ts';
import { postRequest, type Delivery } from '../respond/outbox.ts';
import { part } from './dom.ts';

interface Test {
  id: string;
  title: string;
  delivery: Delivery;
  payload: ResponsePayload;
}

const TIMEOUT_MS = 20_000;

class TestResponse extends HTMLElement {
  connectedCallback() {
    const tests = JSON.parse(this.dataset['tests'] ?? '[]') as Test[];
    const messages = JSON.parse(this.dataset['messages'] ?? '{}') as TestScriptMessages;
    const form = part<HTMLFormElement>(this, 'form');
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const chosen = tests.find((test) => test.id === part<HTMLSelectElement>(this, 'instrument').value);
      if (chosen) void this.#send(chosen, messages);
    });
  }

  async #send({ delivery, payload, title }: Test, messages: TestScriptMessages) {
    const button = part<HTMLButtonElement>(this, 'send');
    const result = part(this, 'result');
    const copy = freshTestCopy(payload, crypto.randomUUID(), new Date(), navigator.language);
    button.disabled = true;
    result.className = 'test-result';
    result.textContent = fill(messages.sending, { title });
    let reply: TestReply;
    try {
      const response = await fetch(delivery.endpoint, {
        ...postRequest(copy, delivery),
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
      reply = describeReply(response.status, response.statusText, await response.text(), copy.responseId, messages);
    } catch (error) {
      reply = describeFailure(error instanceof DOMException && error.name === 'TimeoutError', messages);
    }
    result.className = `test-result ${reply.accepted ? 'test-result--accepted' : 'test-result--refused'}`;
    result.textContent = reply.message;
    button.disabled = false;
  }
}

customElements.define('test-response', TestResponse);
