import pg from 'pg';
import { filterConditions, whereClause } from './filter-sql.ts';
import { migrations } from './migrations.ts';
import { BATCH_SIZE, COLUMNS, columnValues, fromDeletionRow, fromRow, StoreUnavailable, type InsertOutcome, type ResponseStore } from './store.ts';

const dialect = {
  placeholder: (n: number) => `$${n}`,
  param: (placeholder: string) => `params ->> ${placeholder}`,
  time: (placeholder: string) => `${placeholder}::timestamptz`,
};

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
    if (unreachable(error)) throw new StoreUnavailable(`PostgreSQL does not answer: ${(error as Error).message}`, { cause: error });
    throw error;
  }
}

async function migrate(pool: pg.Pool): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    // Several collector processes may start together against one database: one migrates, the others wait.
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await client.query('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL)');
    const { rows } = await client.query<{ version: number }>('SELECT version FROM schema_migrations');
    const applied = new Set(rows.map((row) => row.version));
    for (const migration of migrations) {
      if (applied.has(migration.version)) continue;
      await client.query(migration.postgres);
      await client.query('INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, now())', [migration.version, migration.name]);
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
  const pool = new pg.Pool({ connectionString: url, max: 10, connectionTimeoutMillis: 5000, idleTimeoutMillis: 30_000 });
  // An idle connection dropped by a restarting server must not crash the process; the next query reconnects.
  pool.on('error', () => undefined);
  try {
    await migrate(pool);
  } catch (error) {
    await pool.end();
    throw error;
  }

  const insertSql = `INSERT INTO responses (${COLUMNS}) VALUES (${COLUMNS.split(',').map((_, i) => `$${i + 1}`).join(', ')})
    ON CONFLICT (response_id) DO NOTHING`;

  return {
    kind: 'postgres',
    insert: (r) =>
      guarded(async (): Promise<InsertOutcome> => {
        const { rowCount } = await pool.query(insertSql, columnValues(r));
        if (rowCount === 1) return 'stored';
        const { rows } = await pool.query<{ canonical_sha256: string }>('SELECT canonical_sha256 FROM responses WHERE response_id = $1', [r.responseId]);
        return rows[0]?.canonical_sha256 === r.canonicalSha256 ? 'duplicate' : 'conflict';
      }),
    async *responses(filter) {
      // Keyset pagination on the arrival sequence: each batch is one short query, so no cursor or
      // transaction stays open while a slow client reads.
      let after = '0';
      for (;;) {
        const { conditions, values } = filterConditions(filter, dialect, 2);
        const { rows } = await guarded(() =>
          pool.query(`SELECT seq, ${COLUMNS} FROM responses ${whereClause(['seq > $1', ...conditions])} ORDER BY seq LIMIT ${BATCH_SIZE}`, [after, ...values]),
        );
        for (const row of rows) yield fromRow(row);
        if (rows.length < BATCH_SIZE) return;
        after = String(rows.at(-1)!['seq']);
      }
    },
    count: (filter) =>
      guarded(async () => {
        const { conditions, values } = filterConditions(filter, dialect);
        const { rows } = await pool.query<{ n: string }>(`SELECT count(*) AS n FROM responses ${whereClause(conditions)}`, values);
        return Number(rows[0]!.n);
      }),
    softDelete: (responseId, at) =>
      guarded(async () => {
        const client = await pool.connect();
        try {
          await client.query('BEGIN');
          const { rowCount } = await client.query('SELECT 1 FROM responses WHERE response_id = $1 FOR UPDATE', [responseId]);
          if (rowCount === 1) {
            await client.query('UPDATE responses SET deleted_at = $1 WHERE response_id = $2 AND deleted_at IS NULL', [at, responseId]);
            await client.query('INSERT INTO response_deletions (response_id, deleted_at) VALUES ($1, $2) ON CONFLICT DO NOTHING', [responseId, at]);
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
      const { rows } = await guarded(() => pool.query('SELECT response_id, deleted_at FROM response_deletions ORDER BY deleted_at, response_id'));
      for (const row of rows) yield fromDeletionRow(row);
    },
    ping: () => guarded(async () => void (await pool.query('SELECT 1'))),
    close: () => pool.end(),
  };
}
