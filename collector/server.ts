/**
 * node collector/server.ts: serves the built site and receives responses. Settings come from the
 * environment (see README, "Collecting responses").
 */
import type { Server } from 'node:http';
import { serve } from '@hono/node-server';
import { currentCatalogue } from './accept.ts';
import { accessLog } from './access-log.ts';
import { createApp } from './app.ts';
import { describeStore, openStore } from './open-store.ts';
import { parseSettings, SettingsError, type Settings } from './settings.ts';
import { resolveToken } from './token.ts';

/** Requests still running this long after a stop signal are cut off. */
const SHUTDOWN_GRACE_MS = 10_000;

function settingsOrExit(): Settings {
  try {
    return parseSettings(process.env);
  } catch (error) {
    if (!(error instanceof SettingsError)) throw error;
    console.error(`Cultivate collector: ${error.message}`);
    process.exit(2);
  }
}

const settings = settingsOrExit();
const token = resolveToken(settings.token, settings.tokenFile);
const storeName = describeStore(settings);
const store = await openStore(settings).catch((error: unknown) => {
  console.error(
    `Cultivate collector: cannot open the store (${storeName}${settings.databaseUrl ? ', from DATABASE_URL' : ''}): ${(error as Error).message}`,
  );
  process.exit(1);
});
const log = accessLog((text) => process.stdout.write(text));
const app = createApp({
  store,
  catalogue: await currentCatalogue(),
  token: token.value,
  origins: settings.origins,
  siteDir: settings.siteDir,
  bodyLimit: settings.bodyLimit,
  rateLimit: settings.rateLimit,
  log: log.line,
});

const server = serve({ fetch: app.fetch, port: settings.port, hostname: settings.host }, (info) => {
  const host = settings.host.includes(':') ? `[${settings.host}]` : settings.host;
  if (token.generated) {
    console.log(
      `Generated a read token for researchers and saved it in ${token.source} (readable only by you): cat ${token.source}`,
    );
  }
  console.log(
    `Cultivate collector listening on http://${host}:${info.port} (store: ${storeName}; read token: ${token.source})`,
  );
}) as Server;

let stopping = false;
function stop(signal: string): void {
  if (stopping) return;
  stopping = true;
  console.log(`${signal}: finishing requests in progress, then closing the store.`);
  // close() stops accepting connections and waits for the open ones; idle keep-alive ones go at once.
  server.close(() => {
    log.flush();
    store.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(`Closing the store failed: ${(error as Error).message}`);
        process.exit(1);
      },
    );
  });
  // A keep-alive connection whose request finishes now becomes idle: close those as they appear.
  setInterval(() => server.closeIdleConnections(), 50).unref();
  setTimeout(() => server.closeAllConnections(), SHUTDOWN_GRACE_MS).unref();
}
process.on('SIGTERM', () => stop('SIGTERM'));
process.on('SIGINT', () => stop('SIGINT'));
