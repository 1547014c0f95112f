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
}

/** 'conflict': another body is already stored under this id, and it is kept. */
export type InsertOutcome = 'stored' | 'duplicate' | 'conflict';

/** An insert waiting in a store's queue to be committed with others that arrived in the same turn. */
export interface PendingInsert {
  response: StoredResponse;
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
}

export interface Deletion {
  responseId: string;
  deletedAt: string;
}

export interface ResponseStore {
  readonly kind: 'sqlite' | 'postgres';
  /** Durable before it resolves: a 2xx is only sent after this. */
  insert(response: StoredResponse): Promise<InsertOutcome>;
  /** In arrival order, read in batches: never the whole table in memory. */
  responses(filter: ResponseFilter): AsyncIterable<StoredResponse>;
  count(filter: ResponseFilter): Promise<number>;
  /** Marks a response deleted (the first deletion's time is kept) and logs it; false when no such response. */
  softDelete(responseId: string, at: string): Promise<boolean>;
  deletions(): AsyncIterable<Deletion>;
  /** Throws StoreUnavailable when the database does not answer. */
  ping(): Promise<void>;
  /** Finishes pending writes, then closes. */
  close(): Promise<void>;
}

/** The database cannot be reached right now: the request may be retried later (HTTP 503). */
export class StoreUnavailable extends Error {}

/** The columns of the responses table, in the order both stores insert them. */
export const COLUMNS =
  'response_id, instrument_id, instrument_version, instrument_hash, params, scores, body, body_sha256, canonical_sha256, submitted_at, received_at, deleted_at';

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
});

export const fromDeletionRow = (row: Record<string, unknown>): Deletion => ({
  responseId: String(row['response_id']),
  deletedAt: iso(row['deleted_at']),
});

/** Rows are fetched this many at a time when streaming. */
export const BATCH_SIZE = 1000;
