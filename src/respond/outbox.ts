/**
 * The device's outbox of completed responses. A response is stored before anything is sent and leaves only
 * when its endpoint answers 2xx with a receipt (a JSON body echoing its responseId). Every read-modify-write
 * and every send happens under one Web Lock, so two tabs never send the same response and never overwrite
 * each other's changes; adding a response is a single insert, which needs no lock. Where a response is sent
 * comes from this build's settings for its instrument (`configure`), never from storage. Browser-only.
 */
import type { ResponsePayload } from '../instruments/payload.ts';
import { failureOf, memoryStore, openDeviceStore, type OutboxRecord, type OutboxStore } from './outbox-store.ts';
import type { DeliveryFailure, RecordedFailure } from './delivery-failure.ts';
import { confirmsReceipt } from './receipt.ts';
import { IMMEDIATELY, classifyStatus, isDue, retryAfterDelay, scheduleAfter, timerDelay } from './retry.ts';
import { KEEP_MS } from './storage-keys.ts';

export interface Delivery {
  endpoint: string;
  /** `json` sends application/json; `text` sends the same JSON as text/plain, which needs no CORS preflight. */
  format: 'json' | 'text';
}

/** This build's delivery settings, by instrument id. */
export type Deliveries = Record<string, Delivery>;

export type DeliveryState =
  | { state: 'sent' }
  | { state: 'waiting'; kept: OutboxStore['kind']; attempts: number; failure: RecordedFailure | null }
  | { state: 'rejected'; kept: OutboxStore['kind']; failure: RecordedFailure | null }
  | { state: 'unknown' };

/** `due`: what its schedule allows; `all-at-once`: every waiting response, Retry-After still honoured; `force`: everything, refused ones too (the respondent asked). */
export type FlushMode = 'due' | 'all-at-once' | 'force';

const LOCK = 'cultivate-outbox';
const CHANNEL = 'cultivate-outbox';
const CHANGE_EVENT = 'cultivate:outbox-change';
const REQUEST_TIMEOUT_MS = 20_000;

const deliveries: Deliveries = {};
const memory = memoryStore();
let device: Promise<OutboxStore | null> | undefined;
const deviceStore = () => (device ??= openDeviceStore(Date.now()));
const stores = async () => [await deviceStore(), memory].filter((store): store is OutboxStore => store !== null);

const withLock = <T>(work: () => Promise<T>): Promise<T> =>
  'locks' in navigator ? navigator.locks.request(LOCK, work) : work();

let channel: BroadcastChannel | undefined;
function changed() {
  // `self`, not `window`: the service worker runs this module too.
  self.dispatchEvent(new Event(CHANGE_EVENT));
  channel?.postMessage('changed');
}

/** Calls `listener` whenever the outbox changes, in this tab or another. Returns the unsubscribe function. */
export function subscribe(listener: () => void): () => void {
  channel ??= new BroadcastChannel(CHANNEL);
  channel.addEventListener('message', listener);
  self.addEventListener(CHANGE_EVENT, listener);
  return () => {
    channel?.removeEventListener('message', listener);
    self.removeEventListener(CHANGE_EVENT, listener);
  };
}

/** Adds this build's settings for some instruments; responses of other instruments wait untouched. */
export function configure(settings: Deliveries): void {
  Object.assign(deliveries, settings);
}

/**
 * Keeps the response on the device (or, when the browser refuses storage, in this tab's memory, sent with
 * `keepalive` so a closing tab still lets it go). Returns where it is kept.
 */
export async function enqueue(payload: ResponsePayload): Promise<OutboxStore['kind']> {
  const record: OutboxRecord = {
    id: payload.responseId,
    payload,
    attempts: 0,
    schedule: IMMEDIATELY,
    state: 'waiting',
    failure: null,
    lastError: null,
  };
  let kept: OutboxStore['kind'] = 'memory';
  try {
    const store = await deviceStore();
    if (!store) throw new Error('no device storage');
    await store.add(record);
    kept = 'device';
    void navigator.storage?.persist?.().catch(() => undefined);
  } catch {
    await memory.add(record);
  }
  changed();
  return kept;
}

export async function deliveryState(responseId: string): Promise<DeliveryState> {
  for (const store of await stores()) {
    const record = (await store.all()).find((candidate) => candidate.id === responseId);
    if (record?.state === 'waiting')
      return { state: 'waiting', kept: store.kind, attempts: record.attempts, failure: failureOf(record) };
    if (record) return { state: 'rejected', kept: store.kind, failure: failureOf(record) };
    if ((await store.sentAt(responseId)) !== undefined) return { state: 'sent' };
  }
  return { state: 'unknown' };
}

/** Every response not yet delivered, wherever it is kept. */
export async function pending(): Promise<(OutboxRecord & { kept: OutboxStore['kind'] })[]> {
  const lists = await Promise.all(
    (await stores()).map(async (store) => (await store.all()).map((record) => ({ ...record, kept: store.kind }))),
  );
  return lists.flat();
}

interface Attempt {
  outcome: ReturnType<typeof classifyStatus>;
  retryAfter: number | null;
  failure: DeliveryFailure | null;
}

/** How a response is posted to an endpoint: no credentials, no referrer, never from a cache. */
export const postRequest = (payload: ResponsePayload, { format }: Delivery): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': format === 'json' ? 'application/json' : 'text/plain;charset=utf-8' },
  body: JSON.stringify(payload),
  credentials: 'omit',
  referrerPolicy: 'no-referrer',
  cache: 'no-store',
});

async function post(payload: ResponsePayload, delivery: Delivery, keepalive: boolean): Promise<Attempt> {
  try {
    const response = await fetch(delivery.endpoint, {
      ...postRequest(payload, delivery),
      keepalive,
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    const retryAfter = retryAfterDelay(response.headers.get('retry-after'), Date.now());
    const outcome = classifyStatus(response.status);
    if (outcome === 'delivered' && !confirmsReceipt(await response.text(), payload.responseId)) {
      return { outcome: 'retry', retryAfter, failure: { kind: 'unconfirmed', status: response.status } };
    }
    return {
      outcome,
      retryAfter,
      failure:
        outcome === 'delivered' ? null : { kind: 'answered', status: response.status, statusText: response.statusText },
    };
  } catch (error) {
    const timedOut = error instanceof DOMException && error.name === 'TimeoutError';
    return { outcome: 'retry', retryAfter: null, failure: { kind: timedOut ? 'timed-out' : 'unreachable' } };
  }
}

async function attempt(store: OutboxStore, record: OutboxRecord, delivery: Delivery) {
  const { outcome, retryAfter, failure } = await post(record.payload, delivery, store.kind === 'memory');
  const now = Date.now();
  const attempts = record.attempts + 1;
  if (outcome === 'delivered') {
    await store.markSent(record.id, now);
    // This tab remembers it too, so its status says "Sent" even when a full disk refused the device's mark.
    await memory.markSent(record.id, now);
  } else if (outcome === 'rejected')
    await store.put({ ...record, attempts, state: 'rejected', failure, lastError: null });
  else
    await store.put({
      ...record,
      attempts,
      state: 'waiting',
      failure,
      lastError: null,
      schedule: scheduleAfter(attempts, retryAfter, now),
    });
  changed();
}

const wanted = (record: OutboxRecord, mode: FlushMode, now: number) =>
  mode === 'force' || (record.state === 'waiting' && isDue(record.schedule, now, mode === 'all-at-once'));

/** Sends what `mode` selects, one tab at a time, then sleeps until the next response falls due. */
export async function flush(mode: FlushMode = 'due'): Promise<void> {
  await withLock(async () => {
    for (const store of await stores()) {
      await store.forgetSentBefore(Date.now() - KEEP_MS).catch(() => undefined);
      for (const record of await store.all()) {
        const delivery = deliveries[record.payload.instrument.id];
        if (delivery && wanted(record, mode, Date.now())) await attempt(store, record, delivery);
      }
    }
  });
  await schedule();
}

let timer: ReturnType<typeof setTimeout> | undefined;

async function schedule() {
  clearTimeout(timer);
  const waiting = (await pending()).filter(
    (record) => record.state === 'waiting' && deliveries[record.payload.instrument.id],
  );
  const delay = timerDelay(
    waiting.map((record) => record.schedule),
    Date.now(),
  );
  if (delay !== null) timer = setTimeout(() => void flush(), delay);
}
