import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return htmlFiles(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

/**
 * Passes every HTML page of the built site in `site` (a directory path) through `rewrite`, for integrations
 * that finish pages after Astro; `page` is the file's path within the site, for messages.
 */
export function rewritePages(site: string, rewrite: (html: string, page: string) => string): void {
  for (const file of htmlFiles(site)) {
    const html = readFileSync(file, 'utf8');
    const rewritten = rewrite(html, relative(site, file));
    if (rewritten !== html) writeFileSync(file, rewritten);
  }
}
