import { describe, expect, it } from 'vitest';
import { placeholdersOf } from '../../src/i18n/catalogue.ts';
import { inlineHtml } from '../../src/i18n/inline-html.ts';
import { linkBuilderMessages, linkScriptMessages, researchersMessages } from '../../src/i18n/researchers.ts';

describe('the researchers’ catalogues', () => {
  it('have the same placeholders and inline markers in every language', () => {
    const markers = (message: string) => [
      placeholdersOf(message),
      message.split('`').length,
      message.split('_').length,
    ];
    for (const messages of [linkBuilderMessages, linkScriptMessages, researchersMessages]) {
      for (const [key, english] of Object.entries(messages.en)) {
        const spanish = (messages.es as Record<string, string>)[key]!;
        expect(spanish.trim(), key).not.toBe('');
        expect(markers(spanish), key).toEqual(markers(english));
      }
    }
  });
});

describe('inlineHtml', () => {
  it('makes code, emphasis, cited titles and links, and fills in placeholders', () => {
    expect(inlineHtml('Use `x_y`, *this* and _{title}_: see [the page]({page}).', { title: 'T', page: '/p/' })).toBe(
      'Use <code>x_y</code>, <em>this</em> and <cite>T</cite>: see <a href="/p/">the page</a>.',
    );
  });

  it('escapes every text and value, so nothing in them becomes markup', () => {
    expect(inlineHtml('{a} `<b>` [{a}]({href})', { a: '<i>"&\'', href: '/x/?a=1&b="2"' })).toBe(
      '&lt;i&gt;&quot;&amp;&#39; <code>&lt;b&gt;</code> <a href="/x/?a=1&amp;b=&quot;2&quot;">&lt;i&gt;&quot;&amp;&#39;</a>',
    );
  });

  it('marks a link to a page published in English only and says so', () => {
    expect(
      inlineHtml('La [página]({analysis}) lee.', { analysis: '/a/' }, { names: ['analysis'], note: '(en inglés)' }),
    ).toBe('La <a href="/a/" hreflang="en">página</a> (en inglés) lee.');
  });

  it('fails on a placeholder without a value', () => {
    expect(() => inlineHtml('[x]({missing})')).toThrow(/missing/);
  });
});
