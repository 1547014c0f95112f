/**
 * What the HTTP layer needs from a database, so SQLite and PostgreSQL are interchangeable behind it.
 * Both implementations run the same behaviour tests.
 */

/** One stored response: the body exactly as received, its hashes, and what was derived from it on arrival. */
export interface StoredResponse {
  responseId: string;
  instrumentId: string;
  instrumentVersion: string;
  instrumentHash: string;
  params: Record<string, string>;
  /** Scores recomputed on the server, as JSON text. */
  scores: string;
  body: string;
  /** sha256 (hex) of the body's bytes. */
  bodySha256: string;
  /** sha256 (hex) of the body's canonical JSON: what decides whether a repeat is identical. */
  canonicalSha256: string;
  submittedAt: string;
  /** ISO 8601, UTC, milliseconds. */
  receivedAt: string;
  deletedAt: string | null;
  /** The team session the response was given in (the payload's `session`); null (or left out) for none. */
  session?: string | null;
}

/** A team session (see src/instruments/team-session.ts): its facilitator token is kept only as a hash. */
export interface StoredSession {
  session: string;
  instrumentId: string;
  community: string;
  minResponses: number;
  /** sha256 (hex) of the facilitator token. */
  tokenSha256: string;
  /** ISO 8601, UTC, milliseconds. */
  createdAt: string;
  closedAt: string | null;
}

/**
 * 'conflict': another body is already stored under this id, and it is kept. 'closed' and 'no-session': the
 * response names a team session that is closed or does not exist (only with `openSession`), and nothing is stored.
 */
export type InsertOutcome = 'stored' | 'duplicate' | 'conflict' | 'closed' | 'no-session';

export interface InsertOptions {
  /**
   * Store a response that names a session only while that session exists and is open, checked in the same
   * transaction as the insert (so a close or delete from any collector process cannot slip between the two).
   * A response already stored under its id is still a duplicate (or a conflict) whatever its session's state.
   */
  openSession?: boolean;
}

/** An insert waiting in a store's queue to be committed with others that arrived in the same turn. */
export interface PendingInsert {
  response: StoredResponse;
  openSession: boolean;
  resolve: (outcome: InsertOutcome) => void;
  reject: (error: unknown) => void;
}

export interface ResponseFilter {
  instrument?: string;
  version?: string;
  /** Received at or after (ISO 8601). */
  since?: string;
  /** Received before (ISO 8601). */
  until?: string;
  /** Link parameters that must have exactly these values. */
  params?: Record<string, string>;
  /** Only the migration command reads deleted rows. */
  includeDeleted?: boolean;
  /** Responses given in this team session. */
  session?: string;
}

export interface Deletion {
  responseId: string;
  deletedAt: string;
}

export interface ResponseStore {
  readonly kind: 'sqlite' | 'postgres';
  /** Durable before it resolves: a 2xx is only sent after this. */
  insert(response: StoredResponse, options?: InsertOptions): Promise<InsertOutcome>;
  /** In arrival order, read in batches: never the whole table in memory. */
  responses(filter: ResponseFilter): AsyncIterable<StoredResponse>;
  count(filter: ResponseFilter): Promise<number>;
  /** Marks a response deleted (the first deletion's time is kept) and logs it; false when no such response. */
  softDelete(responseId: string, at: string): Promise<boolean>;
  deletions(): AsyncIterable<Deletion>;
  /** Stores a new session; false (and nothing changed) when its code is already taken. */
  createSession(session: StoredSession): Promise<boolean>;
  findSession(session: string): Promise<StoredSession | null>;
  /** Every session, for the migration command. */
  sessions(): AsyncIterable<StoredSession>;
  /** Closes a session (idempotent: the first close time is kept) and returns it; null when no such session. */
  closeSession(session: string, at: string): Promise<StoredSession | null>;
  /**
   * Replaces the facilitator token's hash, so the old token stops working: only while the hash is still
   * `previousSha256` (of two rotations at once, one wins). False when no such session or hash.
   */
  replaceToken(session: string, previousSha256: string, tokenSha256: string): Promise<boolean>;
  /**
   * In one transaction: soft-deletes the session's responses as softDelete does (logging each deletion) and
   * removes the session. How many responses it deleted, or null when no such session.
   */
  deleteSession(session: string, at: string): Promise<number | null>;
  /** The session's responses that are not deleted, in arrival order. */
  sessionResponses(session: string): AsyncIterable<StoredResponse>;
  countSessionResponses(session: string): Promise<number>;
  /** Throws StoreUnavailable when the database does not answer. */
  ping(): Promise<void>;
  /** Finishes pending writes, then closes. */
  close(): Promise<void>;
}

/** The database cannot be reached right now: the request may be retried later (HTTP 503). */
export class StoreUnavailable extends Error {}

/** The columns of the responses table, in the order both stores insert them. */
export const COLUMNS =
  'response_id, instrument_id, instrument_version, instrument_hash, params, scores, body, body_sha256, canonical_sha256, submitted_at, received_at, deleted_at, session';

export const columnValues = (r: StoredResponse) => [
  r.responseId,
  r.instrumentId,
  r.instrumentVersion,
  r.instrumentHash,
  JSON.stringify(r.params),
  r.scores,
  r.body,
  r.bodySha256,
  r.canonicalSha256,
  r.submittedAt,
  r.receivedAt,
  r.deletedAt,
  r.session ?? null,
];

const iso = (value: unknown) => (value instanceof Date ? value.toISOString() : String(value));

/** A row of either store as a StoredResponse: SQLite gives JSON and times as text, PostgreSQL as values. */
export const fromRow = (row: Record<string, unknown>): StoredResponse => ({
  responseId: String(row['response_id']),
  instrumentId: String(row['instrument_id']),
  instrumentVersion: String(row['instrument_version']),
  instrumentHash: String(row['instrument_hash']),
  params: (typeof row['params'] === 'string' ? JSON.parse(row['params']) : row['params']) as Record<string, string>,
  scores: String(row['scores']),
  body: String(row['body']),
  bodySha256: String(row['body_sha256']),
  canonicalSha256: String(row['canonical_sha256']),
  submittedAt: String(row['submitted_at']),
  receivedAt: iso(row['received_at']),
  deletedAt: row['deleted_at'] === null ? null : iso(row['deleted_at']),
  session: row['session'] === null || row['session'] === undefined ? null : String(row['session']),
});

/** The columns of the sessions table, in the order both stores insert them. */
export const SESSION_COLUMNS = 'session, instrument_id, community, min_responses, token_sha256, created_at, closed_at';

export const sessionValues = (s: StoredSession) => [
  s.session,
  s.instrumentId,
  s.community,
  s.minResponses,
  s.tokenSha256,
  s.createdAt,
  s.closedAt,
];

export const fromSessionRow = (row: Record<string, unknown>): StoredSession => ({
  session: String(row['session']),
  instrumentId: String(row['instrument_id']),
  community: String(row['community']),
  minResponses: Number(row['min_responses']),
  tokenSha256: String(row['token_sha256']),
  createdAt: iso(row['created_at']),
  closedAt: row['closed_at'] === null ? null : iso(row['closed_at']),
});

export const fromDeletionRow = (row: Record<string, unknown>): Deletion => ({
  responseId: String(row['response_id']),
  deletedAt: iso(row['deleted_at']),
});

/** Rows are fetched this many at a time when streaming. */
export const BATCH_SIZE = 1000;
