import { expect, test, type Page } from '@playwright/test';
import { qrPath } from '../../src/components/qr-path.ts';
import { fill } from '../../src/i18n/catalogue.ts';
import { linkScriptMessages } from '../../src/i18n/researchers.ts';
import { modelIn } from '../../src/instruments/source-model.ts';
import { expectAccessible, expectClean, watch } from './site.ts';

const PAGE = '/es/researchers/links/';
const instrument = modelIn('es').instruments[1]!;
/** Values with accents, signs and spaces, so the link must encode them. */
const typed: Record<string, string> = { community: 'Escuela Nº 5 – Año', wave: '2026-oct', code: 'A17' };

/** The link the builder should give: on the site's origin, the page in `prefix`, parameters in the instrument's order. */
function expectedLink(origin: string, prefix: string): string {
  const query = new URLSearchParams();
  for (const parameter of instrument.parameters) {
    const value = typed[parameter.name];
    if (value !== undefined) query.set(parameter.name, value);
  }
  return `${origin}${prefix}/instruments/${instrument.id}/?${query}`;
}

async function fillBuilder(page: Page) {
  await page.goto(PAGE);
  await expect(page.locator('#lb-link')).toHaveValue(/^http/);
  await page.getByRole('group', { name: 'Instrumento' }).getByRole('radio', { name: instrument.title }).check();
  for (const parameter of instrument.parameters) {
    const value = typed[parameter.name];
    if (value !== undefined) {
      await page
        .locator('link-builder [data-fields]')
        .getByRole('textbox', { name: parameter.label, exact: true })
        .fill(value);
    }
  }
}

const language = (page: Page, name: string) =>
  page.getByRole('group', { name: 'Idioma de la encuesta' }).getByRole('radio', { name });

test('the Spanish link builder is in Spanish and axe-clean, and offers Spanish first', async ({ page }) => {
  const seen = await watch(page);
  await fillBuilder(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Generador de enlaces');
  await expect(language(page, 'Español')).toBeChecked();
  await expect(language(page, 'English')).not.toBeChecked();
  await expectAccessible(page);
  expectClean(seen);
});

for (const [name, prefix] of [
  ['Español', '/es'],
  ['English', ''],
] as const) {
  test(`choosing ${name} links to the survey page in that language, every parameter kept, with its QR code`, async ({
    page,
    baseURL,
  }) => {
    const seen = await watch(page);
    await fillBuilder(page);
    await language(page, name).check();
    const link = expectedLink(baseURL!, prefix);
    await expect(page.getByRole('textbox', { name: 'Enlace', exact: true })).toHaveValue(link);
    const qr = page.locator('[data-qr] svg');
    await expect(qr).toHaveAttribute('aria-label', `Código QR de ${link}`);
    await expect(qr.locator('path')).toHaveAttribute('d', qrPath(link).d);
    expectClean(seen);

    await page.goto(link);
    await expect(page.locator('html')).toHaveAttribute('lang', prefix === '/es' ? 'es' : 'en');
    const notice = page.locator('link-parameter-notice');
    await expect(notice.locator('[data-problems]')).toBeHidden();
    await expect(notice.locator('dd')).toHaveText(
      instrument.parameters.flatMap((parameter) => typed[parameter.name] ?? []),
    );
  });
}

test('a batch made on the Spanish page links to the chosen language, and says so in Spanish', async ({
  page,
  baseURL,
}) => {
  const seen = await watch(page);
  await fillBuilder(page);
  await page.getByRole('radio', { name: 'Código de participante' }).check();
  await page.getByRole('textbox', { name: 'Una línea por cada código de participante' }).fill('B1\nB1\n!');
  await expect(page.locator('[data-batch-status]')).toHaveText(
    '2 enlaces listos. 1 línea tiene un problema y quedó fuera. 1 línea repite una anterior.',
  );
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Descargar CSV de enlaces' }).click(),
  ]);
  const csv = await download.createReadStream().then(async (stream) => {
    let text = '';
    for await (const chunk of stream) text += String(chunk);
    return text;
  });
  const link = expectedLink(baseURL!, '/es').replace('code=A17', 'code=B1');
  expect(csv.split(/\r?\n/)[0]).toBe('community,wave,code,enlace');
  expect(csv).toContain(link);
  expectClean(seen);
});

test('a too-long value in the Spanish link builder is reported in Spanish, naming the limit', async ({ page }) => {
  const community = instrument.parameters.find((parameter) => parameter.name === 'community')!;
  await page.goto(PAGE);
  await page.getByRole('group', { name: 'Instrumento' }).getByRole('radio', { name: instrument.title }).check();
  const field = page.locator('link-builder [data-fields]').getByRole('textbox', { name: community.label, exact: true });
  await field.fill('a'.repeat(community.maxLength + 1));
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#lb-field-community-error')).toHaveText(
    `${community.label}: ${fill(linkScriptMessages.es.problemTooLong, { max: community.maxLength })}.`,
  );
});
