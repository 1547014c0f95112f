import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { narrowPageCsp } from '../../src/integrations/page-csp.ts';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const hashed = 'document.documentElement.dataset.ready = "yes";';
/** An `is:inline` script, which Astro leaves inline. */
const unhashed = 'document.addEventListener("click", () => {});';
const otherPage = 'console.log("another page");';
const style = '.a{color:red}';
const policy = `default-src 'self';worker-src 'self'; script-src 'self' ${hash(hashed)} ${hash(otherPage)}; style-src 'self' ${hash(style)} ${hash('.b{}')};`;
const page = [
  '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>T</title>',
  `<script>${unhashed}</script><link rel="stylesheet" href="/x.css">`,
  `<meta http-equiv="content-security-policy" content="${policy}"><style>${style}</style></head>`,
  `<body><script>${hashed}</script><script type="module" src="/_astro/a.js"></script>`,
  '<script type="application/json">{"a":1}</script></body></html>',
].join('');

describe("a page's CSP", () => {
  const html = narrowPageCsp(page, 'x/index.html');

  it('comes right after the charset, before anything the layout put in <head>', () => {
    expect(html).toMatch(
      /^<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="[^"]*"><title>/,
    );
    expect(html.match(/content-security-policy/g)).toHaveLength(1);
  });

  it("allows exactly the page's own inline scripts and styles, not other pages'", () => {
    const content = /content="([^"]*)"/.exec(html)![1]!;
    expect(content).toBe(
      `default-src 'self'; worker-src 'self'; script-src 'self' ${hash(unhashed)} ${hash(hashed)}; style-src 'self' ${hash(style)}`,
    );
  });

  it('names the page when its layout wrote no policy', () => {
    expect(() =>
      narrowPageCsp('<!DOCTYPE html><html><head><meta charset="utf-8"></head></html>', 'a/index.html'),
    ).toThrow('a/index.html has no CSP meta tag');
  });
});
