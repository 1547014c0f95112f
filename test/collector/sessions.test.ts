/**
 * Team sessions through the real server process on each store: creating one with the read token, the public
 * status, the facilitator's summary, closing, replacing the token and deleting, and who may do what.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPostgresStore } from '../../collector/postgres-store.ts';
import { openSqliteStore } from '../../collector/sqlite-store.ts';
import { itemsOf } from '../../src/instruments/model.ts';
import { modelIn } from '../../src/instruments/source-model.ts';
import type { TeamSummary } from '../../src/instruments/team-session.ts';
import { startPostgres, type Postgres } from '../support/postgres.ts';
import {
  payload,
  post,
  read,
  readiness,
  removeDir,
  scratchDir,
  selfAssessment,
  startCollector,
  TOKEN,
  type Collector,
  type StoreKind,
} from '../support/collector-harness.ts';

interface Created {
  session: string;
  instrument: string;
  community: string;
  minResponses: number;
  facilitatorToken: string;
}

const UNAUTHORISED = {
  error: 'A valid facilitator token for this session is needed: send Authorization: Bearer <token>.',
};

function createSession(url: string, body: unknown, token: string | null = TOKEN): Promise<Response> {
  return fetch(`${url}/api/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token === null ? {} : { authorization: `Bearer ${token}` }) },
    body: JSON.stringify(body),
  });
}

async function created(url: string, body: object = { instrument: selfAssessment.id, community: 'Math' }) {
  const response = await createSession(url, body);
  expect(response.status).toBe(201);
  return (await response.json()) as Created;
}

/** A response given in a session; `n` varies the answers. */
const inSession = (session: string, n = 0, instrument = selfAssessment) => ({
  ...payload(instrument, { community: 'Math' }, n),
  session,
});

const facilitator = (url: string, path: string, token: string | null, method = 'GET') =>
  read(url, path, token, { method });

async function exportedIds(url: string): Promise<string[]> {
  const text = await (await read(url, '/api/responses')).text();
  return text
    .split('\n')
    .filter(Boolean)
    .map((line) => (JSON.parse(line) as { responseId: string }).responseId);
}

describe.each<StoreKind>(['sqlite', 'postgres'])('team sessions on %s', (kind) => {
  let dir: string;
  let postgres: Postgres | undefined;
  let collector: Collector;
  let url: string;

  beforeAll(async () => {
    dir = scratchDir();
    if (kind === 'postgres') postgres = await startPostgres();
    collector = await startCollector(dir, postgres ? { DATABASE_URL: postgres.url } : {});
    url = collector.url;
  });
  afterAll(async () => {
    await collector?.stop();
    await postgres?.stop();
    removeDir(dir);
  });

  describe('creating', () => {
    it('makes a session with the read token: a 22-character code and a 43-character facilitator token', async () => {
      const session = await created(url, {
        instrument: selfAssessment.id,
        community: '  Math Dept  ',
        minResponses: 7,
      });
      expect(session).toEqual({
        session: expect.stringMatching(/^[A-Za-z0-9_-]{22}$/),
        instrument: selfAssessment.id,
        community: 'Math Dept',
        minResponses: 7,
        facilitatorToken: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
      });
      const status = await fetch(`${url}/api/sessions/${session.session}`);
      expect(status.status).toBe(200);
      expect(status.headers.get('cache-control')).toBe('no-store');
      expect(await status.json()).toEqual({
        session: session.session,
        instrument: selfAssessment.id,
        community: 'Math Dept',
        open: true,
      });
    });

    it('waits for 5 responses unless told, and writes the community in composed form (NFC)', async () => {
      const session = await created(url, { instrument: selfAssessment.id, community: 'E\u0301cole' });
      expect(session).toMatchObject({ minResponses: 5, community: 'École' });
    });

    it.each<[string, unknown, string | undefined]>([
      ['an unknown instrument', { instrument: 'no-such', community: 'Math' }, 'instrument'],
      ['no instrument', { community: 'Math' }, 'instrument'],
      ['a community with markup', { instrument: selfAssessment.id, community: '<script>' }, 'community'],
      ['an empty community', { instrument: selfAssessment.id, community: '   ' }, 'community'],
      ['a community that is not text', { instrument: selfAssessment.id, community: 5 }, 'community'],
      ['mixed scripts', { instrument: selfAssessment.id, community: 'M\u0430th' }, 'community'],
      ['minResponses 2', { instrument: selfAssessment.id, community: 'Math', minResponses: 2 }, 'minResponses'],
      ['minResponses 1001', { instrument: selfAssessment.id, community: 'Math', minResponses: 1001 }, 'minResponses'],
      ['minResponses 4.5', { instrument: selfAssessment.id, community: 'Math', minResponses: 4.5 }, 'minResponses'],
      ['minResponses as text', { instrument: selfAssessment.id, community: 'Math', minResponses: '5' }, 'minResponses'],
      ['an extra field', { instrument: selfAssessment.id, community: 'Math', owner: 'x' }, 'owner'],
      ['an array', [1], undefined],
    ])('refuses %s with 400 naming the field', async (_what, body, field) => {
      const response = await createSession(url, body);
      expect(response.status).toBe(400);
      const refusal = (await response.json()) as { error: string; field?: string };
      expect(refusal.error).toEqual(expect.any(String));
      expect(refusal.field).toBe(field);
    });

    it('refuses without the read token, or with a facilitator token', async () => {
      const body = { instrument: selfAssessment.id, community: 'Math' };
      expect((await createSession(url, body, null)).status).toBe(401);
      const { facilitatorToken } = await created(url);
      expect((await createSession(url, body, facilitatorToken)).status).toBe(401);
    });
  });

  it('answers 404 for an unknown code and for anything that is not a code', async () => {
    for (const code of ['A'.repeat(22), 'short', `${'A'.repeat(21)}%21`]) {
      const response = await fetch(`${url}/api/sessions/${code}`);
      expect(response.status).toBe(404);
      expect(await response.json()).toEqual({ error: expect.any(String), field: 'session' });
    }
  });

  describe('the summary', () => {
    it('shows only the count below the smallest number, and aggregates (never a response) from it', async () => {
      const session = await created(url, { instrument: selfAssessment.id, community: 'Math', minResponses: 3 });
      const sent = [inSession(session.session, 0), inSession(session.session, 1)];
      for (const body of sent) expect((await post(url, body)).status).toBe(201);
      const path = `/api/sessions/${session.session}/summary`;
      const early = await facilitator(url, path, session.facilitatorToken);
      expect(early.status).toBe(200);
      expect(early.headers.get('cache-control')).toBe('no-store');
      expect(await early.json()).toEqual({
        session: session.session,
        instrument: selfAssessment.id,
        community: 'Math',
        open: true,
        instrumentTitle: selfAssessment.title,
        version: selfAssessment.version,
        minResponses: 3,
        responses: 2,
        visible: false,
      });

      sent.push(inSession(session.session, 2));
      expect((await post(url, sent[2])).status).toBe(201);
      const text = await (await facilitator(url, path, session.facilitatorToken)).text();
      const summary = JSON.parse(text) as TeamSummary;
      expect(summary).toMatchObject({ responses: 3, visible: true });
      expect(summary.constructs!.length).toBeGreaterThan(0);
      expect(summary.constructs!.every((c) => c.n === 3)).toBe(true);
      expect(summary.items!.every((item) => item.counts.reduce((sum, c) => sum + c.count, 0) === 3)).toBe(true);
      expect(summary.stage).toBeDefined();
      for (const body of sent) expect(text).not.toContain(body.responseId);
    });

    it('is worded in the language asked for, summarising responses answered in either language together', async () => {
      const session = await created(url, { instrument: selfAssessment.id, community: 'Math', minResponses: 3 });
      const sent = [0, 1, 2].map((n) => ({ ...inSession(session.session, n), language: n === 1 ? 'es' : 'en' }));
      for (const body of sent) expect((await post(url, body)).status).toBe(201);
      const path = `/api/sessions/${session.session}/summary`;
      const ask = async (query: string) =>
        (await (await facilitator(url, `${path}${query}`, session.facilitatorToken)).json()) as TeamSummary;
      const english = await ask('');
      expect(await ask('?language=en')).toEqual(english);
      expect(english.instrumentTitle).toBe(selfAssessment.title);

      const summary = await ask('?language=es');
      const es = modelIn('es');
      const spanish = es.instruments.find((instrument) => instrument.id === selfAssessment.id)!;
      expect(summary).toMatchObject({ responses: 3, visible: true, instrumentTitle: spanish.title });
      const texts = new Map(itemsOf(spanish).map((item) => [item.id, item.text]));
      for (const item of summary.items!) expect(item.text).toBe(texts.get(item.id));
      expect(summary.items![0]!.counts.map((c) => c.label)).toContain('Muy de acuerdo');
      for (const construct of summary.constructs!)
        expect(construct.name).toBe(es.constructs.find((c) => c.id === construct.id)!.name);
      for (const mean of summary.stage!.means)
        expect(mean.name).toBe(es.stages.find((stage) => stage.id === mean.stage)!.name);
      // The same numbers: only the words change.
      expect(summary.constructs!.map(({ name: _name, ...numbers }) => numbers)).toEqual(
        english.constructs!.map(({ name: _name, ...numbers }) => numbers),
      );
      expect(summary.items!.map((item) => item.counts.map((c) => c.count))).toEqual(
        english.items!.map((item) => item.counts.map((c) => c.count)),
      );
    });

    it('refuses a language it does not publish with a 400 naming the parameter, after the token', async () => {
      const session = await created(url);
      const path = `/api/sessions/${session.session}/summary`;
      for (const query of ['?language=fr', '?language=', '?language=ES', '?language=es&language=en']) {
        const refused = await facilitator(url, `${path}${query}`, session.facilitatorToken);
        expect(refused.status, query).toBe(400);
        const body = (await refused.json()) as { error: string; field: string };
        expect(body.field).toBe('language');
        expect(body.error).toMatch(/^language /);
      }
      expect(
        ((await (await facilitator(url, `${path}?language=fr`, session.facilitatorToken)).json()) as { error: string })
          .error,
      ).toBe("language must be one of the site's languages: en, es.");
      // Without the facilitator token the language is not even read: the session stays unconfirmed.
      const stranger = await facilitator(url, `${path}?language=fr`, null);
      expect(stranger.status).toBe(401);
      expect(await stranger.json()).toEqual(UNAUTHORISED);
    });

    it('counts only the session’s own responses, not ones deleted one by one', async () => {
      const session = await created(url);
      const kept = inSession(session.session);
      const removed = inSession(session.session, 1);
      expect((await post(url, kept)).status).toBe(201);
      expect((await post(url, removed)).status).toBe(201);
      expect((await post(url, payload())).status).toBe(201);
      expect((await read(url, `/api/responses/${removed.responseId}`, TOKEN, { method: 'DELETE' })).status).toBe(200);
      const summary = await facilitator(url, `/api/sessions/${session.session}/summary`, session.facilitatorToken);
      expect(await summary.json()).toMatchObject({ responses: 1, visible: false });
    });
  });

  describe('who may read what', () => {
    let a: Created;
    let b: Created;
    beforeAll(async () => {
      [a, b] = [await created(url), await created(url)];
    });

    it.each([
      ['GET', 'summary'],
      ['POST', 'close'],
      ['POST', 'token'],
      ['DELETE', ''],
    ])(
      '%s %s refuses no token, the read token, the session code and another session’s token with one message',
      async (method, action) => {
        const path = `/api/sessions/${a.session}${action ? `/${action}` : ''}`;
        for (const token of [null, TOKEN, a.session, b.facilitatorToken, `${a.facilitatorToken.slice(0, -1)}x`]) {
          const response = await facilitator(url, path, token, method);
          expect(response.status).toBe(401);
          expect(await response.json()).toEqual(UNAUTHORISED);
        }
        // An unknown session says the same, so codes cannot be probed.
        const unknown = await facilitator(url, `/api/sessions/${'B'.repeat(22)}/summary`, a.facilitatorToken);
        expect(unknown.status).toBe(401);
        expect(await unknown.json()).toEqual(UNAUTHORISED);
        const status = await fetch(`${url}/api/sessions/${a.session}`);
        expect(await status.json()).toMatchObject({ open: true });
      },
    );

    it('refuses a facilitator token on the raw responses (the read token’s routes)', async () => {
      for (const path of [
        '/api/responses',
        '/api/responses/count',
        `/api/responses?format=csv&instrument=${selfAssessment.id}`,
      ]) {
        expect((await read(url, path, a.facilitatorToken)).status).toBe(401);
      }
      expect(
        (await read(url, `/api/responses/${crypto.randomUUID()}`, a.facilitatorToken, { method: 'DELETE' })).status,
      ).toBe(401);
    });

    it('replaces the facilitator token: the new one works, the old one fails from then on', async () => {
      const session = await created(url);
      const rotated = await facilitator(
        url,
        `/api/sessions/${session.session}/token`,
        session.facilitatorToken,
        'POST',
      );
      expect(rotated.status).toBe(200);
      const { facilitatorToken } = (await rotated.json()) as { facilitatorToken: string };
      expect(facilitatorToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(facilitatorToken).not.toBe(session.facilitatorToken);
      const path = `/api/sessions/${session.session}/summary`;
      expect((await facilitator(url, path, facilitatorToken)).status).toBe(200);
      expect((await facilitator(url, path, session.facilitatorToken)).status).toBe(401);
      expect(
        (await facilitator(url, `/api/sessions/${session.session}/token`, session.facilitatorToken, 'POST')).status,
      ).toBe(401);
    });
  });

  describe('responses given in a session', () => {
    it('refuses an unknown session, a malformed code and another instrument’s session with 400 naming session', async () => {
      const session = await created(url);
      const cases = [inSession('C'.repeat(22)), inSession('not-a-code'), inSession(session.session, 0, readiness)];
      for (const body of cases) {
        const response = await post(url, body);
        expect(response.status).toBe(400);
        expect(await response.json()).toEqual({ error: expect.any(String), field: 'session' });
      }
      const stored = await exportedIds(url);
      for (const body of cases) expect(stored).not.toContain(body.responseId);
    });

    it('closes: 409 for new responses (nothing stored), a repeat of a stored one is still a duplicate, the first close time kept', async () => {
      const session = await created(url);
      const before = inSession(session.session);
      expect((await post(url, before)).status).toBe(201);
      const path = `/api/sessions/${session.session}/close`;
      const closed = await facilitator(url, path, session.facilitatorToken, 'POST');
      expect(closed.status).toBe(200);
      const body = (await closed.json()) as { closedAt: string };
      expect(body).toEqual({ session: session.session, open: false, closedAt: expect.any(String) });
      expect(new Date(body.closedAt).toISOString()).toBe(body.closedAt);
      const again = await facilitator(url, path, session.facilitatorToken, 'POST');
      expect(await again.json()).toEqual(body);
      expect(await (await fetch(`${url}/api/sessions/${session.session}`)).json()).toMatchObject({ open: false });

      const late = inSession(session.session, 1);
      const refused = await post(url, late);
      expect(refused.status).toBe(409);
      expect(await refused.json()).toEqual({
        error: 'This team session is closed; no new responses are accepted for it.',
        field: 'session',
      });
      expect(await exportedIds(url)).not.toContain(late.responseId);
      // The outbox may resend one that was stored before the close: it is acknowledged, not refused.
      const repeat = await post(url, before);
      expect(repeat.status).toBe(200);
      expect(await repeat.json()).toEqual({ responseId: before.responseId, status: 'duplicate' });
      const summary = await facilitator(url, `/api/sessions/${session.session}/summary`, session.facilitatorToken);
      expect(await summary.json()).toMatchObject({ open: false, responses: 1 });
    });

    it('deletes the session and its responses (logged as deletions); then the status is 404 and the token fails', async () => {
      const session = await created(url);
      const sent = [inSession(session.session), inSession(session.session, 1), inSession(session.session, 2)];
      for (const body of sent) expect((await post(url, body)).status).toBe(201);
      const other = payload();
      expect((await post(url, other)).status).toBe(201);
      expect((await read(url, `/api/responses/${sent[2]!.responseId}`, TOKEN, { method: 'DELETE' })).status).toBe(200);

      const deleted = await facilitator(url, `/api/sessions/${session.session}`, session.facilitatorToken, 'DELETE');
      expect(deleted.status).toBe(200);
      // The one deleted before is not counted again.
      expect(await deleted.json()).toEqual({ session: session.session, deleted: true, responses: 2 });

      const stored = await exportedIds(url);
      for (const body of sent) expect(stored).not.toContain(body.responseId);
      expect(stored).toContain(other.responseId);
      const store =
        kind === 'sqlite'
          ? openSqliteStore(join(dir, 'data', 'responses.sqlite'))
          : await openPostgresStore(postgres!.url);
      try {
        const logged = [];
        for await (const deletion of store.deletions()) logged.push(deletion.responseId);
        for (const body of sent) expect(logged).toContain(body.responseId);
      } finally {
        await store.close();
      }
      const csv = await (await read(url, `/api/responses?format=csv&instrument=${selfAssessment.id}`)).text();
      for (const body of sent) expect(csv).not.toContain(body.responseId);

      expect((await fetch(`${url}/api/sessions/${session.session}`)).status).toBe(404);
      for (const [method, action] of [
        ['GET', '/summary'],
        ['DELETE', ''],
        ['POST', '/close'],
      ] as const) {
        const response = await facilitator(
          url,
          `/api/sessions/${session.session}${action}`,
          session.facilitatorToken,
          method,
        );
        expect(response.status).toBe(401);
      }
      // A response for it now is for an unknown session; a resent one is no longer counted anywhere.
      const late = await post(url, inSession(session.session, 3));
      expect(late.status).toBe(400);
      expect(await late.json()).toMatchObject({ field: 'session' });
    });
  });

  it('shares sessions between two collector processes on one database (no state in memory)', async () => {
    // The same database: on SQLite the same data folder and file, on PostgreSQL the same DATABASE_URL.
    const second = await startCollector(
      dir,
      postgres ? { DATABASE_URL: postgres.url, COLLECTOR_DATA_DIR: `${dir}/second` } : {},
    );
    try {
      const session = await created(url, { instrument: selfAssessment.id, community: 'Shared', minResponses: 3 });
      expect(await (await fetch(`${second.url}/api/sessions/${session.session}`)).json()).toMatchObject({
        community: 'Shared',
        open: true,
      });
      for (let n = 0; n < 3; n++)
        expect((await post(n % 2 ? url : second.url, inSession(session.session, n))).status).toBe(201);
      const summary = await facilitator(
        second.url,
        `/api/sessions/${session.session}/summary`,
        session.facilitatorToken,
      );
      expect(await summary.json()).toMatchObject({ responses: 3, visible: true });

      const rotated = await facilitator(
        second.url,
        `/api/sessions/${session.session}/token`,
        session.facilitatorToken,
        'POST',
      );
      const { facilitatorToken } = (await rotated.json()) as { facilitatorToken: string };
      expect(
        (await facilitator(url, `/api/sessions/${session.session}/summary`, session.facilitatorToken)).status,
      ).toBe(401);
      expect((await facilitator(url, `/api/sessions/${session.session}/close`, facilitatorToken, 'POST')).status).toBe(
        200,
      );
      expect((await post(second.url, inSession(session.session, 4))).status).toBe(409);
      const deleted = await facilitator(second.url, `/api/sessions/${session.session}`, facilitatorToken, 'DELETE');
      expect(await deleted.json()).toMatchObject({ responses: 3 });
      expect((await fetch(`${url}/api/sessions/${session.session}`)).status).toBe(404);
    } finally {
      await second.stop();
    }
  });

  it('closes against responses arriving at the same moment: every response acknowledged is counted, none after', async () => {
    const session = await created(url);
    const bodies = Array.from({ length: 40 }, (_, n) => inSession(session.session, n));
    const posting = Promise.all(bodies.map((body) => post(url, body).then((r) => r.status)));
    const closing = facilitator(url, `/api/sessions/${session.session}/close`, session.facilitatorToken, 'POST');
    const [statuses, closed] = await Promise.all([posting, closing]);
    expect(closed.status).toBe(200);
    expect(statuses.every((status) => status === 201 || status === 409)).toBe(true);
    const summary = (await (
      await facilitator(url, `/api/sessions/${session.session}/summary`, session.facilitatorToken)
    ).json()) as TeamSummary;
    expect(summary.responses).toBe(statuses.filter((status) => status === 201).length);
    expect((await post(url, inSession(session.session, 41))).status).toBe(409);
  });
});
