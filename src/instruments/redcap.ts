/**
 * A REDCap Data Dictionary for an instrument: REDCap's own 18 columns, one form, one field per column of the
 * collector's CSV export, so a REDCap project built from it can take the export by the Data Import Tool.
 *
 * Decisions, each also written into the dictionary for whoever reads it in REDCap:
 * - The record id is `response_id`, the first field, as REDCap requires.
 * - Field names are REDCap's (lowercase a–z, 0–9 and _, starting with a letter, at most 26 characters).
 *   Every item id already is one; a longer score column is shortened and its annotation names the CSV column.
 * - Radio choices hold the scale's values only. The non-response codes (−7, −8, −9) are not choices: REDCap
 *   documents negative codes for its Missing Data Codes (Project Setup → Additional customizations), which take
 *   letters, digits, dots, dashes and underscores and can be given to any field, so the codes are to be set up
 *   there; each item's annotation lists the codes it can carry.
 * - A category whose value has characters REDCap's choice codes do not take (`6-12m`) is coded with `_` instead,
 *   and the annotation gives the export's value.
 * - Scores are not `calc` fields: Cultivate's rules (the share of items that must be answered, reverse keying,
 *   non-response left out, the stage rule) would have to be written again in REDCap's calculation syntax and
 *   could drift. They are read-only text fields (numbers validated) that the import fills.
 * - No cell starts with =, +, -, @ (an action tag comes after the annotation's words), so the project's CSV
 *   writer never has to guard one against spreadsheets and REDCap reads every cell as written.
 */
import { exportCodebook, nonResponseCodes, type CodebookVariable } from './codebook.ts';
import type { Table } from './csv.ts';
import { itemsOf, type FrameworkModel } from './model.ts';
import { model } from './source-model.ts';
import { NOT_APPLICABLE_CODE } from './scales.ts';
import { NOT_APPLICABLE_CODE_LABEL, nonResponses } from './scale-source.ts';
import type { Instrument } from './types.ts';

/** REDCap's Data Dictionary columns, exactly as REDCap writes and reads them. */
export const redcapHeaders = [
  'Variable / Field Name',
  'Form Name',
  'Section Header',
  'Field Type',
  'Field Label',
  'Choices, Calculations, OR Slider Labels',
  'Field Note',
  'Text Validation Type OR Show Slider Number',
  'Text Validation Min',
  'Text Validation Max',
  'Identifier?',
  'Branching Logic (Show field ONLY if...)',
  'Required Field?',
  'Custom Alignment',
  'Question Number (surveys only)',
  'Matrix Group Name',
  'Matrix Ranking?',
  'Field Annotation',
] as const;

/** REDCap's rule for field names, with its recommended length. */
export const REDCAP_NAME = /^[a-z][a-z0-9_]{0,25}$/;
/** What REDCap takes as a choice's code (letters, digits, underscores). */
export const REDCAP_CODE = /^[A-Za-z0-9_]+$/;

/** A REDCap form name: the instrument id in lowercase letters, digits and underscores. */
const redcapFormName = (instrumentId: string): string =>
  instrumentId
    .toLowerCase()
    .replace(/[^a-z0-9_]+/g, '_')
    .replace(/^[^a-z]+/, '');

/** Field names for the export's columns: unchanged when valid, else cleaned and shortened, each unique. */
function redcapNames(names: readonly string[]): Map<string, string> {
  const given = new Map<string, string>();
  const taken = new Set(names.filter((name) => REDCAP_NAME.test(name)));
  for (const name of names) {
    if (REDCAP_NAME.test(name)) {
      given.set(name, name);
      continue;
    }
    const clean = `v_${name.toLowerCase().replace(/[^a-z0-9_]+/g, '_')}`.replace(/^v_(?=[a-z])/, '');
    const suffix = /_[a-z0-9]+$/.exec(clean)?.[0] ?? '';
    for (let n = 0; ; n++) {
      const tag = n === 0 ? '' : String(n);
      const candidate = `${clean.slice(0, 26 - suffix.length - tag.length)}${tag}${suffix}`;
      if (!taken.has(candidate)) {
        taken.add(candidate);
        given.set(name, candidate);
        break;
      }
    }
  }
  return given;
}

const codeOf = (value: number | string): string => {
  const text = String(value);
  return REDCAP_CODE.test(text) ? text : text.replace(/[^A-Za-z0-9_]/g, '_');
};

const codeLabels = new Map<number, string>([
  [NOT_APPLICABLE_CODE, NOT_APPLICABLE_CODE_LABEL],
  ...nonResponses.map((code): [number, string] => [code.value, code.label]),
]);

/** What REDCap's Missing Data Codes setting should hold for this dictionary's codes. */
const redcapMissingDataCodes = (codes: readonly number[]): string =>
  codes.map((code) => `${code}, ${codeLabels.get(code) ?? ''}`).join(' | ');

type Row = Record<(typeof redcapHeaders)[number], string>;

const empty = (): Row => Object.fromEntries(redcapHeaders.map((header) => [header, ''])) as Row;

/** The dictionary's field of one export column, without its section header. */
function field(variable: CodebookVariable, name: string, form: string, required: boolean): Row {
  const row = empty();
  const annotation: string[] = [];
  const notes: string[] = [];
  row['Variable / Field Name'] = name;
  row['Form Name'] = form;
  row['Field Label'] = variable.field_label;
  if (name !== variable.variable_name) annotation.push(`CSV column ${variable.variable_name}.`);

  const scale = variable.values.filter(({ value }) => !(typeof value === 'number' && nonResponseCodes.includes(value)));
  const codes = variable.values.flatMap(({ value }) =>
    typeof value === 'number' && nonResponseCodes.includes(value) ? [value] : [],
  );
  if (scale.length > 0) {
    row['Field Type'] = variable.source === 'item' ? 'radio' : 'dropdown';
    row['Choices, Calculations, OR Slider Labels'] = scale
      .map(({ value, label }) => `${codeOf(value)}, ${label.replaceAll('|', '/')}`)
      .join(' | ');
    const recoded = scale.filter(({ value }) => codeOf(value) !== String(value));
    if (recoded.length > 0)
      annotation.push(
        `Choice codes differ from the export's values: ${recoded.map(({ value }) => `${value} is ${codeOf(value)}`).join(', ')}.`,
      );
  } else {
    row['Field Type'] = 'text';
  }
  if (codes.length > 0)
    annotation.push(
      `Non-response codes (set them as the project's Missing Data Codes): ${redcapMissingDataCodes(codes)}.`,
    );

  switch (variable.source) {
    case 'item':
      if (variable.construct)
        notes.push(`${variable.construct_name}${variable.reverse_keyed ? ', reverse-keyed' : ''}`);
      if (variable.stage) notes.push(`Stage item: ${variable.stage}`);
      if (variable.unchanged_since) notes.push(`Asked unchanged since version ${variable.unchanged_since}`);
      row['Required Field?'] = required ? 'y' : '';
      break;
    case 'parameter':
      notes.push(`Link parameter, from the distribution link: ${variable.text_validation}`);
      break;
    case 'metadata':
      notes.push('Set by the Cultivate collector');
      annotation.push('@READONLY');
      break;
    case 'score':
      notes.push('Computed by Cultivate from the answers; filled by the import');
      annotation.push('@READONLY');
      if (variable.data_type === 'number') {
        const count = variable.variable_name.endsWith('_n');
        row['Text Validation Type OR Show Slider Number'] = count ? 'integer' : 'number';
        row['Text Validation Min'] = '0';
      }
      break;
  }
  row['Field Note'] = notes.join('. ');
  row['Field Annotation'] = annotation.join(' ');
  return row;
}

/**
 * The Data Dictionary of an instrument's collector export (all `versions`, current first): the record id, the
 * items (version 2's sections, then those only earlier versions asked), the link parameters, the collector's
 * metadata and the scores, with a section header only on the first field of each section.
 */
export function redcapDictionary(
  versions: readonly Instrument[],
  hashOf: (instrument: Instrument) => string,
  within: FrameworkModel = model,
): Table {
  const [current] = versions;
  if (!current) throw new Error('A REDCap dictionary needs at least one version of an instrument.');
  const form = redcapFormName(current.id);
  const variables = exportCodebook(versions, hashOf, within).filter((variable) => variable.in_collector_export);
  const order = ['item', 'parameter', 'metadata', 'score'] as const;
  const recordId = variables.find((variable) => variable.variable_name === 'response_id')!;
  const rest = variables
    .filter((variable) => variable !== recordId)
    .sort((a, b) => order.indexOf(a.source) - order.indexOf(b.source));
  const names = redcapNames(variables.map((variable) => variable.variable_name));
  const required = new Set(
    versions.flatMap((instrument) =>
      itemsOf(instrument)
        .filter((item) => item.required)
        .map((item) => item.id),
    ),
  );
  const sectionOf = (variable: CodebookVariable) =>
    variable.source === 'item' && variable.instrument_version !== current.version
      ? `${variable.section_header} (asked in version ${variable.instrument_version})`
      : variable.section_header;

  const first = field(recordId, names.get(recordId.variable_name)!, form, false);
  first['Field Note'] = 'Record id: the response id Cultivate gives each response';
  first['Field Annotation'] =
    `Cultivate ${current.id} ${versions.map((v) => `${v.version} (${hashOf(v)})`).join(', ')}. Set the project's Missing Data Codes to: ${redcapMissingDataCodes(nonResponseCodes)}. @READONLY`;
  const rows: Row[] = [first];
  let section = '';
  for (const variable of rest) {
    const row = field(variable, names.get(variable.variable_name)!, form, required.has(variable.variable_name));
    const header = sectionOf(variable);
    if (header !== section) row['Section Header'] = header;
    section = header;
    rows.push(row);
  }
  return { fields: [...redcapHeaders], rows };
}
