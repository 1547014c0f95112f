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
import { SESSION_CODE, type SessionStatus } from '../src/instruments/team-session.ts';
import { teamSummary } from '../src/instruments/team-summary.ts';
import {
  currentVersion,
  facilitatorMatches,
  newFacilitatorToken,
  newSessionCode,
  parseSessionRequest,
  sessionRecord,
  summaryLanguage,
  summaryWording,
  tokenSha256,
} from './sessions.ts';
import { StoreUnavailable, type ResponseStore, type StoredSession } from './store.ts';
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
const SESSIONS = '/api/sessions';
const CLOSED_SESSION = 'This team session is closed; no new responses are accepted for it.';
const UNKNOWN_SESSION = 'No team session has this code.';
/** The same for an unknown session and a wrong token, so the answer does not tell which session codes exist. */
const FACILITATOR_ONLY = 'A valid facilitator token for this session is needed: send Authorization: Bearer <token>.';

const statusOf = (s: StoredSession): SessionStatus => ({
  session: s.session,
  instrument: s.instrumentId,
  community: s.community,
  open: s.closedAt === null,
});

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
  // Facilitators' requests are counted apart, so a busy team view cannot hold up respondents' posts.
  const sessionLimited = rateLimiter(options.rateLimit);
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
      const { responseId, session } = verdict.response;
      if (session) {
        const found = await store.findSession(session);
        if (found === null) return refuse(c, 400, { error: UNKNOWN_SESSION, field: 'session' });
        if (found.instrumentId !== verdict.response.instrumentId) {
          return refuse(c, 400, {
            error: `This team session is for ${found.instrumentId}, not ${verdict.response.instrumentId}.`,
            field: 'session',
          });
        }
      }
      // A session's state is checked again as the response is stored, in the same transaction.
      const outcome = await store.insert(
        { ...verdict.response, receivedAt: new Date().toISOString(), deletedAt: null },
        { openSession: true },
      );
      if (outcome === 'closed') return refuse(c, 409, { error: CLOSED_SESSION, field: 'session' });
      if (outcome === 'no-session') return refuse(c, 400, { error: UNKNOWN_SESSION, field: 'session' });
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

  const sessionRateLimit = async (c: Context, next: () => Promise<void>) => {
    const wait = sessionLimited(getConnInfo(c).remote.address ?? 'unknown');
    if (wait > 0) {
      c.header('Retry-After', String(wait));
      return refuse(c, 429, { error: `Too many requests from this address; try again in ${wait} s.` });
    }
    return next();
  };

  app.post(
    SESSIONS,
    sessionRateLimit,
    authorized,
    async (c, next) => {
      if (!acceptedContentType(c.req.header('content-type')))
        return refuse(c, 415, { error: 'Send the request as application/json.' });
      return next();
    },
    limitBody,
    async (c) => {
      const request = parseSessionRequest(await c.req.text(), catalogue);
      if ('error' in request) return refuse(c, 400, request);
      const facilitatorToken = newFacilitatorToken();
      const session: StoredSession = {
        session: newSessionCode(),
        instrumentId: request.instrument.id,
        community: request.community,
        minResponses: request.minResponses,
        tokenSha256: tokenSha256(facilitatorToken),
        createdAt: new Date().toISOString(),
        closedAt: null,
      };
      // 128 random bits do not collide in practice; a taken code is refused by the store rather than reused.
      if (!(await store.createSession(session))) throw new Error('A new session code was already taken.');
      return c.json(
        {
          session: session.session,
          instrument: session.instrumentId,
          community: session.community,
          minResponses: session.minResponses,
          facilitatorToken,
        },
        201,
      );
    },
  );

  app.get(`${SESSIONS}/:session`, async (c) => {
    const code = c.req.param('session');
    const found = SESSION_CODE.test(code) ? await store.findSession(code) : null;
    if (found === null) return refuse(c, 404, { error: UNKNOWN_SESSION, field: 'session' });
    return c.json(statusOf(found));
  });

  /** The session named in the path, when the request carries its facilitator token; a 401 otherwise. */
  const facilitator = async (c: Context): Promise<StoredSession | Response> => {
    const code = c.req.param('session') ?? '';
    const found = SESSION_CODE.test(code) ? await store.findSession(code) : null;
    // The token is hashed and compared even for an unknown session, so the time taken tells nothing either.
    const matches = facilitatorMatches(found?.tokenSha256 ?? '0'.repeat(64), c.req.header('authorization'));
    if (found === null || !matches) {
      c.header('WWW-Authenticate', 'Bearer');
      return refuse(c, 401, { error: FACILITATOR_ONLY });
    }
    return found;
  };

  app.get(`${SESSIONS}/:session/summary`, sessionRateLimit, async (c) => {
    const found = await facilitator(c);
    if (found instanceof Response) return found;
    const language = summaryLanguage(new URL(c.req.url).searchParams);
    if (typeof language !== 'string') return refuse(c, 400, language);
    const current = currentVersion(catalogue, found.instrumentId);
    if (current === undefined) throw new Error(`The collector no longer knows ${found.instrumentId}.`);
    const { instrument, within } = summaryWording(current, language);
    const records = [];
    for await (const response of store.sessionResponses(found.session))
      records.push(sessionRecord(response, records.length + 1));
    return c.json(teamSummary(statusOf(found), found.minResponses, instrument, records, within));
  });

  app.post(`${SESSIONS}/:session/close`, sessionRateLimit, async (c) => {
    const found = await facilitator(c);
    if (found instanceof Response) return found;
    const closed = await store.closeSession(found.session, new Date().toISOString());
    if (closed === null) return refuse(c, 401, { error: FACILITATOR_ONLY });
    return c.json({ session: closed.session, open: false, closedAt: closed.closedAt });
  });

  app.post(`${SESSIONS}/:session/token`, sessionRateLimit, async (c) => {
    const found = await facilitator(c);
    if (found instanceof Response) return found;
    const facilitatorToken = newFacilitatorToken();
    if (!(await store.replaceToken(found.session, found.tokenSha256, tokenSha256(facilitatorToken))))
      return refuse(c, 401, { error: FACILITATOR_ONLY });
    return c.json({ facilitatorToken });
  });

  app.delete(`${SESSIONS}/:session`, sessionRateLimit, async (c) => {
    const found = await facilitator(c);
    if (found instanceof Response) return found;
    const deleted = await store.deleteSession(found.session, new Date().toISOString());
    if (deleted === null) return refuse(c, 401, { error: FACILITATOR_ONLY });
    return c.json({ session: found.session, deleted: true, responses: deleted });
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
