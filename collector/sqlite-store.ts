import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { filterConditions, whereClause } from './filter-sql.ts';
import { migrations } from './migrations.ts';
import {
  COLUMNS,
  columnValues,
  fromDeletionRow,
  fromRow,
  fromSessionRow,
  SESSION_COLUMNS,
  sessionValues,
  type InsertOutcome,
  type PendingInsert,
  type ResponseFilter,
  type ResponseStore,
} from './store.ts';

const dialect = {
  placeholder: () => '?',
  param: (placeholder: string) => `json_extract(params, '$.' || ${placeholder})`,
  time: (placeholder: string) => placeholder,
};

function open(path: string, readOnly: boolean): DatabaseSync {
  const db = new DatabaseSync(path, { readOnly, timeout: 5000, enableForeignKeyConstraints: true });
  if (!readOnly) {
    // WAL lets exports read while responses are written; FULL syncs the log at every commit, so a
    // committed response survives a power cut, not only a crash of this process.
    db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;');
  }
  return db;
}

function migrate(db: DatabaseSync): void {
  db.exec(
    'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)',
  );
  db.exec('BEGIN IMMEDIATE');
  try {
    const applied = new Set(
      db
        .prepare('SELECT version FROM schema_migrations')
        .all()
        .map((row) => Number(row['version'])),
    );
    for (const migration of migrations) {
      if (applied.has(migration.version)) continue;
      db.exec(migration.sqlite);
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(
        migration.version,
        migration.name,
        new Date().toISOString(),
      );
    }
    db.exec('COMMIT');
  } catch (error) {
    db.exec('ROLLBACK');
    throw error;
  }
}

/**
 * SQLite in one file (node:sqlite). Inserts that arrive together are committed together: one
 * transaction, and so one fsync, per turn of the event loop instead of one per response. Every caller
 * still resolves only after its row is committed. Reads use their own read-only connections, so an
 * export sees one consistent snapshot while writing goes on.
 */
export function openSqliteStore(path: string): ResponseStore {
  mkdirSync(dirname(path), { recursive: true });
  const db = open(path, false);
  migrate(db);
  const insert = db.prepare(
    `INSERT INTO responses (${COLUMNS}) VALUES (${COLUMNS.split(',')
      .map(() => '?')
      .join(', ')}) ON CONFLICT (response_id) DO NOTHING`,
  );
  const existing = db.prepare('SELECT canonical_sha256 FROM responses WHERE response_id = ?');
  const markDeleted = db.prepare('UPDATE responses SET deleted_at = ? WHERE response_id = ? AND deleted_at IS NULL');
  const logDeletion = db.prepare(
    'INSERT INTO response_deletions (response_id, deleted_at) VALUES (?, ?) ON CONFLICT DO NOTHING',
  );
  const sessionState = db.prepare('SELECT closed_at FROM sessions WHERE session = ?');
  let reader: DatabaseSync | null = null;
  let queue: PendingInsert[] = [];
  let flushing: Promise<void> | null = null;

  function commit(batch: PendingInsert[]): void {
    const outcomes: InsertOutcome[] = [];
    try {
      db.exec('BEGIN IMMEDIATE');
      for (const { response: r, openSession } of batch) {
        // Checked in the same transaction as the insert: SQLite lets one writer in at a time, in any process.
        if (openSession && r.session) {
          const state = sessionState.get(r.session);
          if (state === undefined || state['closed_at'] !== null) {
            const stored = existing.get(r.responseId);
            if (stored) outcomes.push(stored['canonical_sha256'] === r.canonicalSha256 ? 'duplicate' : 'conflict');
            else outcomes.push(state === undefined ? 'no-session' : 'closed');
            continue;
          }
        }
        const { changes } = insert.run(...columnValues(r));
        if (Number(changes) === 1) outcomes.push('stored');
        else
          outcomes.push(
            existing.get(r.responseId)?.['canonical_sha256'] === r.canonicalSha256 ? 'duplicate' : 'conflict',
          );
      }
      db.exec('COMMIT');
    } catch (error) {
      if (db.isTransaction) db.exec('ROLLBACK');
      for (const pending of batch) pending.reject(error);
      return;
    }
    batch.forEach((pending, i) => pending.resolve(outcomes[i]!));
  }

  function schedule(): void {
    flushing ??= new Promise<void>((done) =>
      setImmediate(() => {
        const batch = queue;
        queue = [];
        flushing = null;
        commit(batch);
        done();
      }),
    );
  }

  const read = () => (reader ??= open(path, true));

  /** Runs `work` in a write transaction on the writer connection, after any insert already queued. */
  async function transaction<T>(work: () => T): Promise<T> {
    await flushing;
    db.exec('BEGIN IMMEDIATE');
    try {
      const result = work();
      db.exec('COMMIT');
      return result;
    } catch (error) {
      if (db.isTransaction) db.exec('ROLLBACK');
      throw error;
    }
  }

  const findSession = db.prepare(`SELECT ${SESSION_COLUMNS} FROM sessions WHERE session = ?`);

  async function* responses(filter: ResponseFilter) {
    const { conditions, values } = filterConditions(filter, dialect);
    // Its own connection: the statement stays open while the client reads, on a snapshot of its own.
    const connection = open(path, true);
    try {
      const statement = connection.prepare(
        `SELECT ${COLUMNS} FROM responses ${whereClause(conditions)} ORDER BY rowid`,
      );
      // Stepping the statement reads rows as they are asked for, never the whole result.
      for (const row of statement.iterate(...values)) yield fromRow(row);
    } finally {
      connection.close();
    }
  }

  async function count(filter: ResponseFilter) {
    const { conditions, values } = filterConditions(filter, dialect);
    return Number(
      read()
        .prepare(`SELECT count(*) AS n FROM responses ${whereClause(conditions)}`)
        .get(...values)?.['n'],
    );
  }

  return {
    kind: 'sqlite',
    insert(response, options = {}) {
      return new Promise<InsertOutcome>((resolve, reject) => {
        queue.push({ response, openSession: options.openSession === true, resolve, reject });
        schedule();
      });
    },
    responses,
    count,
    async softDelete(responseId, at) {
      // After any insert already queued, so deleting a response just posted finds it.
      await flushing;
      db.exec('BEGIN IMMEDIATE');
      try {
        const found = existing.get(responseId) !== undefined;
        if (found) {
          markDeleted.run(at, responseId);
          logDeletion.run(responseId, at);
        }
        db.exec('COMMIT');
        return found;
      } catch (error) {
        db.exec('ROLLBACK');
        throw error;
      }
    },
    async *deletions() {
      const connection = open(path, true);
      try {
        for (const row of connection
          .prepare('SELECT response_id, deleted_at FROM response_deletions ORDER BY rowid')
          .iterate()) {
          yield fromDeletionRow(row);
        }
      } finally {
        connection.close();
      }
    },
    async createSession(session) {
      const { changes } = db
        .prepare(
          `INSERT INTO sessions (${SESSION_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (session) DO NOTHING`,
        )
        .run(...sessionValues(session));
      return Number(changes) === 1;
    },
    async findSession(session) {
      const row = findSession.get(session);
      return row === undefined ? null : fromSessionRow(row);
    },
    async *sessions() {
      const connection = open(path, true);
      try {
        for (const row of connection.prepare(`SELECT ${SESSION_COLUMNS} FROM sessions ORDER BY rowid`).iterate()) {
          yield fromSessionRow(row);
        }
      } finally {
        connection.close();
      }
    },
    closeSession: (session, at) =>
      transaction(() => {
        db.prepare('UPDATE sessions SET closed_at = ? WHERE session = ? AND closed_at IS NULL').run(at, session);
        const row = findSession.get(session);
        return row === undefined ? null : fromSessionRow(row);
      }),
    async replaceToken(session, previousSha256, tokenSha256) {
      const { changes } = db
        .prepare('UPDATE sessions SET token_sha256 = ? WHERE session = ? AND token_sha256 = ?')
        .run(tokenSha256, session, previousSha256);
      return Number(changes) === 1;
    },
    deleteSession: (session, at) =>
      transaction(() => {
        if (findSession.get(session) === undefined) return null;
        const ids = db
          .prepare('SELECT response_id FROM responses WHERE session = ? AND deleted_at IS NULL')
          .all(session)
          .map((row) => String(row['response_id']));
        for (const id of ids) {
          markDeleted.run(at, id);
          logDeletion.run(id, at);
        }
        db.prepare('DELETE FROM sessions WHERE session = ?').run(session);
        return ids.length;
      }),
    sessionResponses: (session) => responses({ session }),
    countSessionResponses: (session) => count({ session }),
    async ping() {
      read().prepare('SELECT 1').get();
    },
    async close() {
      while (flushing) await flushing;
      reader?.close();
      db.close();
    },
  };
}
