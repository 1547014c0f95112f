import { expect, type Page } from '@playwright/test';
import { contentHash } from '../../src/instruments/hash.ts';
import { choicesOf, itemsOf } from '../../src/instruments/model.ts';
import { scoreResponse } from '../../src/instruments/score.ts';
import type { Instrument, Section } from '../../src/instruments/types.ts';
import { ports } from './ports.ts';
import { model } from '../../src/instruments/source-model.ts';

export type InputMode = 'mouse' | 'keyboard';
export type PlannedAnswers = Record<string, number | string>;

/** Whether a section is asked, given the answers so far: a screened one only when its screener says so. */
export const isAsked = (section: Section, answers: PlannedAnswers): boolean =>
  !section.askIf || section.askIf.values.includes(answers[section.askIf.item] as never);

/**
 * Answers spread over every choice, the non-response ones included, so reverse-keying and skips are exercised.
 * A section its screener leaves out gets no answers: the survey never asks it, and drops any it had.
 */
export function plannedAnswers(instrument: Instrument, seed = 0): PlannedAnswers {
  const all: PlannedAnswers = Object.fromEntries(
    itemsOf(instrument).map((item, i) => {
      const choices = choicesOf(item, model);
      return [item.id, choices[(i * 3 + seed) % choices.length]!.value];
    }),
  );
  const skipped = new Set(
    instrument.sections
      .filter((section) => !isAsked(section, all))
      .flatMap((section) => section.items.map((i) => i.id)),
  );
  return Object.fromEntries(Object.entries(all).filter(([id]) => !skipped.has(id)));
}

/** Planned answers with the instrument's screener answered `value`: its section answered only if that asks it. */
export function withScreener(instrument: Instrument, value: string, seed = 0): PlannedAnswers {
  const screened = instrument.sections.find((section) => section.askIf)!;
  const answers = { ...plannedAnswers(instrument, seed), [screened.askIf!.item]: value };
  const asked = isAsked(screened, answers);
  for (const item of screened.items) {
    if (asked) answers[item.id] ??= choicesOf(item, model)[0]!.value;
    else delete answers[item.id];
  }
  return answers;
}

/** A stored payload carries what the respondent answered, the scores the model gives those answers, the link's parameters and the instrument's published identity. */
export async function expectStoredResponse(
  payload: Record<string, unknown>,
  instrument: Instrument,
  answers: PlannedAnswers,
  params: Record<string, string>,
) {
  expect(payload['answers']).toEqual(answers);
  expect(payload['scores']).toEqual(JSON.parse(JSON.stringify(scoreResponse(instrument, answers, model))));
  expect(payload['params']).toEqual(params);
  // The page's language (English is all that is published), whatever the browser's locale.
  expect(payload['language']).toBe('en');
  expect(payload['instrument']).toEqual({
    id: instrument.id,
    version: instrument.version,
    hash: await contentHash(instrument),
  });
}

const activeQuestion = (page: Page) =>
  page.evaluate(() => (document.activeElement?.closest('.sd-question') as HTMLElement | null)?.dataset['name'] ?? null);

async function tabUntil(page: Page, reached: () => Promise<boolean>, what: string) {
  for (let presses = 0; presses < 60; presses++) {
    if (await reached()) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${what}`);
}

/** Answers the open page's items of `section` as a respondent would; items missing from `answers` are left unanswered. */
export async function answerSection(page: Page, section: Section, answers: PlannedAnswers, mode: InputMode) {
  for (const item of section.items) {
    if (!(item.id in answers)) continue;
    const question = page.locator(`.sd-question[data-name="${item.id}"]`);
    const choices = choicesOf(item, model);
    const choice = choices.findIndex((c) => c.value === answers[item.id]);
    if (mode === 'mouse') {
      await question.getByText(choices[choice]!.text, { exact: true }).click();
    } else {
      await tabUntil(page, async () => (await activeQuestion(page)) === item.id, `question ${item.id}`);
      if (choice === 0) await page.keyboard.press('Space');
      for (let step = 0; step < choice; step++) await page.keyboard.press('ArrowDown');
      // Answering must not throw the keyboard user's focus elsewhere.
      expect(await activeQuestion(page)).toBe(item.id);
    }
    await expect(question.locator('input[type="radio"]').nth(choice)).toBeChecked();
  }
}

/**
 * Answers every page of the open survey as a respondent would, then completes it. Items missing from `answers`
 * are left unanswered (optional ones); a section its screener leaves out must not be shown.
 */
export async function answerSurvey(page: Page, instrument: Instrument, answers: PlannedAnswers, mode: InputMode) {
  const asked = instrument.sections.filter((section) => isAsked(section, answers));
  for (const [index, section] of asked.entries()) {
    await expect(page.locator(`.sd-question[data-name="${section.items[0]!.id}"]`)).toBeVisible();
    for (const skipped of instrument.sections.filter((other) => !asked.includes(other)))
      await expect(page.locator(`.sd-question[data-name="${skipped.items[0]!.id}"]`)).toHaveCount(0);
    await answerSection(page, section, answers, mode);
    const last = index === asked.length - 1;
    const button = page.getByRole('button', { name: last ? 'Complete' : 'Next', exact: true });
    if (mode === 'mouse') {
      await button.click();
    } else {
      await tabUntil(
        page,
        () => button.evaluate((el) => el === document.activeElement),
        `the ${last ? 'Complete' : 'Next'} button`,
      );
      await page.keyboard.press('Enter');
      // The next page's title takes the focus, so the keyboard user continues from the top of the new page.
      if (!last) await expect(page.locator('.sd-page__title')).toBeFocused();
    }
  }
  await expect(page.getByRole('heading', { name: 'Your results' })).toBeVisible();
}

export async function startSurvey(page: Page, mode: InputMode) {
  const start = page.getByRole('button', { name: 'Start the survey' });
  if (mode === 'mouse') {
    await start.click();
  } else {
    await tabUntil(page, () => start.evaluate((el) => el === document.activeElement), 'the start button');
    await page.keyboard.press('Enter');
  }
  await expect(page.locator('.sd-question').first()).toBeVisible();
}

/** What the test endpoint holds for one lane (the `community` link parameter). */
export async function lane(
  name: string,
): Promise<{ stored: Record<string, unknown>[]; attempts: { at: number; action: unknown; contentType: string }[] }> {
  const response = await fetch(`http://127.0.0.1:${ports.endpoint}/__lanes/${encodeURIComponent(name)}`);
  return (await response.json()) as never;
}

export async function setLane(name: string, actions: unknown[]) {
  await fetch(`http://127.0.0.1:${ports.endpoint}/__lanes/${encodeURIComponent(name)}`, {
    method: 'PUT',
    body: JSON.stringify(actions),
  });
}

/** A lane name unique to this test run, so reruns against a long-lived endpoint never see old responses. */
export const laneName = (label: string) =>
  `${label} ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
