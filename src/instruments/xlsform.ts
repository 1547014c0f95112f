/**
 * An XLSForm (https://xlsform.org) of one instrument version, for KoboToolbox, ODK Collect and Central, and
 * Enketo: `survey`, `choices` and `settings` sheets, so a study team that already runs one of those can field
 * the instrument there and read the data back with Cultivate's codebook, scripts and scoring.
 *
 * Decisions:
 * - Data round-trips: every item is a `select_one` named by its id, and every choice's name is the value the
 *   collector's CSV export writes (csvAnswer): scale values, the non-response codes −8 and −9, and version 1's
 *   combined "na" as −7. Three `calculate` fields named like the export's identity columns (`instrument_id`,
 *   `instrument_version`, `instrument_hash`) put the version and content hash into every submission, so a
 *   platform's CSV export with bare question names as headers (KoboToolbox's default; ODK Central prefixes group
 *   names) is read by `npm run score` and `npm run analyze` as it is. The link parameters are optional `text`
 *   questions of the same names.
 * - One choices list per scale and set of non-response answers (`agreement-5`, `agreement-5_dont-know`, …):
 *   a `select_one` names one list, and the non-response answers an item offers are part of its list.
 * - One group per section, named `section_<id>` (a section id may equal a link parameter's name, `community`,
 *   and names must be unique), each on its own page (`style` pages, `field-list` groups: Enketo's and Collect's
 *   equivalent of the survey's one page per section); a section asked only after a screener answer gets the
 *   condition as its `relevant`. Agreement items use the `likert` appearance, as the survey lines them up.
 * - Reverse keying goes in a custom bind column, `bind::cultivate:reverse`, with the `cultivate` namespace
 *   declared in the settings sheet's `namespaces`: pyxform copies `bind::` columns onto the item's XForm bind
 *   as namespaced attributes, which Collect and Enketo ignore. A hint would show it to respondents.
 * - The settings sheet's `version` is the instrument's version, and an extra `instrument_hash` settings column
 *   holds its content hash, so the workbook names what it is. The spec defines no such column; pyxform's header
 *   parsing passes unknown settings columns through, but no converter could be run here to confirm the whole
 *   conversion. What
 *   carries the hash into the data is the `instrument_hash` field above.
 * - `{unit}` reads as the instrument's fallback phrase ("your workplace"), as on a link that names no unit:
 *   these platforms do not take Cultivate's link parameters into labels.
 * - Not carried over: the consent text (it describes Cultivate's own storage, so each study writes its own for
 *   its platform), and the link parameters' character patterns (written with Unicode property classes, which
 *   ODK's regex() does not read the same way in Collect and Enketo); their length limits are constraints.
 * A model fact the form cannot hold (a name that is not an XML name, a choice name with a space) stops the
 * build with an Error naming the instrument, item and field, instead of writing a form a converter rejects.
 */
// write-excel-file: maintained, one dependency (fflate); the test reads the file back with its sibling read-excel-file.
import writeXlsxFile from 'write-excel-file/node';
import type { Table } from './csv.ts';
import { publishedHash } from './hash.ts';
import { choicesOf, findScale, nonResponseChoicesOf, withUnit, type FrameworkModel } from './model.ts';
import { model } from './source-model.ts';
import { csvAnswer, NOT_APPLICABLE } from './scales.ts';
import { nonResponses } from './scale-source.ts';
import type { Instrument, Item, SectionCondition } from './types.ts';

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const surveyColumns = [
  'type',
  'name',
  'label',
  'hint',
  'required',
  'relevant',
  'constraint',
  'constraint_message',
  'appearance',
  'calculation',
  'bind::cultivate:reverse',
] as const;
const choicesColumns = ['list_name', 'name', 'label'] as const;
const settingsColumns = ['form_title', 'form_id', 'version', 'instrument_hash', 'style', 'namespaces'] as const;

/** The namespace of the custom bind attribute; a URN, since nothing is fetched from it. */
const CULTIVATE_NAMESPACE = 'urn:cultivate:xlsform';

/** An XLSForm's three sheets, each a table of text cells; an empty cell is ''. */
export interface XlsForm {
  survey: Table;
  choices: Table;
  settings: Table;
}

/** An XML name in ASCII, as pyxform checks names: a letter or underscore, then letters, digits, `.`, `-`, `_`. */
const XML_NAME = /^[A-Za-z_][A-Za-z0-9._-]*$/;

type SurveyRow = Partial<Record<(typeof surveyColumns)[number], string>>;

/** An XPath string literal; XPath 1.0 has no escapes, so a text holding both quote marks cannot be one. */
function literal(text: string, where: string): string {
  if (!text.includes("'")) return `'${text}'`;
  if (!text.includes('"')) return `"${text}"`;
  throw new Error(`${where}: ${JSON.stringify(text)} holds both quote marks, so no XPath literal can hold it.`);
}

/** The choices list an item's answers are in: its scale, then the non-response answers it offers. */
function listName(item: Item, within: FrameworkModel): string {
  const extras = nonResponseChoicesOf(item, within).map(({ value }) =>
    value === NOT_APPLICABLE ? NOT_APPLICABLE : nonResponses.find((code) => code.value === value)!.id,
  );
  return [item.scale, ...extras].join('_');
}

/** The section's `relevant`: one of the screener's answers chosen. */
const relevantIf = ({ item, values }: SectionCondition, where: string): string =>
  values.map((value) => `selected(\${${item}}, ${literal(String(csvAnswer(value)), where)})`).join(' or ');

/**
 * The XLSForm of one instrument version with its content hash: what `xlsxBytes` writes and the tests read.
 * Throws when a name the form needs is not an XML name or is used twice.
 */
export function xlsForm(instrument: Instrument, hash: string, within: FrameworkModel = model): XlsForm {
  const at = `XLSForm of ${instrument.id} ${instrument.version}`;
  const text = (value: string) => withUnit(value, instrument);
  const survey: SurveyRow[] = [];
  const names = new Set<string>();
  const named = (name: string, what: string, row: SurveyRow) => {
    if (!XML_NAME.test(name))
      throw new Error(
        `${at}: ${what}: name ${JSON.stringify(name)} is not an XML name (a letter or _, then letters, digits, ., -, _).`,
      );
    if (names.has(name)) throw new Error(`${at}: ${what}: name ${JSON.stringify(name)} is used twice.`);
    names.add(name);
    survey.push({ ...row, name });
  };

  const identity = { instrument_id: instrument.id, instrument_version: instrument.version, instrument_hash: hash };
  for (const [name, value] of Object.entries(identity))
    named(name, `metadata field ${name}`, { type: 'calculate', calculation: literal(value, `${at}: ${name}`) });
  named('introduction', 'introduction', { type: 'note', label: text(instrument.introduction) });
  for (const parameter of instrument.parameters)
    named(parameter.name, `link parameter ${parameter.name}`, {
      type: 'text',
      label: parameter.label,
      hint: parameter.description,
      constraint: `string-length(.) <= ${parameter.maxLength}`,
      constraint_message: `At most ${parameter.maxLength} characters.`,
    });

  const lists = new Map<string, { name: string; label: string }[]>();
  for (const section of instrument.sections) {
    const where = `section "${section.id}"`;
    named(`section_${section.id}`, where, {
      type: 'begin_group',
      label: text(section.title),
      appearance: 'field-list',
      ...(section.askIf ? { relevant: relevantIf(section.askIf, `${at}: ${where}: askIf`) } : {}),
    });
    named(`section_${section.id}_description`, `${where}: description`, {
      type: 'note',
      label: text(section.description),
    });
    for (const item of section.items) {
      const list = listName(item, within);
      if (!XML_NAME.test(list))
        throw new Error(`${at}: item "${item.id}": scale: list name ${JSON.stringify(list)} is not an XML name.`);
      const choices = choicesOf(item, within).map(({ value, text: label }) => ({
        name: String(csvAnswer(value)),
        label,
      }));
      const spaced = choices.find(({ name }) => !/^\S+$/.test(name));
      if (spaced)
        throw new Error(`${at}: item "${item.id}": choices: choice name ${JSON.stringify(spaced.name)} holds a space.`);
      lists.set(list, choices);
      named(item.id, `item "${item.id}"`, {
        type: `select_one ${list}`,
        label: text(item.text),
        required: item.required ? 'yes' : '',
        appearance: findScale(item.scale, within).kind === 'ordinal' ? 'likert' : '',
        'bind::cultivate:reverse': item.kind === 'scored' && item.reverse ? 'true' : '',
      });
    }
    survey.push({ type: 'end_group' });
  }

  const choices = [...lists].flatMap(([list, options]) => options.map((option) => ({ list_name: list, ...option })));
  const cells = (columns: readonly string[], rows: readonly Record<string, string | undefined>[]): Table => ({
    fields: [...columns],
    rows: rows.map((row) => Object.fromEntries(columns.map((column) => [column, row[column] ?? '']))),
  });
  return {
    survey: cells(surveyColumns, survey),
    choices: cells(choicesColumns, choices),
    settings: cells(settingsColumns, [
      {
        form_title: instrument.title,
        form_id: instrument.id,
        version: instrument.version,
        instrument_hash: hash,
        style: 'pages',
        namespaces: `cultivate="${CULTIVATE_NAMESPACE}"`,
      },
    ]),
  };
}

/** The form as .xlsx bytes: one worksheet per sheet, a header row of column names, every cell text. */
export async function xlsxBytes(form: XlsForm): Promise<Uint8Array<ArrayBuffer>> {
  const sheets = (['survey', 'choices', 'settings'] as const).map((sheet) => {
    const { fields, rows } = form[sheet];
    const row = (values: readonly unknown[]) =>
      values.map((value) =>
        value === '' || value === undefined || value === null ? null : { value: String(value), type: String },
      );
    return { sheet, data: [row(fields), ...rows.map((cells) => row(fields.map((field) => cells[field])))] };
  });
  // A copy with its own ArrayBuffer: what a Response body takes (Node's Buffer may share a pooled one).
  return new Uint8Array(await writeXlsxFile(sheets).toBuffer());
}

/** The published file of one of the model's instrument versions. */
export async function xlsFormFile(instrument: Instrument): Promise<Uint8Array<ArrayBuffer>> {
  return xlsxBytes(xlsForm(instrument, await publishedHash(instrument)));
}
