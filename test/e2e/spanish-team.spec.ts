import { expect, test } from '@playwright/test';
import { teamMessages, teamPageMessages } from '../../src/i18n/team.ts';
import { findInstrument } from '../../src/instruments/model.ts';
import { model, modelIn } from '../../src/instruments/source-model.ts';
import type { TeamSummary } from '../../src/instruments/team-session.ts';
import { payload, post, read, TOKEN } from '../support/collector-harness.ts';
import { expectAccessible, expectClean, watch, type PageWatch } from './site.ts';
import { laneName } from './survey.ts';
import { collectorServingBuild } from './team-collector.ts';

/**
 * The team view in Spanish against the real collector serving the collector build (dist-e2e/collector): a
 * facilitator creates a session in the Spanish link builder, members answer in either language, and the link
 * the builder gives opens /es/team/, whose summary is worded wholly in Spanish, the model's texts and the page's
 * alike. Switching to English carries the session along and words the same numbers in English.
 */
const instrument = findInstrument('cop-self-assessment', model);
const es = teamMessages.es;
const page = teamPageMessages.es;

/** The texts a summary carries in its language: what the page must show in Spanish and never in English. */
function summaryTexts(summary: TeamSummary): string[] {
  const stage = summary.stage!;
  return [
    summary.instrumentTitle,
    ...summary.constructs!.map((c) => c.name),
    ...summary.items!.flatMap((item) => [item.text, ...item.counts.map((c) => c.label)]),
    ...stage.means.map((m) => m.name),
    ...stage.support,
    ...stage.avoid,
    ...stage.prompts,
    ...stage.conditions.flatMap((c) => [c.name, c.why]),
    ...summary.prompts!.map((p) => p.prompt),
  ];
}

/** Every phrase of the English page's own words, but the shortest (n, SD), split at its placeholders. */
const englishWords = Object.values(teamMessages.en)
  .concat(Object.values(teamPageMessages.en))
  .flatMap((message) => message.split(/\{\w+\}/))
  .map((part) => part.trim())
  .filter((part) => /\p{L}{3,}/u.test(part) && part.length > 4);
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A phrase as whole words: "Instrument" is English, "Instrumento" is not. */
const phrase = (text: string) => new RegExp(`(?<!\\p{L})${escape(text)}(?!\\p{L})`, 'u');

const startCollector = collectorServingBuild();

test('a team session made in Spanish: the facilitator’s link opens the team view in Spanish, its summary wholly in Spanish', async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const origin = (await startCollector('es/team')).url;
  const watches: PageWatch[] = [];
  const community = laneName('Equipo de Ciencias');

  // The facilitator creates the session in the Spanish link builder, whose team link is Spanish by default.
  const builderContext = await browser.newContext();
  const builder = await builderContext.newPage();
  watches.push(await watch(builder));
  await builder.goto(`${origin}/es/researchers/links/`);
  const form = builder.locator('[data-session-form]');
  await form.getByLabel('Dirección del recolector').fill(origin);
  await form.getByLabel('Clave de lectura').fill(TOKEN);
  await form.getByLabel('Encuesta', { exact: true }).selectOption(instrument.id);
  await form.getByLabel('Comunidad', { exact: true }).fill(community);
  await form.getByLabel('Número mínimo de respuestas').fill('3');
  await expect(form.getByLabel('Idioma del enlace del equipo')).toHaveValue('es');
  await form.getByRole('button', { name: 'Crear sesión de equipo' }).click();
  await expect(builder.getByRole('heading', { name: 'Sesión de equipo creada' })).toBeFocused();
  const respondentLink = await builder.getByLabel('Enlace para el equipo').inputValue();
  const facilitatorLink = await builder.getByLabel('Enlace de la persona que facilita (privado)').inputValue();
  await builderContext.close();
  expect(respondentLink.startsWith(`${origin}/es/instruments/${instrument.id}/?`)).toBe(true);
  expect(facilitatorLink.startsWith(`${origin}/es/team/#session=`)).toBe(true);
  const code = new URL(respondentLink).searchParams.get('session')!;
  const token = new URLSearchParams(new URL(facilitatorLink).hash.slice(1)).get('token')!;

  // Four members answer, two in each language; scoring does not depend on it.
  for (let n = 0; n < 4; n++) {
    const sent = { ...payload(instrument, { community }, n), session: code, language: n % 2 === 0 ? 'es' : 'en' };
    expect((await post(origin, sent)).status).toBe(201);
  }
  const summaryIn = async (language: string) =>
    (await (await read(origin, `/api/sessions/${code}/summary?language=${language}`, token)).json()) as TeamSummary;
  const [spanish, english] = [await summaryIn('es'), await summaryIn('en')];
  expect(spanish.instrumentTitle).toBe(findInstrument(instrument.id, modelIn('es')).title);

  const viewContext = await browser.newContext();
  const view = await viewContext.newPage();
  watches.push(await watch(view));
  await view.goto(facilitatorLink);
  await expect(view.locator('html')).toHaveAttribute('lang', 'es');
  await expect(view).toHaveTitle(new RegExp(`^${page.title} · `));
  await expect(view.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex, nofollow');
  await expect(view.getByRole('heading', { level: 1 })).toHaveText(page.title);
  const team = view.locator('team-view');
  await expect(team.locator('[data-count]')).toHaveText('4 respuestas hasta ahora.');
  await expect(team.getByRole('heading', { name: es.constructsHeading })).toBeVisible();
  await expect(team.getByRole('button', { name: page.refresh })).toBeVisible();
  await expect(team.locator('[data-facts]')).toContainText(`${spanish.instrumentTitle} (versión ${spanish.version})`);
  await expect(team.locator('[data-facts]')).toContainText(es.sessionOpen);

  // Every text of the Spanish summary is on the page, and none of the English one's nor of the English page's words.
  const shown = await team.innerText();
  const own = summaryTexts(spanish);
  for (const text of own) expect(shown, text).toContain(text);
  for (const text of summaryTexts(english).filter((text) => !own.includes(text))) expect(shown).not.toContain(text);
  for (const words of englishWords) expect(shown, words).not.toMatch(phrase(words));
  const constructs = team.getByRole('region', { name: new RegExp(`^${escape(es.constructsCaption)}`) });
  await expect(constructs.getByRole('columnheader')).toHaveText([es.construct, es.mean, es.sd, es.n, es.agreement]);
  await expectAccessible(view);

  // The confirmations are Spanish too; cancelling changes nothing.
  await team.getByRole('button', { name: page.close, exact: true }).click();
  const dialog = view.getByRole('dialog', { name: es.closeTitle });
  await expect(dialog).toContainText(es.closeText);
  await expect(dialog.getByRole('button', { name: page.cancel })).toBeFocused();
  await expectAccessible(view);
  await dialog.getByRole('button', { name: page.cancel }).click();
  await expect(dialog).toBeHidden();

  // A new facilitator link stays on the Spanish page; the language switch then carries the new one to English.
  await team.getByRole('button', { name: page.rotate, exact: true }).click();
  await view.getByRole('dialog', { name: es.rotateTitle }).getByRole('button', { name: es.rotateYes }).click();
  await expect(team.locator('[data-message]')).toHaveText(es.rotated);
  const newLink = await team.getByRole('textbox', { name: page.newLink }).inputValue();
  expect(newLink.startsWith(`${origin}/es/team/#session=${code}&token=`)).toBe(true);
  await view.locator('a[data-language-link][hreflang="en"]').click();
  await expect(view).toHaveURL(`${origin}/team/${new URL(newLink).hash}`);
  await expect(view.locator('html')).toHaveAttribute('lang', 'en');
  await expect(team.locator('[data-count]')).toHaveText('4 responses so far.');
  await expect(team.getByRole('heading', { name: teamMessages.en.constructsHeading })).toBeVisible();
  for (const construct of english.constructs!)
    await expect(team.getByRole('rowheader', { name: construct.name, exact: true })).toBeVisible();

  await viewContext.close();
  for (const seen of watches) expectClean(seen);
});

test('/es/team/ without a facilitator link says so in Spanish, axe-clean', async ({ page: tab }) => {
  const seen = await watch(tab);
  await tab.goto('/es/team/');
  await expect(tab.locator('html')).toHaveAttribute('lang', 'es');
  // The endpoint build posts to a test endpoint, not a collector: the page says it has no sessions to show.
  const problem = tab.locator('team-view [data-problem]');
  await expect(problem).toBeVisible();
  expect(Object.values(es)).toContain(await problem.innerText());
  await expectAccessible(tab);
  expectClean(seen);
});
