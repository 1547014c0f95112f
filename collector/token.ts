import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export interface ReadToken {
  value: string;
  /** Where it came from, for the startup line: never the token itself. */
  source: string;
  /** True on the first start, when it was just made. */
  generated: boolean;
}

/**
 * The researchers' read token: COLLECTOR_TOKEN when set, else the one kept in the data folder, else a new
 * one saved there (readable by the owner only) so later starts reuse it.
 */
export function resolveToken(fromEnv: string | null, file: string): ReadToken {
  if (fromEnv !== null) return { value: fromEnv, source: 'COLLECTOR_TOKEN', generated: false };
  try {
    const saved = readFileSync(file, 'utf8').trim();
    if (saved !== '') return { value: saved, source: file, generated: false };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const value = randomBytes(32).toString('base64url');
  mkdirSync(dirname(file), { recursive: true });
  // `wx` so two processes starting at once cannot overwrite each other's token.
  try {
    writeFileSync(file, `${value}\n`, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return resolveToken(null, file);
    throw error;
  }
  return { value, source: file, generated: true };
}

const digest = (text: string) => createHash('sha256').update(text).digest();

/** Compares in constant time (hashing first makes the lengths equal), so timing reveals nothing of the token. */
export function tokenMatches(expected: string, authorization: string | undefined): boolean {
  const given = /^Bearer (\S+)$/i.exec(authorization?.trim() ?? '')?.[1] ?? '';
  return timingSafeEqual(digest(expected), digest(given)) && given !== '';
}
