import type { Table } from './csv.ts';
import { crosswalksTo } from './crosswalk.ts';
import { publishedHash } from './hash.ts';
import { LANGUAGE_NAMES, LANGUAGES, UNSTATED_LANGUAGE, type Language } from './languages.ts';
import {
  choicesOf,
  constructsOf,
  estimatesStage,
  findScale,
  findVersion,
  versionsOf,
  withUnit,
  type FrameworkModel,
} from './model.ts';
import { model, modelIn } from './source-model.ts';
import { csvAnswer, NOT_APPLICABLE, NOT_APPLICABLE_CODE } from './scales.ts';
import { NOT_APPLICABLE_CODE_LABEL, nonResponses } from './scale-source.ts';
import { scoreColumns } from './score-table.ts';
import type { Instrument } from './types.ts';

/**
 * What a variable is: an answer to an item, a link parameter, metadata the collector or the scoring tools add
 * (ids, times, where a row came from), or a score computed from the answers.
 */
export type VariableSource = 'item' | 'parameter' | 'metadata' | 'score';

/** The languages beside English an instrument can be offered in, each with a label column in the codebook. */
type Translation = Exclude<Language, 'en'>;
const TRANSLATIONS = LANGUAGES.filter((language): language is Translation => language !== 'en');

/**
 * A variable's wording and answer labels in each language beside English (`field_label_es`, `choices_es`),
 * as the respondent saw them; empty where the version is not offered in that language or the variable is not
 * asked (metadata, scores).
 */
type TranslatedLabels = { [L in Translation as `field_label_${L}`]: string } & {
  [L in Translation as `choices_${L}`]: string;
};

/** One variable of a response file, described the way a data dictionary describes it. */
export interface CodebookVariable extends TranslatedLabels {
  variable_name: string;
  source: VariableSource;
  /** How the variable is stored in a CSV export: numbers (codes, counts, means) or text. */
  data_type: 'number' | 'text';
  /** The longest value of a text variable, in characters; empty for numbers. */
  max_length: number | '';
  form_name: string;
  section_header: string;
  field_type: 'radio' | 'text';
  field_label: string;
  /** REDCap's choice syntax: `1, Strongly disagree | 2, Disagree | …`. */
  choices: string;
  values: { value: number | string; label: string }[];
  element: string;
  construct: string;
  construct_name: string;
  stage: string;
  reverse_keyed: boolean;
  scored: boolean;
  required: boolean;
  /** Validation for free-text variables (link parameters): a regular expression and a length limit. */
  text_validation: string;
  /**
   * The earliest version that asked this item, when earlier than this one: an item keeps its id only while
   * its wording, scale and keying stay the same, so its answers compare across these versions. Empty otherwise.
   */
  unchanged_since: string;
  /** Whether the collector's CSV export (`/api/responses?format=csv`) has this column. */
  in_collector_export: boolean;
  /** Whether the scored CSV (`npm run score`, `npm run analyze -- --out`) has this column. */
  in_scored_table: boolean;
  instrument_version: string;
  instrument_hash: string;
}

export const codebookColumns = [
  'variable_name',
  'source',
  'data_type',
  'max_length',
  'form_name',
  'section_header',
  'field_type',
  'field_label',
  'choices',
  ...TRANSLATIONS.flatMap((language) => [`field_label_${language}` as const, `choices_${language}` as const]),
  'element',
  'construct',
  'construct_name',
  'stage',
  'reverse_keyed',
  'scored',
  'required',
  'text_validation',
  'unchanged_since',
  'in_collector_export',
  'in_scored_table',
  'instrument_version',
  'instrument_hash',
] as const satisfies readonly (keyof CodebookVariable)[];

/**
 * What `{unit}` reads as in a codebook, where no link names the unit: both things it can stand for, bracketed
 * as a placeholder ("[site or your workplace]").
 */
function unitPlaceholder(instrument: Instrument, language: Language = 'en'): Record<string, string> {
  if (!instrument.unit) return {};
  const { parameter, fallback } = instrument.unit;
  return { [parameter]: `[${parameter} ${UNIT_OR[language]} ${fallback}]` };
}
const UNIT_OR: Record<Language, string> = { en: 'or', es: 'o' };

const choiceList = (values: readonly { value: number | string; label: string }[]) =>
  values.map(({ value, label }) => `${value}, ${label}`).join(' | ');

/** No labels beside the English ones. */
const untranslated = Object.fromEntries(
  TRANSLATIONS.flatMap((language) => [
    [`field_label_${language}`, ''],
    [`choices_${language}`, ''],
  ]),
) as TranslatedLabels;

/**
 * The labels of each item and link parameter of a version in every language beside English it is offered
 * in, by variable name, read from the model in that language.
 */
function translatedLabels(instrument: Instrument): Map<string, TranslatedLabels> {
  const labels = new Map<string, TranslatedLabels>();
  const entry = (name: string) => labels.get(name) ?? labels.set(name, { ...untranslated }).get(name)!;
  for (const language of TRANSLATIONS.filter((offered) => instrument.languages.includes(offered))) {
    const within = modelIn(language);
    const translated = findVersion(instrument.id, instrument.version, within);
    if (!translated) continue;
    const placeholder = unitPlaceholder(translated, language);
    for (const item of translated.sections.flatMap((section) => section.items)) {
      const values = choicesOf(item, within).map(({ value, text }) => ({ value, label: text }));
      Object.assign(entry(item.id), {
        [`field_label_${language}`]: withUnit(item.text, translated, placeholder),
        [`choices_${language}`]: choiceList(values),
      });
    }
    for (const parameter of translated.parameters)
      entry(parameter.name)[`field_label_${language}`] = `${parameter.label}: ${parameter.description}`;
  }
  return labels;
}

/** For each item unchanged since an earlier version of the instrument, the earliest such version. */
function unchangedSince(instrument: Instrument, within: FrameworkModel): Map<string, string> {
  const since = new Map<string, string>();
  for (const { from, unchanged } of crosswalksTo(instrument, within)) {
    for (const id of unchanged) if (!since.has(id)) since.set(id, from);
  }
  return since;
}

/** Items in order, then the link parameters each response carries. */
export function codebook(instrument: Instrument, hash: string, within: FrameworkModel = model): CodebookVariable[] {
  const common = { form_name: instrument.id, instrument_version: instrument.version, instrument_hash: hash };
  const placeholder = unitPlaceholder(instrument);
  const askedBefore = unchangedSince(instrument, within);
  const translations = translatedLabels(instrument);
  const items = instrument.sections.flatMap((section) =>
    section.items.map((item): CodebookVariable => {
      const construct = item.kind === 'scored' ? within.constructs.find((c) => c.id === item.construct) : undefined;
      const values = choicesOf(item, within).map(({ value, text }) => ({ value, label: text }));
      const numeric = findScale(item.scale, within).kind === 'ordinal';
      return {
        ...common,
        variable_name: item.id,
        source: 'item',
        data_type: numeric ? 'number' : 'text',
        max_length: numeric ? '' : longest(values.map(({ value }) => String(value))),
        section_header: section.title,
        field_type: 'radio',
        field_label: withUnit(item.text, instrument, placeholder),
        choices: choiceList(values),
        ...(translations.get(item.id) ?? untranslated),
        values,
        element: construct?.element ?? '',
        construct: construct?.id ?? '',
        construct_name: construct?.name ?? '',
        stage: item.kind === 'stage' ? item.stage : '',
        reverse_keyed: item.kind === 'scored' && item.reverse,
        scored: item.kind === 'scored',
        required: item.required,
        text_validation: '',
        unchanged_since: askedBefore.get(item.id) ?? '',
        in_collector_export: true,
        in_scored_table: false,
      };
    }),
  );
  const parameters = instrument.parameters.map((parameter): CodebookVariable => ({
    ...common,
    variable_name: parameter.name,
    source: 'parameter',
    data_type: 'text',
    max_length: parameter.maxLength,
    section_header: LINK_PARAMETERS,
    field_type: 'text',
    field_label: `${parameter.label}: ${parameter.description}`,
    choices: '',
    ...(translations.get(parameter.name) ?? untranslated),
    values: [],
    element: '',
    construct: '',
    construct_name: '',
    stage: '',
    reverse_keyed: false,
    scored: false,
    required: false,
    text_validation: `${parameter.pattern} (at most ${parameter.maxLength} characters)`,
    unchanged_since: '',
    in_collector_export: true,
    in_scored_table: true,
  }));
  return [...items, ...parameters];
}

const LINK_PARAMETERS = 'Link parameters';
const METADATA_SECTION = 'Response metadata';
const SCORES_SECTION = 'Scores (computed by Cultivate)';

const longest = (values: readonly string[]): number => Math.max(0, ...values.map((value) => [...value].length));

/** A row with nothing of an item about it: metadata and scores. */
function derived(
  instrument: Instrument,
  hash: string,
  variable: Pick<CodebookVariable, 'variable_name' | 'source' | 'data_type' | 'section_header' | 'field_label'> &
    Partial<CodebookVariable>,
): CodebookVariable {
  const values = variable.values ?? [];
  return {
    max_length: variable.data_type === 'text' ? longest(values.map(({ value }) => String(value))) : '',
    form_name: instrument.id,
    field_type: values.length > 0 ? 'radio' : 'text',
    choices: choiceList(values),
    ...untranslated,
    values,
    element: '',
    construct: '',
    construct_name: '',
    stage: '',
    reverse_keyed: false,
    scored: false,
    required: false,
    text_validation: '',
    unchanged_since: '',
    in_collector_export: true,
    in_scored_table: true,
    instrument_version: instrument.version,
    instrument_hash: hash,
    ...variable,
  };
}

/** Longest instrument id, version and ISO 8601 time the metadata columns hold, for fixed-width readers. */
const ID_LENGTH = 64;
const VERSION_LENGTH = 32;
const HASH_LENGTH = 'sha256-'.length + 64;
const TIME_LENGTH = 40;
const SOURCE_FILE_LENGTH = 1024;

/**
 * The identity and metadata columns, in the order the collector's export and the scored CSV write them (each
 * row says which of the two has it).
 */
function metadata(instrument: Instrument, hash: string, within: FrameworkModel): CodebookVariable[] {
  const row = (
    variable_name: string,
    field_label: string,
    data_type: 'number' | 'text',
    max_length: number | '',
    files: { in_collector_export: boolean; in_scored_table: boolean },
  ) =>
    derived(instrument, hash, {
      variable_name,
      source: 'metadata',
      data_type,
      max_length,
      section_header: METADATA_SECTION,
      field_label,
      ...files,
    });
  const both = { in_collector_export: true, in_scored_table: true };
  const collector = { in_collector_export: true, in_scored_table: false };
  const scored = { in_collector_export: false, in_scored_table: true };
  const role = instrument.roleItem
    ? instrument.sections.flatMap((section) => section.items).find((item) => item.id === instrument.roleItem)
    : undefined;
  return [
    row('response_id', 'Response id: a UUID made on the respondent’s device', 'text', ID_LENGTH, both),
    row('instrument_id', 'Instrument id', 'text', ID_LENGTH, both),
    row('instrument_version', 'Instrument version the response answers', 'text', VERSION_LENGTH, both),
    derived(instrument, hash, {
      variable_name: 'language',
      source: 'metadata',
      data_type: 'text',
      section_header: METADATA_SECTION,
      field_label: `Language the instrument was shown in (${UNSTATED_LANGUAGE} for a response that does not record one)`,
      values: LANGUAGES.map((language) => ({ value: language, label: LANGUAGE_NAMES[language] })),
      ...both,
    }),
    row(
      'instrument_hash',
      'Content hash of the instrument version the response answers',
      'text',
      HASH_LENGTH,
      collector,
    ),
    row('submitted_at', 'When the respondent submitted (the device’s clock, ISO 8601)', 'text', TIME_LENGTH, collector),
    row(
      'received_at',
      'When the collector stored the response (the server’s clock, UTC, ISO 8601)',
      'text',
      TIME_LENGTH,
      collector,
    ),
    row('source_file', 'File the response was read from', 'text', SOURCE_FILE_LENGTH, scored),
    row('source_line', 'Line of that file the response starts on', 'number', '', scored),
    ...(role
      ? [
          derived(instrument, hash, {
            variable_name: 'role',
            source: 'metadata',
            data_type: 'text',
            section_header: METADATA_SECTION,
            field_label: `Respondent’s role: the answer to ${role.id}`,
            values: choicesOf(role, within).map(({ value, text }) => ({ value, label: text })),
            ...scored,
          }),
        ]
      : []),
  ];
}

/**
 * The score columns (score-table.ts's scoreColumns), each described: construct means, counts and bands, then the
 * stage estimate or the readiness profile. Every column scoreColumns writes must be described here.
 */
function scores(instrument: Instrument, hash: string, within: FrameworkModel): CodebookVariable[] {
  const described = new Map<string, CodebookVariable>();
  const add = (
    variable_name: string,
    data_type: 'number' | 'text',
    field_label: string,
    extra: Partial<CodebookVariable> = {},
  ) =>
    described.set(
      variable_name,
      derived(instrument, hash, {
        variable_name,
        source: 'score',
        data_type,
        section_header: SCORES_SECTION,
        field_label,
        ...extra,
      }),
    );
  const bands = instrument.scoring.bands.map((band, i, all) => {
    const next = all[i + 1];
    return {
      value: band.id,
      label: `${band.label} (mean ${next ? `${band.min} to below ${next.min}` : `${band.min} or more`})`,
    };
  });
  const share = `${Math.round(instrument.scoring.minAnsweredShare * 100)}%`;
  for (const construct of constructsOf(instrument, within)) {
    const stem = construct.id.replace(/-/g, '_');
    const about = { element: construct.element, construct: construct.id, construct_name: construct.name };
    add(
      `${stem}_mean`,
      'number',
      `${construct.name}: mean of answered items (1–5; reverse-keyed items reversed; empty when fewer than ${share} answered)`,
      about,
    );
    add(`${stem}_n`, 'number', `${construct.name}: number of items answered with a scale value`, about);
    add(`${stem}_band`, 'text', `${construct.name}: descriptive band of the mean (not a norm)`, {
      ...about,
      values: bands,
    });
  }
  if (estimatesStage(instrument)) {
    add('stage_estimate', 'text', 'Stage estimate (empty unless the answers name one stage clearly)', {
      values: within.stages.map((stage) => ({ value: stage.id, label: stage.name })),
    });
    add('stage_clarity', 'text', 'How clearly the stage items point to one stage', {
      values: [
        { value: 'clear', label: 'Clear: one stage leads' },
        { value: 'tentative', label: 'Tentative: the top two stages are worth talking about' },
        { value: 'unclear', label: 'Unclear: the answers do not point to a stage' },
      ],
    });
    add('stage_lead', 'number', 'Lead of the top stage’s mean over the next one (points on 1–5)');
  }
  if (instrument.scoring.readinessProfile) {
    add('readiness_overall', 'number', 'Readiness: mean of the construct means (1–5)');
    const ids = constructsOf(instrument, within).map((construct) => construct.id);
    add('readiness_strongest', 'text', 'Readiness: the strongest constructs (ids separated by spaces)', {
      max_length: ids.join(' ').length,
    });
    add('readiness_weakest', 'text', 'Readiness: the weakest constructs (ids separated by spaces)', {
      max_length: ids.join(' ').length,
    });
  }
  return scoreColumns(instrument, within).map((column) => {
    const variable = described.get(column);
    if (!variable) throw new Error(`The codebook does not describe the score column ${column}.`);
    return variable;
  });
}

/** An item's values as a CSV export writes them: version 1's "na" as its numeric code, labelled so. */
function asExported(variable: CodebookVariable): CodebookVariable {
  if (!variable.values.some(({ value }) => value === NOT_APPLICABLE)) return variable;
  const values = variable.values.map(({ value, label }) =>
    value === NOT_APPLICABLE ? { value: csvAnswer(value), label: NOT_APPLICABLE_CODE_LABEL } : { value, label },
  );
  return { ...variable, values, choices: choiceList(values) };
}

/** Values of both rows, the first's first, each value once. */
function unionValues(first: CodebookVariable, later: CodebookVariable): CodebookVariable {
  const known = new Set(first.values.map(({ value }) => value));
  const added = later.values.filter(({ value }) => !known.has(value));
  if (added.length === 0) return first;
  const values = [...first.values, ...added];
  return { ...first, values, choices: choiceList(values) };
}

/** The numeric codes that mean an item was not answered on its scale, as CSV exports write them. */
export const nonResponseCodes: readonly number[] = [NOT_APPLICABLE_CODE, ...nonResponses.map((code) => code.value)];

/**
 * Every column of an instrument's CSV files, documented: the collector's export (identity, the items and link
 * parameters of every version given, current first, then the scores) and the scored CSV (which adds where each
 * row came from and the role). An item asked in several versions is described once, by the newest version that
 * asks it, with the values of all of them; version 1's "na" appears as its numeric export code. What the
 * statistics-package scripts and the REDCap data dictionary are generated from.
 */
export function exportCodebook(
  versions: readonly Instrument[],
  hashOf: (instrument: Instrument) => string,
  within: FrameworkModel = model,
): CodebookVariable[] {
  const [current] = versions;
  if (!current) return [];
  const byName = new Map<string, CodebookVariable>();
  const add = (variable: CodebookVariable) => {
    const known = byName.get(variable.variable_name);
    byName.set(variable.variable_name, known ? unionValues(known, variable) : variable);
  };
  const identity = metadata(current, hashOf(current), within);
  for (const variable of identity.filter((v) => v.in_collector_export)) add(variable);
  for (const instrument of versions)
    for (const variable of codebook(instrument, hashOf(instrument), within)) add(asExported(variable));
  for (const instrument of versions)
    for (const variable of scores(instrument, hashOf(instrument), within)) add(variable);
  for (const instrument of versions)
    for (const variable of metadata(instrument, hashOf(instrument), within).filter((v) => !v.in_collector_export))
      add(variable);
  return [...byName.values()];
}

/** The codebook as a CSV table: one row per variable, yes/no for the flags. */
export function codebookTable(variables: readonly CodebookVariable[]): Table {
  return {
    fields: [...codebookColumns],
    rows: variables.map((variable) =>
      Object.fromEntries(
        codebookColumns.map((column) => {
          const value = variable[column];
          return [column, typeof value === 'boolean' ? (value ? 'yes' : 'no') : value];
        }),
      ),
    ),
  };
}

/**
 * Every version of an instrument (current first) with its published content hashes, as exportCodebook and the
 * files made from it take them: what the site's routes for the codebook and the statistics scripts read.
 */
export async function exportVersions(
  instrument: Instrument,
  within: FrameworkModel = model,
): Promise<{ versions: Instrument[]; hashOf: (instrument: Instrument) => string }> {
  const versions = versionsOf(instrument.id, within);
  const hashes = new Map(await Promise.all(versions.map(async (v) => [v, await publishedHash(v)] as const)));
  return { versions, hashOf: (version) => hashes.get(version) ?? '' };
}
