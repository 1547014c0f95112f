import { describe, expect, it } from 'vitest';
import { itemsOf, model } from '../../src/instruments/model.ts';
import { NOT_APPLICABLE } from '../../src/instruments/scales.ts';
import type { ElementId, StageId } from '../../src/instruments/types.ts';
import { assertValidModel, findModelProblems, type ModelProblem } from '../../src/instruments/validate.ts';
import type { DraftInstrument, DraftItem, DraftModel } from '../support/draft-model.ts';

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

// The instrument with items of every kind (scored, stage, context) and the one that asks for a readiness profile.
const S = model.instruments.findIndex((instrument) => itemsOf(instrument).some((item) => item.kind === 'stage'));
const R = model.instruments.findIndex((instrument) => instrument.scoring.readinessProfile === true);
const selfAssessment = model.instruments[S]!;
const readiness = model.instruments[R]!;

const itemsOfDraft = (instrument: DraftInstrument): DraftItem[] =>
  instrument.sections.flatMap((section) => section.items);
const at = (instrumentId: string) => `instrument "${instrumentId}"`;
const atItem = (instrumentId: string, itemId: string) => `${at(instrumentId)} › item "${itemId}"`;
const atParameter = (instrumentId: string, name: string) => `${at(instrumentId)} › parameter "${name}"`;

/** How many scored items each construct has across all instruments (what the validator counts). */
const scoredCounts = new Map<string, number>();
for (const item of model.instruments.flatMap(itemsOf)) {
  if (item.kind === 'scored') scoredCounts.set(item.construct, (scoredCounts.get(item.construct) ?? 0) + 1);
}

/** A scored item of the self-assessment whose construct keeps at least 3 items if it loses this one. */
const spareScoredItem = itemsOf(selfAssessment).find(
  (item) => item.kind === 'scored' && (scoredCounts.get(item.construct) ?? 0) > 3,
)!;
/** A second scored item, used to make a duplicate id. */
const otherScoredItem = itemsOf(selfAssessment).find(
  (item) => item.kind === 'scored' && item.id !== spareScoredItem.id,
)!;
/** A stage item whose stage is still described by another item if this one changes. */
const spareStageItem = itemsOf(selfAssessment).find(
  (item) =>
    item.kind === 'stage' &&
    itemsOf(selfAssessment).filter((other) => other.kind === 'stage' && other.stage === item.stage).length > 1,
)!;
const contextItem = itemsOf(selfAssessment).find((item) => item.kind === 'context')!;
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
    expect(findModelProblems(model)).toEqual([]);
  });

  it('passes assertValidModel', () => {
    expect(() => assertValidModel(model)).not.toThrow();
  });

  it('has the instruments these tests break', () => {
    expect(S).toBeGreaterThanOrEqual(0);
    expect(R).toBeGreaterThanOrEqual(0);
    expect(spareScoredItem).toBeDefined();
    expect(otherScoredItem).toBeDefined();
    expect(spareStageItem).toBeDefined();
    expect(contextItem).toBeDefined();
    expect(contextOnlyScale).toBeDefined();
  });

  it('measures every construct an instrument uses with at least 3 of that instrument’s scored items', () => {
    for (const instrument of model.instruments) {
      const perConstruct = new Map<string, number>();
      for (const item of itemsOf(instrument)) {
        if (item.kind === 'scored') perConstruct.set(item.construct, (perConstruct.get(item.construct) ?? 0) + 1);
      }
      for (const [construct, count] of perConstruct) {
        expect(count, `${instrument.id} › ${construct}`).toBeGreaterThanOrEqual(3);
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
    ['instrument', (draft: DraftModel) => draft.instruments.push({ ...draft.instruments[0]! })],
  ])('reports a duplicate %s id at the model', (kind, breakIt) => {
    expectOnlyProblem(problemsAfter(breakIt), 'model', 'id', new RegExp(`^${kind} id ".+" is used more than once$`));
  });
});

describe('constructs', () => {
  const construct = model.constructs[0]!;

  it('reports an id that is not kebab-case', () => {
    const problems = problemsAfter((draft) => {
      draft.constructs[0]!.id = 'Shared_Thing';
      for (const item of draft.instruments.flatMap(itemsOfDraft)) {
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
    const counted = scoredCounts.get(construct.id)!;
    const problems = problemsAfter((draft) => {
      let toRemove = counted - 2;
      for (const section of draft.instruments.flatMap((instrument) => instrument.sections)) {
        section.items = section.items.filter((item) => {
          const remove = toRemove > 0 && item.kind === 'scored' && item.construct === construct.id;
          if (remove) toRemove--;
          return !remove;
        });
      }
    });
    const instrument = model.instruments.find((candidate) =>
      candidate.sections.some((section) =>
        section.items.some((item) => item.kind === 'scored' && item.construct === construct.id),
      ),
    )!;
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
      draft.instruments[S]!.id = 'CoP_Survey';
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
      itemOf(draft, otherScoredItem.id).id = spareScoredItem.id;
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
    expectOnlyProblem(problems, atItem(selfAssessment.id, spareStageItem.id), 'stage', /"adolescence"/);
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

  it('reports a missing stageClearMargin when stage items exist', () => {
    const problems = problemsAfter((draft) => {
      delete draft.instruments[S]!.scoring.stageClearMargin;
    });
    expectOnlyProblem(problems, here, 'scoring.stageClearMargin', /needed to estimate the stage/);
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
