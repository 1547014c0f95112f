import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

const dist = new URL('../../dist-e2e/endpoint/', import.meta.url).pathname;

/** Every page the build wrote, as a URL path (`/essays/…/`), so new pages are covered without listing them. */
export function builtPages(): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'pagefind' && entry.name !== '_astro') walk(path);
      } else if (entry.name === 'index.html') {
        const folder = relative(dist, dir).split(sep).join('/');
        pages.push(folder ? `/${folder}/` : '/');
      }
    }
  };
  walk(dist);
  if (pages.length === 0) throw new Error(`No built pages in ${dist}: run \`npm run build:e2e\` first.`);
  return pages.sort();
}

/** The HTML the build wrote for a page path from `builtPages`, as the server sends it. */
export const builtHtml = (path: string): string => readFileSync(join(dist, path, 'index.html'), 'utf8');

export interface PageWatch {
  thirdPartyRequests: string[];
  cspViolations: string[];
  errors: string[];
}

/** Records what a user never wants to happen: requests to other origins, CSP violations, script errors. */
export async function watch(page: Page): Promise<PageWatch> {
  const seen: PageWatch = { thirdPartyRequests: [], cspViolations: [], errors: [] };
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`);
    });
  });
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['127.0.0.1', 'localhost'].includes(url.hostname) && !['data:', 'blob:'].includes(url.protocol)) {
      seen.thirdPartyRequests.push(request.url());
    }
  });
  page.on('console', (message) => {
    const text = message.text();
    if (/content security policy|CSP violation/i.test(text)) seen.cspViolations.push(text);
    else if (message.type() === 'error' && !/status of 404/.test(text)) seen.errors.push(text);
  });
  page.on('pageerror', (error) => seen.errors.push(error.message));
  return seen;
}

export function expectClean(seen: PageWatch) {
  expect(seen.thirdPartyRequests, 'requests to other origins').toEqual([]);
  expect(seen.cspViolations, 'CSP violations').toEqual([]);
  expect(seen.errors, 'console errors').toEqual([]);
}

/** WCAG 2.2 AA as axe checks it, colour contrast included. */
export async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  const summary = results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join('; ')})`,
  );
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}
