/**
 * The collector's HTTP behaviour, against the real server process on each store: the same suite for
 * SQLite and PostgreSQL.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { findVersion } from '../../src/instruments/model.ts';
import type { ResponsePayload } from '../../src/instruments/payload.ts';
import { readableHashes } from '../../src/instruments/hash.ts';
import { readResponses } from '../../src/instruments/responses.ts';
import { NOT_APPLICABLE } from '../../src/instruments/scales.ts';
import { storedResponses } from '../support/stored-responses.ts';
import { startPostgres, type Postgres } from '../support/postgres.ts';
import {
  count,
  hashOf,
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
import { model } from '../../src/instruments/source-model.ts';

const SITE_ORIGIN = 'https://survey.example.org';

const withoutLanguage = ({ language: _language, ...rest }: ResponsePayload) => rest;

describe.each<StoreKind>(['sqlite', 'postgres'])('collector on %s', (kind) => {
  let dir: string;
  let postgres: Postgres | undefined;
  let collector: Collector;
  let url: string;
  let storeEnv: Record<string, string>;

  beforeAll(async () => {
    dir = scratchDir();
    if (kind === 'postgres') postgres = await startPostgres();
    storeEnv = postgres ? { DATABASE_URL: postgres.url } : {};
    collector = await startCollector(dir, {
      ...storeEnv,
      COLLECTOR_ORIGINS: SITE_ORIGIN,
      COLLECTOR_BODY_LIMIT: '65536',
    });
    url = collector.url;
  });
  afterAll(async () => {
    await collector?.stop();
    await postgres?.stop();
    removeDir(dir);
  });

  it('answers /healthz with its store', async () => {
    const response = await fetch(`${url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true, store: kind });
  });

  describe('exactly once', () => {
    it('stores a first copy (201), acknowledges an identical repeat (200) and keeps the first of two different bodies (409)', async () => {
      const first = payload();
      const created = await post(url, first);
      expect(created.status).toBe(201);
      expect(await created.json()).toEqual({ responseId: first.responseId, status: 'stored' });

      // Same content with keys in another order is the same response.
      const reordered = Object.fromEntries(Object.entries(first).reverse());
      const repeat = await post(url, reordered, 'text/plain;charset=UTF-8');
      expect(repeat.status).toBe(200);
      expect(await repeat.json()).toEqual({ responseId: first.responseId, status: 'duplicate' });

      const different = await post(url, { ...first, locale: 'fr-FR' });
      expect(different.status).toBe(409);
      expect(await different.json()).toMatchObject({
        field: 'responseId',
        responseId: first.responseId,
        error: expect.any(String),
      });

      const exported = await (await read(url, `/api/responses?format=ndjson`)).text();
      const stored = exported
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as { responseId: string; locale: string })
        .filter((p) => p.responseId === first.responseId);
      expect(stored).toEqual([expect.objectContaining({ locale: 'en-GB' })]);
    });

    it('stores one row for 50 identical posts sent at once', async () => {
      const body = payload();
      const statuses = await Promise.all(
        Array.from({ length: 50 }, () =>
          post(url, body).then(
            async (r) => [r.status, ((await r.json()) as { responseId: string }).responseId] as const,
          ),
        ),
      );
      expect(statuses.filter(([status]) => status === 201)).toHaveLength(1);
      expect(statuses.filter(([status]) => status === 200)).toHaveLength(49);
      expect(statuses.every(([, id]) => id === body.responseId)).toBe(true);
      const ndjson = await (await read(url, '/api/responses')).text();
      expect(ndjson.split('\n').filter((line) => line.includes(body.responseId))).toHaveLength(1);
    });
  });

  describe('validation', () => {
    const badBodies: [string, (p: Record<string, unknown>) => unknown, string | undefined][] = [
      ['a payload that is not an object', () => [1, 2], undefined],
      ['a missing responseId', ({ responseId: _, ...rest }) => rest, 'responseId'],
      ['a responseId that is not a UUID', (p) => ({ ...p, responseId: 'x; DROP TABLE responses' }), 'responseId'],
      ['an unknown payload version', (p) => ({ ...p, payloadVersion: 2 }), 'payloadVersion'],
      ['an extra top-level field', (p) => ({ ...p, secret: 'x' }), 'secret'],
      [
        'an answer that is an object',
        (p) => ({ ...p, answers: { ...(p['answers'] as object), dom_01: { deep: [[[1]]] } } }),
        'answers.dom_01',
      ],
      ['an unknown variable', (p) => ({ ...p, answers: { ...(p['answers'] as object), dom_99: 3 } }), 'answers.dom_99'],
      [
        'a value outside the scale',
        (p) => ({ ...p, answers: { ...(p['answers'] as object), dom_01: 9 } }),
        'answers.dom_01',
      ],
      ['an unknown link parameter', (p) => ({ ...p, params: { colour: 'red' } }), 'params.colour'],
      ['a link value with markup', (p) => ({ ...p, params: { community: '<script>' } }), 'params.community'],
      [
        'a control character in a link value',
        (p) => ({ ...p, params: { community: 'Math\u0000' } }),
        'params.community',
      ],
      [
        'an unknown instrument',
        (p) => ({ ...p, instrument: { ...(p['instrument'] as object), id: 'no-such-instrument' } }),
        'instrument.id',
      ],
      [
        'an unpublished version',
        (p) => ({ ...p, instrument: { ...(p['instrument'] as object), version: '9.9.9' } }),
        'instrument.version',
      ],
      [
        'a wrong content hash',
        (p) => ({ ...p, instrument: { ...(p['instrument'] as object), hash: `sha256-${'0'.repeat(64)}` } }),
        'instrument.hash',
      ],
      ['a bad timestamp', (p) => ({ ...p, submittedAt: 'yesterday' }), 'submittedAt'],
    ];

    it.each(badBodies)('refuses %s with 400 naming the field, and stores nothing', async (_, change, field) => {
      const good = payload();
      const response = await post(url, change(good as unknown as Record<string, unknown>));
      expect(response.status).toBe(400);
      const body = (await response.json()) as { error: string; field?: string };
      expect(body.error).toEqual(expect.any(String));
      expect(body.field).toBe(field);
      const exported = await (await read(url, '/api/responses')).text();
      expect(exported).not.toContain(good.responseId);
    });

    it('refuses a body that is not JSON with 400', async () => {
      const response = await post(url, '{"payloadVersion": 1,');
      expect(response.status).toBe(400);
      expect(await response.json()).toEqual({ error: expect.stringMatching(/not valid JSON/) });
    });

    it('refuses deeply nested JSON with 400, not a crash', async () => {
      const response = await post(url, `${'['.repeat(30_000)}${']'.repeat(30_000)}`);
      expect(response.status).toBe(400);
      expect((await fetch(`${url}/healthz`)).status).toBe(200);
    });

    it('refuses a body over the limit with 413', async () => {
      const huge = { ...payload(), locale: 'x'.repeat(70_000) };
      const response = await post(url, huge);
      expect(response.status).toBe(413);
      expect(await response.json()).toEqual({ error: expect.stringMatching(/65536 bytes/) });
    });

    it('counts a streamed body (no Content-Length) as it arrives: 413 over the limit, stored under it', async () => {
      const streamed = (body: object) =>
        fetch(`${url}/api/responses`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: new Blob([JSON.stringify(body)]).stream(),
          duplex: 'half',
        } as RequestInit);
      expect((await streamed({ ...payload(), locale: 'x'.repeat(70_000) })).status).toBe(413);
      const fits = payload();
      const stored = await streamed(fits);
      expect(stored.status).toBe(201);
      expect(await stored.json()).toEqual({ responseId: fits.responseId, status: 'stored' });
    });

    it.each([
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
      'text/plain; charset=iso-8859-1',
      '',
    ])('refuses content type %j with 415', async (type) => {
      const body = payload();
      const response = await fetch(`${url}/api/responses`, {
        method: 'POST',
        headers: type ? { 'content-type': type } : {},
        body: new Blob([JSON.stringify(body)]),
      });
      expect(response.status).toBe(415);
      expect(await response.json()).toEqual({ error: expect.any(String) });
    });

    it('accepts text/plain, the format that needs no CORS preflight', async () => {
      const body = payload(readiness, { site: 'North' });
      const response = await post(url, body, 'text/plain');
      expect(response.status).toBe(201);
    });
  });

  describe('read token', () => {
    const readPaths: [string, string][] = [
      ['GET', '/api/responses'],
      ['GET', '/api/responses?format=csv&instrument=cop-self-assessment'],
      ['GET', '/api/responses/count'],
      ['DELETE', `/api/responses/${crypto.randomUUID()}`],
    ];
    it.each(readPaths)(
      '%s %s refuses a request with no token or a wrong one (401) and serves the right one',
      async (method, path) => {
        for (const token of [null, 'wrong-token-wrong-token', `${TOKEN}x`]) {
          const response = await read(url, path, token, { method });
          expect(response.status).toBe(401);
          expect(await response.json()).toEqual({ error: expect.any(String) });
        }
        const allowed = await read(url, path, TOKEN, { method });
        // DELETE of an id never stored is a 404 after authorisation, not a 401.
        expect(allowed.status).toBe(method === 'DELETE' ? 404 : 200);
      },
    );
  });

  describe('CORS', () => {
    it('lets the configured site origin post and read the answer, and tells no other origin', async () => {
      const allowed = await post(url, payload(), 'application/json', { origin: SITE_ORIGIN });
      expect(allowed.status).toBe(201);
      expect(allowed.headers.get('access-control-allow-origin')).toBe(SITE_ORIGIN);
      expect(allowed.headers.get('access-control-expose-headers')).toMatch(/retry-after/i);

      const other = await post(url, payload(), 'application/json', { origin: 'https://evil.example' });
      expect(other.headers.get('access-control-allow-origin')).toBeNull();
    });

    it('answers a preflight for the site origin only', async () => {
      const preflight = (origin: string) =>
        fetch(`${url}/api/responses`, {
          method: 'OPTIONS',
          headers: {
            origin,
            'access-control-request-method': 'POST',
            'access-control-request-headers': 'content-type',
          },
        });
      const allowed = await preflight(SITE_ORIGIN);
      expect(allowed.status).toBeLessThan(300);
      expect(allowed.headers.get('access-control-allow-origin')).toBe(SITE_ORIGIN);
      expect(allowed.headers.get('access-control-allow-methods')).toMatch(/POST/);
      expect(allowed.headers.get('access-control-allow-headers')).toMatch(/content-type/i);
      expect((await preflight('https://evil.example')).headers.get('access-control-allow-origin')).toBeNull();
    });
  });

  describe('rate limit', () => {
    it('answers 429 with Retry-After once an address has used its posts for the minute', async () => {
      // Its own data folder (and, on SQLite, its own database) beside the first collector's.
      const limited = await startCollector(dir, {
        ...storeEnv,
        COLLECTOR_RATE_LIMIT: '3',
        COLLECTOR_DATA_DIR: `${dir}/rate-limited`,
      });
      try {
        const statuses: number[] = [];
        let retryAfter: string | null = null;
        for (let i = 0; i < 5; i++) {
          const response = await post(limited.url, payload());
          statuses.push(response.status);
          if (response.status === 429) retryAfter = response.headers.get('retry-after');
        }
        expect(statuses).toEqual([201, 201, 201, 429, 429]);
        expect(Number(retryAfter)).toBeGreaterThanOrEqual(1);
      } finally {
        await limited.stop();
      }
    });
  });

  describe('exports', () => {
    const ids = { math: '', science: '', deleted: '', other: '' };
    let since: string;

    beforeAll(async () => {
      since = new Date().toISOString();
      const bodies = {
        math: payload(selfAssessment, { community: 'Math', wave: '2026-fall' }, 1),
        science: { ...payload(selfAssessment, { community: 'Science' }, 2), language: 'es' },
        deleted: payload(selfAssessment, { community: 'Math' }, 3),
        // As stored before responses recorded their language.
        other: withoutLanguage(payload(readiness, { community: 'Math' }, 4)),
      };
      for (const [key, body] of Object.entries(bodies)) {
        ids[key as keyof typeof ids] = body.responseId;
        expect((await post(url, body)).status).toBe(201);
      }
      const deleted = await read(url, `/api/responses/${ids.deleted}`, TOKEN, { method: 'DELETE' });
      expect(await deleted.json()).toEqual({ responseId: ids.deleted, deleted: true });
    });

    const exportedIds = async (query: string) =>
      (await (await read(url, `/api/responses?${query}`)).text())
        .trim()
        .split('\n')
        .filter(Boolean)
        .map((line) => (JSON.parse(line) as { responseId: string }).responseId);

    it('exports NDJSON that the score and analyze readers accept, exactly as received', async () => {
      const response = await read(url, `/api/responses?format=ndjson&since=${encodeURIComponent(since)}`);
      expect(response.headers.get('content-type')).toMatch(/ndjson/);
      const text = await response.text();
      const { responses, rejected } = readResponses([{ name: 'export.ndjson', text }], await readableHashes(), {
        within: model,
      });
      expect(rejected).toEqual([]);
      expect(responses.map((r) => r.responseId).sort()).toEqual([ids.math, ids.science, ids.other].sort());
      expect(responses.find((r) => r.responseId === ids.math)).toMatchObject({
        params: { community: 'Math', wave: '2026-fall' },
        instrument: { id: 'cop-self-assessment', hash: hashOf(selfAssessment) },
      });
      expect(Object.fromEntries(responses.map((r) => [r.responseId, r.language]))).toEqual({
        [ids.math]: 'en',
        [ids.science]: 'es',
        [ids.other]: 'en',
      });
      const received = text.split('\n').map((line) => (line === '' ? {} : (JSON.parse(line) as object)));
      expect(received.find((body) => 'responseId' in body && body.responseId === ids.science)).toMatchObject({
        language: 'es',
      });
    });

    it('leaves soft-deleted responses out of exports and counts, and refuses to delete an unknown id', async () => {
      expect(await exportedIds(`since=${encodeURIComponent(since)}`)).not.toContain(ids.deleted);
      expect(await count(url, `?since=${encodeURIComponent(since)}`)).toBe(3);
      expect((await read(url, `/api/responses/${crypto.randomUUID()}`, TOKEN, { method: 'DELETE' })).status).toBe(404);
    });

    it('filters by instrument, version, link parameter and received time', async () => {
      const after = `since=${encodeURIComponent(since)}`;
      expect((await exportedIds(`${after}&instrument=cop-self-assessment`)).sort()).toEqual(
        [ids.math, ids.science].sort(),
      );
      expect(await exportedIds(`${after}&instrument=cop-self-assessment&param.community=Science`)).toEqual([
        ids.science,
      ]);
      expect(await exportedIds(`${after}&param.wave=2026-fall`)).toEqual([ids.math]);
      expect(await exportedIds(`${after}&version=9.9.9`)).toEqual([]);
      expect(await exportedIds(`until=${encodeURIComponent(since)}&param.wave=2026-fall`)).toEqual([]);
      expect(await count(url, `?${after}&param.community=Math`)).toBe(2);
    });

    it("exports CSV in codebook variable names with the server's scores", async () => {
      const response = await read(
        url,
        `/api/responses?format=csv&instrument=cop-self-assessment&since=${encodeURIComponent(since)}`,
      );
      expect(response.headers.get('content-type')).toMatch(/text\/csv/);
      const text = await response.text();
      expect(text).toMatch(/\r\n$/);
      const { data, meta } = Papa.parse<Record<string, string>>(text.trim(), { header: true });
      expect(meta.fields?.slice(0, 7)).toEqual([
        'response_id',
        'instrument_id',
        'instrument_version',
        'language',
        'instrument_hash',
        'submitted_at',
        'received_at',
      ]);
      expect(meta.fields).toEqual(
        expect.arrayContaining(['dom_01', 'community', 'wave', 'code', 'shared_domain_mean', 'stage_estimate']),
      );
      const math = data.find((row) => row['response_id'] === ids.math)!;
      expect(math).toMatchObject({
        community: 'Math',
        wave: '2026-fall',
        instrument_id: 'cop-self-assessment',
        language: 'en',
      });
      expect(data.find((row) => row['response_id'] === ids.science)).toMatchObject({ language: 'es' });
      expect(Number(math['shared_domain_mean'])).toBeGreaterThan(0);
      expect(data.map((row) => row['response_id']).sort()).toEqual([ids.math, ids.science].sort());

      const { responses, rejected } = readResponses([{ name: 'export.csv', text }], await readableHashes(), {
        within: model,
      });
      expect(rejected).toEqual([]);
      expect(responses).toHaveLength(2);
    });

    it.each([
      ['format=csv', 'instrument'],
      ['format=xml', 'format'],
      ['since=last-week', 'since'],
      ['colour=red', 'colour'],
      ['instrument=a&instrument=b', 'instrument'],
    ])('refuses the query %s with 400 naming %s', async (query, field) => {
      const response = await read(url, `/api/responses?${query}`);
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({ field });
    });
  });

  describe('every published version the model holds', () => {
    const since = new Date().toISOString();
    const exported = async (query: string) =>
      (await (await read(url, `/api/responses?since=${encodeURIComponent(since)}&${query}`)).text())
        .split('\n')
        .filter(Boolean);

    it('stores a version 1 response (one that waited in an outbox) exactly as received, scored as version 1', async () => {
      const stored = storedResponses.find((p) => p.instrument.id === 'cop-self-assessment')!;
      const body = JSON.stringify(stored);
      const response = await post(url, body);
      expect(response.status).toBe(201);
      expect(await exported('version=1.0.0&instrument=cop-self-assessment')).toEqual([body]);
      const csv = await (
        await read(url, `/api/responses?format=csv&instrument=cop-self-assessment&version=1.0.0`)
      ).text();
      const row = Papa.parse<Record<string, string>>(csv.trim(), { header: true }).data.find(
        (r) => r['response_id'] === stored.responseId,
      )!;
      expect(row).toMatchObject({ instrument_version: '1.0.0', instrument_hash: stored.instrument.hash });
      // The server's scores are version 1's, as the device worked them out.
      expect(row['shared_domain_mean']).toBe(String(stored.scores.constructs[0]!.mean));
      expect(row['stage_clarity']).toBe(stored.scores.stage!.clarity);
      const { responses, rejected } = readResponses([{ name: 'v1.csv', text: csv }], await readableHashes(), {
        within: model,
      });
      expect(rejected).toEqual([]);
      expect(responses.map((r) => r.instrument.version)).toContain('1.0.0');
    });

    it('accepts "don’t know" (-8) in version 2 and refuses "na" there, naming the answer', async () => {
      const item = 'dom_01';
      const dontKnow = payload(selfAssessment);
      dontKnow.answers[item] = -8;
      expect((await post(url, dontKnow)).status).toBe(201);
      const na = payload(selfAssessment);
      na.answers[item] = NOT_APPLICABLE;
      const refused = await post(url, na);
      expect(refused.status).toBe(400);
      expect(await refused.json()).toEqual({
        error: expect.stringContaining(`${item}: "na" is not one of 1, 2, 3, 4, 5, -8`),
        field: `answers.${item}`,
      });
      expect(await exported('instrument=cop-self-assessment')).not.toContainEqual(
        expect.stringContaining(na.responseId),
      );
    });

    it('checks a version 1 response against version 1’s items: a version 2 code is refused', async () => {
      const version1 = findVersion('cop-self-assessment', '1.0.0', model)!;
      const old = payload(version1);
      old.answers['dom_01'] = -8;
      const refused = await post(url, old);
      expect(refused.status).toBe(400);
      expect(await refused.json()).toMatchObject({ field: 'answers.dom_01' });
    });
  });

  it('serves the built site with security headers, index pages and the 404 page', async () => {
    const home = await fetch(`${url}/`);
    expect(home.status).toBe(200);
    expect(await home.text()).toContain('home page');
    expect(home.headers.get('x-content-type-options')).toBe('nosniff');
    expect(home.headers.get('referrer-policy')).toBe('no-referrer');
    expect(home.headers.get('x-frame-options')).toBe('DENY');
    expect(home.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(home.headers.get('set-cookie')).toBeNull();
    expect(await (await fetch(`${url}/instruments/`)).text()).toContain('instruments page');
    const missing = await fetch(`${url}/no/such/page/`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('page not found');
    expect((await fetch(`${url}/../../etc/passwd`)).status).toBe(404);
  });

  it('logs method, path, status and time, never response content or tokens', async () => {
    const body = payload(selfAssessment, { community: 'Secretcommunity' });
    const before = collector.output().length;
    await post(url, body);
    await read(url, '/api/responses?param.community=Secretcommunity');
    // The log is written in batches, a moment after the requests.
    await expect
      .poll(() => collector.output().slice(before))
      .toMatch(/POST \/api\/responses 201 [\d.]+ms\n[^]*GET \/api\/responses 200 [\d.]+ms\n/);
    const output = collector.output().slice(before);
    expect(output).not.toContain('Secretcommunity');
    expect(output).not.toContain(body.responseId);
    expect(output).not.toContain(TOKEN);
  });
});
