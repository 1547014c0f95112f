import { join } from 'node:path';

/** Everything the collector reads from its environment, checked once at start. */
export interface Settings {
  port: number;
  host: string;
  /** postgres://… when set; otherwise the SQLite file below is used. */
  databaseUrl: string | null;
  dataDir: string;
  sqlitePath: string;
  /** The researchers' read token when given in the environment; otherwise one is kept in `tokenFile`. */
  token: string | null;
  tokenFile: string;
  /** Site origins other than the collector's own that may post responses and read with the token. */
  origins: string[];
  siteDir: string;
  bodyLimit: number;
  /** POSTs per minute per client address. */
  rateLimit: number;
}

/** A setting that cannot be used; the message names the variable so it can be fixed without reading code. */
export class SettingsError extends Error {}

type Env = Readonly<Record<string, string | undefined>>;

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name]?.trim();
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || value < min || value > max) {
    throw new SettingsError(`${name}="${raw}" must be a whole number from ${min} to ${max}.`);
  }
  return value;
}

function origin(name: string, value: string): string {
  const trimmed = value.trim();
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    throw new SettingsError(`${name} has "${trimmed}", which is not an origin such as https://survey.example.org.`);
  }
  if (url.origin !== trimmed.replace(/\/$/, '') || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
    throw new SettingsError(
      `${name} has "${trimmed}": give only scheme, host and port, e.g. https://survey.example.org.`,
    );
  }
  return url.origin;
}

export function parseSettings(env: Env): Settings {
  const dataDir = env['COLLECTOR_DATA_DIR']?.trim() || 'data';
  const databaseUrl = env['DATABASE_URL']?.trim() || null;
  if (databaseUrl !== null && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new SettingsError('DATABASE_URL must start with postgres:// or postgresql:// (unset it to store in SQLite).');
  }
  const token = env['COLLECTOR_TOKEN']?.trim() || null;
  if (token !== null && token.length < 16) {
    throw new SettingsError('COLLECTOR_TOKEN must be at least 16 characters (unset it to have one generated).');
  }
  const host = env['HOST']?.trim() || '127.0.0.1';
  if (/[\s/]/.test(host)) throw new SettingsError(`HOST="${host}" must be a host name or address, e.g. 0.0.0.0.`);
  return {
    port: integer(env, 'PORT', 4321, 0, 65535),
    host,
    databaseUrl,
    dataDir,
    sqlitePath: join(dataDir, 'responses.sqlite'),
    token,
    tokenFile: join(dataDir, 'collector-token'),
    origins: (env['COLLECTOR_ORIGINS'] ?? '')
      .split(',')
      .filter((value) => value.trim() !== '')
      .map((value) => origin('COLLECTOR_ORIGINS', value)),
    siteDir: env['COLLECTOR_SITE_DIR']?.trim() || 'dist',
    bodyLimit: integer(env, 'COLLECTOR_BODY_LIMIT', 262_144, 1024, 16 * 1024 * 1024),
    rateLimit: integer(env, 'COLLECTOR_RATE_LIMIT', 120, 1, 1_000_000),
  };
}
