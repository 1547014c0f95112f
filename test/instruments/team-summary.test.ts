import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AGREEMENT_THRESHOLD } from '../../src/instruments/agreement.ts';
import { choicesOf, findVersion, itemsOf } from '../../src/instruments/model.ts';
import { model, modelIn } from '../../src/instruments/source-model.ts';
import { stageFit } from '../../src/instruments/stage-fit-source.ts';
import type { ResponseRecord } from '../../src/instruments/responses.ts';
import {
  DEFAULT_SESSION_RESPONSES,
  MIN_SESSION_RESPONSES,
  type SessionStatus,
  type TeamSummary,
} from '../../src/instruments/team-session.ts';
import { ITEM_DISAGREEMENT, teamSummary } from '../../src/instruments/team-summary.ts';
import type { Instrument, Item } from '../../src/instruments/types.ts';

const instrument = model.instruments.find((candidate) => candidate.id === 'cop-self-assessment')!;
const status: SessionStatus = {
  session: 'AbCdEfGhIjKlMnOpQrStUv',
  instrument: instrument.id,
  community: 'Math',
  open: true,
};

type Answer = number | string | undefined;

/**
 * Every rated item agreed with (4; a reverse-keyed one disagreed with, 2, so its keyed value is 4 too), the
 * "maturing" stage's statements strongly agreed with and the others disagreed with; `change` overrides.
 */
function answersFor(target: Instrument, change: (item: Item) => Answer = () => undefined) {
  const answers: Record<string, number | string> = {};
  for (const item of itemsOf(target)) {
    const given = change(item);
    let value: Answer;
    if (given !== undefined) value = given;
    else if (item.kind === 'scored') value = item.reverse ? 2 : 4;
    else if (item.kind === 'stage') value = item.stage === 'maturing' ? 5 : 2;
    else if (item.id === 'ctx_role') value = 'member';
    if (value !== undefined) answers[item.id] = value;
  }
  return answers;
}

let counter = 0;
function record(
  answers: Record<string, number | string>,
  target: Instrument = instrument,
  params: Record<string, string> = { community: 'Math', site: 'SiteSecret', code: 'CodeSecret7' },
): ResponseRecord {
  counter++;
  return {
    source: { file: 'session', line: counter },
    responseId: `00000000-0000-4000-8000-${String(counter).padStart(12, '0')}`,
    instrument: { id: target.id, version: target.version, hash: null },
    params,
    answers,
    language: 'en',
  };
}

const records = (count: number, change?: (item: Item, n: number) => Answer) =>
  Array.from({ length: count }, (_, n) => record(answersFor(instrument, change && ((item) => change(item, n)))));

const BASE_KEYS = [
  'community',
  'instrument',
  'instrumentTitle',
  'minResponses',
  'open',
  'responses',
  'session',
  'version',
  'visible',
];

describe('teamSummary', () => {
  it('keeps the contract’s floor and default', () => {
    expect(MIN_SESSION_RESPONSES).toBe(3);
    expect(DEFAULT_SESSION_RESPONSES).toBe(5);
    expect(ITEM_DISAGREEMENT).toBe(0.5);
  });

  it('shows only the count, and nothing optional, at one response below the smallest number', () => {
    const summary = teamSummary(status, 5, instrument, records(4));
    expect(summary).toEqual({
      ...status,
      instrumentTitle: instrument.title,
      version: instrument.version,
      minResponses: 5,
      responses: 4,
      visible: false,
    });
    expect(Object.keys(summary).sort()).toEqual(BASE_KEYS);
  });

  it('shows the aggregates once the smallest number is reached', () => {
    const summary = teamSummary(status, 5, instrument, records(5));
    expect(summary).toMatchObject({ responses: 5, visible: true, minResponses: 5 });
    expect(Object.keys(summary).sort()).toEqual(
      [...BASE_KEYS, 'agreedLeast', 'agreedMost', 'constructs', 'items', 'prompts', 'stage'].sort(),
    );
    const rated = itemsOf(instrument).filter((item) => item.kind !== 'context');
    expect(summary.items!.map((item) => item.id)).toEqual(rated.map((item) => item.id));
    expect(summary.constructs!.map((c) => c.id)).toEqual([
      'shared-domain',
      'community-relationships',
      'collective-efficacy',
      'shared-practice',
      'value-creation',
      'agency-and-reach',
    ]);
  });

  it('never goes below MIN_SESSION_RESPONSES, whatever it is asked', () => {
    expect(teamSummary(status, 1, instrument, records(2))).toMatchObject({ minResponses: 3, visible: false });
    expect(teamSummary(status, 1, instrument, records(3))).toMatchObject({ minResponses: 3, visible: true });
  });

  it('counts only responses to the version it summarises', () => {
    const version1 = findVersion(instrument.id, '1.0.0', model)!;
    const old = Array.from({ length: 3 }, () => record(answersFor(version1), version1));
    const summary = teamSummary(status, 3, instrument, [...records(2), ...old]);
    expect(summary).toMatchObject({ responses: 2, visible: false });
  });

  describe('on a team split on one construct', () => {
    // Half the team strongly disagrees with every shared-practice statement, half strongly agrees.
    const team = records(6, (item, n) =>
      item.kind === 'scored' && item.construct === 'shared-practice' ? (n < 3 ? 1 : 5) : undefined,
    );
    const summary = teamSummary(status, 5, instrument, team);
    const construct = (id: string) => summary.constructs!.find((c) => c.id === id)!;
    const item = (id: string) => summary.items!.find((candidate) => candidate.id === id)!;

    it('flags the split construct (rwg(j) 0) and not a unanimous one (rwg(j) 1)', () => {
      expect(construct('shared-practice')).toMatchObject({ rwgj: 0, disagree: true, n: 6 });
      expect(construct('shared-domain')).toEqual({
        id: 'shared-domain',
        name: model.constructs.find((c) => c.id === 'shared-domain')!.name,
        n: 6,
        mean: 4,
        sd: 0,
        distribution: [0, 0, 0, 0, 0, 0, 6, 0, 0],
        rwgj: 1,
        disagree: false,
      });
      expect(AGREEMENT_THRESHOLD).toBe(0.7);
    });

    it('flags the split statements, counting each choice in the scale’s order then the non-response ones', () => {
      expect(item('prac_01')).toMatchObject({ n: 6, mean: 3, rwg: 0, disagree: true, construct: 'shared-practice' });
      expect(item('prac_01').counts).toEqual([
        { value: 1, label: 'Strongly disagree', count: 3 },
        { value: 2, label: 'Disagree', count: 0 },
        { value: 3, label: 'Neither agree nor disagree', count: 0 },
        { value: 4, label: 'Agree', count: 0 },
        { value: 5, label: 'Strongly agree', count: 3 },
        { value: -8, label: 'Don’t know', count: 0 },
      ]);
      expect(item('dom_01')).toMatchObject({ n: 6, mean: 4, rwg: 1, disagree: false, reverse: false });
      expect(item('com_03').counts.map((c) => c.value)).toEqual([1, 2, 3, 4, 5, -8, -9]);
      expect(item('stg_mat_1')).toMatchObject({ construct: null, reverse: false, mean: 5 });
    });

    it('reverse-keys the mean of a reverse-keyed statement, not its counts', () => {
      expect(item('dom_05')).toMatchObject({ reverse: true, mean: 4, n: 6 });
      expect(item('dom_05').counts.find((c) => c.value === 2)!.count).toBe(6);
    });

    it('offers the split construct’s prompts first', () => {
      const practice = model.constructs.find((c) => c.id === 'shared-practice')!;
      expect(summary.prompts![0]).toEqual({
        construct: 'shared-practice',
        name: practice.name,
        prompt: practice.prompts[0],
      });
      expect(summary.prompts!.length).toBe(4);
      // One prompt of each construct before a second of any.
      expect(new Set(summary.prompts!.map((p) => p.construct)).size).toBe(4);
    });

    it('names the group’s stage with its support, what to avoid and prompts from the model', () => {
      const maturing = model.stages.find((stage) => stage.id === 'maturing')!;
      expect(summary.stage).toMatchObject({
        stage: 'maturing',
        clarity: 'clear',
        support: maturing.support,
        avoid: maturing.avoid,
        prompts: maturing.prompts,
      });
      expect(summary.stage!.closest[0]).toBe('maturing');
      // The stage × readiness fit: the conditions that matter most while maturing, in the fit table's order.
      const fit = stageFit.find((row) => row.stage === 'maturing')!;
      expect(summary.stage!.conditions.map(({ construct, why }) => ({ construct, why }))).toEqual(
        fit.priorities.map(({ construct, why }) => ({ construct, why })),
      );
      expect(summary.stage!.conditions[0]!.name).toBe(
        model.constructs.find((c) => c.id === fit.priorities[0]!.construct)!.name,
      );
      expect(summary.stage!.means).toContainEqual({ stage: 'maturing', name: maturing.name, mean: 5, n: 6 });
    });
  });

  it('names the three statements agreed with most and least, after reverse-keying', () => {
    const team = records(5, (item) => {
      if (item.id === 'val_01') return 5;
      if (item.id === 'dom_05') return 1; // reverse-keyed: keyed 5
      if (item.id === 'agen_01') return 1;
      if (item.id === 'eff_05') return 5; // reverse-keyed: keyed 1
      return undefined;
    });
    const summary = teamSummary(status, 5, instrument, team);
    expect(summary.agreedMost!.map((a) => a.id).slice(0, 2)).toEqual(['dom_05', 'val_01']);
    expect(summary.agreedMost![0]).toMatchObject({ mean: 5, reverse: true });
    expect(summary.agreedLeast!.map((a) => a.id).slice(0, 2)).toEqual(['eff_05', 'agen_01']);
    expect(summary.agreedLeast![1]).toMatchObject({ mean: 1, reverse: false });
    expect(summary.agreedMost).toHaveLength(3);
    expect(summary.agreedLeast).toHaveLength(3);
    // Stage statements are not among them.
    expect([...summary.agreedMost!, ...summary.agreedLeast!].every((a) => !a.id.startsWith('st'))).toBe(true);
  });

  it('offers the weakest constructs’ prompts when members agree on everything', () => {
    const team = records(5, (item) => (item.kind === 'scored' && item.construct === 'value-creation' ? 2 : undefined));
    const summary = teamSummary(status, 5, instrument, team);
    expect(summary.constructs!.every((c) => !c.disagree)).toBe(true);
    expect(summary.prompts![0]!.construct).toBe('value-creation');
  });

  it('counts non-response answers without counting them as answers', () => {
    const team = records(5, (item, n) => (item.id === 'dom_01' && n < 2 ? -8 : undefined));
    const dom = teamSummary(status, 5, instrument, team).items!.find((item) => item.id === 'dom_01')!;
    expect(dom).toMatchObject({ n: 3, mean: 4 });
    expect(dom.counts.find((c) => c.value === -8)!.count).toBe(2);
  });

  it('leaves rwg null below two answers', () => {
    const team = records(5, (item, n) => (item.id === 'dom_01' && n > 0 ? -8 : undefined));
    expect(teamSummary(status, 5, instrument, team).items!.find((item) => item.id === 'dom_01')).toMatchObject({
      n: 1,
      rwg: null,
      disagree: false,
    });
  });

  it('fills {unit} from the session’s community', () => {
    const withUnit: Instrument = {
      ...instrument,
      unit: { parameter: 'community', fallback: 'your community' },
      sections: instrument.sections.map((section, s) =>
        s === 0
          ? {
              ...section,
              items: section.items.map((item, i) => (i === 0 ? { ...item, text: 'In {unit}, we learn.' } : item)),
            }
          : section,
      ),
    };
    const team = Array.from({ length: 3 }, () => record(answersFor(withUnit), withUnit));
    const summary = teamSummary(status, 3, withUnit, team);
    expect(summary.items![0]!.text).toBe('In Math, we learn.');
  });

  it('holds no response id, link value other than the community, or answer row anywhere', () => {
    const team = records(6, (item, n) => (item.kind === 'scored' ? (n % 5) + 1 : undefined));
    const summary: TeamSummary = teamSummary(status, 5, instrument, team);
    const json = JSON.stringify(summary);
    for (const response of team) expect(json).not.toContain(response.responseId!);
    expect(json).not.toContain('SiteSecret');
    expect(json).not.toContain('CodeSecret7');
    expect(json).not.toContain('"site"');
    // Context statements (role, tenure) are never shown: a role can single someone out.
    expect(json).not.toMatch(/ctx_|stage_vignette/);
    expect(json).not.toMatch(/responseId|answers|params/);
    expect(json).toContain('"community":"Math"');
  });

  describe('in Spanish', () => {
    const es = modelIn('es');
    const spanish = es.instruments.find((candidate) => candidate.id === instrument.id)!;
    // Half answered in each language: scoring reads ids and values only.
    const team = records(6, (item, n) =>
      item.kind === 'scored' && item.construct === 'shared-practice' ? (n < 3 ? 1 : 5) : undefined,
    ).map((response, n) => ({ ...response, language: n % 2 === 0 ? ('es' as const) : ('en' as const) }));
    const english = teamSummary(status, 5, instrument, team);
    const summary = teamSummary(status, 5, spanish, team, es);

    it('takes every text from the Spanish model', () => {
      expect(summary.instrumentTitle).toBe(spanish.title);
      expect(summary.instrumentTitle).not.toBe(instrument.title);
      const spanishItems = new Map(itemsOf(spanish).map((item) => [item.id, item]));
      for (const item of summary.items!) {
        const source = spanishItems.get(item.id)!;
        expect(item.text).toBe(source.text);
        expect(item.counts.map((c) => c.label)).toEqual(choicesOf(source, es).map((choice) => choice.text));
      }
      expect(summary.items!.map((item) => item.text)).not.toEqual(english.items!.map((item) => item.text));
      expect(summary.items![0]!.counts.map((c) => c.label)).toContain('Muy de acuerdo');
      for (const construct of summary.constructs!)
        expect(construct.name).toBe(es.constructs.find((c) => c.id === construct.id)!.name);
      const stage = summary.stage!;
      for (const mean of stage.means) expect(mean.name).toBe(es.stages.find((s) => s.id === mean.stage)!.name);
      const shown = es.stages.find((s) => s.id === (stage.stage ?? stage.closest[0]))!;
      expect(stage.support).toEqual(shown.support);
      expect(stage.avoid).toEqual(shown.avoid);
      expect(stage.prompts).toEqual(shown.prompts);
      const fit = es.stageFit.find((candidate) => candidate.stage === shown.id)!;
      expect(stage.conditions.map((c) => c.why)).toEqual(fit.priorities.map((p) => p.why));
      for (const prompt of summary.prompts!)
        expect(es.constructs.find((c) => c.id === prompt.construct)!.prompts).toContain(prompt.prompt);
      const texts = new Map(summary.items!.map((item) => [item.id, item.text]));
      for (const agreed of [...summary.agreedMost!, ...summary.agreedLeast!])
        expect(agreed.text).toBe(texts.get(agreed.id));
    });

    it('scores the same responses as the English summary does, whatever language they were answered in', () => {
      const numbers = ({ constructs, items, stage, agreedMost, agreedLeast }: TeamSummary) => ({
        constructs: constructs!.map(({ name: _name, ...rest }) => rest),
        items: items!.map(({ text: _text, counts, ...rest }) => ({ ...rest, counts: counts.map((c) => c.count) })),
        stage: {
          ...stage!,
          means: stage!.means.map(({ name: _name, ...rest }) => rest),
          support: [],
          avoid: [],
          prompts: [],
          conditions: [],
        },
        agreed: [...agreedMost!, ...agreedLeast!].map((s) => s.id),
      });
      expect(summary).toMatchObject({ responses: 6, visible: true });
      expect(numbers(summary)).toEqual(numbers(english));
    });
  });

  it('is pure: no Node or DOM import', () => {
    const source = readFileSync(new URL('../../src/instruments/team-summary.ts', import.meta.url), 'utf8');
    expect(source).not.toMatch(/from 'node:|document\.|window\./);
  });
});
