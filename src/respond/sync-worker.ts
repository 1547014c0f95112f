/**
 * The service worker: Background Sync wakes it when the browser is online again, even with every tab of
 * the site closed, and it sends what is due from the same outbox under the same lock as the pages. It has
 * no fetch handler: it caches nothing and changes nothing about how pages load. The page that registers it
 * passes this build's delivery settings in its URL, so a new build's settings register a new worker.
 */
import { configure, flush, pending, type Deliveries } from './outbox.ts';
import { SYNC_TAG } from './storage-keys.ts';

interface SyncEvent extends Event {
  tag: string;
  waitUntil(work: Promise<unknown>): void;
}

const worker = self as unknown as EventTarget & { location: Location; skipWaiting(): Promise<void> };

configure(JSON.parse(new URL(worker.location.href).searchParams.get('deliveries') ?? '{}') as Deliveries);

worker.addEventListener('install', () => void worker.skipWaiting());
worker.addEventListener('sync', (event) => {
  const sync = event as SyncEvent;
  if (sync.tag !== SYNC_TAG) return;
  sync.waitUntil(
    flush('due').then(async () => {
      // A rejected sync is retried by the browser later (with its own backoff) while something still waits.
      if ((await pending()).some((record) => record.state === 'waiting'))
        throw new Error('Responses are still waiting.');
    }),
  );
});
