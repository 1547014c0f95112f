import { describe, expect, it } from 'vitest';
import { instruments } from '../../src/instruments/source-model.ts';
import { deliveriesFor, deliveryFor } from '../../src/respond/deliveries.ts';
import { isFresh } from '../../src/respond/drafts.ts';
import { instrumentPageMessages } from '../../src/i18n/instrument-page.ts';
import type { Language } from '../../src/instruments/languages.ts';
import { noticeText, type NoticeMessages } from '../../src/respond/notice-text.ts';
import { KEEP_MS } from '../../src/respond/storage-keys.ts';

describe('draft expiry', () => {
  const now = Date.UTC(2026, 5, 1, 12);
  const savedAgo = (ms: number) => ({ savedAt: new Date(now - ms).toISOString() });

  it('offers a draft saved less than a day ago, never one older', () => {
    expect(KEEP_MS).toBe(24 * 60 * 60_000);
    expect(isFresh(savedAgo(0), now)).toBe(true);
    expect(isFresh(savedAgo(KEEP_MS - 1), now)).toBe(true);
    expect(isFresh(savedAgo(KEEP_MS), now)).toBe(false);
    expect(isFresh(savedAgo(30 * KEEP_MS), now)).toBe(false);
  });

  it('does not offer a draft whose time cannot be read', () => {
    expect(isFresh({ savedAt: 'yesterday' }, now)).toBe(false);
  });
});

describe('delivery settings of a build', () => {
  it('uses the instrument’s own endpoint before the site’s, and nothing when neither is set', () => {
    expect(deliveryFor({ endpoint: 'https://a.example/x' }, '/api/responses', 'json')).toEqual({
      endpoint: 'https://a.example/x',
      format: 'json',
    });
    expect(deliveryFor({}, '/api/responses', 'text')).toEqual({ endpoint: '/api/responses', format: 'text' });
    expect(deliveryFor({}, undefined, 'json')).toBeNull();
  });

  it('lists every instrument that has somewhere to send, by id', () => {
    const all = deliveriesFor(instruments, '/api/responses', 'json');
    expect(Object.keys(all).sort()).toEqual(instruments.map((instrument) => instrument.id).sort());
    expect(
      deliveriesFor(
        instruments.filter((instrument) => !instrument.endpoint),
        undefined,
        'json',
      ),
    ).toEqual({});
  });
});

describe('the site-wide notice', () => {
  const messagesIn = (language: Language): NoticeMessages => {
    const text = instrumentPageMessages[language];
    return {
      language,
      waiting: { one: text.outboxWaitingOne, other: text.outboxWaitingOther },
      refused: { one: text.outboxRefusedOne, other: text.outboxRefusedOther },
    };
  };
  const english = messagesIn('en');
  const spanish = messagesIn('es');

  it('says nothing when nothing needs attention', () => {
    expect(noticeText(english, { refused: 0, waiting: 0 })).toBe('');
    expect(noticeText(spanish, { refused: 0, waiting: 0 })).toBe('');
  });

  it('names waiting and refused responses, in the singular and the plural', () => {
    expect(noticeText(english, { refused: 0, waiting: 1 })).toMatch(
      /^A response .* has not reached .* It is saved here/,
    );
    expect(noticeText(english, { refused: 0, waiting: 3 })).toMatch(
      /^3 responses .* have not reached .* They are saved here/,
    );
    expect(noticeText(english, { refused: 1, waiting: 0 })).toMatch(/^A response .* was refused .* Download it/);
    expect(noticeText(english, { refused: 2, waiting: 1 })).toMatch(
      /has not reached .* 2 responses .* were refused .* Download them/,
    );
  });

  it('speaks Spanish on Spanish pages, with the plural form the count takes', () => {
    const one = noticeText(spanish, { refused: 0, waiting: 1 });
    const three = noticeText(spanish, { refused: 0, waiting: 3 });
    expect(one).toBe(spanish.waiting.one);
    expect(three).toBe(spanish.waiting.other.replaceAll('{count}', '3'));
    expect(three).toContain('3');
    expect(noticeText(spanish, { refused: 2, waiting: 1 })).toBe(
      `${spanish.waiting.one} ${spanish.refused.other.replaceAll('{count}', '2')}`,
    );
    expect(noticeText(spanish, { refused: 2, waiting: 0 })).not.toBe(noticeText(english, { refused: 2, waiting: 0 }));
  });
});
