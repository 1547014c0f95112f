import { openPostgresStore } from './postgres-store.ts';
import type { Settings } from './settings.ts';
import { openSqliteStore } from './sqlite-store.ts';
import type { ResponseStore } from './store.ts';

/** DATABASE_URL decides: PostgreSQL when set, else the SQLite file in the data folder. Migrations run here. */
export async function openStore(settings: Pick<Settings, 'databaseUrl' | 'sqlitePath'>): Promise<ResponseStore> {
  return settings.databaseUrl === null ? openSqliteStore(settings.sqlitePath) : openPostgresStore(settings.databaseUrl);
}

/** Where the data lives, for people: a database URL without its password. */
export function describeStore(settings: Pick<Settings, 'databaseUrl' | 'sqlitePath'>): string {
  if (settings.databaseUrl === null) return `sqlite ${settings.sqlitePath}`;
  const url = new URL(settings.databaseUrl);
  if (url.password) url.password = '***';
  return `postgres ${url.href}`;
}
