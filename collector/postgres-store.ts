import pg from 'pg';
import { filterConditions, whereClause } from './filter-sql.ts';
import { migrations } from './migrations.ts';
import {
  BATCH_SIZE,
  COLUMNS,
  columnValues,
  fromDeletionRow,
  fromRow,
  fromSessionRow,
  SESSION_COLUMNS,
  sessionValues,
  StoreUnavailable,
  type InsertOutcome,
  type PendingInsert,
  type ResponseFilter,
  type ResponseStore,
  type StoredResponse,
} from './store.ts';

const dialect = {
  placeholder: (n: number) => `$${n}`,
  param: (placeholder: string) => `params ->> ${placeholder}`,
  time: (placeholder: string) => `${placeholder}::timestamptz`,
};

/** The PostgreSQL type of each column in COLUMNS, in its order. */
const COLUMN_TYPES = [
  'text',
  'text',
  'text',
  'text',
  'jsonb',
  'text',
  'text',
  'text',
  'text',
  'text',
  'timestamptz',
  'timestamptz',
  'text',
];

/** Any PostgreSQL advisory-lock key will do, as long as every collector process uses the same one. */
const MIGRATION_LOCK = 74_201_931;

/**
 * Whether an error means "the database is not reachable now" (retry later) rather than a fault in the
 * query: connection failures carry no server severity; the server's own are classes 08, 53 and 57.
 */
function unreachable(error: unknown): boolean {
  const { code, severity } = error as { code?: unknown; severity?: unknown };
  if (severity === undefined) return true;
  return typeof code === 'string' && /^(08|53|57)/.test(code);
}

async function guarded<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (unreachable(error))
      throw new StoreUnavailable(`PostgreSQL does not answer: ${(error as Error).message}`, { cause: error });
    throw error;
  }
}

async function migrate(pool: pg.Pool): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    // Several collector processes may start together against one database: one migrates, the others wait.
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await client.query(
      'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL)',
    );
    const { rows } = await client.query<{ version: number }>('SELECT version FROM schema_migrations');
    const applied = new Set(rows.map((row) => row.version));
    for (const migration of migrations) {
      if (applied.has(migration.version)) continue;
      await client.query(migration.postgres);
      await client.query('INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, now())', [
        migration.version,
        migration.name,
      ]);
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/** PostgreSQL through a connection pool: stateless, so several collector processes can share one database. */
export async function openPostgresStore(url: string): Promise<ResponseStore> {
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    connectionTimeoutMillis: 5000,
    idleTimeoutMillis: 30_000,
  });
  // An idle connection dropped by a restarting server must not crash the process; the next query reconnects.
  pool.on('error', () => undefined);
  try {
    await migrate(pool);
  } catch (error) {
    await pool.end();
    throw error;
  }

  // One statement for a batch of any size: each column arrives as an array, unnested into rows in order.
  const insertBatch = {
    name: 'insert-responses',
    text: `INSERT INTO responses (${COLUMNS})
      SELECT * FROM unnest(${COLUMN_TYPES.map((type, i) => `$${i + 1}::${type}[]`).join(', ')})
      ON CONFLICT (response_id) DO NOTHING RETURNING response_id`,
  };
  // The same for responses that must go to an open session: the sessions they name are locked (FOR SHARE)
  // until the insert commits, so a close or delete from any process waits for it or is seen by it, and rows
  // whose session is closed or gone are not inserted.
  const names = COLUMNS.split(',').map((name) => name.trim());
  const insertSessionBatch = {
    name: 'insert-session-responses',
    text: `WITH open AS (
        SELECT session FROM sessions
        WHERE session = ANY($${COLUMN_TYPES.length}::text[]) AND closed_at IS NULL FOR SHARE
      )
      INSERT INTO responses (${COLUMNS})
      SELECT * FROM unnest(${COLUMN_TYPES.map((type, i) => `$${i + 1}::${type}[]`).join(', ')}) AS given (${names.join(', ')})
      WHERE given.session IN (SELECT session FROM open)
      ON CONFLICT (response_id) DO NOTHING RETURNING response_id`,
  };
  let queue: PendingInsert[] = [];

  /** Inserts rows with distinct ids: which ids it stored, and the canonical hash each id now has. */
  const insertRows = (rows: StoredResponse[], openSession: boolean) =>
    guarded(async () => {
      const columns = rows.map(columnValues);
      const { rows: stored } = await pool.query<{ response_id: string }>({
        ...(openSession ? insertSessionBatch : insertBatch),
        values: COLUMN_TYPES.map((_, c) => columns.map((row) => row[c])),
      });
      const inserted = new Set(stored.map((row) => row.response_id));
      const hashes = new Map(
        rows.filter((row) => inserted.has(row.responseId)).map((row) => [row.responseId, row.canonicalSha256]),
      );
      const others = rows.filter((row) => !inserted.has(row.responseId)).map((row) => row.responseId);
      if (others.length > 0) {
        const { rows: found } = await pool.query<{ response_id: string; canonical_sha256: string }>(
          'SELECT response_id, canonical_sha256 FROM responses WHERE response_id = ANY($1::text[])',
          [others],
        );
        for (const row of found) hashes.set(row.response_id, row.canonical_sha256);
      }
      // Why a row for a session was neither stored nor found: its session is closed, or gone.
      const closed = new Set<string>();
      const unstored = rows.filter((row) => !hashes.has(row.responseId) && row.session);
      if (openSession && unstored.length > 0) {
        const { rows: states } = await pool.query<{ session: string }>(
          'SELECT session FROM sessions WHERE session = ANY($1::text[])',
          [unstored.map((row) => row.session)],
        );
        for (const row of states) closed.add(row.session);
      }
      return { inserted, hashes, closed };
    });

  /**
   * Stores a batch in one round trip: what a busy collector receives in one turn of the event loop, so
   * PostgreSQL commits (and syncs its log) once for all of it. Each caller resolves once the batch is
   * committed. An id seen twice in a batch is inserted once; the other copy is judged against it.
   */
  async function commit(batch: PendingInsert[], openSession: boolean): Promise<void> {
    const first = new Map<string, StoredResponse>();
    for (const { response } of batch) if (!first.has(response.responseId)) first.set(response.responseId, response);
    let outcome: Awaited<ReturnType<typeof insertRows>>;
    try {
      outcome = await insertRows([...first.values()], openSession);
    } catch (error) {
      // A fault in one row must not refuse the others: they are tried one by one.
      if (batch.length > 1 && !(error instanceof StoreUnavailable))
        return void (await Promise.all(batch.map((pending) => commit([pending], openSession))));
      for (const pending of batch) pending.reject(error);
      return;
    }
    const { inserted, hashes, closed } = outcome;
    for (const { response, resolve } of batch) {
      const id = response.responseId;
      if (inserted.has(id) && first.get(id) === response) resolve('stored');
      else if (!hashes.has(id) && openSession && response.session)
        resolve(closed.has(response.session) ? 'closed' : 'no-session');
      else resolve(hashes.get(id) === response.canonicalSha256 ? 'duplicate' : 'conflict');
    }
  }

  /** Responses for an open session go in a statement of their own, so the others keep the plain one. */
  function commitAll(batch: PendingInsert[]): Promise<unknown> {
    const checked = batch.filter((pending) => pending.openSession && pending.response.session);
    const plain = checked.length === 0 ? batch : batch.filter((pending) => !checked.includes(pending));
    return Promise.all([
      plain.length > 0 ? commit(plain, false) : undefined,
      checked.length > 0 ? commit(checked, true) : undefined,
    ]);
  }

  /** Runs `work` in one transaction on one pooled connection. */
  const transaction = <T>(work: (client: pg.PoolClient) => Promise<T>) =>
    guarded(async () => {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work(client);
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    });

  async function* responses(filter: ResponseFilter): AsyncIterable<StoredResponse> {
    // Keyset pagination on the arrival sequence: each batch is one short query, so no cursor or
    // transaction stays open while a slow client reads.
    let after = '0';
    for (;;) {
      const { conditions, values } = filterConditions(filter, dialect, 2);
      const { rows } = await guarded(() =>
        pool.query(
          `SELECT seq, ${COLUMNS} FROM responses ${whereClause(['seq > $1', ...conditions])} ORDER BY seq LIMIT ${BATCH_SIZE}`,
          [after, ...values],
        ),
      );
      for (const row of rows) yield fromRow(row);
      if (rows.length < BATCH_SIZE) return;
      after = String(rows.at(-1)!['seq']);
    }
  }

  const count = (filter: ResponseFilter) =>
    guarded(async () => {
      const { conditions, values } = filterConditions(filter, dialect);
      const { rows } = await pool.query<{ n: string }>(
        `SELECT count(*) AS n FROM responses ${whereClause(conditions)}`,
        values,
      );
      return Number(rows[0]!.n);
    });

  return {
    kind: 'postgres',
    insert: (response, options = {}) =>
      new Promise<InsertOutcome>((resolve, reject) => {
        queue.push({ response, openSession: options.openSession === true, resolve, reject });
        if (queue.length > 1) return;
        setImmediate(() => {
          const batch = queue;
          queue = [];
          void commitAll(batch);
        });
      }),
    responses,
    count,
    softDelete: (responseId, at) =>
      guarded(async () => {
        const client = await pool.connect();
        try {
          await client.query('BEGIN');
          const { rowCount } = await client.query('SELECT 1 FROM responses WHERE response_id = $1 FOR UPDATE', [
            responseId,
          ]);
          if (rowCount === 1) {
            await client.query('UPDATE responses SET deleted_at = $1 WHERE response_id = $2 AND deleted_at IS NULL', [
              at,
              responseId,
            ]);
            await client.query(
              'INSERT INTO response_deletions (response_id, deleted_at) VALUES ($1, $2) ON CONFLICT DO NOTHING',
              [responseId, at],
            );
          }
          await client.query('COMMIT');
          return rowCount === 1;
        } catch (error) {
          await client.query('ROLLBACK').catch(() => undefined);
          throw error;
        } finally {
          client.release();
        }
      }),
    async *deletions() {
      const { rows } = await guarded(() =>
        pool.query('SELECT response_id, deleted_at FROM response_deletions ORDER BY deleted_at, response_id'),
      );
      for (const row of rows) yield fromDeletionRow(row);
    },
    createSession: (session) =>
      guarded(async () => {
        const { rowCount } = await pool.query(
          `INSERT INTO sessions (${SESSION_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (session) DO NOTHING`,
          sessionValues(session),
        );
        return rowCount === 1;
      }),
    findSession: (session) =>
      guarded(async () => {
        const { rows } = await pool.query(`SELECT ${SESSION_COLUMNS} FROM sessions WHERE session = $1`, [session]);
        return rows[0] === undefined ? null : fromSessionRow(rows[0]);
      }),
    async *sessions() {
      const { rows } = await guarded(() =>
        pool.query(`SELECT ${SESSION_COLUMNS} FROM sessions ORDER BY created_at, session`),
      );
      for (const row of rows) yield fromSessionRow(row);
    },
    closeSession: (session, at) =>
      guarded(async () => {
        // coalesce keeps the first close time however many processes close it at once.
        const { rows } = await pool.query(
          `UPDATE sessions SET closed_at = coalesce(closed_at, $2::timestamptz) WHERE session = $1 RETURNING ${SESSION_COLUMNS}`,
          [session, at],
        );
        return rows[0] === undefined ? null : fromSessionRow(rows[0]);
      }),
    replaceToken: (session, previousSha256, tokenSha256) =>
      guarded(async () => {
        const { rowCount } = await pool.query(
          'UPDATE sessions SET token_sha256 = $3 WHERE session = $1 AND token_sha256 = $2',
          [session, previousSha256, tokenSha256],
        );
        return rowCount === 1;
      }),
    deleteSession: (session, at) =>
      transaction(async (client) => {
        // Locking the session first makes an insert into it wait (it holds the row FOR SHARE) or see it gone.
        const { rowCount } = await client.query('SELECT 1 FROM sessions WHERE session = $1 FOR UPDATE', [session]);
        if (rowCount !== 1) return null;
        const { rows } = await client.query<{ response_id: string }>(
          'UPDATE responses SET deleted_at = $2 WHERE session = $1 AND deleted_at IS NULL RETURNING response_id',
          [session, at],
        );
        await client.query(
          'INSERT INTO response_deletions (response_id, deleted_at) SELECT unnest($1::text[]), $2::timestamptz ON CONFLICT DO NOTHING',
          [rows.map((row) => row.response_id), at],
        );
        await client.query('DELETE FROM sessions WHERE session = $1', [session]);
        return rows.length;
      }),
    sessionResponses: (session) => responses({ session }),
    countSessionResponses: (session) => count({ session }),
    ping: () => guarded(async () => void (await pool.query('SELECT 1'))),
    close: () => pool.end(),
  };
}
