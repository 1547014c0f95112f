import { describe, expect, it } from 'vitest';
import { itemsOf, withoutLanguageOnlyVersions } from '../../src/instruments/model.ts';
import { model as realModel } from '../../src/instruments/source-model.ts';
import { NOT_APPLICABLE } from '../../src/instruments/scales.ts';
import { nonResponses } from '../../src/instruments/scale-source.ts';
import type { ElementId, Instrument, NonResponseId, StageId } from '../../src/instruments/types.ts';
import { assertValidModel, findModelProblems, type ModelProblem } from '../../src/instruments/validate.ts';
import type { DraftInstrument, DraftItem, DraftModel } from '../support/draft-model.ts';

/**
 * The real model less the archived versions that only lacked a language: they ask the current questions, so
 * a change to one of those would also break the rule that an id keeps its meaning, and each test breaks one rule.
 */
const model = withoutLanguageOnlyVersions(realModel);

/** A value outside a string-literal type (an id the model does not know). */
const unknownId = <T extends string>(value: string) => value as T;

/** The problems of a deep copy of the real model after `breakIt` has changed it. */
function problemsAfter(breakIt: (draft: DraftModel) => void): ModelProblem[] {
  const draft = structuredClone(model) as DraftModel;
  breakIt(draft);
  return findModelProblems(draft);
}

const located = (problems: readonly ModelProblem[]) => problems.map(({ where, field }) => ({ where, field }));

/** The change caused exactly one problem, at `where` › `field`. */
function expectOnlyProblem(problems: readonly ModelProblem[], where: string, field: string, message?: RegExp) {
  expect(located(problems)).toEqual([{ where, field }]);
  if (message) expect(problems[0]!.message).toMatch(message);
}

// The instrument with items of every kind (scored, stage, context), and the full readiness instrument: no stage
// items, a screened section and texts that name {unit}.
const S = model.instruments.findIndex((instrument) => itemsOf(instrument).some((item) => item.kind === 'stage'));
const R = model.instruments.findIndex(
  (instrument) => instrument.shortFormOf === undefined && !itemsOf(instrument).some((item) => item.kind === 'stage'),
);
const SHORT = model.instruments.findIndex((instrument) => instrument.shortFormOf !== undefined);
const selfAssessment = model.instruments[S]!;
const readiness = model.instruments[R]!;
const shortForm = model.instruments[SHORT]!;

const itemsOfDraft = (instrument: DraftInstrument): DraftItem[] =>
  instrument.sections.flatMap((section) => section.items);
const at = (instrumentId: string) => `instrument "${instrumentId}"`;
const atItem = (instrumentId: string, itemId: string) => `${at(instrumentId)} › item "${itemId}"`;
const atParameter = (instrumentId: string, name: string) => `${at(instrumentId)} › parameter "${name}"`;
const atSection = (instrumentId: string, sectionId: string) => `${at(instrumentId)} › section "${sectionId}"`;

/** How many scored items each construct has in one instrument (what the validator counts). */
function scoredCounts(instrument: Instrument): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of itemsOf(instrument)) {
    if (item.kind === 'scored') counts.set(item.construct, (counts.get(item.construct) ?? 0) + 1);
  }
  return counts;
}
const selfAssessmentCounts = scoredCounts(selfAssessment);

/**
 * Ids an earlier version of the self-assessment also asks: changing one of those items also breaks the rule
 * that an id keeps its meaning, so the single-problem tests below change items new in this version.
 */
const archivedIds = new Set(
  model.archive.filter((old) => old.id === selfAssessment.id).flatMap((old) => itemsOf(old).map((item) => item.id)),
);
const newItems = itemsOf(selfAssessment).filter((item) => !archivedIds.has(item.id));

/** A new scored item of the self-assessment whose construct keeps at least 3 items if it loses this one. */
const spareScoredItem = newItems.find(
  (item) => item.kind === 'scored' && (selfAssessmentCounts.get(item.construct) ?? 0) > 3,
)!;
/** A new stage item whose stage is still described by other items if this one changes. */
const spareStageItem = newItems.find(
  (item) =>
    item.kind === 'stage' &&
    itemsOf(selfAssessment).filter((other) => other.kind === 'stage' && other.stage === item.stage).length > 1,
)!;
/** An item the self-assessment kept from its earlier version, whose construct can spare it. */
const keptScoredItem = itemsOf(selfAssessment).find(
  (item) => item.kind === 'scored' && archivedIds.has(item.id) && (selfAssessmentCounts.get(item.construct) ?? 0) > 3,
)!;
/** A new context item other than the stage vignette, whose answers must stay the stage ids. */
const contextItem = newItems.find((item) => item.kind === 'context' && item.id !== selfAssessment.stageVignette)!;
const ordinalScale = model.scales.find((scale) => scale.kind === 'ordinal')!;
const nominalScale = model.scales.find((scale) => scale.kind === 'nominal')!;
/** A nominal scale no item uses as a scored or stage scale, for breaking scale options only. */
const contextOnlyScale = model.scales.find(
  (scale) => scale.kind === 'nominal' && model.instruments.flatMap(itemsOf).some((item) => item.scale === scale.id),
)!;

function itemOf(draft: DraftModel, id: string): DraftItem {
  return itemsOfDraft(draft.instruments[S]!).find((item) => item.id === id)!;
}

describe('the real model', () => {
  it('has no problems', () => {
    expect(findModelProblems(realModel)).toEqual([]);
  });

  it('passes assertValidModel', () => {
    expect(() => assertValidModel(realModel)).not.toThrow();
  });

  it('has the instruments these tests break', () => {
    expect(S).toBeGreaterThanOrEqual(0);
    expect(R).toBeGreaterThanOrEqual(0);
    expect(SHORT).toBeGreaterThanOrEqual(0);
    expect(keptScoredItem).toBeDefined();
    expect(spareScoredItem).toBeDefined();
    expect(spareStageItem).toBeDefined();
    expect(contextItem).toBeDefined();
    expect(contextOnlyScale).toBeDefined();
  });

  it('measures every construct with at least 3 of an instrument’s scored items, and with 1 in a short form', () => {
    for (const instrument of [...model.instruments, ...model.archive]) {
      for (const [construct, count] of scoredCounts(instrument)) {
        if (instrument.shortFormOf === undefined)
          expect(count, `${instrument.id} › ${construct}`).toBeGreaterThanOrEqual(3);
        else expect(count, `${instrument.id} › ${construct}`).toBe(1);
      }
    }
  });

  it('gives every item a unique id across the items and the link parameters of its instrument', () => {
    for (const instrument of model.instruments) {
      const names = [...itemsOf(instrument).map((item) => item.id), ...instrument.parameters.map((p) => p.name)];
      expect(new Set(names).size, instrument.id).toBe(names.length);
    }
  });
});

describe('duplicate ids across the model', () => {
  it.each([
    ['element', (draft: DraftModel) => draft.elements.push({ ...draft.elements[0]! })],
    ['stage', (draft: DraftModel) => draft.stages.push({ ...draft.stages[0]! })],
    ['construct', (draft: DraftModel) => draft.constructs.push({ ...draft.constructs[0]! })],
    ['scale', (draft: DraftModel) => draft.scales.push({ ...draft.scales[0]! })],
    // Another version: the same version twice is a different problem (see the archive tests).
    ['instrument', (draft: DraftModel) => draft.instruments.push({ ...draft.instruments[0]!, version: '99.0.0' })],
  ])('reports a duplicate %s id at the model', (kind, breakIt) => {
    expectOnlyProblem(problemsAfter(breakIt), 'model', 'id', new RegExp(`^${kind} id ".+" is used more than once$`));
  });
});

describe('constructs', () => {
  const construct = model.constructs[0]!;

  it('reports an id that is not kebab-case', () => {
    const problems = problemsAfter((draft) => {
      draft.constructs[0]!.id = 'Shared_Thing';
      for (const item of [...draft.instruments, ...draft.archive].flatMap(itemsOfDraft)) {
        if (item.kind === 'scored' && item.construct === construct.id) item.construct = 'Shared_Thing';
      }
    });
    expectOnlyProblem(problems, 'construct "Shared_Thing"', 'id', /kebab-case/);
  });

  it('reports an unknown element', () => {
    const problems = problemsAfter((draft) => {
      draft.constructs[0]!.element = unknownId<ElementId>('vibes');
    });
    expectOnlyProblem(problems, `construct "${construct.id}"`, 'element', /"vibes"/);
  });

  it('reports a construct with fewer than 3 scored items', () => {
    const instrument = model.instruments.find((candidate) => scoredCounts(candidate).has(construct.id))!;
    const index = model.instruments.indexOf(instrument);
    const problems = problemsAfter((draft) => {
      let toRemove = scoredCounts(instrument).get(construct.id)! - 2;
      for (const section of draft.instruments[index]!.sections) {
        section.items = section.items.filter((item) => {
          const remove = toRemove > 0 && item.kind === 'scored' && item.construct === construct.id;
          if (remove) toRemove--;
          return !remove;
        });
      }
    });
    expectOnlyProblem(
      problems,
      `instrument "${instrument.id}" › construct "${construct.id}"`,
      'items',
      /has 2 scored item\(s\)/,
    );
  });

  it('reports a construct that no instrument measures', () => {
    const problems = problemsAfter((draft) => {
      draft.constructs.push({ ...draft.constructs[0]!, id: 'unmeasured' });
    });
    expectOnlyProblem(problems, 'construct "unmeasured"', 'items', /no instrument measures it/);
  });
});

describe('response scales', () => {
  const ordinal = `scale "${ordinalScale.id}"`;
  const indexOf = (id: string) => model.scales.findIndex((scale) => scale.id === id);

  it('reports a value used twice', () => {
    const problems = problemsAfter((draft) => {
      const options = draft.scales[indexOf(ordinalScale.id)]!.options;
      options[1]!.value = options[0]!.value;
    });
    expectOnlyProblem(problems, ordinal, 'options', /used more than once/);
  });

  it(`reports the reserved value "${NOT_APPLICABLE}"`, () => {
    const problems = problemsAfter((draft) => {
      draft.scales[indexOf(contextOnlyScale.id)]!.options[0]!.value = NOT_APPLICABLE;
    });
    expectOnlyProblem(problems, `scale "${contextOnlyScale.id}"`, 'options', /reserved/);
  });

  it('reports an ordinal scale with a string value', () => {
    const problems = problemsAfter((draft) => {
      const option = draft.scales[indexOf(ordinalScale.id)]!.options[2]!;
      option.value = String(option.value);
    });
    expectOnlyProblem(problems, ordinal, 'options', /numeric values/);
  });

  it('reports a scale with a single option', () => {
    const problems = problemsAfter((draft) => {
      const scale = draft.scales[indexOf(contextOnlyScale.id)]!;
      scale.options = scale.options.slice(0, 1);
    });
    expectOnlyProblem(problems, `scale "${contextOnlyScale.id}"`, 'options', /at least two/);
  });
});

describe('instrument settings', () => {
  const here = at(selfAssessment.id);

  it('reports an id that is not kebab-case', () => {
    const problems = problemsAfter((draft) => {
      // The short form has no archived versions, which would be left without a current one.
      draft.instruments[SHORT]!.id = 'CoP_Survey';
    });
    expectOnlyProblem(problems, at('CoP_Survey'), 'id', /kebab-case/);
  });

  it.each(['1.0', 'v1.0.0', '01.0.0', '1.0.0-beta', '1.0.0 ', ''])(
    'reports the version %j as not semantic',
    (version) => {
      const problems = problemsAfter((draft) => {
        draft.instruments[S]!.version = version;
      });
      expectOnlyProblem(problems, here, 'version', /not a semantic version/);
    },
  );

  it.each(['0.0.1', '2.10.0', '10.0.3'])('accepts the version %s', (version) => {
    expect(problemsAfter((draft) => void (draft.instruments[S]!.version = version))).toEqual([]);
  });

  it.each([0, -5, Number.NaN])('reports %s minutes', (minutes) => {
    expectOnlyProblem(
      problemsAfter((draft) => void (draft.instruments[S]!.minutes = minutes)),
      here,
      'minutes',
    );
  });

  it.each(['title', 'audience', 'introduction', 'consent'] as const)('reports an empty %s', (field) => {
    const problems = problemsAfter((draft) => {
      draft.instruments[S]![field] = '  ';
    });
    expectOnlyProblem(problems, here, field, /must not be empty/);
  });

  it.each([
    ['http://example.org/responses', /not an https:\/\/ URL/],
    ['https://example.org/has space', /whitespace/],
    ['ftp://example.org', /not an https:\/\/ URL/],
    ['example.org', /not an https:\/\/ URL/],
    ['https://user:secret@example.org/collect', /user name or password/],
    // Once passed validation and then stopped the build with a bare TypeError from new URL().
    ['https://%zz/x', /not an https:\/\/ URL/],
    ['javascript:alert(1)', /not an https:\/\/ URL/],
    ['data:text/plain,x', /not an https:\/\/ URL/],
    [' https://example.org/collect', /whitespace/],
  ])('reports the endpoint %j', (endpoint, message) => {
    const problems = problemsAfter((draft) => {
      draft.instruments[S]!.endpoint = endpoint;
    });
    expectOnlyProblem(problems, here, 'endpoint', message);
  });

  it.each(['https://example.org/collect', '/api/responses', 'http://127.0.0.1:4321/api/responses'])(
    'accepts the endpoint %j',
    (endpoint) => {
      expect(problemsAfter((draft) => void (draft.instruments[S]!.endpoint = endpoint))).toEqual([]);
    },
  );

  it('reports an instrument without sections', () => {
    const problems = problemsAfter((draft) => {
      draft.instruments[R]!.sections = [];
    });
    // Emptying an instrument has knock-on effects (constructs lose items, the role item vanishes): the
    // missing sections must be among the problems.
    expect(located(problems)).toContainEqual({ where: at(readiness.id), field: 'sections' });
  });
});

describe('sections', () => {
  const here = at(selfAssessment.id);

  it('reports a section id used twice', () => {
    const problems = problemsAfter((draft) => {
      const sections = draft.instruments[S]!.sections;
      sections[1]!.id = sections[0]!.id;
    });
    expectOnlyProblem(problems, here, 'sections', /section id ".+" is used more than once/);
  });

  it('reports a section without items, naming the section', () => {
    const problems = problemsAfter((draft) => {
      draft.instruments[S]!.sections.push({ id: 'empty-section', title: 'Empty', description: '', items: [] });
    });
    expectOnlyProblem(problems, `${here} › section "empty-section"`, 'items', /has no items/);
  });
});

describe('items', () => {
  const here = at(selfAssessment.id);

  it('reports an item id used twice', () => {
    const problems = problemsAfter((draft) => {
      // An exact copy, so the two items with one id do not also differ in meaning.
      draft.instruments[S]!.sections.at(-1)!.items.push({ ...itemOf(draft, spareScoredItem.id) });
    });
    expectOnlyProblem(problems, here, 'items', new RegExp(`item id "${spareScoredItem.id}" is used more than once`));
  });

  it.each(['Dom_01', '1_dom', 'dom-01', 'dom 01', '_dom', 'a'.repeat(27)])('reports the variable name %j', (id) => {
    const problems = problemsAfter((draft) => {
      itemOf(draft, spareScoredItem.id).id = id;
    });
    expectOnlyProblem(problems, atItem(selfAssessment.id, id), 'id', /codebook variable name/);
  });

  it('accepts a variable name of 26 characters', () => {
    expect(problemsAfter((draft) => void (itemOf(draft, spareScoredItem.id).id = 'a'.repeat(26)))).toEqual([]);
  });

  it('reports empty wording', () => {
    const problems = problemsAfter((draft) => {
      itemOf(draft, spareScoredItem.id).text = ' ';
    });
    expectOnlyProblem(problems, atItem(selfAssessment.id, spareScoredItem.id), 'text', /must not be empty/);
  });

  it('reports an unknown scale', () => {
    const problems = problemsAfter((draft) => {
      itemOf(draft, spareScoredItem.id).scale = 'agreement-7';
    });
    expectOnlyProblem(problems, atItem(selfAssessment.id, spareScoredItem.id), 'scale', /unknown scale "agreement-7"/);
  });

  it('reports a scored item on a nominal (context-only) scale', () => {
    const problems = problemsAfter((draft) => {
      itemOf(draft, spareScoredItem.id).scale = nominalScale.id;
    });
    expectOnlyProblem(
      problems,
      atItem(selfAssessment.id, spareScoredItem.id),
      'scale',
      /scored item needs an ordinal scale/,
    );
  });

  it('reports a stage item on a nominal scale', () => {
    const problems = problemsAfter((draft) => {
      itemOf(draft, spareStageItem.id).scale = nominalScale.id;
    });
    expectOnlyProblem(
      problems,
      atItem(selfAssessment.id, spareStageItem.id),
      'scale',
      /stage item needs an ordinal scale/,
    );
  });

  it('lets a context item use an ordinal scale', () => {
    expect(problemsAfter((draft) => void (itemOf(draft, contextItem.id).scale = ordinalScale.id))).toEqual([]);
  });

  it('reports an unknown construct on a scored item', () => {
    const problems = problemsAfter((draft) => {
      const item = itemOf(draft, spareScoredItem.id);
      if (item.kind === 'scored') item.construct = 'no-such-construct';
    });
    expectOnlyProblem(problems, atItem(selfAssessment.id, spareScoredItem.id), 'construct', /"no-such-construct"/);
  });

  it('reports an unknown stage on a stage item', () => {
    const problems = problemsAfter((draft) => {
      const item = itemOf(draft, spareStageItem.id);
      if (item.kind === 'stage') item.stage = unknownId<StageId>('adolescence');
    });
    // Its own stage is left with one item fewer than the stage rule needs.
    expect(located(problems)).toEqual([
      { where: atItem(selfAssessment.id, spareStageItem.id), field: 'stage' },
      { where: at(selfAssessment.id), field: 'sections' },
    ]);
    expect(problems[0]!.message).toMatch(/"adolescence"/);
    expect(problems[1]!.message).toContain(
      `"${spareStageItem.kind === 'stage' ? spareStageItem.stage : ''}" stage has`,
    );
  });

  it('reports a role item that is not a context item', () => {
    const problems = problemsAfter((draft) => {
      draft.instruments[S]!.roleItem = spareScoredItem.id;
    });
    expectOnlyProblem(problems, here, 'roleItem', /not a context item/);
  });

  it('reports a role item that does not exist', () => {
    const problems = problemsAfter((draft) => {
      draft.instruments[S]!.roleItem = 'ctx_nobody';
    });
    expectOnlyProblem(problems, here, 'roleItem', /"ctx_nobody"/);
  });
});

describe('link parameters', () => {
  const here = at(selfAssessment.id);
  const first = selfAssessment.parameters[0]!;

  /**
   * Parameter (and band) arrays are shared between instruments, and structuredClone keeps that sharing:
   * replace the array, never edit it in place, so only one instrument changes.
   */
  function withFirstParameter(draft: DraftModel, change: Partial<(typeof selfAssessment.parameters)[number]>) {
    const instrument = draft.instruments[S]!;
    instrument.parameters = instrument.parameters.map((parameter, i) =>
      i === 0 ? { ...parameter, ...change } : parameter,
    );
  }

  it('reports a parameter declared twice', () => {
    const problems = problemsAfter((draft) => {
      const instrument = draft.instruments[S]!;
      instrument.parameters = [...instrument.parameters, { ...instrument.parameters[0]! }];
    });
    expectOnlyProblem(problems, here, 'parameters', new RegExp(`parameter "${first.name}" is declared more than once`));
  });

  it.each(['Community', 'community-name', '2nd', 'wave!'])('reports the parameter name %j', (name) => {
    const problems = problemsAfter((draft) => withFirstParameter(draft, { name }));
    expectOnlyProblem(problems, atParameter(selfAssessment.id, name), 'name', /lowercase letters/);
  });

  it('reports a parameter name that clashes with an item id', () => {
    const problems = problemsAfter((draft) => withFirstParameter(draft, { name: spareScoredItem.id }));
    expectOnlyProblem(problems, atParameter(selfAssessment.id, spareScoredItem.id), 'name', /clashes with an item id/);
  });

  it('reports a parameter named role, which the analysis already groups responses by', () => {
    const problems = problemsAfter((draft) => withFirstParameter(draft, { name: 'role' }));
    expectOnlyProblem(problems, atParameter(selfAssessment.id, 'role'), 'name', /clashes with the role/);
  });

  it('reports a parameter named language, which every response records already', () => {
    const problems = problemsAfter((draft) => withFirstParameter(draft, { name: 'language' }));
    expectOnlyProblem(problems, atParameter(selfAssessment.id, 'language'), 'name', /clashes with the language/);
  });

  it.each([0, -1])('reports a maxLength of %s', (maxLength) => {
    const problems = problemsAfter((draft) => withFirstParameter(draft, { maxLength }));
    expectOnlyProblem(problems, atParameter(selfAssessment.id, first.name), 'maxLength');
  });

  it.each(['[a-z]+', '^[a-z]+', '[a-z]+$'])('reports the unanchored pattern %j', (pattern) => {
    const problems = problemsAfter((draft) => withFirstParameter(draft, { pattern }));
    expectOnlyProblem(problems, atParameter(selfAssessment.id, first.name), 'pattern', /anchored/);
  });

  it.each(['^[a-z$', '^(abc$', '^\\p{Nope}$'])('reports the invalid regular expression %j', (pattern) => {
    const problems = problemsAfter((draft) => withFirstParameter(draft, { pattern }));
    expectOnlyProblem(
      problems,
      atParameter(selfAssessment.id, first.name),
      'pattern',
      /not a valid regular expression/,
    );
  });

  it('only changes the instrument whose parameters were replaced', () => {
    const problems = problemsAfter((draft) => withFirstParameter(draft, { maxLength: 0 }));
    expect(problems.every((problem) => problem.where.startsWith(here))).toBe(true);
  });
});

describe('scoring rules', () => {
  const here = at(selfAssessment.id);

  it.each([0, -0.1, 1.01, 2, Number.NaN])('reports a minAnsweredShare of %s', (share) => {
    const problems = problemsAfter((draft) => {
      draft.instruments[S]!.scoring.minAnsweredShare = share;
    });
    expectOnlyProblem(problems, here, 'scoring.minAnsweredShare');
  });

  it('accepts a minAnsweredShare of 1', () => {
    expect(problemsAfter((draft) => void (draft.instruments[S]!.scoring.minAnsweredShare = 1))).toEqual([]);
  });

  it('reports an instrument without bands', () => {
    const problems = problemsAfter((draft) => {
      draft.instruments[S]!.scoring.bands = [];
    });
    expectOnlyProblem(problems, here, 'scoring.bands', /at least one band/);
  });

  it('reports bands that are not ascending, naming the band out of order', () => {
    const problems = problemsAfter((draft) => {
      const scoring = draft.instruments[S]!.scoring;
      scoring.bands = scoring.bands.map((band, i) => (i === 1 ? { ...band, min: scoring.bands[0]!.min } : band));
    });
    expectOnlyProblem(problems, here, 'scoring.bands[1].min', /must start above/);
  });

  it('reports a band id used twice', () => {
    const problems = problemsAfter((draft) => {
      const scoring = draft.instruments[S]!.scoring;
      scoring.bands = scoring.bands.map((band, i) => (i === 1 ? { ...band, id: scoring.bands[0]!.id } : band));
    });
    expectOnlyProblem(problems, here, 'scoring.bands', /band id ".+" is used more than once/);
  });

  it('reports a missing stageRule when stage items exist', () => {
    const problems = problemsAfter((draft) => {
      delete draft.instruments[S]!.scoring.stageRule;
    });
    expectOnlyProblem(problems, here, 'scoring.stageRule', /needed to estimate the stage/);
  });

  it('reports an archived version 1 that lost its stageClearMargin', () => {
    const problems = problemsAfter((draft) => {
      const old = draft.archive.find((instrument) => instrument.scoring.stageClearMargin !== undefined)!;
      delete old.scoring.stageClearMargin;
    });
    // Named with its version: the current version shares the id.
    expectOnlyProblem(problems, `${here} 1.0.0`, 'scoring.stageRule', /needed to estimate the stage/);
  });

  it('reports a stageRule on an instrument without stage items', () => {
    const problems = problemsAfter((draft) => {
      draft.instruments[R]!.scoring.stageRule = { minAnsweredPerStage: 2, agreeAbove: 3, lead: 1 };
    });
    expectOnlyProblem(problems, at(readiness.id), 'scoring.stageRule', /no item describes a stage/);
  });

  it('reports a stageClearMargin on an instrument without stage items', () => {
    const problems = problemsAfter((draft) => {
      draft.instruments[R]!.scoring.stageClearMargin = 0.5;
    });
    expectOnlyProblem(problems, at(readiness.id), 'scoring.stageClearMargin', /no item describes a stage/);
  });

  it('reports a stage that no item describes', () => {
    const stage = model.stages.at(-1)!.id;
    const problems = problemsAfter((draft) => {
      for (const section of draft.instruments[S]!.sections) {
        section.items = section.items.filter((item) => !(item.kind === 'stage' && item.stage === stage));
      }
    });
    expectOnlyProblem(problems, here, 'sections', new RegExp(`"${stage}" stage`));
  });
});

describe('assertValidModel', () => {
  it('throws one message naming the instrument, the item and the field', () => {
    const draft = structuredClone(model) as DraftModel;
    itemOf(draft, spareScoredItem.id).scale = 'agreement-7';
    expect(() => assertValidModel(draft)).toThrow(
      `${atItem(selfAssessment.id, spareScoredItem.id)} › scale: unknown scale "agreement-7"`,
    );
  });

  it('lists every problem and counts them', () => {
    const draft = structuredClone(model) as DraftModel;
    itemOf(draft, spareScoredItem.id).scale = 'agreement-7';
    draft.instruments[S]!.version = '1.0';
    let message = '';
    try {
      assertValidModel(draft);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/has 2 problem\(s\)/);
    expect(message).toContain(`instrument "${selfAssessment.id}"`);
    expect(message).toContain(`item "${spareScoredItem.id}"`);
    expect(message).toContain('› scale:');
    expect(message).toContain('› version:');
  });
});

describe('archived versions', () => {
  const archivedIndex = (id: string) => model.archive.findIndex((instrument) => instrument.id === id);

  it('reports an archived instrument with no current version', () => {
    const problems = problemsAfter((draft) => {
      draft.archive[archivedIndex(readiness.id)]!.id = 'retired-survey';
    });
    expectOnlyProblem(problems, 'archived instrument "retired-survey"', 'id', /no current version/);
  });

  it('reports a version listed twice', () => {
    const problems = problemsAfter((draft) => {
      draft.archive.push({ ...draft.archive[archivedIndex(selfAssessment.id)]! });
    });
    expectOnlyProblem(problems, 'model', 'archive', /"cop-self-assessment 1\.0\.0" is listed more than once/);
  });

  it('validates archived versions like current ones', () => {
    const old = model.archive[archivedIndex(selfAssessment.id)]!;
    const problems = problemsAfter((draft) => {
      draft.archive[archivedIndex(selfAssessment.id)]!.version = 'v1';
    });
    expect(old.version).not.toBe('v1');
    expectOnlyProblem(problems, `${at(selfAssessment.id)} v1`, 'version', /not a semantic version/);
  });
});

describe('non-response answers', () => {
  it.each(nonResponses.map((code) => [code.value, code.id] as const))('reserves %s (%s) in every scale', (value) => {
    const problems = problemsAfter((draft) => {
      draft.scales.find((scale) => scale.id === contextOnlyScale.id)!.options[0]!.value = value;
    });
    expectOnlyProblem(problems, `scale "${contextOnlyScale.id}"`, 'options', new RegExp(`${value} is reserved`));
  });

  it('reports an item that offers both version 1’s "na" and non-response codes', () => {
    const problems = problemsAfter((draft) => {
      const item = itemOf(draft, spareScoredItem.id);
      if (item.kind === 'scored') item.notApplicable = true;
    });
    expectOnlyProblem(problems, atItem(selfAssessment.id, spareScoredItem.id), 'nonResponse', /"na"/);
  });

  it('reports an unknown non-response answer', () => {
    const problems = problemsAfter((draft) => {
      const item = itemOf(draft, spareScoredItem.id);
      if (item.kind === 'scored') item.nonResponse = [unknownId<NonResponseId>('refused')];
    });
    expectOnlyProblem(problems, atItem(selfAssessment.id, spareScoredItem.id), 'nonResponse', /"refused"/);
  });
});

describe('the stage rule', () => {
  const here = at(selfAssessment.id);
  const rule = selfAssessment.scoring.stageRule!;

  it('is what the self-assessment estimates its stage with', () => {
    expect(rule).toBeDefined();
    expect(selfAssessment.scoring.stageClearMargin).toBeUndefined();
  });

  it.each([
    ['minAnsweredPerStage', 0],
    ['minAnsweredPerStage', 1.5],
    ['lead', 0],
    ['lead', -1],
    ['agreeAbove', Number.NaN],
  ] as const)('reports %s = %s', (field, value) => {
    const problems = problemsAfter((draft) => {
      draft.instruments[S]!.scoring.stageRule = { ...rule, [field]: value };
    });
    expectOnlyProblem(problems, here, `scoring.stageRule.${field}`);
  });

  it('reports a stageRule combined with a stageClearMargin', () => {
    const problems = problemsAfter((draft) => {
      draft.instruments[S]!.scoring.stageClearMargin = 1;
    });
    expectOnlyProblem(problems, here, 'scoring.stageRule', /stageClearMargin/);
  });

  it('reports a stage with fewer than 3 items', () => {
    const removed = spareStageItem.kind === 'stage' ? spareStageItem.stage : undefined;
    const problems = problemsAfter((draft) => {
      for (const section of draft.instruments[S]!.sections)
        section.items = section.items.filter((item) => item.id !== spareStageItem.id);
    });
    expectOnlyProblem(problems, here, 'sections', new RegExp(`"${removed}" stage has 2 item\\(s\\)`));
  });

  it('reports a stage with fewer items than a stage must have answered', () => {
    const problems = problemsAfter((draft) => {
      draft.instruments[S]!.scoring.stageRule = { ...rule, minAnsweredPerStage: 4 };
    });
    expect(located(problems)).toEqual(model.stages.map(() => ({ where: here, field: 'sections' })));
    expect(problems.map((problem) => problem.message)).toEqual(
      model.stages.map((stage) => expect.stringContaining(`"${stage.id}" stage has 3 item(s)`)),
    );
  });
});

describe('the stage vignette', () => {
  const here = at(selfAssessment.id);
  const vignette = itemsOf(selfAssessment).find((item) => item.id === selfAssessment.stageVignette)!;

  it('is a context item whose answers are the stage ids', () => {
    expect(vignette.kind).toBe('context');
    const values = model.scales.find((scale) => scale.id === vignette.scale)!.options.map((option) => option.value);
    expect(values).toEqual(model.stages.map((stage) => stage.id));
  });

  it('reports a vignette that is not a context item', () => {
    const problems = problemsAfter((draft) => {
      draft.instruments[S]!.stageVignette = spareStageItem.id;
    });
    expectOnlyProblem(problems, here, 'stageVignette', /not a context item/);
  });

  it('reports a vignette that is not an item of the instrument', () => {
    const problems = problemsAfter((draft) => {
      draft.instruments[S]!.stageVignette = 'ctx_story';
    });
    expectOnlyProblem(problems, here, 'stageVignette', /"ctx_story"/);
  });

  it('reports a vignette whose answers are not stage ids', () => {
    const problems = problemsAfter((draft) => {
      itemOf(draft, vignette.id).scale = contextItem.scale;
    });
    expectOnlyProblem(problems, here, 'stageVignette', /exactly the stage ids/);
  });

  it('reports a vignette that offers an answer besides the stage ids', () => {
    const problems = problemsAfter((draft) => {
      const stories = draft.scales.find((scale) => scale.id === vignette.scale)!;
      draft.scales.push({
        ...stories,
        id: 'stories-and-more',
        options: [...stories.options, { value: 'none', label: 'None' }],
      });
      itemOf(draft, vignette.id).scale = 'stories-and-more';
    });
    expectOnlyProblem(problems, here, 'stageVignette', /exactly the stage ids/);
  });
});

describe('screened sections (askIf)', () => {
  const screened = readiness.sections.find((section) => section.askIf !== undefined)!;
  const screener = itemsOf(readiness).find((item) => item.id === screened.askIf!.item)!;
  const here = atSection(readiness.id, screened.id);

  /** Replaces the full form's condition only: the short form shares the condition object. */
  function withCondition(draft: DraftModel, condition: { item: string; values: (string | number)[] }) {
    draft.instruments[R]!.sections.find((section) => section.id === screened.id)!.askIf = condition;
  }

  it('asks the coaching section only after a context question earlier in the instrument', () => {
    expect(screener.kind).toBe('context');
    const order = readiness.sections.map((section) => section.id);
    const screenerSection = readiness.sections.find((section) => section.items.includes(screener))!;
    expect(order.indexOf(screenerSection.id)).toBeLessThan(order.indexOf(screened.id));
  });

  it('reports a condition on an item that does not exist', () => {
    const problems = problemsAfter((draft) => withCondition(draft, { item: 'scr_nobody', values: ['yes'] }));
    expectOnlyProblem(problems, here, 'askIf.item', /"scr_nobody"/);
  });

  it('reports a condition on a scored item', () => {
    const scoredItem = itemsOf(readiness).find((item) => item.kind === 'scored')!;
    const problems = problemsAfter((draft) => withCondition(draft, { item: scoredItem.id, values: [4] }));
    expectOnlyProblem(problems, here, 'askIf.item', /not a context item asked in an earlier section/);
  });

  it('reports a condition on a context item asked later', () => {
    const later = readiness.sections.slice(readiness.sections.indexOf(screened) + 1);
    const laterContext = later.flatMap((section) => section.items).find((item) => item.kind === 'context')!;
    const problems = problemsAfter((draft) => withCondition(draft, { item: laterContext.id, values: ['potential'] }));
    expectOnlyProblem(problems, here, 'askIf.item', /earlier section/);
  });

  it('reports a condition value that is not an answer to the screener', () => {
    const problems = problemsAfter((draft) => withCondition(draft, { item: screener.id, values: ['maybe'] }));
    expectOnlyProblem(problems, here, 'askIf.values', /"maybe" is not an answer/);
  });

  it('reports a condition value that is not a plain word, in both forms that share it', () => {
    const problems = problemsAfter((draft) => {
      const scale = draft.scales.find((each) => each.id === screener.scale)!;
      scale.options[0]!.value = 'yes, we do';
      for (const instrument of [draft.instruments[R]!, draft.instruments[SHORT]!]) {
        const section = instrument.sections.find((each) => each.id === screened.id)!;
        section.askIf = { item: screener.id, values: ['yes, we do'] };
      }
    });
    expect(located(problems)).toEqual([
      { where: here, field: 'askIf.values' },
      { where: atSection(shortForm.id, screened.id), field: 'askIf.values' },
    ]);
  });
});

describe('the unit a text names', () => {
  const here = at(readiness.id);

  it('is declared by the instruments whose texts name {unit}', () => {
    expect(readiness.unit).toBeDefined();
    expect(itemsOf(readiness).some((item) => item.text.includes('{unit}'))).toBe(true);
  });

  it('reports {unit} in a text of an instrument without a unit', () => {
    const problems = problemsAfter((draft) => {
      delete draft.instruments[R]!.unit;
    });
    expectOnlyProblem(problems, here, 'unit', /\{unit\}/);
  });

  it('reports {unit} in an item of an instrument without a unit', () => {
    const problems = problemsAfter((draft) => {
      itemOf(draft, spareScoredItem.id).text = 'We talk about {unit} often.';
    });
    expectOnlyProblem(problems, at(selfAssessment.id), 'unit', /\{unit\}/);
  });

  it('reports a unit named by a parameter the instrument does not declare', () => {
    const problems = problemsAfter((draft) => {
      draft.instruments[R]!.unit = { parameter: 'campus', fallback: 'your campus' };
    });
    expectOnlyProblem(problems, here, 'unit.parameter', /"campus"/);
  });
});

describe('short forms', () => {
  const here = at(shortForm.id);

  it('reports a short form of an instrument that does not exist', () => {
    const problems = problemsAfter((draft) => {
      draft.instruments[SHORT]!.shortFormOf = 'no-such-instrument';
    });
    expectOnlyProblem(problems, here, 'shortFormOf', /"no-such-instrument"/);
  });

  it('reports an item the full form does not ask, even with the same wording', () => {
    const reused = itemsOf(shortForm).find((item) => item.kind === 'scored')!;
    const problems = problemsAfter((draft) => {
      const section = draft.instruments[SHORT]!.sections.find((each) =>
        each.items.some((item) => item.id === reused.id),
      )!;
      section.items = section.items.map((item) => (item.id === reused.id ? { ...item } : item));
    });
    expectOnlyProblem(problems, atItem(shortForm.id, reused.id), 'id', /short form only reuses its items/);
  });

  it('still needs 3 items per construct in an instrument that is not a short form', () => {
    const problems = problemsAfter((draft) => {
      delete draft.instruments[SHORT]!.shortFormOf;
    });
    expect(located(problems)).toEqual(
      [...scoredCounts(shortForm).keys()].map((construct) => ({
        where: `${here} › construct "${construct}"`,
        field: 'items',
      })),
    );
  });
});

describe('item identity across versions', () => {
  const here = `${at(selfAssessment.id)} ${selfAssessment.version} › item "${keptScoredItem.id}"`;

  it.each<[string, (item: DraftItem, draft: DraftModel) => void]>([
    ['wording', (item) => void (item.text += ' Mostly.')],
    ['keying', (item) => void (item.kind === 'scored' && (item.reverse = !item.reverse))],
    [
      'construct',
      (item) =>
        void (
          item.kind === 'scored' &&
          (item.construct = [...selfAssessmentCounts.keys()].find((construct) => construct !== item.construct)!)
        ),
    ],
    [
      'scale',
      (item, draft) => {
        // The same options under another id: still a different scale, whose labels could change on their own.
        draft.scales.push({ ...draft.scales.find((scale) => scale.id === item.scale)!, id: 'agreement-5-copy' });
        item.scale = 'agreement-5-copy';
      },
    ],
  ])('reports a kept id whose %s changed', (_what, change) => {
    const problems = problemsAfter((draft) => change(itemOf(draft, keptScoredItem.id), draft));
    expectOnlyProblem(problems, here, 'id', /version 1\.0\.0: a changed item needs a new id/);
  });

  it('lets a kept id change its non-response answers, as every item kept from version 1 does', () => {
    const old = model.archive
      .filter((instrument) => instrument.id === selfAssessment.id)
      .flatMap(itemsOf)
      .find((item) => item.id === keptScoredItem.id)!;
    expect(old.kind === 'scored' && old.notApplicable).toBe(true);
    expect(keptScoredItem.kind === 'scored' && keptScoredItem.nonResponse).toBeTruthy();
    const problems = problemsAfter((draft) => {
      const item = itemOf(draft, keptScoredItem.id);
      if (item.kind === 'scored') item.nonResponse = ['dont-know', 'not-applicable'];
    });
    expect(problems).toEqual([]);
  });
});
