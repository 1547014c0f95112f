import { expect, test, type Locator, type Page } from '@playwright/test';
import { spanishSurveyStrings } from 'survey-core/i18n/spanish';
import { surveyMessages } from '../../src/i18n/survey.ts';
import { fill } from '../../src/i18n/catalogue.ts';
import { contentHash } from '../../src/instruments/hash.ts';
import { choicesOf, constructsOf, findInstrument, withUnit } from '../../src/instruments/model.ts';
import { modelIn, model } from '../../src/instruments/source-model.ts';
import { scoreResponse } from '../../src/instruments/score.ts';
import { expectAccessible, expectClean, watch } from './site.ts';
import { answerSection, isAsked, lane, laneName, plannedAnswers } from './survey.ts';

const es = modelIn('es');
const messages = surveyMessages.es;

/** Tabs forward until `target` has the focus, then presses Enter: the survey's own buttons, as a keyboard user reaches them. */
async function pressByKeyboard(page: Page, target: Locator, what: string) {
  for (let presses = 0; presses < 80; presses++) {
    if (await target.evaluate((element) => element === document.activeElement).catch(() => false)) {
      await page.keyboard.press('Enter');
      return;
    }
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${what}`);
}

// The instruments offered in Spanish, at the version that brought Spanish in.
for (const id of ['cop-self-assessment', 'organizational-readiness']) {
  const instrument = findInstrument(id, es);

  test(`${id} in Spanish: keyboard only at 320 px, SurveyJS, the report and the response all in Spanish`, async ({
    page,
  }) => {
    expect(instrument.version).toBe('2.1.0');
    const community = laneName('spanish keyboard 320');
    const params = { community };
    const answers = plannedAnswers(instrument, 2);
    const seen = await watch(page);
    await page.setViewportSize({ width: 320, height: 700 });
    await page.goto(`/es/instruments/${id}/?community=${encodeURIComponent(community)}`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(instrument.title);
    await expectAccessible(page);

    const start = page.getByRole('button', { name: messages.startSurvey });
    await pressByKeyboard(page, start, 'the start button');
    const asked = instrument.sections.filter((section) => isAsked(section, answers));
    const first = asked[0]!;
    await expect(page.locator(`.sd-question[data-name="${first.items[0]!.id}"]`)).toBeVisible();
    // The island's progress bar and SurveyJS's page: the model's Spanish texts and the catalogue's words.
    await expect(page.locator('.survey-bar__where')).toHaveText(
      fill(messages.partOf, { part: 1, parts: asked.length, title: withUnit(first.title, instrument, params) }),
    );
    await expect(page.getByRole('progressbar', { name: messages.questionsAnsweredLabel })).toBeAttached();
    await expectAccessible(page);

    const firstRequired = asked.find((section) => section.items.some((item) => item.required));
    for (const [index, section] of asked.entries()) {
      const firstItem = section.items[0]!;
      const question = page.locator(`.sd-question[data-name="${firstItem.id}"]`);
      await expect(question).toBeVisible();
      if (section === firstRequired && index < asked.length - 1) {
        // Going on without answering: SurveyJS's required-answer message, in its Spanish locale.
        const next = page.getByRole('button', { name: spanishSurveyStrings.pageNextText, exact: true });
        await pressByKeyboard(page, next, 'Next');
        await expect(page.getByText(spanishSurveyStrings.requiredError).first()).toBeVisible();
        await expectAccessible(page);
      }
      await expect(question.locator('.sd-question__title')).toContainText(withUnit(firstItem.text, instrument, params));
      for (const choice of choicesOf(firstItem, es))
        await expect(question.getByText(choice.text, { exact: true })).toBeVisible();
      if (index > 0)
        await expect(page.getByRole('button', { name: spanishSurveyStrings.pagePrevText, exact: true })).toBeVisible();
      await answerSection(page, section, answers, 'keyboard');
      const last = index === asked.length - 1;
      const name = last ? spanishSurveyStrings.completeText : spanishSurveyStrings.pageNextText;
      await pressByKeyboard(page, page.getByRole('button', { name, exact: true }), name);
      if (!last) await expect(page.locator('.sd-page__title')).toBeFocused();
    }

    await expect(page.getByRole('heading', { name: messages.yourResults })).toBeFocused();
    await expect(page.getByRole('status').filter({ hasText: messages.sentLead })).toBeVisible();
    await expect(page.getByRole('heading', { name: messages.scoresHeading })).toBeVisible();
    await expect(page.getByRole('button', { name: messages.printSummary })).toBeVisible();
    const expected = scoreResponse(instrument, answers, model);
    for (const construct of constructsOf(instrument, es)) {
      await expect(page.locator(`tr[data-construct="${construct.id}"] th`)).toHaveText(construct.name);
      await expect(page.locator(`[data-card="${construct.id}"] h4`)).toHaveText(construct.name);
    }
    for (const score of expected.constructs.filter((s) => s.mean !== null))
      await expect(page.locator(`tr[data-construct="${score.construct}"] td`).nth(1)).toHaveText(
        fill(messages.answeredOf, { answered: score.answered, items: score.items }),
      );
    if (expected.stage?.stage) {
      const stage = es.stages.find((candidate) => candidate.id === expected.stage!.stage)!;
      await expect(page.locator('[data-stage]')).toContainText(stage.name.toLowerCase());
    }
    await expect(page.getByRole('region', { name: messages.responseIdHeading })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, 'horizontal overflow at 320 px').toBeLessThanOrEqual(0);
    await expectAccessible(page);

    const { stored } = await lane(community);
    expect(stored).toHaveLength(1);
    const payload = stored[0] as Record<string, unknown>;
    expect(payload['language']).toBe('es');
    expect(payload['answers']).toEqual(answers);
    expect(payload['scores']).toEqual(JSON.parse(JSON.stringify(expected)));
    // One hash for the version, whichever language it was answered in.
    const hash = await contentHash(instrument, es);
    expect(hash).toBe(await contentHash(findInstrument(id, model)));
    expect(payload['instrument']).toEqual({ id, version: '2.1.0', hash });
    expectClean(seen);
  });
}
