import { expect, test, type Page } from '@playwright/test';
import { modelIn } from '../../src/instruments/source-model.ts';
import type { Construct } from '../../src/instruments/types.ts';
import { expectAccessible, expectClean, watch } from './site.ts';

/** The Spanish pages of the home, the framework and search: in Spanish, accessible, and searching Spanish pages. */
const spanish = modelIn('es');
const english = modelIn('en');
const construct = spanish.constructs.find(({ id }) => id === 'coaching')!;

const textsOf = (of: Construct) => [of.name, of.definition, ...of.prompts, ...(of.firstMoves ?? [])];
const wordsOf = (text: string) => text.toLocaleLowerCase('es').match(/\p{L}{8,}/gu) ?? [];
const usedElsewhere = new Set(
  [...spanish.constructs.filter((other) => other.id !== construct.id), ...english.constructs]
    .flatMap(textsOf)
    .flatMap(wordsOf),
);
/** The longest word of the construct's Spanish definition that no other construct, and no English text of it, uses. */
const distinctive = wordsOf(construct.definition)
  .filter((word) => !usedElsewhere.has(word))
  .sort((a, b) => b.length - a.length)[0]!;

async function resultLinks(page: Page): Promise<string[]> {
  const status = page.locator('site-search').getByRole('status');
  await expect(status).toHaveText(/\d+ result|No hay resultados|No results/);
  return page.locator('.search-results h2 a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
}

test('the Spanish home page, framework and construct pages are in Spanish, with the model’s Spanish names', async ({
  page,
}) => {
  const seen = await watch(page);
  const element = spanish.elements.find(({ id }) => id === construct.element)!;
  const pages = [
    { path: '/es/', names: spanish.elements.map(({ name }) => name) },
    { path: '/es/framework/', names: [...spanish.constructs, ...spanish.stages].map(({ name }) => name) },
    { path: `/es/framework/${construct.id}/`, names: [construct.name, construct.definition, element.name] },
  ];
  for (const { path, names } of pages) {
    await page.goto(path);
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    for (const name of names) await expect(page.locator('main'), path).toContainText(name);
    // Essays are English only: every link to one says so and carries hreflang="en".
    for (const link of await page.locator('main a[href^="/essays/"]').all()) {
      await expect(link).toHaveAttribute('hreflang', 'en');
      await expect(link).toContainText('(en inglés)');
    }
    await expectAccessible(page);
  }
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(construct.name);
  await expect(page.getByRole('region', { name: 'Preguntas para conversar' }).getByRole('listitem')).toHaveText([
    ...construct.prompts,
  ]);
  expectClean(seen);
});

test(`searching /es/search/ for “${distinctive}” finds the Spanish construct page; English search finds no Spanish page`, async ({
  page,
}) => {
  const seen = await watch(page);
  await page.goto(`/es/search/?q=${encodeURIComponent(distinctive)}`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Buscar');
  const found = await resultLinks(page);
  expect(found).toContain(`/es/framework/${construct.id}/`);
  for (const href of found) expect(href).toMatch(/^\/es\//);
  await expect(page.locator('site-search').getByRole('status')).toHaveText(/^\d+ resultados?\.$/);
  // The filters read in Spanish: the values come from the Spanish index.
  const types = page.getByRole('group', { name: 'Tipo de contenido' });
  await expect(types.getByLabel('Constructo', { exact: true })).toBeVisible();
  await expect(
    page.getByRole('group', { name: 'Elemento del marco' }).getByLabel(spanish.elements[0]!.name),
  ).toBeVisible();
  await expectAccessible(page);

  await page.goto(`/search/?q=${encodeURIComponent(distinctive)}`);
  for (const href of await resultLinks(page)) expect(href).not.toMatch(/^\/es\//);
  expectClean(seen);
});
