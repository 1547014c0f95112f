/**
 * Where waiting responses live: IndexedDB, one record per response, so writing one never rewrites another,
 * and a delivered response leaves in the same transaction that marks it sent. When the browser refuses
 * IndexedDB (storage blocked or full), a store in this tab's memory takes over for that response.
 * Browser-only.
 */
import type { ResponsePayload } from '../instruments/payload.ts';
import { readFailure, type DeliveryFailure, type RecordedFailure } from './delivery-failure.ts';
import { IMMEDIATELY, type Schedule } from './retry.ts';
import { LEGACY_OUTBOX_KEY, LEGACY_SENT_KEY } from './storage-keys.ts';

export interface OutboxRecord {
  id: string;
  payload: ResponsePayload;
  attempts: number;
  schedule: Schedule;
  /** `rejected`: the endpoint refused it (a 4xx other than 408/429); kept, but not retried on its own. */
  state: 'waiting' | 'rejected';
  /** Why the last attempt failed; null before the first attempt, and in an earlier build's record (see `lastError`). */
  failure: DeliveryFailure | null;
  /**
   * Earlier builds' English account of the last failure, kept to be shown as it is. This build writes null here
   * and its failures in `failure`, so an earlier build still open in another tab never reads an object here.
   */
  lastError: string | null;
}

/** Why a record's last attempt failed, as this build or an earlier one recorded it. */
export const failureOf = (record: OutboxRecord): RecordedFailure | null => record.failure ?? record.lastError;

/** A record as stored, by this build or an earlier one, with fields it cannot use set to what they mean. */
export const readRecord = (stored: OutboxRecord): OutboxRecord => ({
  ...stored,
  failure: readFailure(stored.failure),
  lastError: typeof stored.lastError === 'string' ? stored.lastError : null,
});

interface SentMark {
  id: string;
  at: number;
}

export interface OutboxStore {
  /** `device`: survives closing the tab; `memory`: lost with it. */
  readonly kind: 'device' | 'memory';
  add(record: OutboxRecord): Promise<void>;
  put(record: OutboxRecord): Promise<void>;
  all(): Promise<OutboxRecord[]>;
  /** Removes the record and remembers when it was sent, in one step. */
  markSent(id: string, at: number): Promise<void>;
  sentAt(id: string): Promise<number | undefined>;
  forgetSentBefore(cutoff: number): Promise<void>;
}

const DB_NAME = 'cultivate';
const OUTBOX = 'outbox';
const SENT = 'sent';

const done = <T>(request: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });

const committed = (tx: IDBTransaction) =>
  new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = tx.onabort = () => reject(tx.error ?? new DOMException('Transaction aborted', 'AbortError'));
  });

function openDatabase(): Promise<IDBDatabase> {
  const request = indexedDB.open(DB_NAME, 1);
  request.onupgradeneeded = () => {
    request.result.createObjectStore(OUTBOX, { keyPath: 'id' });
    request.result.createObjectStore(SENT, { keyPath: 'id' });
  };
  return done(request);
}

/** Old builds kept one JSON array in localStorage; its responses move here, and the old keys go only once they are in. */
async function migrateLegacy(db: IDBDatabase, now: number) {
  let outbox: unknown;
  let sent: unknown;
  try {
    outbox = JSON.parse(localStorage.getItem(LEGACY_OUTBOX_KEY) ?? '[]');
    sent = JSON.parse(localStorage.getItem(LEGACY_SENT_KEY) ?? '[]');
  } catch {
    return;
  }
  const entries = Array.isArray(outbox)
    ? (outbox as { payload?: ResponsePayload; state?: string; lastError?: unknown }[])
    : [];
  const ids = Array.isArray(sent) ? sent.filter((id): id is string => typeof id === 'string') : [];
  if (entries.length === 0 && ids.length === 0) return;
  const tx = db.transaction([OUTBOX, SENT], 'readwrite');
  for (const entry of entries) {
    if (typeof entry.payload?.responseId !== 'string') continue;
    tx.objectStore(OUTBOX).put({
      id: entry.payload.responseId,
      payload: entry.payload,
      attempts: 0,
      schedule: IMMEDIATELY,
      state: entry.state === 'rejected' ? 'rejected' : 'waiting',
      failure: null,
      lastError: typeof entry.lastError === 'string' ? entry.lastError : null,
    } satisfies OutboxRecord);
  }
  for (const id of ids) tx.objectStore(SENT).put({ id, at: now } satisfies SentMark);
  await committed(tx);
  localStorage.removeItem(LEGACY_OUTBOX_KEY);
  localStorage.removeItem(LEGACY_SENT_KEY);
}

function indexedDbStore(db: IDBDatabase): OutboxStore {
  const write = async (names: string[], work: (tx: IDBTransaction) => void) => {
    const tx = db.transaction(names, 'readwrite');
    work(tx);
    await committed(tx);
  };
  return {
    kind: 'device',
    add: (record) => write([OUTBOX], (tx) => tx.objectStore(OUTBOX).add(record)),
    put: (record) => write([OUTBOX], (tx) => tx.objectStore(OUTBOX).put(record)),
    all: async () =>
      (await done(db.transaction(OUTBOX).objectStore(OUTBOX).getAll() as IDBRequest<OutboxRecord[]>)).map(readRecord),
    async markSent(id, at) {
      try {
        await write([OUTBOX, SENT], (tx) => {
          tx.objectStore(OUTBOX).delete(id);
          tx.objectStore(SENT).put({ id, at } satisfies SentMark);
        });
      } catch {
        // A full disk can refuse the mark; the delivered response must still leave, or it is re-sent on every visit.
        await write([OUTBOX], (tx) => tx.objectStore(OUTBOX).delete(id));
      }
    },
    sentAt: async (id) =>
      (await done(db.transaction(SENT).objectStore(SENT).get(id) as IDBRequest<SentMark | undefined>))?.at,
    forgetSentBefore: (cutoff) =>
      write([SENT], (tx) => {
        const cursor = tx.objectStore(SENT).openCursor();
        cursor.onsuccess = () => {
          if (!cursor.result) return;
          if ((cursor.result.value as SentMark).at < cutoff) cursor.result.delete();
          cursor.result.continue();
        };
      }),
  };
}

export function memoryStore(): OutboxStore {
  const records = new Map<string, OutboxRecord>();
  const sent = new Map<string, number>();
  return {
    kind: 'memory',
    add: async (record) => void records.set(record.id, record),
    put: async (record) => void records.set(record.id, record),
    all: async () => [...records.values()],
    markSent: async (id, at) => {
      records.delete(id);
      sent.set(id, at);
    },
    sentAt: async (id) => sent.get(id),
    forgetSentBefore: async (cutoff) => sent.forEach((at, id) => at < cutoff && sent.delete(id)),
  };
}

/** The device's store, with any old localStorage outbox moved in; null when the browser refuses IndexedDB. */
export async function openDeviceStore(now: number): Promise<OutboxStore | null> {
  try {
    const db = await openDatabase();
    await migrateLegacy(db, now).catch(() => undefined);
    return indexedDbStore(db);
  } catch {
    return null;
  }
}
