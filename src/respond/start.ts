/**
 * Starts the outbox on a page: everything waiting is tried at once on the first page of a visit and
 * whenever the browser comes back online, otherwise as each response falls due; Background Sync covers
 * the time with no page open. Browser-only.
 */
import { configure, flush, pending, subscribe, type Deliveries } from './outbox.ts';
import { VISIT_KEY } from './storage-keys.ts';
import { installSync, requestSync } from './sync.ts';

function firstPageOfVisit(): boolean {
  try {
    if (sessionStorage.getItem(VISIT_KEY)) return false;
    sessionStorage.setItem(VISIT_KEY, '1');
  } catch {
    // Without session storage every page counts as a first one; the lock and the retry floor still bound the sends.
  }
  return true;
}

let started = false;
let unsentInMemory = false;

export function startOutbox(deliveries: Deliveries): void {
  configure(deliveries);
  if (started) return;
  started = true;
  installSync(deliveries);
  window.addEventListener('online', () => void flush('all-at-once'));
  // A response held only in this tab's memory (storage refused) is lost with the tab; stored ones are safe to leave.
  window.addEventListener('beforeunload', (event) => {
    if (unsentInMemory) event.preventDefault();
  });
  subscribe(async () => {
    const waiting = (await pending()).filter((record) => record.state === 'waiting');
    unsentInMemory = waiting.some((record) => record.kept === 'memory');
    if (waiting.some((record) => record.kept === 'device')) requestSync();
  });
  void flush(firstPageOfVisit() ? 'all-at-once' : 'due');
}
