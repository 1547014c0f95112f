/**
 * Background Sync, where the browser has it: a waiting response is sent when the browser is back online
 * even if every tab of the site is closed. Elsewhere, the next page of the site sends it. Browser-only.
 */
import workerUrl from './sync-worker.ts?worker&url';
import type { Deliveries } from './outbox.ts';
import { SYNC_TAG } from './storage-keys.ts';

interface SyncRegistration extends ServiceWorkerRegistration {
  sync: { register(tag: string): Promise<void> };
}

let registration: Promise<SyncRegistration | null> | undefined;

/** Installs the worker with this build's settings; nothing happens where Background Sync is missing. */
export function installSync(deliveries: Deliveries): void {
  if (!('serviceWorker' in navigator) || !('SyncManager' in window)) return;
  const url = `${workerUrl}?deliveries=${encodeURIComponent(JSON.stringify(deliveries))}`;
  registration ??= navigator.serviceWorker
    .register(url)
    .then(() => navigator.serviceWorker.ready as Promise<SyncRegistration>)
    .catch(() => null);
}

/** Asks the browser to wake the worker once it is online. */
export function requestSync(): void {
  void registration?.then((ready) => ready?.sync.register(SYNC_TAG)).catch(() => undefined);
}
