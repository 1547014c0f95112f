/**
 * The schema, as numbered steps applied in order at start and recorded in schema_migrations. A step is
 * never edited once released: change the schema by adding the next one. Each store has its own dialect.
 */
export interface Migration {
  version: number;
  name: string;
  sqlite: string;
  postgres: string;
}

export const migrations: readonly Migration[] = [
  {
    version: 1,
    name: 'responses and deletion log',
    sqlite: `
      CREATE TABLE responses (
        response_id TEXT PRIMARY KEY,
        instrument_id TEXT NOT NULL,
        instrument_version TEXT NOT NULL,
        instrument_hash TEXT NOT NULL,
        params TEXT NOT NULL,
        scores TEXT NOT NULL,
        body TEXT NOT NULL,
        body_sha256 TEXT NOT NULL,
        canonical_sha256 TEXT NOT NULL,
        submitted_at TEXT NOT NULL,
        received_at TEXT NOT NULL,
        deleted_at TEXT
      );
      CREATE INDEX responses_instrument ON responses (instrument_id, instrument_version);
      CREATE INDEX responses_received ON responses (received_at);
      CREATE TABLE response_deletions (
        response_id TEXT NOT NULL REFERENCES responses (response_id),
        deleted_at TEXT NOT NULL,
        PRIMARY KEY (response_id, deleted_at)
      );`,
    postgres: `
      CREATE TABLE responses (
        response_id TEXT PRIMARY KEY,
        seq BIGINT GENERATED ALWAYS AS IDENTITY UNIQUE,
        instrument_id TEXT NOT NULL,
        instrument_version TEXT NOT NULL,
        instrument_hash TEXT NOT NULL,
        params JSONB NOT NULL,
        scores TEXT NOT NULL,
        body TEXT NOT NULL,
        body_sha256 TEXT NOT NULL,
        canonical_sha256 TEXT NOT NULL,
        submitted_at TEXT NOT NULL,
        received_at TIMESTAMPTZ NOT NULL,
        deleted_at TIMESTAMPTZ
      );
      CREATE INDEX responses_instrument ON responses (instrument_id, instrument_version);
      CREATE INDEX responses_received ON responses (received_at);
      CREATE TABLE response_deletions (
        response_id TEXT NOT NULL REFERENCES responses (response_id),
        deleted_at TIMESTAMPTZ NOT NULL,
        PRIMARY KEY (response_id, deleted_at)
      );`,
  },
  {
    version: 2,
    name: 'team sessions',
    sqlite: `
      CREATE TABLE sessions (
        session TEXT PRIMARY KEY,
        instrument_id TEXT NOT NULL,
        community TEXT NOT NULL,
        min_responses INTEGER NOT NULL,
        token_sha256 TEXT NOT NULL,
        created_at TEXT NOT NULL,
        closed_at TEXT
      );
      ALTER TABLE responses ADD COLUMN session TEXT;
      CREATE INDEX responses_session ON responses (session);`,
    postgres: `
      CREATE TABLE sessions (
        session TEXT PRIMARY KEY,
        instrument_id TEXT NOT NULL,
        community TEXT NOT NULL,
        min_responses INTEGER NOT NULL,
        token_sha256 TEXT NOT NULL,
        created_at TIMESTAMPTZ NOT NULL,
        closed_at TIMESTAMPTZ
      );
      ALTER TABLE responses ADD COLUMN session TEXT;
      CREATE INDEX responses_session ON responses (session);`,
  },
];
