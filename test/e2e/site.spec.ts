import { createHash } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { findConstruct, findElement, wheatleyConditions } from '../../src/instruments/framework.ts';
import { englishPathOf } from '../../src/components/paths.ts';
import { findInstrument, versionsOf } from '../../src/instruments/model.ts';
import { instruments, model } from '../../src/instruments/source-model.ts';
import { ports } from './ports.ts';
import { builtHtml, builtPages, expectAccessible, expectClean, watch } from './site.ts';

const pages = builtPages();

/** A page's CSP meta tag as directive name → sources, and where in the page the tag is. */
function pagePolicy(html: string) {
  const meta = /<meta http-equiv="content-security-policy" content="([^"]*)">/.exec(html);
  expect(meta, 'a CSP meta tag').not.toBeNull();
  const directives = new Map(
    meta![1]!
      .split(';')
      .map((directive) => directive.trim().split(/\s+/))
      .filter(([name]) => name !== '')
      .map(([name, ...sources]) => [name!, sources]),
  );
  return { directives, at: meta!.index };
}

test.describe('each page’s security policy', () => {
  for (const path of pages) {
    test(`${path}: comes first, allows only this page’s inline code, search’s needs only on search`, () => {
      const html = builtHtml(path);
      const { directives, at } = pagePolicy(html);
      // Only the charset declaration, which must sit in the first 1024 bytes, may come before the policy.
      const english = englishPathOf(path);
      const lang = english === path ? 'en' : path.split('/')[1];
      expect(html.slice(0, at)).toBe(`<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8">`);

      const inline = [...html.matchAll(/<(script|style)\b([^>]*)>([\s\S]*?)<\/\1>/g)]
        .filter(([, tag, attributes]) => tag === 'style' || !/\ssrc=/.test(attributes!))
        .map(([, , , body]) => `'sha256-${createHash('sha256').update(body!).digest('base64')}'`);
      for (const directive of ['script-src', 'style-src']) {
        const hashes = directives.get(directive)!.filter((source) => source.startsWith("'sha"));
        expect(
          hashes.filter((hash) => !inline.includes(hash)),
          `${directive} hashes of other pages`,
        ).toEqual([]);
      }

      const search = english === '/search/';
      expect(directives.get('script-src')!.includes("'wasm-unsafe-eval'")).toBe(search);
      expect(directives.get('worker-src')).toEqual(search ? ["'self'", 'blob:'] : ["'self'"]);

      // Posting goes to the endpoint's exact address. Beside it, the analysis page reads the collector's export and
      // the link builder creates team sessions (both on the collector's origin); an instrument page asks for a
      // team session's status and the team view reads its summary, under the sessions path only.
      const endpoint = `http://127.0.0.1:${ports.endpoint}`;
      const collectorOrigin = ['/researchers/analyze/', '/researchers/links/'].includes(english);
      const sessions = /^\/instruments\/[a-z0-9-]+\/$/.test(english) || english === '/team/';
      expect(directives.get('connect-src')).toEqual([
        "'self'",
        `${endpoint}/responses`,
        ...(collectorOrigin ? [endpoint] : []),
        ...(sessions ? [`${endpoint}/sessions/`] : []),
      ]);
    });
  }
});

test.describe('every built page', () => {
  for (const path of pages) {
    test(`${path}: no third-party request, no CSP violation, axe-clean, fits 320 px`, async ({ page }) => {
      const seen = await watch(page);
      const response = await page.goto(path, { waitUntil: 'networkidle' });
      expect(response?.status()).toBe(200);
      await expectAccessible(page);

      await page.setViewportSize({ width: 320, height: 640 });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, 'horizontal overflow at 320 px').toBeLessThanOrEqual(0);

      const links = await page
        .locator('a[href^="#"]')
        .evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')!).filter((href) => href.length > 1));
      for (const href of links) {
        expect(await page.locator(`[id="${decodeURIComponent(href.slice(1))}"]`).count(), `target of ${href}`).toBe(1);
      }
      expectClean(seen);
    });
  }
});

test('internal links all lead to built pages and files', async ({ page }) => {
  const broken: string[] = [];
  const known = new Set(pages);
  const files = new Map<string, string>();
  for (const path of pages) {
    await page.goto(path);
    const hrefs = await page
      .locator('a[href^="/"]')
      .evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')!));
    for (const href of hrefs) {
      const url = new URL(href, 'http://site');
      // Files (codebooks, syntax files such as labels.R) are fetched once each, below.
      if (/\.[a-z]+$/i.test(url.pathname)) files.set(url.pathname, path);
      else if (!known.has(url.pathname)) broken.push(`${path} → ${href}`);
    }
  }
  for (const [file, from] of files) {
    if (!(await page.request.get(file)).ok()) broken.push(`${from} → ${file}`);
  }
  expect(files.size).toBeGreaterThan(0);
  expect(broken).toEqual([]);
});

test('dark mode follows the system setting and stays accessible', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  const light = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await page.emulateMedia({ colorScheme: 'dark' });
  const dark = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(dark).not.toBe(light);
  for (const path of ['/', '/essays/', pages.find((p) => p.startsWith('/essays/') && p !== '/essays/')!, '/search/']) {
    await page.goto(path);
    await expectAccessible(page);
  }
});

test('keyboard: the skip link is the first stop and moves focus to the content', async ({ page }) => {
  await page.goto('/essays/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  const outline = await skip.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe('none');
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
  await page.keyboard.press('Tab');
  const focusedInMain = await page.evaluate(() => document.activeElement?.closest('main') !== null);
  expect(focusedInMain).toBe(true);
});

test('keyboard: the header search is reachable and submits to the search page', async ({ page }) => {
  await page.goto('/');
  const search = page.getByRole('searchbox', { name: 'Search the site' });
  for (let i = 0; i < 10 && !(await search.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(search).toBeFocused();
  await page.keyboard.type('trust');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=trust/);
});

test('an unknown address gets a helpful 404 page', async ({ page }) => {
  const seen = await watch(page);
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/couldn’t find/);
  await expect(page.getByRole('searchbox').first()).toBeVisible();
  await expect(page.getByRole('link', { name: 'The essays' })).toHaveAttribute('href', '/essays/');
  await expectAccessible(page);
  expectClean(seen);
});

test.describe('pages made from the framework model', () => {
  test('the short form is listed with the others and has its own pages', async ({ page, request }) => {
    const short = findInstrument('organizational-readiness-short', model);
    await page.goto('/instruments/');
    for (const instrument of instruments)
      await expect(page.getByRole('heading', { name: instrument.title })).toBeVisible();
    await page.goto(`/instruments/${short.id}/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(short.title);
    await expect(page.locator('[data-short-form]')).toContainText('This short form is drawn from the full form');
    for (const instrument of instruments) {
      for (const path of ['print/', 'codebook.csv', 'codebook.json', 'survey.json'])
        expect((await request.get(`/instruments/${instrument.id}/${path}`)).status(), `${instrument.id}/${path}`).toBe(
          200,
        );
    }
  });

  test('the framework maps Wheatley’s conditions to elements and shows the new constructs', async ({ page }) => {
    await page.goto('/framework/');
    for (const condition of wheatleyConditions) {
      const entry = page.locator(`#condition-${condition.id}`);
      await expect(entry.locator('dt')).toHaveText(condition.name);
      await expect(entry.locator('dd')).toContainText(condition.summary);
      await expect(entry.getByRole('link')).toHaveText(condition.elements.map((id) => findElement(id).name));
    }
    for (const id of ['collective-efficacy', 'value-creation'])
      await expect(page.getByRole('link', { name: findConstruct(id).name, exact: true })).toHaveAttribute(
        'href',
        `/framework/${id}/`,
      );
  });

  test('a construct page gives its prompts, first moves and every version that measures it', async ({ page }) => {
    const coaching = findConstruct('coaching');
    await page.goto('/framework/coaching/');
    await expect(page.getByRole('region', { name: 'Questions to talk through' }).getByRole('listitem')).toHaveText([
      ...coaching.prompts,
    ]);
    await expect(page.getByRole('region', { name: 'First moves' }).getByRole('listitem')).toHaveText([
      ...coaching.firstMoves!,
    ]);
    const measured = page.locator('[data-measured-by] li');
    const listed = (id: string) => {
      const [current, ...earlier] = versionsOf(id, model);
      const versions = [`${current!.version} (current)`, ...earlier.map((old) => `${old.version} (earlier)`)];
      return `${current!.title}: version ${versions.join(', ')}`;
    };
    await expect(measured).toContainText([
      listed('organizational-readiness'),
      listed('organizational-readiness-short'),
    ]);
    await expect(page.locator('main')).not.toContainText('{unit}');
    await page.goto('/framework/collective-efficacy/');
    await expect(page.getByRole('region', { name: 'First moves' })).toHaveCount(0);
  });
});
