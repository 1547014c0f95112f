/**
 * The collector's HTTP surface, on Hono: a zero-dependency framework built on the web-standard
 * Request/Response, whose own CORS, body-limit and secure-headers middleware replace code we would
 * otherwise write and test ourselves. The routes only translate between HTTP and the store.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { getConnInfo } from '@hono/node-server/conninfo';
import { serveStatic } from '@hono/node-server/serve-static';
import type { HttpBindings } from '@hono/node-server';
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { secureHeaders } from 'hono/secure-headers';
import { acceptResponse, type Catalogue, type Refusal } from './accept.ts';
import { csvLines, ndjsonLines, textStream } from './export.ts';
import { parseExportQuery } from './query.ts';
import { rateLimiter } from './rate-limit.ts';
import { StoreUnavailable, type ResponseStore } from './store.ts';
import { tokenMatches } from './token.ts';

export interface AppOptions {
  store: ResponseStore;
  catalogue: Catalogue;
  token: string;
  origins: readonly string[];
  siteDir: string;
  bodyLimit: number;
  rateLimit: number;
  /** One line per request: method, path, status and time, never a body or query. */
  log: (line: string) => void;
}

const RETRY_AFTER_UNAVAILABLE = '5';
const RESPONSES = '/api/responses';

/** application/json or text/plain (the outbox's two formats), in UTF-8 when a charset is named. */
function acceptedContentType(header: string | undefined): boolean {
  const [type, ...parameters] = (header ?? '')
    .toLowerCase()
    .split(';')
    .map((part) => part.trim());
  if (type !== 'application/json' && type !== 'text/plain') return false;
  return parameters.every((parameter) => !parameter.startsWith('charset=') || /^charset="?utf-8"?$/.test(parameter));
}

export function createApp(options: AppOptions): Hono<{ Bindings: HttpBindings }> {
  const { store, catalogue, token, log } = options;
  const app = new Hono<{ Bindings: HttpBindings }>();
  const limited = rateLimiter(options.rateLimit);
  const refuse = (
    c: Context,
    status: 400 | 401 | 404 | 409 | 413 | 415 | 429,
    refusal: Refusal & { responseId?: string },
  ) => c.json(refusal, status);
  const tooLarge = (c: Context) => refuse(c, 413, { error: `The body is larger than ${options.bodyLimit} bytes.` });
  const streamedBodyLimit = bodyLimit({ maxSize: options.bodyLimit, onError: tooLarge });
  // A body with a Content-Length (Node's parser holds it to that length) is judged by the header, as
  // Hono's bodyLimit does, but without making the web-standard Request that bodyLimit reads the
  // header from: that Request and its stream were the costliest part of receiving a response.
  // A chunked body is counted as it streams in.
  const limitBody = async (c: Context, next: () => Promise<void>) => {
    const length = c.req.header('content-length');
    if (length === undefined || c.req.header('transfer-encoding') !== undefined) return streamedBodyLimit(c, next);
    return Number(length) > options.bodyLimit ? tooLarge(c) : next();
  };

  app.use(async (c, next) => {
    const start = performance.now();
    await next();
    log(`${c.req.method} ${c.req.path} ${c.res.status} ${(performance.now() - start).toFixed(1)}ms`);
  });
  app.use(
    secureHeaders({
      xFrameOptions: 'DENY',
      referrerPolicy: 'no-referrer',
      contentSecurityPolicy: { frameAncestors: ["'none'"] },
      // HTTPS is the business of whatever terminates TLS in front of the collector.
      strictTransportSecurity: false,
    }),
  );
  const siteCors = cors({
    origin: (origin) => (options.origins.includes(origin) ? origin : null),
    allowMethods: ['GET', 'POST', 'DELETE'],
    allowHeaders: ['content-type', 'authorization'],
    exposeHeaders: ['retry-after'],
    maxAge: 600,
  });
  // CORS headers mean something only to a browser on a configured site origin, and to preflights. The
  // middleware is skipped for every other request (same-origin posts from `npm start`'s own site, other
  // origins, tools): it sets a header before the route answers, which makes Hono build a second full
  // Response and merge the two, and that was a fifth of what a post cost.
  app.use('/api/*', (c, next) => {
    const origin = c.req.header('origin');
    return c.req.method === 'OPTIONS' || (origin !== undefined && options.origins.includes(origin))
      ? siteCors(c, next)
      : next();
  });
  app.use('/api/*', async (c, next) => {
    c.header('Cache-Control', 'no-store');
    await next();
  });

  app.onError((error, c) => {
    if (error instanceof StoreUnavailable) {
      c.header('Retry-After', RETRY_AFTER_UNAVAILABLE);
      return c.json({ error: 'The database is unavailable; try again shortly.' }, 503);
    }
    console.error(`${c.req.method} ${c.req.path} failed: ${error.name}: ${error.message}`);
    return c.json({ error: 'The collector failed to handle the request.' }, 500);
  });

  app.get('/healthz', async (c) => {
    try {
      await store.ping();
    } catch {
      c.header('Retry-After', RETRY_AFTER_UNAVAILABLE);
      return c.json({ ok: false, store: store.kind, error: 'The database does not answer.' }, 503);
    }
    return c.json({ ok: true, store: store.kind });
  });

  app.post(
    RESPONSES,
    async (c, next) => {
      const wait = limited(getConnInfo(c).remote.address ?? 'unknown');
      if (wait > 0) {
        c.header('Retry-After', String(wait));
        return refuse(c, 429, { error: `Too many responses from this address; try again in ${wait} s.` });
      }
      if (!acceptedContentType(c.req.header('content-type'))) {
        return refuse(c, 415, { error: 'Send the response as application/json or text/plain; charset=utf-8.' });
      }
      return next();
    },
    limitBody,
    async (c) => {
      const verdict = acceptResponse(await c.req.text(), catalogue);
      if (!verdict.ok) {
        const { ok: _ok, ...refusal } = verdict;
        return refuse(c, 400, refusal);
      }
      const { responseId } = verdict.response;
      const outcome = await store.insert({
        ...verdict.response,
        receivedAt: new Date().toISOString(),
        deletedAt: null,
      });
      if (outcome === 'conflict') {
        return refuse(c, 409, {
          error: 'A different response is already stored under this responseId; it is kept.',
          field: 'responseId',
          responseId,
        });
      }
      return outcome === 'stored'
        ? c.json({ responseId, status: 'stored' }, 201)
        : c.json({ responseId, status: 'duplicate' }, 200);
    },
  );

  // Reading is for researchers only: every read route starts with this.
  const authorized = async (c: Context, next: () => Promise<void>) => {
    if (!tokenMatches(token, c.req.header('authorization'))) {
      c.header('WWW-Authenticate', 'Bearer');
      return refuse(c, 401, { error: 'A valid read token is needed: send Authorization: Bearer <token>.' });
    }
    return next();
  };

  app.get(RESPONSES, authorized, async (c) => {
    const query = parseExportQuery(new URL(c.req.url).searchParams);
    if ('error' in query) return refuse(c, 400, query);
    const { format, filter } = query;
    if (format === 'ndjson') {
      c.header('Content-Type', 'application/x-ndjson; charset=utf-8');
      return c.body(textStream(ndjsonLines(store.responses(filter))));
    }
    if (filter.instrument === undefined) {
      return refuse(c, 400, {
        error: 'A CSV export is for one instrument (its columns are its codebook): add instrument=<id>.',
        field: 'instrument',
      });
    }
    const known = catalogue.instruments.get(filter.instrument);
    if (!known)
      return refuse(c, 400, {
        error: `"${filter.instrument}" is not an instrument this collector knows.`,
        field: 'instrument',
      });
    c.header('Content-Type', 'text/csv; charset=utf-8');
    c.header('Content-Disposition', `attachment; filename="${filter.instrument}-responses.csv"`);
    return c.body(
      textStream(
        csvLines(
          [...known.values()].map((entry) => entry.instrument),
          store.responses(filter),
        ),
      ),
    );
  });

  app.get(`${RESPONSES}/count`, authorized, async (c) => {
    const query = parseExportQuery(new URL(c.req.url).searchParams);
    if ('error' in query) return refuse(c, 400, query);
    return c.json({ count: await store.count(query.filter) });
  });

  app.delete(`${RESPONSES}/:id`, authorized, async (c) => {
    const responseId = c.req.param('id') ?? '';
    if (!(await store.softDelete(responseId, new Date().toISOString()))) {
      return refuse(c, 404, { error: 'No response is stored under this id.', field: 'responseId' });
    }
    return c.json({ responseId, deleted: true });
  });

  app.all('/api/*', (c) =>
    refuse(c, 404, { error: `${c.req.method} ${c.req.path} is not part of the collector's API.` }),
  );

  app.use(serveStatic({ root: options.siteDir }));
  app.notFound(async (c) => {
    const page = await readFile(join(options.siteDir, '404.html'), 'utf8').catch(() => 'Not found');
    return c.html(page, 404);
  });
  return app;
}
