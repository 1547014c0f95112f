import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return htmlFiles(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

/**
 * Each page as the last pass left it, with the size and modification time it was left with. Several
 * integrations pass over every page one after another, and reading the whole site (30 MB at 1,000 essays) is
 * most of what a pass costs, so a pass takes a page from here when the file on disk is still exactly what the
 * last pass left; anything that touched it since (another integration) makes it read the file again.
 */
const lastPass = new Map<string, { html: string; size: number; mtimeMs: number }>();

function read(file: string): string {
  const known = lastPass.get(file);
  if (known !== undefined) {
    const { size, mtimeMs } = statSync(file);
    if (size === known.size && mtimeMs === known.mtimeMs) return known.html;
  }
  return readFileSync(file, 'utf8');
}

/**
 * Passes every HTML page of the built site in `site` (a directory path) through `rewrite`, for integrations
 * that finish pages after Astro; `page` is the file's path within the site, for messages.
 */
export function rewritePages(site: string, rewrite: (html: string, page: string) => string): void {
  const files = htmlFiles(site);
  const seen = new Set(files);
  for (const file of lastPass.keys()) if (!seen.has(file)) lastPass.delete(file);
  for (const file of files) {
    const html = read(file);
    const rewritten = rewrite(html, relative(site, file));
    if (rewritten !== html) writeFileSync(file, rewritten);
    const { size, mtimeMs } = statSync(file);
    lastPass.set(file, { html: rewritten, size, mtimeMs });
  }
}
