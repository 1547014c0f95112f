/** localStorage keys, in one tiny module so every page can check the outbox without loading the sender. */
export const OUTBOX_KEY = 'cultivate:outbox';
export const SENT_KEY = 'cultivate:sent';
export const DRAFT_KEY_PREFIX = 'cultivate:draft:';
