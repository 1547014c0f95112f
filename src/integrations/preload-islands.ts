import type { AstroIntegration } from 'astro';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rewritePages } from './built-pages.ts';

/** Static imports in a built ES module (`import{…}from"./x.js"`, `import"./x.js"`), not dynamic `import()`. */
const STATIC_IMPORT = /import(?:[\w\s{},*$]*?from)?\s*"(\.\/[^"]+\.js)"/g;

/**
 * Adds `<link rel="modulepreload">` for every island's component, renderer and their static imports.
 * Astro starts loading a client:only island from a script at the end of the page, after the stylesheets,
 * and then discovers its chunks one import at a time; on a slow connection that waterfall costs seconds
 * between pressing Start and the first question. Preloading lets it all download while the respondent reads.
 */
export default function preloadIslands(): AstroIntegration {
  return {
    name: 'cultivate:preload-islands',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const site = fileURLToPath(dir);
        const importsOf = (url: string, seen: Set<string>) => {
          if (seen.has(url)) return;
          seen.add(url);
          const source = readFileSync(join(site, url), 'utf8');
          const folder = url.slice(0, url.lastIndexOf('/') + 1);
          for (const [, relative] of source.matchAll(STATIC_IMPORT)) importsOf(folder + relative!.slice(2), seen);
        };
        rewritePages(site, (html) => {
          const islands = html.match(/<astro-island\b[^>]*>/g) ?? [];
          if (islands.length === 0) return html;
          const modules = new Set<string>();
          for (const island of islands) {
            for (const [, url] of island.matchAll(/\b(?:component|renderer)-url="([^"]+)"/g)) importsOf(url!, modules);
          }
          const links = [...modules].map((url) => `<link rel="modulepreload" href="${url}">`).join('');
          return html.replace('</head>', `${links}</head>`);
        });
      },
    },
  };
}
