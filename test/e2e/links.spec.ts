import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import QRCode from 'qrcode';
import { expect, test, type Download, type Locator, type Page } from '@playwright/test';
import { qrPath, QUIET_ZONE } from '../../src/components/qr-path.ts';
import { parameterProblem } from '../../src/instruments/link-parameters.ts';
import { instruments } from '../../src/instruments/source-model.ts';
import type { Instrument } from '../../src/instruments/types.ts';
import { expectAccessible, expectClean, watch } from './site.ts';

const PAGE = '/researchers/links/';

/** Valid values for every parameter, with spaces around one to check they are trimmed as the survey page trims. */
const typed: Record<string, string> = {
  community: "  Math Dept – Sainte-Anne's ",
  site: 'Écoles Nord',
  wave: '2026-fall',
  code: 'A17',
};

/** The link the instrument expects: absolute, on the site's origin, parameters in the instrument's order. */
function expectedLink(origin: string, instrument: Instrument, values: Record<string, string>): string {
  const query = new URLSearchParams();
  for (const parameter of instrument.parameters) {
    const value = values[parameter.name];
    if (value !== undefined) query.set(parameter.name, value.normalize('NFC').trim());
  }
  return `${origin}/instruments/${instrument.id}/${query.size > 0 ? `?${query}` : ''}`;
}

async function openBuilder(page: Page) {
  await page.goto(PAGE);
  // The element fills the link in as soon as it is defined.
  await expect(page.locator('#lb-link')).toHaveValue(/^http/);
}

const field = (page: Page, label: string) =>
  page.locator('link-builder [data-fields]').getByRole('textbox', { name: label, exact: true });

async function chooseInstrument(page: Page, instrument: Instrument) {
  await page.getByRole('group', { name: 'Instrument' }).getByRole('radio', { name: instrument.title }).check();
}

/** Dark modules as the rendered path draws them, as "x,y" strings; fails on anything but 1×1 squares. */
function squaresOfPath(d: string): Set<string> {
  const segment = /M(\d+) (\d+)h1v1h-1z/g;
  expect(d.replace(segment, ''), 'path holds only 1×1 squares').toBe('');
  return new Set([...d.matchAll(segment)].map((match) => `${match[1]},${match[2]}`));
}

/** Dark modules straight from the QR library, offset by the quiet zone, for comparison with the page. */
function squaresOfText(text: string): Set<string> {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const squares = new Set<string>();
  for (let row = 0; row < modules.size; row++) {
    for (let column = 0; column < modules.size; column++) {
      if (modules.get(row, column)) squares.add(`${column + QUIET_ZONE},${row + QUIET_ZONE}`);
    }
  }
  return squares;
}

/** The SVG encodes exactly `text`: same modules, whole symbol with its quiet zone in view, white behind. */
async function expectQrOf(svg: Locator, text: string) {
  const size = QRCode.create(text, { errorCorrectionLevel: 'M' }).modules.size + 2 * QUIET_ZONE;
  await expect(svg).toHaveAttribute('viewBox', `0 0 ${size} ${size}`);
  await expect(svg).toHaveAttribute('role', 'img');
  await expect(svg).toHaveAttribute('aria-label', /QR code/);
  await expect(svg.locator('rect')).toHaveAttribute('fill', '#fff');
  await expect(svg.locator('path')).toHaveCount(1);
  const d = (await svg.locator('path').getAttribute('d')) ?? '';
  expect(squaresOfPath(d)).toEqual(squaresOfText(text));
}

async function downloaded(download: Download): Promise<string> {
  return readFile((await download.path())!, 'utf8');
}

for (const instrument of instruments) {
  test(`${instrument.id}: the link carries exactly the values given and opens the instrument with them`, async ({
    page,
    baseURL,
  }) => {
    const seen = await watch(page);
    await openBuilder(page);
    await chooseInstrument(page, instrument);
    for (const parameter of instrument.parameters) {
      await expect(field(page, parameter.label)).toBeVisible();
      await field(page, parameter.label).fill(typed[parameter.name] ?? 'x1');
    }
    const values = Object.fromEntries(instrument.parameters.map((p) => [p.name, typed[p.name] ?? 'x1']));
    const link = expectedLink(baseURL!, instrument, values);
    await expect(page.getByRole('textbox', { name: 'Link', exact: true })).toHaveValue(link);
    await expect(page.locator('link-builder [aria-invalid]')).toHaveCount(0);
    await expectQrOf(page.locator('[data-qr] svg'), link);
    expectClean(seen);

    await page.goto(link);
    const notice = page.locator('link-parameter-notice');
    await expect(notice.locator('[data-problems]')).toBeHidden();
    await expect(notice.locator('dt')).toHaveText(instrument.parameters.map((p) => p.label));
    await expect(notice.locator('dd')).toHaveText(instrument.parameters.map((p) => values[p.name]!.trim()));
  });
}

test('a bad value is reported next to its field, as text, and left out of the link', async ({ page, baseURL }) => {
  const seen = await watch(page);
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await openBuilder(page);
  const instrument = instruments[0]!;
  const byName = (name: string) => instrument.parameters.find((parameter) => parameter.name === name)!;
  const bad = {
    community: '<b>x</b>',
    site: 'a'.repeat(byName('site').maxLength + 1),
    code: `A17"><img src=x onerror="window.__pwned=1">`,
  };
  for (const [name, value] of Object.entries(bad)) await field(page, byName(name).label).fill(value);
  await field(page, byName('wave').label).fill('2026-fall');

  for (const [name, value] of Object.entries(bad)) {
    const parameter = byName(name);
    const input = field(page, parameter.label);
    const error = page.locator(`#${await input.getAttribute('id')}-error`);
    await expect(input).toHaveAttribute('aria-invalid', 'true');
    await expect(error).toBeVisible();
    await expect(error).toHaveText(`${parameter.label} ${parameterProblem(parameter, value)}.`);
    await expect(input).toHaveAccessibleDescription(
      `${parameter.description} Up to ${parameter.maxLength} characters. ${await error.textContent()}`,
    );
  }
  await expect(field(page, byName('wave').label)).not.toHaveAttribute('aria-invalid');
  await expect(page.getByText('Fields with a problem are left out of the link')).toBeVisible();
  const link = expectedLink(baseURL!, instrument, { wave: '2026-fall' });
  await expect(page.locator('#lb-link')).toHaveValue(link);
  await expectQrOf(page.locator('[data-qr] svg'), link);

  // Nothing typed became markup.
  await expect(page.locator('main b, main img')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  await expectAccessible(page);

  // Corrected, the value joins the link and the error goes.
  await field(page, byName('community').label).fill('Math Dept');
  await expect(field(page, byName('community').label)).not.toHaveAttribute('aria-invalid');
  await expect(page.locator('#lb-field-community-error')).toBeHidden();
  await expect(page.locator('#lb-link')).toHaveValue(
    expectedLink(baseURL!, instrument, { community: 'Math Dept', wave: '2026-fall' }),
  );
  expect(dialogs).toEqual([]);
  expectClean(seen);
});

test('the QR code downloads as an SVG file of the same code', async ({ page, baseURL }) => {
  const seen = await watch(page);
  await openBuilder(page);
  const instrument = instruments[0]!;
  await field(page, 'Community').fill('Math Dept');
  await field(page, 'Respondent code').fill('A17');
  const link = expectedLink(baseURL!, instrument, { community: 'Math Dept', code: 'A17' });
  await expect(page.locator('#lb-link')).toHaveValue(link);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download QR code (SVG)' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`${instrument.id}-Math-Dept-A17.svg`);
  const svg = await downloaded(download);
  expect(svg.startsWith('<svg')).toBe(true);
  expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
  expect(svg).toContain(`d="${qrPath(link).d}"`);
  expect(svg).not.toContain('class=');

  // The file is an image on its own: a browser renders it from the file with the same modules.
  await page.setContent(svg);
  await expectQrOf(page.locator('svg'), link);
  expectClean(seen);
});

test('Copy link puts the link on the clipboard and says so', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL! });
  const seen = await watch(page);
  await openBuilder(page);
  await field(page, 'Wave').fill('2');
  const link = expectedLink(baseURL!, instruments[0]!, { wave: '2' });
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Copied.' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);

  // A new link is not "copied" yet.
  await field(page, 'Wave').fill('3');
  await expect(page.getByText('Copied.')).toHaveCount(0);
  expectClean(seen);
});

test('without a clipboard, Copy link selects the link and says how to copy it', async ({ page }) => {
  await page.addInitScript(() => Object.defineProperty(navigator, 'clipboard', { value: undefined }));
  const seen = await watch(page);
  await openBuilder(page);
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.locator('[data-copy-status]')).toHaveText(/did not let the page copy.*Ctrl\+C/);
  const link = page.locator('#lb-link');
  await expect(link).toBeFocused();
  const selected = await link.evaluate((input: HTMLInputElement) =>
    input.value.slice(input.selectionStart!, input.selectionEnd!),
  );
  expect(selected).toBe(await link.inputValue());
  expectClean(seen);
});

/** Tab forward until `target` has focus, as a keyboard user would, failing if it never comes. */
async function tabTo(page: Page, target: Locator, limit = 20) {
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

test('keyboard only: choose an instrument, fill the fields and copy the link', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL! });
  const seen = await watch(page);
  await openBuilder(page);
  const instrument = instruments[1]!;
  const first = page.getByRole('radio', { name: instruments[0]!.title });
  await tabTo(page, first);
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: instrument.title })).toBeChecked();

  await tabTo(page, field(page, 'Community'));
  await page.keyboard.type('Math Dept');
  await page.keyboard.press('Tab');
  await expect(field(page, 'Site')).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.type('2026-fall');
  await page.keyboard.press('Tab');
  await page.keyboard.type('A17');

  const copy = page.getByRole('button', { name: 'Copy link' });
  await tabTo(page, copy);
  expect(await copy.evaluate((element) => getComputedStyle(element).outlineStyle)).not.toBe('none');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Copied.' })).toBeVisible();
  const link = expectedLink(baseURL!, instrument, { community: 'Math Dept', wave: '2026-fall', code: 'A17' });
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
  expectClean(seen);
});

test('batch: a pasted list gives a CSV of links and a printable sheet, with bad lines reported', async ({
  page,
  baseURL,
}) => {
  await page.addInitScript(() => {
    window.print = () => {
      (window as unknown as { printed: number }).printed =
        ((window as unknown as { printed?: number }).printed ?? 0) + 1;
    };
  });
  const seen = await watch(page);
  await openBuilder(page);
  const instrument = instruments[0]!;
  await field(page, 'Community').fill('Math Dept');
  await field(page, 'Wave').fill('2026-fall');
  await field(page, 'Respondent code').fill('IGNORED');
  await page.getByRole('radio', { name: 'Respondent code' }).check();
  await page.getByRole('textbox', { name: 'One respondent code per line' }).fill('A17\nB18\n<b>x</b>\n\nC19\nA17\n');

  const code = instrument.parameters.find((parameter) => parameter.name === 'code')!;
  const problems = page.locator('[data-batch-problems] li');
  await expect(problems).toHaveText([
    `Line 3: “<b>x</b>” ${parameterProblem(code, '<b>x</b>')}, so it was left out.`,
    'Line 6: “A17” repeats line 1; both get the same link.',
  ]);
  await expect(page.locator('[data-batch-status]')).toHaveText(
    '4 links ready. 1 line has a problem and was left out. 1 line repeats an earlier one.',
  );
  await expect(page.locator('main b')).toHaveCount(0);
  await expect(page.locator('[data-fixed]')).toHaveText(
    'Every link also carries Community: Math Dept; Wave: 2026-fall. ' +
      'The respondent code filled in above is not used: each link takes its own from the list.',
  );

  const codes = ['A17', 'B18', 'C19', 'A17'];
  const links = codes.map((code) =>
    expectedLink(baseURL!, instrument, { community: 'Math Dept', wave: '2026-fall', code }),
  );

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download CSV of links' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`${instrument.id}-code-links.csv`);
  const csv = Papa.parse<Record<string, string>>(await downloaded(download), { header: true, skipEmptyLines: true });
  expect(csv.meta.fields).toEqual(['community', 'wave', 'code', 'link']);
  expect(csv.data).toEqual(
    codes.map((value, index) => ({ community: 'Math Dept', wave: '2026-fall', code: value, link: links[index] })),
  );

  await page.getByRole('button', { name: 'Print QR sheet' }).click();
  expect(await page.evaluate(() => (window as unknown as { printed?: number }).printed)).toBe(1);
  const cards = page.locator('.qr-card');
  await expect(cards).toHaveCount(4);
  for (const [index, value] of codes.entries()) {
    const card = cards.nth(index);
    await expect(card.locator('.qr-card__value')).toHaveText(`Respondent code: ${value}`);
    await expect(card.locator('.qr-card__link')).toHaveText(links[index]!);
    await expectQrOf(card.locator('svg'), links[index]!);
  }
  await expectAccessible(page);

  // Printed, the page is the sheet alone, and no card is cut across pages.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('heading', { name: `${instrument.title}: personal links` })).toBeVisible();
  await expect(cards.first()).toBeVisible();
  for (const hidden of ['.site-header', 'main > header', 'link-builder > form', 'link-builder > section.batch']) {
    await expect(page.locator(hidden)).toBeHidden();
  }
  expect(await cards.first().evaluate((card) => getComputedStyle(card).breakInside)).toBe('avoid');
  await page.emulateMedia({ media: 'screen' });

  // The sheet belongs to the list it was made from.
  await page.getByRole('textbox', { name: 'One respondent code per line' }).fill('D20');
  await expect(page.locator('[data-sheet]')).toBeHidden();
  expectClean(seen);
});

test('batch: communities read from a CSV file, heading row skipped, first column only', async ({ page, baseURL }) => {
  const seen = await watch(page);
  await openBuilder(page);
  const instrument = instruments[1]!;
  await chooseInstrument(page, instrument);
  await field(page, 'Wave').fill('3');
  await page
    .getByRole('group', { name: 'What changes from link to link' })
    .getByRole('radio', { name: 'Community' })
    .check();
  await page.getByLabel('Or open a list from a file').setInputFiles({
    name: 'communities.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('Community,lead\r\n"Écoles Nord",Ann\r\nMath Dept,Bob\r\n"Science, upper",Cy\r\n'),
  });
  await expect(page.locator('[data-batch-status]')).toHaveText(
    'Read 4 values from communities.csv. 2 links ready. 1 line has a problem and was left out.',
  );
  await expect(page.locator('[data-batch-problems] li')).toHaveText([
    'Line 1: “Community” looks like a column heading, so it was skipped.',
    'Line 4: “Science, upper” contains characters that are not allowed, so it was left out.',
  ]);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download CSV of links' }).click(),
  ]);
  const csv = Papa.parse<Record<string, string>>(await downloaded(download), { header: true, skipEmptyLines: true });
  expect(csv.data).toEqual(
    ['Écoles Nord', 'Math Dept'].map((community) => ({
      community,
      wave: '3',
      link: expectedLink(baseURL!, instrument, { community, wave: '3' }),
    })),
  );
  expectClean(seen);
});

test('the builder in use is axe-clean and fits 320 px', async ({ page }) => {
  await page.addInitScript(() => {
    window.print = () => {};
  });
  const seen = await watch(page);
  await page.setViewportSize({ width: 320, height: 700 });
  await openBuilder(page);
  await field(page, 'Community').fill('A community with a long name that fills the whole of its eighty characters');
  await field(page, 'Site').fill('<b>x</b>');
  await page
    .getByRole('textbox', { name: 'One respondent code per line' })
    .fill(`A17\n${'z'.repeat(60)}\nB18\n<b>x</b>`);
  await page.getByRole('button', { name: 'Print QR sheet' }).click();
  await expect(page.locator('.qr-card')).toHaveCount(2);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, 'horizontal overflow at 320 px').toBeLessThanOrEqual(0);
  await expectAccessible(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectAccessible(page);
  expectClean(seen);
});
