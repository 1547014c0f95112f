/**
 * npm run collector:migrate-to-postgres -- --from data/responses.sqlite --to postgres://…
 *
 * Copies every stored response (raw body, hashes, timestamps, deletion, team session), the deletion log and
 * the team sessions from the SQLite store into PostgreSQL. Safe to run again: rows already there are left alone. A row stored under
 * the same id with a different body is reported and not overwritten; the exit code is then 1.
 */
import { existsSync } from 'node:fs';
import { commandLine } from '../scripts/cli.ts';
import { openPostgresStore } from './postgres-store.ts';
import { openSqliteStore } from './sqlite-store.ts';

const usage =
  'Usage: npm run collector:migrate-to-postgres -- --from data/responses.sqlite --to postgres://user@host:5432/db';

const cli = commandLine(usage, { from: { type: 'string' }, to: { type: 'string' } });
const from = cli.values.from ?? cli.misuse('--from is missing: the SQLite file, e.g. data/responses.sqlite.');
if (!existsSync(from)) cli.misuse(`--from ${from} does not exist.`);
const to =
  cli.values.to !== undefined && /^postgres(ql)?:\/\//.test(cli.values.to)
    ? cli.values.to
    : cli.misuse('--to must be a postgres:// URL.');

const source = openSqliteStore(from);
const target = await openPostgresStore(to).catch((error: unknown) => {
  console.error(`Cannot open PostgreSQL at --to: ${(error as Error).message}`);
  process.exit(1);
});
const counts = { copied: 0, alreadyThere: 0, conflicts: 0, deletions: 0, sessions: 0 };
try {
  // A session already there (same code) is left as it is: its state there is the newer one.
  for await (const session of source.sessions()) if (await target.createSession(session)) counts.sessions++;
  for await (const response of source.responses({ includeDeleted: true })) {
    const outcome = await target.insert(response);
    if (outcome === 'stored') counts.copied++;
    else if (outcome === 'duplicate') counts.alreadyThere++;
    else {
      counts.conflicts++;
      console.error(
        `Response ${response.responseId}: PostgreSQL already holds a different body under this id; left as it is.`,
      );
    }
  }
  for await (const deletion of source.deletions()) {
    await target.softDelete(deletion.responseId, deletion.deletedAt);
    counts.deletions++;
  }
} finally {
  await Promise.all([source.close(), target.close()]);
}
console.log(
  `Copied ${counts.copied} response(s); ${counts.alreadyThere} were already in PostgreSQL; ${counts.conflicts} conflict(s); ${counts.deletions} deletion(s) carried over; ${counts.sessions} team session(s) copied.`,
);
process.exitCode = counts.conflicts > 0 ? 1 : 0;
