import pg from 'pg';
import { filterConditions, whereClause } from './filter-sql.ts';
import { migrations } from './migrations.ts';
import {
  BATCH_SIZE,
  COLUMNS,
  columnValues,
  fromDeletionRow,
  fromRow,
  StoreUnavailable,
  type InsertOutcome,
  type PendingInsert,
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
  let queue: PendingInsert[] = [];

  /** Inserts rows with distinct ids: which ids it stored, and the canonical hash each id now has. */
  const insertRows = (rows: StoredResponse[]) =>
    guarded(async () => {
      const columns = rows.map(columnValues);
      const { rows: stored } = await pool.query<{ response_id: string }>({
        ...insertBatch,
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
      return { inserted, hashes };
    });

  /**
   * Stores a batch in one round trip: what a busy collector receives in one turn of the event loop, so
   * PostgreSQL commits (and syncs its log) once for all of it. Each caller resolves once the batch is
   * committed. An id seen twice in a batch is inserted once; the other copy is judged against it.
   */
  async function commit(batch: PendingInsert[]): Promise<void> {
    const first = new Map<string, StoredResponse>();
    for (const { response } of batch) if (!first.has(response.responseId)) first.set(response.responseId, response);
    let outcome: Awaited<ReturnType<typeof insertRows>>;
    try {
      outcome = await insertRows([...first.values()]);
    } catch (error) {
      // A fault in one row must not refuse the others: they are tried one by one.
      if (batch.length > 1 && !(error instanceof StoreUnavailable))
        return void (await Promise.all(batch.map((pending) => commit([pending]))));
      for (const pending of batch) pending.reject(error);
      return;
    }
    const { inserted, hashes } = outcome;
    for (const { response, resolve } of batch) {
      const id = response.responseId;
      if (inserted.has(id) && first.get(id) === response) resolve('stored');
      else resolve(hashes.get(id) === response.canonicalSha256 ? 'duplicate' : 'conflict');
    }
  }

  return {
    kind: 'postgres',
    insert: (response) =>
      new Promise<InsertOutcome>((resolve, reject) => {
        queue.push({ response, resolve, reject });
        if (queue.length > 1) return;
        setImmediate(() => {
          const batch = queue;
          queue = [];
          void commit(batch);
        });
      }),
    async *responses(filter) {
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
    },
    count: (filter) =>
      guarded(async () => {
        const { conditions, values } = filterConditions(filter, dialect);
        const { rows } = await pool.query<{ n: string }>(
          `SELECT count(*) AS n FROM responses ${whereClause(conditions)}`,
          values,
        );
        return Number(rows[0]!.n);
      }),
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
    ping: () => guarded(async () => void (await pool.query('SELECT 1'))),
    close: () => pool.end(),
  };
}
