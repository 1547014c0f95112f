import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CollectorReadError,
  collectorExportUrl,
  defaultCollectorAddress,
  fetchCollectorResponses,
} from '../../src/instruments/collector-export.ts';

const TOKEN = 'read-token-for-tests';
const EXPORT = '{"responseId":"a"}\n{"responseId":"b"}\n';
const seen: IncomingMessage[] = [];

/**
 * A stand-in for the collector's read path: NDJSON for the right token, its JSON errors otherwise; `portal-token`
 * gets a captive portal's page, `cut-token` an export whose connection breaks after the first line.
 */
const server: Server = createServer((request, response) => {
  seen.push(request);
  if (request.headers.authorization === 'Bearer cut-token') {
    response.writeHead(200, { 'content-type': 'application/x-ndjson' });
    response.write(EXPORT.split('\n')[0]);
    setImmediate(() => response.destroy());
  } else if (request.headers.authorization === 'Bearer portal-token') {
    response.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><p>Welcome to the hotel Wi-Fi</p>');
  } else if (request.headers.authorization !== `Bearer ${TOKEN}`) {
    response.writeHead(401, { 'content-type': 'application/json' }).end('{"error":"A valid read token is needed."}');
  } else if (new URL(request.url ?? '/', 'http://x').searchParams.get('instrument') === 'nope') {
    response
      .writeHead(400, { 'content-type': 'application/json' })
      .end('{"error":"Unknown instrument.","field":"instrument"}');
  } else {
    response.writeHead(200, { 'content-type': 'application/x-ndjson' }).end(EXPORT);
  }
});
let base = '';

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('collectorExportUrl', () => {
  it('finds the export path from the collector’s root (with any path prefix) or from the export path itself', () => {
    expect(collectorExportUrl({ url: 'https://data.example.org', token: 't' }).href).toBe(
      'https://data.example.org/api/responses?format=ndjson',
    );
    expect(collectorExportUrl({ url: 'https://example.org/study/', token: 't' }).href).toBe(
      'https://example.org/study/api/responses?format=ndjson',
    );
    expect(
      collectorExportUrl({
        url: 'https://data.example.org/api/responses/',
        token: 't',
        instrument: 'cop-self-assessment',
      }).href,
    ).toBe('https://data.example.org/api/responses?format=ndjson&instrument=cop-self-assessment');
  });

  it.each([
    ['not a url', 'is not a URL'],
    ['ftp://data.example.org', 'must start with https:// or http://'],
    ['https://user:secret@data.example.org', 'must not carry a user name or password'],
  ])('refuses %s', (url, message) => {
    expect(() => collectorExportUrl({ url, token: 't' })).toThrow(message);
  });
});

describe('fetchCollectorResponses', () => {
  it('returns the export as an NDJSON text, sending the token only in the Authorization header', async () => {
    const file = await fetchCollectorResponses({ url: base, token: TOKEN, instrument: 'cop-self-assessment' });
    expect(file.text).toBe(EXPORT);
    expect(file.name.endsWith('.ndjson')).toBe(true);
    expect(file.origin).toBe(base);
    const request = seen.at(-1)!;
    expect(request.url).toBe('/api/responses?format=ndjson&instrument=cop-self-assessment');
    expect(request.url).not.toContain(TOKEN);
  });

  it('says the token was refused', async () => {
    await expect(fetchCollectorResponses({ url: base, token: 'wrong' })).rejects.toThrow(
      'did not accept the read token',
    );
  });

  it('passes on the collector’s own reason for a refusal', async () => {
    await expect(fetchCollectorResponses({ url: base, token: TOKEN, instrument: 'nope' })).rejects.toThrow(
      'answered 400 Bad Request. Unknown instrument.',
    );
  });

  it('does not take an HTML page for an export', async () => {
    await expect(fetchCollectorResponses({ url: base, token: 'portal-token' })).rejects.toThrow(CollectorReadError);
  });

  it('does not return part of an export whose connection broke', async () => {
    await expect(fetchCollectorResponses({ url: base, token: 'cut-token' })).rejects.toThrow(
      'stopped sending before the export was complete',
    );
  });

  it('says when the collector cannot be reached', async () => {
    await expect(fetchCollectorResponses({ url: 'http://127.0.0.1:9', token: TOKEN })).rejects.toThrow(
      'could not be reached',
    );
  });

  it('asks for a token before sending anything', async () => {
    const before = seen.length;
    await expect(fetchCollectorResponses({ url: base, token: '  ' })).rejects.toThrow('A read token is needed');
    expect(seen.length).toBe(before);
  });
});

describe('fetchCollectorResponses on a page whose security policy limits where it may connect', () => {
  it('refuses another origin with a message saying what to do, before sending anything', async () => {
    const before = seen.length;
    const reading = fetchCollectorResponses(
      { url: base, token: TOKEN },
      { allowedOrigins: ['https://site.example.org'] },
    );
    await expect(reading).rejects.toThrow(
      `This page may read only from https://site.example.org (its security policy), not ${base}.`,
    );
    await expect(reading).rejects.toThrow(`npm run analyze -- --url ${base}`);
    expect(seen.length).toBe(before);
  });

  it('reads from an allowed origin', async () => {
    const file = await fetchCollectorResponses(
      { url: `${base}/`, token: TOKEN },
      { allowedOrigins: ['https://site.example.org', base] },
    );
    expect(file.text).toBe(EXPORT);
  });
});

describe('defaultCollectorAddress', () => {
  it('is the site’s own address when the build posts to a path on it, keeping any prefix before /api/responses', () => {
    expect(defaultCollectorAddress('/api/responses', 'http://127.0.0.1:4321')).toBe('http://127.0.0.1:4321');
    expect(defaultCollectorAddress('/study/api/responses/', 'https://example.org')).toBe('https://example.org/study');
    expect(
      collectorExportUrl({ url: defaultCollectorAddress('/study/api/responses', 'https://example.org'), token: 't' })
        .pathname,
    ).toBe('/study/api/responses');
  });

  it('is empty when the build posts to another origin or nowhere', () => {
    for (const endpoint of [
      'https://collector.example.org/api/responses',
      '//collector.example.org/api/responses',
      undefined,
    ]) {
      expect(defaultCollectorAddress(endpoint, 'https://example.org'), String(endpoint)).toBe('');
    }
  });
});
