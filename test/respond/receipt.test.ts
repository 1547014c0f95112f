import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { confirmsReceipt } from '../../src/respond/receipt.ts';

const id = '0b6f2c1e-4d3a-4f5b-9c8d-7e6f5a4b3c2d';

describe('confirmsReceipt', () => {
  it('accepts a JSON body that echoes the responseId', () => {
    expect(confirmsReceipt(JSON.stringify({ responseId: id }), id)).toBe(true);
  });

  it('accepts the collector’s answers for a first copy and for a repeat', () => {
    expect(confirmsReceipt(JSON.stringify({ responseId: id, status: 'stored' }), id)).toBe(true);
    expect(confirmsReceipt(JSON.stringify({ responseId: id, status: 'duplicate' }), id)).toBe(true);
  });

  it.each([
    ['a captive portal’s HTML page', `<!doctype html><html><body><form>Log in to the Wi-Fi</form>${id}</body></html>`],
    ['an empty body', ''],
    ['plain text naming the id', `stored ${id}`],
    ['the id as a bare JSON string', JSON.stringify(id)],
    ['another response’s id', JSON.stringify({ responseId: '11111111-2222-4333-8444-555555555555' })],
    ['the id in another field', JSON.stringify({ stored: id })],
    ['the id in an array', JSON.stringify([{ responseId: id }])],
    ['the id nested deeper', JSON.stringify({ data: { responseId: id } })],
    ['the id in upper case', JSON.stringify({ responseId: id.toUpperCase() })],
    ['JSON null', 'null'],
    ['an empty object', '{}'],
    ['truncated JSON', JSON.stringify({ responseId: id }).slice(0, -2)],
  ])('refuses %s', (_what, body) => {
    expect(confirmsReceipt(body, id)).toBe(false);
  });

  it('confirms only the id it echoes (property)', () => {
    fc.assert(
      fc.property(fc.uuid(), fc.uuid(), (echoed, sent) => {
        expect(confirmsReceipt(JSON.stringify({ responseId: echoed }), sent)).toBe(echoed === sent);
      }),
    );
  });
});
