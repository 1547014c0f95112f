import { describe, expect, it } from 'vitest';
import { makeResponses } from '../../scripts/bench/synthetic-responses.ts';
import { itemsOf, nonResponseChoicesOf } from '../../src/instruments/model.ts';
import { model } from '../../src/instruments/source-model.ts';
import { answerProblems } from '../../src/instruments/score.ts';

const versions = [...model.instruments, ...model.archive];
const responsesOf = (text: string) =>
  text
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as { answers: Record<string, number | string> });

describe.each(versions.map((instrument) => [`${instrument.id} ${instrument.version}`, instrument] as const))(
  'synthetic responses to %s',
  (_name, instrument) => {
    const responses = responsesOf(makeResponses(instrument, 300, 7));

    it('answer only with choices the items offer', () => {
      for (const { answers } of responses) expect(answerProblems(instrument, answers, model)).toEqual([]);
    });

    it('use every non-response answer the instrument offers', () => {
      const offered = new Set(
        itemsOf(instrument).flatMap((item) => nonResponseChoicesOf(item, model).map((c) => c.value)),
      );
      const used = new Set(responses.flatMap(({ answers }) => Object.values(answers)).filter((v) => offered.has(v)));
      expect([...used].sort()).toEqual([...offered].sort());
    });

    it('answer a screened section only after the answer that shows it', () => {
      for (const section of instrument.sections.filter((each) => each.askIf)) {
        const { item, values } = section.askIf!;
        const shown = responses.filter(({ answers }) => values.includes(answers[item]!));
        const hidden = responses.filter(({ answers }) => !values.includes(answers[item]!));
        expect(shown.length).toBeGreaterThan(0);
        expect(hidden.length).toBeGreaterThan(0);
        for (const { answers } of hidden)
          for (const question of section.items) expect(answers).not.toHaveProperty(question.id);
        expect(shown.some(({ answers }) => section.items.some((question) => question.id in answers))).toBe(true);
      }
    });

    it('are the same for the same seed', () => {
      expect(makeResponses(instrument, 20, 3)).toBe(makeResponses(instrument, 20, 3));
    });
  },
);
