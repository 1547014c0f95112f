import { describe, expect, it } from 'vitest';
import { descriptiveBands } from '../../src/instruments/bands.ts';
import { context, MAY_NOT_APPLY, scored } from '../../src/instruments/items.ts';
import { choicesOf, findInstrument, findScale, itemsOf, nonResponseChoicesOf } from '../../src/instruments/model.ts';
import { model } from '../../src/instruments/source-model.ts';
import { isNonResponse, NOT_APPLICABLE, scaleValue } from '../../src/instruments/scales.ts';
import { nonResponses } from '../../src/instruments/scale-source.ts';
import { answerProblems, scoreResponse } from '../../src/instruments/score.ts';
import type { Instrument, Item } from '../../src/instruments/types.ts';
import { findModelProblems } from '../../src/instruments/validate.ts';
import { fixtureInstrument } from '../support/fixture-instrument.ts';

const code = (id: 'dont-know' | 'not-applicable') => nonResponses.find((each) => each.id === id)!;
const DONT_KNOW = code('dont-know');
const DOES_NOT_APPLY = code('not-applicable');

const [CONSTRUCT] = model.constructs.map((construct) => construct.id) as [string];
const nominalScale = model.scales.find((scale) => scale.kind === 'nominal')!;

// Four items that may not apply, one that offers only "Don't know" and a context question.
const fixture = fixtureInstrument({
  id: 'non-response-fixture',
  version: '2.0.0',
  sections: [
    {
      id: 'scored',
      title: 'Scored',
      description: '',
      items: [
        ...[1, 2, 3, 4].map((n) =>
          scored(`may_${n}`, CONSTRUCT, `May not apply, ${n}.`, { nonResponse: MAY_NOT_APPLY }),
        ),
        scored('known', CONSTRUCT, 'Always applies.'),
      ],
    },
    { id: 'context', title: 'Context', description: '', items: [context('ctx_role', nominalScale.id, 'Role?')] },
  ],
  parameters: [],
  scoring: { minAnsweredShare: 0.5, bands: descriptiveBands },
});
const scoreOf = (answers: Record<string, number | string>) => scoreResponse(fixture, answers, model).constructs[0]!;

const versions = [...model.instruments, ...model.archive];
const ratedItems = (instrument: Instrument) => itemsOf(instrument).filter((item) => item.kind !== 'context');
// Version 1 offered one "na"; every later version, current or archived, offers the codes.
const offersNa = (instrument: Instrument) => ratedItems(instrument).some((item) => item.notApplicable === true);
const later = versions.filter((instrument) => !offersNa(instrument));
const archived = versions.filter(offersNa);
const scaleChoices = (item: Item) =>
  findScale(item.scale, model).options.map((option) => ({ value: option.value, text: option.label }));

describe('the non-response codes', () => {
  it('are -8 for "Don’t know" and -9 for "Does not apply here"', () => {
    expect(DONT_KNOW.value).toBe(-8);
    expect(DOES_NOT_APPLY.value).toBe(-9);
  });

  it('are non-responses, never scale values; version 1’s "na" is one too', () => {
    for (const value of [-8, -9, NOT_APPLICABLE]) {
      expect(isNonResponse(value)).toBe(true);
      expect(scaleValue(value)).toBeNull();
    }
    for (const value of [1, 5, 0, -1]) {
      expect(isNonResponse(value)).toBe(false);
      expect(scaleValue(value)).toBe(value);
    }
    expect(scaleValue('member')).toBeNull();
    expect(scaleValue(null)).toBeNull();
  });

  it('are values of no scale', () => {
    const values = model.scales.flatMap((scale) => scale.options.map((option) => option.value));
    for (const value of [-8, -9, NOT_APPLICABLE]) expect(values).not.toContain(value);
  });
});

describe('choicesOf', () => {
  it('is a valid fixture', () => {
    expect(findModelProblems({ ...model, instruments: [...model.instruments, fixture] })).toEqual([]);
  });

  it('offers "Don’t know" after the scale, and "Does not apply here" only where the item says so', () => {
    const [mayNotApply, known] = [itemsOf(fixture)[0]!, itemsOf(fixture)[4]!];
    expect(choicesOf(mayNotApply, model)).toEqual([
      ...scaleChoices(mayNotApply),
      { value: -8, text: DONT_KNOW.label },
      { value: -9, text: DOES_NOT_APPLY.label },
    ]);
    expect(choicesOf(known, model)).toEqual([...scaleChoices(known), { value: -8, text: DONT_KNOW.label }]);
  });

  it('offers no non-response answer on a context item', () => {
    for (const instrument of versions) {
      for (const item of itemsOf(instrument).filter((each) => each.kind === 'context')) {
        expect(nonResponseChoicesOf(item, model), item.id).toEqual([]);
        expect(choicesOf(item, model), item.id).toEqual(scaleChoices(item));
      }
    }
  });

  it('offers every later version’s rated item "Don’t know", and "Does not apply here" exactly as listed', () => {
    let offersDoesNotApply = 0;
    for (const instrument of later) {
      for (const item of ratedItems(instrument)) {
        const codes = nonResponseChoicesOf(item, model).map((choice) => choice.value);
        expect(codes, `${instrument.id} ${item.id}`).toContain(-8);
        expect(codes.includes(-9), `${instrument.id} ${item.id}`).toBe(item.nonResponse!.includes('not-applicable'));
        expect(codes, `${instrument.id} ${item.id}`).not.toContain(NOT_APPLICABLE);
        if (codes.includes(-9)) offersDoesNotApply++;
      }
    }
    expect(offersDoesNotApply).toBeGreaterThan(0);
  });

  it('offers every version 1 rated item its one "na", and no codes', () => {
    expect(archived.length).toBeGreaterThan(0);
    for (const instrument of archived) {
      for (const item of ratedItems(instrument)) {
        expect(
          nonResponseChoicesOf(item, model).map((choice) => choice.value),
          `${instrument.id} ${item.id}`,
        ).toEqual([NOT_APPLICABLE]);
      }
    }
  });
});

describe('scoring non-response answers', () => {
  it('never averages -8 or -9, and counts each as a non-response', () => {
    expect(scoreOf({ may_1: 5, may_2: 4, may_3: -8, may_4: -9, known: 3 })).toMatchObject({
      mean: 4,
      answered: 3,
      notApplicable: 2,
      items: 5,
    });
  });

  it('scores nothing when the non-responses leave too few answers', () => {
    expect(scoreOf({ may_1: 5, may_2: 4, may_3: -8, may_4: -9, known: -8 })).toMatchObject({
      mean: null,
      band: null,
      answered: 2,
      notApplicable: 3,
    });
  });

  it('gives the same mean with or without a non-response in place of a missing answer', () => {
    const base = { may_1: 5, may_2: 2, known: 4 };
    for (const value of [-8, -9]) {
      const withCode = scoreOf({ ...base, may_3: value });
      expect(withCode.mean).toBe(scoreOf(base).mean);
      expect(withCode.notApplicable).toBe(1);
    }
  });

  it('leaves non-responses out of the stage means of the self-assessment', () => {
    const selfAssessment = findInstrument('cop-self-assessment', model);
    const stageItem = itemsOf(selfAssessment).find((item) => item.kind === 'stage')!;
    const stage = scoreResponse(selfAssessment, { [stageItem.id]: -8 }, model).stage!;
    expect(stage.means.every((m) => m.answered === 0 && m.mean === null)).toBe(true);
  });
});

describe('answerProblems and non-response answers', () => {
  it('accepts -8 and -9 where offered', () => {
    expect(answerProblems(fixture, { may_1: -8, may_2: -9, known: -8 }, model)).toEqual([]);
  });

  it('rejects -9 on an item that offers only "Don’t know"', () => {
    expect(answerProblems(fixture, { known: -9 }, model)).toEqual([
      expect.stringMatching(/^known: -9 is not one of .*-8$/),
    ]);
  });

  it('rejects version 1’s "na" and a made-up code on a later item', () => {
    expect(answerProblems(fixture, { may_1: NOT_APPLICABLE, may_2: -7 }, model)).toEqual([
      expect.stringMatching(/^may_1: "na"/),
      expect.stringMatching(/^may_2: -7/),
    ]);
  });

  it('rejects a code on a context item', () => {
    expect(answerProblems(fixture, { ctx_role: -8 }, model)).toEqual([expect.stringMatching(/^ctx_role: -8/)]);
  });

  it('rejects -9 on every real item that offers only "Don’t know", and accepts it elsewhere', () => {
    for (const instrument of later) {
      for (const item of ratedItems(instrument)) {
        const offers = nonResponseChoicesOf(item, model).some((choice) => choice.value === -9);
        expect(answerProblems(instrument, { [item.id]: -9 }, model).length, `${instrument.id} ${item.id}`).toBe(
          offers ? 0 : 1,
        );
        expect(answerProblems(instrument, { [item.id]: -8 }, model), `${instrument.id} ${item.id}`).toEqual([]);
      }
    }
  });

  it.each(archived.map((instrument) => [instrument.id, instrument] as const))(
    'version 1 of %s still accepts "na" and rejects the later codes',
    (_id, instrument) => {
      const items = ratedItems(instrument);
      expect(
        answerProblems(instrument, Object.fromEntries(items.map((item) => [item.id, NOT_APPLICABLE])), model),
      ).toEqual([]);
      for (const value of [-8, -9]) {
        expect(
          answerProblems(instrument, Object.fromEntries(items.map((item) => [item.id, value])), model),
        ).toHaveLength(items.length);
      }
      const first = items.find((item) => item.kind === 'scored')!;
      const score = scoreResponse(instrument, { [first.id]: NOT_APPLICABLE }, model).constructs.find(
        (each) => first.kind === 'scored' && each.construct === first.construct,
      )!;
      expect(score).toMatchObject({ answered: 0, notApplicable: 1, mean: null });
    },
  );
});
