import type { FrameworkModel } from './model.ts';
import type { Instrument, Item } from './types.ts';
import { NOT_APPLICABLE, nonResponses } from './scales.ts';
import { endpointProblem } from './endpoint.ts';
import { localizationProblems } from './localization.ts';

/** One thing wrong with the model, located precisely enough to fix without searching. */
export interface ModelProblem {
  /** e.g. `instrument "cop-self-assessment" › item "dom_03"` */
  where: string;
  field: string;
  message: string;
}

const KEBAB = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
/** REDCap's rule for variable names: lowercase letters, digits and underscores, starting with a letter. */
const VARIABLE = /^[a-z][a-z0-9_]{0,25}$/;
const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;
const PARAMETER = /^[a-z][a-z0-9_]*$/;

function duplicates(ids: readonly string[]): string[] {
  return [...new Set(ids.filter((id, i) => ids.indexOf(id) !== i))];
}

/** Every problem in the model; an empty list means the generators can trust it. */
export function findModelProblems(model: FrameworkModel): ModelProblem[] {
  const problems: ModelProblem[] = [];
  const report = (where: string, field: string, message: string) => problems.push({ where, field, message });

  const uniqueIds = (kind: string, ids: readonly string[], where = 'model') => {
    for (const id of duplicates(ids)) report(where, 'id', `${kind} id "${id}" is used more than once`);
  };
  uniqueIds(
    'element',
    model.elements.map((e) => e.id),
  );
  uniqueIds(
    'stage',
    model.stages.map((s) => s.id),
  );
  uniqueIds(
    'construct',
    model.constructs.map((c) => c.id),
  );
  uniqueIds(
    'scale',
    model.scales.map((s) => s.id),
  );
  uniqueIds(
    'instrument',
    model.instruments.map((i) => i.id),
  );

  const elementIds = new Set<string>(model.elements.map((e) => e.id));
  const stageIds = new Set<string>(model.stages.map((s) => s.id));
  const constructIds = new Set(model.constructs.map((c) => c.id));

  for (const construct of model.constructs) {
    const where = `construct "${construct.id}"`;
    if (!KEBAB.test(construct.id)) report(where, 'id', 'must be kebab-case (it appears in URLs)');
    if (!elementIds.has(construct.element)) report(where, 'element', `unknown element "${construct.element}"`);
  }

  for (const scale of model.scales) {
    const where = `scale "${scale.id}"`;
    const values = scale.options.map((option) => String(option.value));
    for (const value of duplicates(values)) report(where, 'options', `value "${value}" is used more than once`);
    if (values.includes(NOT_APPLICABLE)) {
      report(where, 'options', `"${NOT_APPLICABLE}" is reserved for "don't know / not applicable"`);
    }
    if (scale.kind === 'ordinal' && scale.options.some((option) => typeof option.value !== 'number')) {
      report(where, 'options', 'an ordinal scale needs numeric values');
    }
    if (scale.options.length < 2) report(where, 'options', 'needs at least two options');
  }

  for (const value of nonResponses.map((code) => code.value)) {
    for (const scale of model.scales) {
      if (scale.options.some((option) => option.value === value))
        report(`scale "${scale.id}"`, 'options', `${value} is reserved for a non-response answer`);
    }
  }

  const current = new Set(model.instruments.map((i) => i.id));
  for (const old of model.archive) {
    if (!current.has(old.id)) report(`archived instrument "${old.id}"`, 'id', 'has no current version in instruments');
  }
  for (const id of duplicates([...model.instruments, ...model.archive].map((i) => `${i.id} ${i.version}`)))
    report('model', 'archive', `instrument version "${id}" is listed more than once`);

  const measured = new Set<string>();
  for (const instrument of [...model.instruments, ...model.archive]) {
    problems.push(...instrumentProblems(instrument, model, { elementIds, stageIds, constructIds }));
    for (const item of instrument.sections.flatMap((section) => section.items)) {
      if (item.kind === 'scored') measured.add(item.construct);
    }
  }
  problems.push(...itemIdentityProblems(model));
  problems.push(...localizationProblems());
  for (const construct of model.constructs) {
    if (!measured.has(construct.id)) report(`construct "${construct.id}"`, 'items', 'no instrument measures it');
  }
  return problems;
}

function instrumentProblems(
  instrument: Instrument,
  model: FrameworkModel,
  known: { elementIds: Set<string>; stageIds: Set<string>; constructIds: Set<string> },
): ModelProblem[] {
  const problems: ModelProblem[] = [];
  // An archived version is named with its version, since the current one shares its id.
  const at = model.archive.includes(instrument)
    ? `instrument "${instrument.id}" ${instrument.version}`
    : `instrument "${instrument.id}"`;
  const report = (where: string, field: string, message: string) => problems.push({ where, field, message });

  if (!KEBAB.test(instrument.id)) report(at, 'id', 'must be kebab-case (it appears in URLs)');
  if (!SEMVER.test(instrument.version))
    report(at, 'version', `"${instrument.version}" is not a semantic version (1.2.3)`);
  if (!(instrument.minutes > 0)) report(at, 'minutes', 'must be a positive number');
  for (const field of ['title', 'audience', 'introduction', 'consent'] as const) {
    if (!instrument[field].trim()) report(at, field, 'must not be empty');
  }
  if (instrument.sections.length === 0) report(at, 'sections', 'has no sections');
  const endpoint = instrument.endpoint === undefined ? null : endpointProblem(instrument.endpoint);
  if (endpoint !== null) report(at, 'endpoint', `${JSON.stringify(instrument.endpoint)} ${endpoint}`);

  for (const id of duplicates(instrument.sections.map((s) => s.id)))
    report(at, 'sections', `section id "${id}" is used more than once`);
  const items: Item[] = instrument.sections.flatMap((section) => {
    if (section.items.length === 0) report(`${at} › section "${section.id}"`, 'items', 'has no items');
    return section.items;
  });
  for (const id of duplicates(items.map((i) => i.id))) report(at, 'items', `item id "${id}" is used more than once`);

  for (const item of items) {
    const where = `${at} › item "${item.id}"`;
    if (!VARIABLE.test(item.id)) {
      report(
        where,
        'id',
        'must be a codebook variable name: lowercase letters, digits and _, starting with a letter, at most 26 characters',
      );
    }
    if (!item.text.trim()) report(where, 'text', 'must not be empty');
    const scale = model.scales.find((s) => s.id === item.scale);
    if (!scale) {
      report(where, 'scale', `unknown scale "${item.scale}"`);
    } else if (item.kind !== 'context' && scale.kind !== 'ordinal') {
      report(where, 'scale', `a ${item.kind} item needs an ordinal scale, and "${scale.id}" is nominal`);
    }
    if (item.kind === 'scored' && !known.constructIds.has(item.construct)) {
      report(where, 'construct', `unknown construct "${item.construct}"`);
    }
    if (item.kind === 'stage' && !known.stageIds.has(item.stage))
      report(where, 'stage', `unknown stage "${item.stage}"`);
  }

  for (const item of items) {
    if (item.kind === 'context') continue;
    const where = `${at} › item "${item.id}"`;
    if (item.notApplicable && item.nonResponse) report(where, 'nonResponse', 'cannot also offer version 1\'s "na"');
    for (const id of item.nonResponse ?? []) {
      if (!nonResponses.some((code) => code.id === id)) report(where, 'nonResponse', `unknown non-response "${id}"`);
    }
  }

  const texts = [
    instrument.introduction,
    ...instrument.sections.flatMap((section) => [section.title, section.description]),
    ...items.map((item) => item.text),
  ];
  if (instrument.unit === undefined && texts.some((text) => text.includes('{unit}'))) {
    report(at, 'unit', 'a text names {unit}, but the instrument does not say what the unit is');
  }
  if (instrument.unit !== undefined && !instrument.parameters.some((p) => p.name === instrument.unit!.parameter)) {
    report(at, 'unit.parameter', `"${instrument.unit.parameter}" is not one of the instrument's link parameters`);
  }

  const earlier = new Map<string, Item>();
  for (const section of instrument.sections) {
    const condition = section.askIf;
    if (condition) {
      const where = `${at} › section "${section.id}"`;
      const screener = earlier.get(condition.item);
      if (!screener || screener.kind !== 'context') {
        report(where, 'askIf.item', `"${condition.item}" is not a context item asked in an earlier section`);
      } else {
        const allowed = model.scales.find((s) => s.id === screener.scale)?.options.map((o) => o.value) ?? [];
        for (const value of condition.values) {
          if (!allowed.includes(value))
            report(where, 'askIf.values', `${JSON.stringify(value)} is not an answer to "${screener.id}"`);
        }
        if (condition.values.some((value) => typeof value === 'string' && !/^[a-z0-9-]+$/.test(value)))
          report(where, 'askIf.values', 'answers in a condition must be plain lower-case words');
      }
    }
    for (const item of section.items) earlier.set(item.id, item);
  }

  if (instrument.stageVignette !== undefined) {
    const vignette = items.find((item) => item.id === instrument.stageVignette);
    const values = model.scales.find((s) => s.id === vignette?.scale)?.options.map((o) => String(o.value)) ?? [];
    if (!vignette || vignette.kind !== 'context') {
      report(at, 'stageVignette', `"${instrument.stageVignette}" is not a context item of this instrument`);
    } else if ([...known.stageIds].some((id) => !values.includes(id)) || values.length !== known.stageIds.size) {
      report(at, 'stageVignette', `the answers to "${vignette.id}" must be exactly the stage ids`);
    }
  }

  // Scores are computed per instrument, so each construct needs enough items within each instrument; a short
  // form asks one item per construct on purpose.
  const itemsPerConstruct = new Map<string, number>();
  for (const item of items) {
    if (item.kind === 'scored' && known.constructIds.has(item.construct))
      itemsPerConstruct.set(item.construct, (itemsPerConstruct.get(item.construct) ?? 0) + 1);
  }
  const least = instrument.shortFormOf === undefined ? 3 : 1;
  for (const [construct, count] of itemsPerConstruct) {
    if (count < least)
      report(
        `${at} › construct "${construct}"`,
        'items',
        `has ${count} scored item(s); a construct needs at least ${least}`,
      );
  }
  if (instrument.shortFormOf !== undefined) {
    const full = model.instruments.find((i) => i.id === instrument.shortFormOf);
    if (!full) report(at, 'shortFormOf', `"${instrument.shortFormOf}" is not a current instrument`);
    const fullItems = new Set(full?.sections.flatMap((section) => section.items) ?? []);
    for (const item of items) {
      if (full && !fullItems.has(item))
        report(`${at} › item "${item.id}"`, 'id', `is not an item of "${full.id}": a short form only reuses its items`);
    }
  }

  if (instrument.roleItem !== undefined) {
    const role = items.find((item) => item.id === instrument.roleItem);
    if (!role || role.kind !== 'context') {
      report(at, 'roleItem', `"${instrument.roleItem}" is not a context item of this instrument`);
    }
  }

  for (const id of duplicates(instrument.parameters.map((p) => p.name)))
    report(at, 'parameters', `parameter "${id}" is declared more than once`);
  for (const parameter of instrument.parameters) {
    const where = `${at} › parameter "${parameter.name}"`;
    if (!PARAMETER.test(parameter.name)) report(where, 'name', 'must be lowercase letters, digits and _');
    if (items.some((item) => item.id === parameter.name)) report(where, 'name', 'clashes with an item id');
    if (!(parameter.maxLength > 0)) report(where, 'maxLength', 'must be a positive number');
    if (!parameter.pattern.startsWith('^') || !parameter.pattern.endsWith('$')) {
      report(where, 'pattern', 'must be anchored with ^ and $');
    }
    try {
      new RegExp(parameter.pattern, 'u');
    } catch (error) {
      report(where, 'pattern', `is not a valid regular expression: ${(error as Error).message}`);
    }
  }

  const { scoring } = instrument;
  if (!(scoring.minAnsweredShare > 0 && scoring.minAnsweredShare <= 1)) {
    report(at, 'scoring.minAnsweredShare', 'must be more than 0 and at most 1');
  }
  if (scoring.bands.length === 0) report(at, 'scoring.bands', 'needs at least one band');
  const scaleMinimums = items.flatMap((item) => {
    const scale = item.kind === 'context' ? undefined : model.scales.find((s) => s.id === item.scale);
    return scale?.kind === 'ordinal' ? scale.options.map((option) => Number(option.value)) : [];
  });
  const first = scoring.bands[0];
  if (first && scaleMinimums.length > 0 && first.min > Math.min(...scaleMinimums)) {
    report(
      at,
      'scoring.bands[0].min',
      `the first band must start at the scale's minimum (${Math.min(...scaleMinimums)}) so every mean has a band`,
    );
  }
  scoring.bands.forEach((band, i) => {
    const previous = scoring.bands[i - 1];
    if (previous && band.min <= previous.min) {
      report(at, `scoring.bands[${i}].min`, `band "${band.id}" must start above band "${previous.id}"`);
    }
  });
  for (const id of duplicates(scoring.bands.map((b) => b.id)))
    report(at, 'scoring.bands', `band id "${id}" is used more than once`);
  const hasStageItems = items.some((item) => item.kind === 'stage');
  const hasRule = scoring.stageClearMargin !== undefined || scoring.stageRule !== undefined;
  if (hasStageItems !== hasRule) {
    report(
      at,
      scoring.stageClearMargin === undefined ? 'scoring.stageRule' : 'scoring.stageClearMargin',
      hasStageItems ? 'is needed to estimate the stage' : 'is set but no item describes a stage',
    );
  }
  if (scoring.stageClearMargin !== undefined && scoring.stageRule !== undefined) {
    report(at, 'scoring.stageRule', "cannot be combined with version 1's stageClearMargin");
  }
  if (hasStageItems) {
    // A later rule names a stage only from several items each; version 1 had two.
    const least = scoring.stageRule ? Math.max(3, scoring.stageRule.minAnsweredPerStage) : 1;
    for (const stage of model.stages) {
      const count = items.filter((item) => item.kind === 'stage' && item.stage === stage.id).length;
      if (count === 0) {
        report(at, 'sections', `no item describes the "${stage.id}" stage, so it could never be estimated`);
      } else if (count < least) {
        report(at, 'sections', `the "${stage.id}" stage has ${count} item(s); the stage rule needs at least ${least}`);
      }
    }
  }
  if (scoring.stageRule !== undefined) {
    const { minAnsweredPerStage, lead, agreeAbove } = scoring.stageRule;
    if (!(Number.isInteger(minAnsweredPerStage) && minAnsweredPerStage >= 1))
      report(at, 'scoring.stageRule.minAnsweredPerStage', 'must be a whole number of at least 1');
    if (!(lead > 0)) report(at, 'scoring.stageRule.lead', 'must be more than 0');
    if (!Number.isFinite(agreeAbove)) report(at, 'scoring.stageRule.agreeAbove', 'must be a number');
  }
  return problems;
}

/**
 * An item id means one question forever: across an instrument's versions, an id that appears again must keep
 * its wording, scale, kind, keying and construct or stage. That is what lets analysis pool it across waves.
 */
function itemIdentityProblems(model: FrameworkModel): ModelProblem[] {
  const problems: ModelProblem[] = [];
  const meaning = (item: Item) =>
    JSON.stringify([
      item.kind,
      item.text,
      item.scale,
      item.kind === 'scored' ? [item.construct, item.reverse] : item.kind === 'stage' ? item.stage : null,
    ]);
  const seen = new Map<string, { version: string; meaning: string }>();
  for (const instrument of [...model.archive, ...model.instruments]) {
    for (const item of instrument.sections.flatMap((section) => section.items)) {
      const key = `${instrument.id} ${item.id}`;
      const before = seen.get(key);
      if (before && before.meaning !== meaning(item)) {
        problems.push({
          where: `instrument "${instrument.id}" ${instrument.version} › item "${item.id}"`,
          field: 'id',
          message: `has another wording, scale or keying than in version ${before.version}: a changed item needs a new id`,
        });
      }
      if (!before) seen.set(key, { version: instrument.version, meaning: meaning(item) });
    }
  }
  return problems;
}

export function formatModelProblems(problems: readonly ModelProblem[]): string {
  return problems.map((p) => `  - ${p.where} › ${p.field}: ${p.message}`).join('\n');
}

/** Throws one error listing every problem, so a broken model never reaches a page or a respondent. */
export function assertValidModel(model: FrameworkModel): void {
  const problems = findModelProblems(model);
  if (problems.length > 0) {
    throw new Error(
      `The framework model (src/instruments) has ${problems.length} problem(s):\n${formatModelProblems(problems)}`,
    );
  }
}
