/**
 * A response endpoint for the browser tests, with faults on demand. It behaves like a careful real
 * endpoint: it answers CORS preflights, accepts JSON or text/plain bodies, stores each responseId once, and
 * acknowledges with a receipt, `{"responseId": …}`.
 *
 * Tests work in lanes (the response's `community` link parameter) so they can run side by side:
 *   PUT  /__lanes/<lane>   body: an array of actions for the next requests in that lane
 *   GET  /__lanes/<lane>   { stored: payload[], attempts: { at, action }[] }
 * Actions: "ok", { "status": 503, "retryAfter": "2" }, "drop" (close the connection unanswered),
 * "store-then-drop", "hang", "store-then-hang", "portal" (a captive portal's 200 HTML page, nothing stored).
 * When a lane's actions run out, it answers 201.
 *
 * Run: node test/e2e/endpoint-server.ts [port]
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';

type Action =
  'ok' | 'drop' | 'store-then-drop' | 'hang' | 'store-then-hang' | 'portal' | { status: number; retryAfter?: string };

interface Lane {
  actions: Action[];
  stored: Map<string, unknown>;
  attempts: { at: number; action: Action; contentType: string }[];
}

const lanes = new Map<string, Lane>();
const lane = (name: string): Lane => {
  let found = lanes.get(name);
  if (!found) lanes.set(name, (found = { actions: [], stored: new Map(), attempts: [] }));
  return found;
};

const cors = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'POST, OPTIONS',
  'access-control-allow-headers': 'content-type',
  'access-control-expose-headers': 'retry-after',
  'access-control-max-age': '600',
};

async function body(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function json(response: ServerResponse, status: number, value: unknown, headers: Record<string, string> = {}) {
  response.writeHead(status, { ...cors, 'content-type': 'application/json', ...headers });
  response.end(JSON.stringify(value));
}

const server = createServer(async (request, response) => {
  const url = new URL(request.url ?? '/', 'http://localhost');
  if (request.method === 'OPTIONS') {
    response.writeHead(204, cors);
    response.end();
    return;
  }
  const control = /^\/__lanes\/([^/]+)$/.exec(url.pathname);
  if (control) {
    const target = lane(decodeURIComponent(control[1]!));
    if (request.method === 'PUT') {
      target.actions = JSON.parse(await body(request)) as Action[];
      json(response, 200, { ok: true });
    } else {
      json(response, 200, { stored: [...target.stored.values()], attempts: target.attempts });
    }
    return;
  }
  if (url.pathname !== '/responses' || request.method !== 'POST') {
    json(response, 404, { error: 'not found' });
    return;
  }

  const text = await body(request);
  let payload: { responseId?: string; params?: { community?: string } };
  try {
    payload = JSON.parse(text);
  } catch {
    json(response, 400, { error: 'body is not JSON' });
    return;
  }
  const target = lane(payload.params?.community ?? 'default');
  const action = target.actions.shift() ?? 'ok';
  target.attempts.push({ at: Date.now(), action, contentType: request.headers['content-type'] ?? '' });
  const store = () => {
    if (typeof payload.responseId === 'string' && !target.stored.has(payload.responseId)) {
      target.stored.set(payload.responseId, payload);
    }
  };

  if (action === 'hang' || action === 'store-then-hang') {
    if (action === 'store-then-hang') store();
    return; // never answers; the client's timeout or a closed tab ends it
  }
  if (action === 'drop' || action === 'store-then-drop') {
    if (action === 'store-then-drop') store();
    request.socket.destroy();
    return;
  }
  if (action === 'portal') {
    response.writeHead(200, { ...cors, 'content-type': 'text/html; charset=utf-8' });
    response.end(
      '<!doctype html><title>Sign in to the network</title><form method="post"><button>Accept and connect</button></form>',
    );
    return;
  }
  if (action !== 'ok') {
    json(
      response,
      action.status,
      { error: 'fault on demand' },
      action.retryAfter ? { 'retry-after': action.retryAfter } : {},
    );
    return;
  }
  store();
  json(response, 201, { responseId: payload.responseId });
});

const port = Number(process.argv[2] ?? 4398);
server.listen(port, '127.0.0.1', () => console.log(`Test endpoint on http://127.0.0.1:${port}/responses`));
