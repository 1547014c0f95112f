import { describe, expect, it } from 'vitest';
import { choicesOf, findInstrument, findScale, itemsOf } from '../../src/instruments/model.ts';
import { instruments, model } from '../../src/instruments/source-model.ts';
import { PAPER_HANDLING, paperConsent, paperForm, type PaperForm } from '../../src/instruments/paper.ts';

const readiness = findInstrument('organizational-readiness', model);

const allText = (form: PaperForm) =>
  [
    form.introduction,
    form.consent,
    ...form.writeIns.map((w) => w.label),
    ...form.sections.flatMap((section) => [
      section.title,
      section.description,
      section.onlyIf ?? '',
      ...section.blocks.flatMap((block) =>
        block.kind === 'grid' ? block.rows.map((row) => row.question.text) : [block.question.text],
      ),
    ]),
  ].join('\n');

const questionsOf = (form: PaperForm) =>
  form.sections.flatMap((section) =>
    section.blocks.flatMap((block) =>
      block.kind === 'grid' ? block.rows.map((row) => row.question) : [block.question],
    ),
  );

describe('the paper version', () => {
  it.each(instruments.map((instrument) => [instrument.id, instrument] as const))(
    '%s: every item appears once, numbered in order, with its variable name',
    (_, instrument) => {
      const questions = questionsOf(paperForm(instrument));
      expect(questions.map((q) => q.variable)).toEqual(itemsOf(instrument).map((item) => item.id));
      expect(questions.map((q) => q.number)).toEqual(questions.map((_, i) => i + 1));
    },
  );

  it.each(instruments.map((instrument) => [instrument.id, instrument] as const))(
    '%s: no wording that only makes sense on a screen, and no {unit} left',
    (_, instrument) => {
      const text = allText(paperForm(instrument));
      expect(text).not.toMatch(/this device|this link|click|\btap\b|\{unit\}/i);
    },
  );

  it('keeps the consent’s promises and says what happens to the paper form', () => {
    const consent = paperConsent(readiness);
    expect(consent).toMatch(/^Taking part is your choice\. You can stop at any time/);
    expect(consent).toContain('We do not ask for your name.');
    expect(consent).toContain('never to judge any one person');
    expect(consent).not.toMatch(/device|sent to/);
    expect(consent.endsWith(PAPER_HANDLING)).toBe(true);
  });

  it('a grid has a column per scale option and per non-response answer, and a row offers only its own', () => {
    const grids = paperForm(readiness).sections.flatMap((section) =>
      section.blocks.flatMap((block) => (block.kind === 'grid' ? [block] : [])),
    );
    expect(grids.length).toBeGreaterThan(0);
    const items = new Map(itemsOf(readiness).map((item) => [item.id, item]));
    for (const grid of grids) {
      for (const { question, offers } of grid.rows) {
        const item = items.get(question.variable)!;
        const offered = choicesOf(item, model).map((choice) => choice.value);
        expect(grid.choices.filter((_, i) => offers[i]).map((choice) => choice.value)).toEqual(offered);
        expect(grid.choices.slice(0, findScale(item.scale, model).options.length).map((c) => c.value)).toEqual(
          findScale(item.scale, model).options.map((o) => o.value),
        );
      }
    }
    const columns = grids.map((grid) => grid.choices.map((choice) => choice.text));
    expect(columns).toContainEqual(expect.arrayContaining(['Don’t know', 'Does not apply here']));
  });

  it('reads {unit} as “your workplace” and asks for the workplace on a line at the top', () => {
    const form = paperForm(readiness);
    expect(questionsOf(form)[1]!.text).toMatch(/at your workplace/);
    expect(form.writeIns).toContainEqual({ variable: 'site', label: 'Your workplace' });
  });

  it('marks the coaching section with the screener’s number and where others go next', () => {
    const form = paperForm(readiness);
    const numbers = new Map(questionsOf(form).map((q) => [q.variable, q.number]));
    const coaching = form.sections.find((section) => section.id === 'coaching')!;
    const firstAfter = form.sections[form.sections.indexOf(coaching) + 1]!.blocks[0]!;
    const next = firstAfter.kind === 'grid' ? firstAfter.rows[0]!.question : firstAfter.question;
    expect(coaching.onlyIf).toBe(
      `Answer only if you answered Yes to question ${numbers.get('scr_coaches')}. If not, go on to question ${next.number}.`,
    );
    expect(form.sections.filter((section) => section.onlyIf !== null)).toEqual([coaching]);
  });
});
