/** What this site keeps on the respondent's device, under which names, and for how long. */
export const DRAFT_KEY_PREFIX = 'cultivate:draft:';
/** Older builds' localStorage outbox and sent list; moved into IndexedDB on the first page that finds them. */
export const LEGACY_OUTBOX_KEY = 'cultivate:outbox';
export const LEGACY_SENT_KEY = 'cultivate:sent';
/** The Background Sync tag the service worker answers to. */
export const SYNC_TAG = 'cultivate-outbox';
/** Set for the browser session, so only the first page of a visit tries every waiting response at once. */
export const VISIT_KEY = 'cultivate:visit';

/**
 * Unfinished answers and the ids of sent responses are forgotten after a day, so on a shared device the
 * next person opening the same link is not offered the previous person's answers. (Waiting responses are
 * kept until they are delivered: losing them would lose data.)
 */
export const KEEP_MS = 24 * 60 * 60_000;
