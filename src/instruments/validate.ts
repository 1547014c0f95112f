import type { FrameworkModel } from './model.ts';
import type { Instrument, Item, Text } from './types.ts';
import { NOT_APPLICABLE } from './scales.ts';
import { nonResponses } from './scale-source.ts';
import { endpointProblem } from './endpoint.ts';
import { BUILT_IN_GROUPINGS } from './parameters.ts';
import { localizationProblems } from './localization.ts';

/** One thing wrong with the model, located precisely enough to fix without searching. */
export interface ModelProblem {
  /** The source file to open, relative to the project, e.g. `src/instruments/cop-self-assessment.ts`. */
  file: string;
  /** e.g. `instrument "cop-self-assessment" › item "dom_03"` */
  where: string;
  field: string;
  message: string;
}

const FRAMEWORK_FILE = 'src/instruments/framework.ts';
const SCALES_FILE = 'src/instruments/scale-source.ts';
const MODEL_FILE = 'src/instruments/source-model.ts';

/**
 * Where an instrument is defined. The model holds values, not files, so this follows the convention every
 * instrument keeps (and a test checks): `src/instruments/<id>.ts`, an archived version in `<id>-<major>.ts`,
 * a short form beside its full form.
 */
export function instrumentFile(instrument: Instrument<Text>, model: FrameworkModel<Text>): string {
  const major = (version: string | undefined) => version?.split('.')[0];
  const current = model.instruments.find((candidate) => candidate.id === instrument.id);
  // An archived version with the current major version (one that only lacked a language) lives beside it.
  if (model.archive.includes(instrument) && major(instrument.version) !== major(current?.version)) {
    return `src/instruments/${instrument.id}-${major(instrument.version)}.ts`;
  }
  return `src/instruments/${instrument.shortFormOf ?? instrument.id}.ts`;
}

/** Ids that appear in URLs: an instrument's (and every response's `instrument.id`) and a construct's. */
export const KEBAB_CASE = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
/** REDCap's rule for variable names: lowercase letters, digits and underscores, starting with a letter. */
const VARIABLE = /^[a-z][a-z0-9_]{0,25}$/;
const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;
const PARAMETER = /^[a-z][a-z0-9_]*$/;

export const KEBAB_CASE_RULE =
  'lowercase letters and digits, in words joined by single hyphens, starting with a letter';

/** The nearest kebab-case spelling of `text` ("Team Climate" → "team-climate"), or null when there is none. */
export function kebabCase(text: string): string | null {
  const kebab = text
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return KEBAB_CASE.test(kebab) ? kebab : null;
}

/** The nearest codebook variable name to `text` ("Dom 01" → "dom_01"), or null when there is none. */
function snakeCase(text: string): string | null {
  const snake = text
    .toLowerCase()
    .replace(/[^a-z0-9_]+/g, '_')
    .replace(/^_+/, '')
    .slice(0, 26)
    .replace(/_+$/, '');
  return VARIABLE.test(snake) ? snake : null;
}

/** The number of single-character edits between two ids. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = row;
  }
  return previous[b.length]!;
}

/**
 * `unknown <kind> "<id>"`, then the likely typo, then what it may be: the known ids and the file that defines
 * them, so the fix needs no searching.
 */
function unknownId(kind: string, id: string, known: Iterable<string>, definedIn: string): string {
  const ids = [...known];
  const close = ids
    .map((candidate) => ({ candidate, distance: editDistance(id, candidate) }))
    .filter(({ distance }) => distance <= Math.max(2, Math.floor(id.length / 4)))
    .sort((a, b) => a.distance - b.distance)[0];
  const guess = close ? ` Did you mean "${close.candidate}"?` : '';
  return `unknown ${kind} "${id}".${guess} Use one of the ${kind}s defined in ${definedIn}: ${ids.join(', ')}.`;
}

function duplicates(ids: readonly string[]): string[] {
  return [...new Set(ids.filter((id, i) => ids.indexOf(id) !== i))];
}

/** Every problem in the model; an empty list means the generators can trust it. */
export function findModelProblems(model: FrameworkModel): ModelProblem[] {
  const problems: ModelProblem[] = [];
  const report = (file: string, where: string, field: string, message: string) =>
    problems.push({ file, where, field, message });

  const uniqueIds = (kind: string, ids: readonly string[], file: string) => {
    for (const id of duplicates(ids)) report(file, 'model', 'id', `${kind} id "${id}" is used more than once`);
  };
  uniqueIds(
    'element',
    model.elements.map((e) => e.id),
    FRAMEWORK_FILE,
  );
  uniqueIds(
    'stage',
    model.stages.map((s) => s.id),
    FRAMEWORK_FILE,
  );
  uniqueIds(
    'construct',
    model.constructs.map((c) => c.id),
    FRAMEWORK_FILE,
  );
  uniqueIds(
    'scale',
    model.scales.map((s) => s.id),
    SCALES_FILE,
  );
  uniqueIds(
    'instrument',
    model.instruments.map((i) => i.id),
    MODEL_FILE,
  );

  const elementIds = new Set<string>(model.elements.map((e) => e.id));
  const stageIds = new Set<string>(model.stages.map((s) => s.id));
  const constructIds = new Set(model.constructs.map((c) => c.id));

  for (const construct of model.constructs) {
    const where = `construct "${construct.id}"`;
    if (!KEBAB_CASE.test(construct.id)) report(FRAMEWORK_FILE, where, 'id', kebabCaseMessage(construct.id));
    if (!elementIds.has(construct.element))
      report(FRAMEWORK_FILE, where, 'element', unknownId('element', construct.element, elementIds, FRAMEWORK_FILE));
  }

  for (const scale of model.scales) {
    const where = `scale "${scale.id}"`;
    const values = scale.options.map((option) => String(option.value));
    for (const value of duplicates(values))
      report(SCALES_FILE, where, 'options', `value "${value}" is used more than once`);
    if (values.includes(NOT_APPLICABLE)) {
      report(SCALES_FILE, where, 'options', `"${NOT_APPLICABLE}" is reserved for "don't know / not applicable"`);
    }
    if (scale.kind === 'ordinal' && scale.options.some((option) => typeof option.value !== 'number')) {
      report(SCALES_FILE, where, 'options', 'an ordinal scale needs numeric values');
    }
    if (scale.options.length < 2) report(SCALES_FILE, where, 'options', 'needs at least two options');
  }

  for (const value of nonResponses.map((code) => code.value)) {
    for (const scale of model.scales) {
      if (scale.options.some((option) => option.value === value))
        report(SCALES_FILE, `scale "${scale.id}"`, 'options', `${value} is reserved for a non-response answer`);
    }
  }

  const current = new Set(model.instruments.map((i) => i.id));
  for (const old of model.archive) {
    if (!current.has(old.id))
      report(
        MODEL_FILE,
        `archived instrument "${old.id}"`,
        'id',
        'has no current version in instruments: list its current version in `instruments`',
      );
  }
  for (const id of duplicates([...model.instruments, ...model.archive].map((i) => `${i.id} ${i.version}`)))
    report(MODEL_FILE, 'model', 'archive', `instrument version "${id}" is listed more than once`);

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
    if (!measured.has(construct.id))
      report(
        FRAMEWORK_FILE,
        `construct "${construct.id}"`,
        'items',
        'no instrument measures it: give it scored items in an instrument, or remove it',
      );
  }
  return problems;
}

/** How to write a version, with the version meant when it only lacks its minor or patch part ("2.1" → "2.1.0"). */
function semverHint(version: string): string {
  const parts = version.trim().replace(/^v/i, '').split('.');
  while (parts.length < 3) parts.push('0');
  const meant = parts.join('.');
  return SEMVER.test(meant)
    ? `write major.minor.patch, e.g. "${meant}"`
    : 'write major.minor.patch, e.g. "1.0.0" for a new instrument';
}

const kebabCaseMessage = (id: string) => {
  const suggestion = kebabCase(id);
  return `must be kebab-case (it appears in URLs): ${KEBAB_CASE_RULE}${suggestion ? `, e.g. "${suggestion}"` : ''}`;
};

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
  const file = instrumentFile(instrument, model);
  const report = (where: string, field: string, message: string) => problems.push({ file, where, field, message });

  if (!KEBAB_CASE.test(instrument.id)) report(at, 'id', kebabCaseMessage(instrument.id));
  if (!SEMVER.test(instrument.version))
    report(at, 'version', `"${instrument.version}" is not a semantic version: ${semverHint(instrument.version)}`);
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
  for (const id of duplicates(items.map((i) => i.id))) {
    const sections = instrument.sections.filter((s) => s.items.some((i) => i.id === id)).map((s) => `"${s.id}"`);
    const within = `${sections.length === 1 ? 'section' : 'sections'} ${sections.join(' and ')}`;
    report(at, 'items', `item id "${id}" is used more than once (in ${within}): give each question its own id`);
  }

  for (const item of items) {
    const where = `${at} › item "${item.id}"`;
    if (!VARIABLE.test(item.id)) {
      report(
        where,
        'id',
        `must be a codebook variable name: lowercase letters, digits and _, starting with a letter, at most 26 characters${
          snakeCase(item.id) ? `, e.g. "${snakeCase(item.id)}"` : ''
        }`,
      );
    }
    if (!item.text.trim()) report(where, 'text', 'must not be empty: write the statement or question respondents see');
    const scale = model.scales.find((s) => s.id === item.scale);
    if (!scale) {
      report(
        where,
        'scale',
        unknownId(
          'scale',
          item.scale,
          model.scales.map((s) => s.id),
          SCALES_FILE,
        ),
      );
    } else if (item.kind !== 'context' && scale.kind !== 'ordinal') {
      report(where, 'scale', `a ${item.kind} item needs an ordinal scale, and "${scale.id}" is nominal`);
    }
    if (item.kind === 'scored' && !known.constructIds.has(item.construct)) {
      report(where, 'construct', unknownId('construct', item.construct, known.constructIds, FRAMEWORK_FILE));
    }
    if (item.kind === 'stage' && !known.stageIds.has(item.stage))
      report(where, 'stage', unknownId('stage', item.stage, known.stageIds, FRAMEWORK_FILE));
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
        `has ${count} scored item(s); a construct needs at least ${least}: add items for it, or move these to a construct the instrument measures more fully`,
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
    if (BUILT_IN_GROUPINGS.includes(parameter.name))
      report(where, 'name', `clashes with the ${parameter.name} the analysis already groups responses by`);
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
  const seen = new Map<string, { instrument: Instrument; meaning: string }>();
  for (const instrument of [...model.archive, ...model.instruments]) {
    for (const item of instrument.sections.flatMap((section) => section.items)) {
      const key = `${instrument.id} ${item.id}`;
      const before = seen.get(key);
      // Two items of one version with one id are reported as a duplicate id, not as a change of meaning.
      if (before && before.instrument !== instrument && before.meaning !== meaning(item)) {
        problems.push({
          file: instrumentFile(instrument, model),
          where: `instrument "${instrument.id}" ${instrument.version} › item "${item.id}"`,
          field: 'id',
          message: `has another wording, scale or keying than in version ${before.instrument.version}: a changed item needs a new id`,
        });
      }
      if (!before) seen.set(key, { instrument, meaning: meaning(item) });
    }
  }
  return problems;
}

export function formatModelProblems(problems: readonly ModelProblem[]): string {
  return problems.map((p) => `  - ${p.file}: ${p.where} › ${p.field}: ${p.message}`).join('\n');
}

/** Throws one error listing every problem, so a broken model never reaches a page or a respondent. */
export function assertValidModel(model: FrameworkModel): void {
  const problems = findModelProblems(model);
  if (problems.length > 0) {
    throw new Error(
      `The framework model (src/instruments) has ${problems.length} problem(s):\n${formatModelProblems(problems)}\n` +
        'Each line names the file to open, the instrument and item, and the field. ' +
        'README.md ("Adapting or adding an instrument") explains every message.',
    );
  }
}
