import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { rewritePages } from './built-pages.ts';

const CSP_META = /<meta http-equiv="content-security-policy" content="([^"]*)">/;
const CHARSET_META = /^<!DOCTYPE html><html[^>]*><head><meta charset="utf-8">/i;
const HASH_SOURCE = /^'sha(256|384|512)-[^']+'$/;
const INLINE_ELEMENT = /<(script|style)\b([^>]*)>([\s\S]*?)<\/\1>/g;
/** A script the browser runs: no type, or a JavaScript one (JSON data blocks need no hash). */
const RUNS = /^(?:|module|(?:text|application)\/javascript)$/i;

/** The hash sources of a page's own inline scripts and styles. A script with src= is covered by 'self'. */
function inlineHashes(html: string) {
  const hashes = { script: new Set<string>(), style: new Set<string>() };
  for (const [, tag, attributes, body] of html.matchAll(INLINE_ELEMENT)) {
    const type = /\stype="([^"]*)"/.exec(attributes!)?.[1] ?? '';
    if (tag === 'script' && (/\ssrc=/.test(attributes!) || !RUNS.test(type))) continue;
    hashes[tag as 'script' | 'style'].add(`'sha256-${createHash('sha256').update(body!).digest('base64')}'`);
  }
  return hashes;
}

/**
 * A built page with its CSP meta tag (written by BaseLayout, src/components/page-policy.ts) given exactly the
 * hashes of the page's own inline scripts and styles, `is:inline` ones included (all written by this project:
 * essays may not carry any, see essay-check.ts), and placed right after `<meta charset>`, before anything else
 * in `<head>` it must apply to. Only the built page shows which inline code Astro bundled, kept inline or
 * moved, so the hashes are taken here. The charset declaration stays first because browsers look for it only
 * in the first 1024 bytes.
 */
export function narrowPageCsp(html: string, page: string): string {
  const meta = CSP_META.exec(html);
  if (meta === null)
    throw new Error(
      `${page} has no CSP meta tag: lay the page out with BaseLayout, which writes it in production builds (is NODE_ENV set to something other than "production"?).`,
    );
  if (!CHARSET_META.test(html)) throw new Error(`${page} does not begin its <head> with <meta charset="utf-8">.`);
  const own = inlineHashes(html);
  const policy = meta[1]!
    .split(';')
    .map((directive) => directive.trim().split(/\s+/))
    .filter(([name]) => name !== '')
    .map(([name, ...sources]) => {
      const kept = sources.filter((source) => !HASH_SOURCE.test(source));
      if (name === 'script-src') kept.push(...own.script);
      if (name === 'style-src') kept.push(...own.style);
      return [name, ...kept].join(' ');
    })
    .join('; ');
  const tag = `<meta http-equiv="content-security-policy" content="${policy}">`;
  return html.replace(meta[0], '').replace(CHARSET_META, (start) => start + tag);
}

/** Runs `narrowPageCsp` over every page of the build. */
export default function pageCsp(): AstroIntegration {
  return {
    name: 'cultivate:page-csp',
    hooks: {
      'astro:build:done': ({ dir }) => rewritePages(fileURLToPath(dir), narrowPageCsp),
    },
  };
}
