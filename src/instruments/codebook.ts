import type { Table } from './csv.ts';
import { crosswalksTo } from './crosswalk.ts';
import { choicesOf, model, withUnit, type FrameworkModel } from './model.ts';
import type { Instrument } from './types.ts';

/** One variable of a response file, described the way a data dictionary describes it. */
export interface CodebookVariable {
  variable_name: string;
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
  instrument_version: string;
  instrument_hash: string;
}

export const codebookColumns = [
  'variable_name',
  'form_name',
  'section_header',
  'field_type',
  'field_label',
  'choices',
  'element',
  'construct',
  'construct_name',
  'stage',
  'reverse_keyed',
  'scored',
  'required',
  'text_validation',
  'unchanged_since',
  'instrument_version',
  'instrument_hash',
] as const satisfies readonly (keyof CodebookVariable)[];

/**
 * What `{unit}` reads as in a codebook, where no link names the unit: both things it can stand for, bracketed
 * as a placeholder ("[site or your workplace]").
 */
function unitPlaceholder(instrument: Instrument): Record<string, string> {
  if (!instrument.unit) return {};
  const { parameter, fallback } = instrument.unit;
  return { [parameter]: `[${parameter} or ${fallback}]` };
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
  const items = instrument.sections.flatMap((section) =>
    section.items.map((item): CodebookVariable => {
      const construct = item.kind === 'scored' ? within.constructs.find((c) => c.id === item.construct) : undefined;
      const values = choicesOf(item, within).map(({ value, text }) => ({ value, label: text }));
      return {
        ...common,
        variable_name: item.id,
        section_header: section.title,
        field_type: 'radio',
        field_label: withUnit(item.text, instrument, placeholder),
        choices: values.map(({ value, label }) => `${value}, ${label}`).join(' | '),
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
      };
    }),
  );
  const parameters = instrument.parameters.map((parameter): CodebookVariable => ({
    ...common,
    variable_name: parameter.name,
    section_header: 'Link parameters',
    field_type: 'text',
    field_label: `${parameter.label}: ${parameter.description}`,
    choices: '',
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
  }));
  return [...items, ...parameters];
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
