/**
 * The device's outbox of completed responses. A response is written here before anything is sent and
 * leaves only when its endpoint answers 2xx with a receipt (a JSON body echoing its responseId).
 * Browser-only (localStorage, fetch, Web Locks).
 */
import type { ResponsePayload } from '../instruments/payload.ts';
import { confirmsReceipt } from './receipt.ts';
import { classifyStatus, nextDelay, retryAfterDelay } from './retry.ts';
import { OUTBOX_KEY, SENT_KEY } from './storage-keys.ts';

export interface Delivery {
  endpoint: string;
  /** `json` sends application/json; `text` sends the same JSON as text/plain, which needs no CORS preflight. */
  format: 'json' | 'text';
}

interface OutboxEntry {
  payload: ResponsePayload;
  delivery: Delivery;
  attempts: number;
  /** Epoch ms before which no automatic attempt is made. */
  nextAttemptAt: number;
  /** `rejected`: the endpoint refused it (a 4xx other than 408/429); kept, but not retried on its own. */
  state: 'waiting' | 'rejected';
  lastError: string | null;
}

export type DeliveryState =
  | { state: 'sent' }
  | { state: 'waiting'; attempts: number; nextAttemptAt: number; lastError: string | null }
  | { state: 'rejected'; lastError: string | null }
  | { state: 'unknown' };

const CHANGE_EVENT = 'cultivate:outbox-change';
const REQUEST_TIMEOUT_MS = 20_000;
const SENT_MEMORY = 100;

function read<T>(key: string, fallback: T): T {
  try {
    const text = localStorage.getItem(key);
    return text ? (JSON.parse(text) as T) : fallback;
  } catch {
    return fallback;
  }
}

function readOutbox(): OutboxEntry[] {
  const entries = read<unknown>(OUTBOX_KEY, []);
  return Array.isArray(entries) ? (entries as OutboxEntry[]) : [];
}

function writeOutbox(entries: OutboxEntry[]) {
  localStorage.setItem(OUTBOX_KEY, JSON.stringify(entries));
  window.dispatchEvent(new Event(CHANGE_EVENT));
}

function update(responseId: string, change: (entry: OutboxEntry) => OutboxEntry | null) {
  const entries = readOutbox().flatMap((entry) => {
    if (entry.payload.responseId !== responseId) return [entry];
    const changed = change(entry);
    return changed ? [changed] : [];
  });
  writeOutbox(entries);
}

/** Keeps the response on the device. Throws if storage refuses, so the caller can offer the download at once. */
export function enqueue(payload: ResponsePayload, delivery: Delivery): void {
  const entries = readOutbox().filter((entry) => entry.payload.responseId !== payload.responseId);
  entries.push({ payload, delivery, attempts: 0, nextAttemptAt: 0, state: 'waiting', lastError: null });
  writeOutbox(entries);
}

export function deliveryState(responseId: string): DeliveryState {
  const entry = readOutbox().find((candidate) => candidate.payload.responseId === responseId);
  if (entry?.state === 'waiting') {
    return { state: 'waiting', attempts: entry.attempts, nextAttemptAt: entry.nextAttemptAt, lastError: entry.lastError };
  }
  if (entry) return { state: 'rejected', lastError: entry.lastError };
  return read<string[]>(SENT_KEY, []).includes(responseId) ? { state: 'sent' } : { state: 'unknown' };
}

/** Calls `listener` whenever the outbox changes, in this tab or another. Returns the unsubscribe function. */
export function subscribe(listener: () => void): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key === OUTBOX_KEY || event.key === SENT_KEY) listener();
  };
  window.addEventListener(CHANGE_EVENT, listener);
  window.addEventListener('storage', onStorage);
  return () => {
    window.removeEventListener(CHANGE_EVENT, listener);
    window.removeEventListener('storage', onStorage);
  };
}

async function post(entry: OutboxEntry): Promise<{ outcome: ReturnType<typeof classifyStatus>; retryAfter: number | null; error: string | null }> {
  const { endpoint, format } = entry.delivery;
  try {
    const response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': format === 'json' ? 'application/json' : 'text/plain;charset=utf-8' },
      body: JSON.stringify(entry.payload),
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      cache: 'no-store',
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    const retryAfter = retryAfterDelay(response.headers.get('retry-after'), Date.now());
    const outcome = classifyStatus(response.status);
    if (outcome === 'delivered' && !confirmsReceipt(await response.text(), entry.payload.responseId)) {
      return { outcome: 'retry', retryAfter, error: `The server answered ${response.status}, but its answer did not confirm receipt.` };
    }
    return {
      outcome,
      retryAfter,
      error: outcome === 'delivered' ? null : `The server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}.`,
    };
  } catch (error) {
    const timedOut = error instanceof DOMException && error.name === 'TimeoutError';
    return {
      outcome: 'retry',
      retryAfter: null,
      error: timedOut ? 'The server did not answer in time.' : 'The network could not reach the server.',
    };
  }
}

async function attempt(entry: OutboxEntry) {
  const { outcome, retryAfter, error } = await post(entry);
  const id = entry.payload.responseId;
  if (outcome === 'delivered') {
    const sent = read<string[]>(SENT_KEY, []).filter((known) => known !== id);
    localStorage.setItem(SENT_KEY, JSON.stringify([...sent, id].slice(-SENT_MEMORY)));
    update(id, () => null);
    return;
  }
  update(id, (current) => {
    const attempts = current.attempts + 1;
    return outcome === 'rejected'
      ? { ...current, attempts, state: 'rejected', lastError: error }
      : { ...current, attempts, state: 'waiting', lastError: error, nextAttemptAt: Date.now() + nextDelay(attempts, retryAfter) };
  });
}

/**
 * Sends every waiting response that is due (or, with `force`, every one, rejected ones included). One tab
 * at a time holds the outbox, so two open pages never send the same response at once.
 */
export async function flush({ force = false }: { force?: boolean } = {}): Promise<void> {
  const run = async () => {
    const now = Date.now();
    const due = readOutbox().filter((entry) => force || (entry.state === 'waiting' && entry.nextAttemptAt <= now));
    for (const entry of due) await attempt(entry);
  };
  if ('locks' in navigator) await navigator.locks.request('cultivate-outbox', run);
  else await run();
  schedule();
}

let timer: ReturnType<typeof setTimeout> | undefined;

/** Wakes up when the earliest waiting response is due. */
function schedule() {
  clearTimeout(timer);
  const waiting = readOutbox().filter((entry) => entry.state === 'waiting');
  if (waiting.length === 0) return;
  const soonest = Math.min(...waiting.map((entry) => entry.nextAttemptAt));
  timer = setTimeout(() => void flush(), Math.max(0, soonest - Date.now()));
}

let started = false;

/** Sends what is due now, then again when it falls due, when the browser comes back online, or on the next visit. */
export function startOutbox(): void {
  if (started) return;
  started = true;
  window.addEventListener('online', () => void flush());
  void flush();
}
