import { expect, type Page } from '@playwright/test';
import { choicesOf } from '../../src/instruments/model.ts';
import type { Instrument, Item, Section } from '../../src/instruments/types.ts';
import { model } from '../../src/instruments/source-model.ts';

/**
 * Answers the open survey with the mouse, choosing `answer(item)` (skipping the item when it gives undefined)
 * and passing over sections an earlier answer leaves out, as the survey does.
 */
export async function answerWith(
  page: Page,
  instrument: Instrument,
  answer: (item: Item) => number | string | undefined,
) {
  const given: Record<string, number | string> = {};
  const asked = (section: Section) =>
    !section.askIf || section.askIf.values.some((value) => value === given[section.askIf!.item]);
  for (const [index, section] of instrument.sections.entries()) {
    if (!asked(section)) continue;
    await expect(page.locator(`.sd-question[data-name="${section.items[0]!.id}"]`)).toBeVisible();
    for (const item of section.items) {
      const value = answer(item);
      if (value === undefined) continue;
      given[item.id] = value;
      const choice = choicesOf(item, model).find((c) => c.value === value)!;
      await page.locator(`.sd-question[data-name="${item.id}"]`).getByText(choice.text, { exact: true }).click();
    }
    const last = !instrument.sections.slice(index + 1).some(asked);
    await page.getByRole('button', { name: last ? 'Complete' : 'Next', exact: true }).click();
  }
  await expect(page.getByRole('heading', { name: 'Your results' })).toBeVisible();
}

/** How many pages a PDF has, from its page objects (`/Type /Page`, not `/Type /Pages`). */
export const pdfPageCount = (pdf: Buffer): number => pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
