/**
 * The link builder's logic: the link for a set of values, the values a form holds, and batches of personal links
 * made from a pasted or opened list. Everything the builder shows is worked out here, as text; the page only
 * puts it in place.
 */
import Papa from 'papaparse';
import type { Table } from './csv.ts';
import { normalizeLinkValue, parameterProblem, SESSION_PARAMETER } from './link-parameters.ts';
import type { LinkParameter } from './types.ts';

/** What the builder needs of an instrument, so the browser never loads the model. */
export interface InstrumentChoice {
  id: string;
  title: string;
  /** The instrument page's path on the site, e.g. /instruments/cop-self-assessment/. */
  path: string;
  parameters: readonly LinkParameter[];
}

export interface FormValues {
  /** The valid values, by parameter name. */
  values: Record<string, string>;
  /** The problem with each field that has one, as a sentence, by parameter name. */
  problems: Map<string, string>;
}

interface BatchRow {
  line: number;
  values: Record<string, string>;
  link: string;
}

export interface Batch {
  instrument: InstrumentChoice;
  /** The parameter that takes its value from the list; undefined for an instrument without parameters. */
  parameter: LinkParameter | undefined;
  /** The values every link shares: the form's, less the varying one. */
  fixed: Record<string, string>;
  rows: BatchRow[];
  /** Lines left out, skipped or repeated, with the reason, in line order. */
  reports: { line: number; text: string }[];
  invalid: number;
  duplicates: number;
  /** Non-blank lines in the list. */
  given: number;
}

/** The parameters that tell one respondent or group from another; the rest stay the same across a batch. */
const VARYING = ['code', 'community'];
/** A list of thousands of bad lines would bury the summary; the count is still given. */
export const MAX_REPORTS = 200;

const splitLines = (text: string) => text.split(/\r\n|\r|\n/);

const count = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** The absolute link to the instrument page, parameters in the instrument's order. */
export function linkFor(origin: string, instrument: InstrumentChoice, values: Record<string, string>): string {
  const query = new URLSearchParams();
  for (const parameter of instrument.parameters) {
    const value = values[parameter.name];
    if (value !== undefined) query.set(parameter.name, value);
  }
  return `${origin}${instrument.path}${query.size > 0 ? `?${query}` : ''}`;
}

/**
 * A team session's respondent link: the instrument page with the session's community (so the statements
 * name it, as any link's would) and its code. `community` is the collector's, already checked.
 */
export function sessionRespondentLink(
  origin: string,
  instrument: InstrumentChoice,
  community: string,
  session: string,
): string {
  const query = new URLSearchParams();
  if (instrument.parameters.some((parameter) => parameter.name === 'community')) query.set('community', community);
  query.set(SESSION_PARAMETER, session);
  return `${origin}${instrument.path}?${query}`;
}

/**
 * A facilitator's private link to the team view (`teamPath`, e.g. /team/): the code and token ride in the
 * fragment, which the browser sends to no server and no Referer carries.
 */
export function facilitatorLink(origin: string, teamPath: string, session: string, token: string): string {
  return `${origin}${teamPath}#${new URLSearchParams({ session, token })}`;
}

/** Long or odd values are quoted, and shortened, so a report stays readable. */
function quoted(value: string): string {
  const characters = [...value];
  return `“${characters.length > 40 ? `${characters.slice(0, 40).join('')}…` : value}”`;
}

/** A safe download name from its parts: letters, digits, dots, underscores and single hyphens, at most 120 long. */
export function fileName(parts: readonly string[]): string {
  return parts
    .join('-')
    .replace(/[^\p{L}\p{N}._-]+/gu, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 120);
}

/** What the respondent page would make of each typed value: the valid ones, and each problem as a sentence. */
export function formValues(parameters: readonly LinkParameter[], typed: ReadonlyMap<string, string>): FormValues {
  const values: Record<string, string> = {};
  const problems = new Map<string, string>();
  for (const parameter of parameters) {
    const value = normalizeLinkValue(typed.get(parameter.name) ?? '');
    // A blank field means "not in the link", not an empty value.
    if (value === '') continue;
    const problem = parameterProblem(parameter, value);
    if (problem) problems.set(parameter.name, `${parameter.label} ${problem}.`);
    else values[parameter.name] = value;
  }
  return { values, problems };
}

/** The parameters a batch can vary (code and community when the instrument has them), and which one to check. */
export function varyingChoice(
  parameters: readonly LinkParameter[],
  previous: string | undefined,
): { options: readonly LinkParameter[]; checked: string | undefined } {
  const candidates = parameters.filter((parameter) => VARYING.includes(parameter.name));
  const options = candidates.length > 0 ? candidates : parameters;
  const wanted = previous ?? 'code';
  return { options, checked: options.some((parameter) => parameter.name === wanted) ? wanted : options[0]?.name };
}

/** One link per usable line of `list`, each carrying the form's other valid values. */
export function buildBatch(
  origin: string,
  instrument: InstrumentChoice,
  varyingName: string | undefined,
  form: FormValues,
  list: string,
): Batch {
  const parameter = instrument.parameters.find((candidate) => candidate.name === varyingName);
  const fixed = { ...form.values };
  const batch: Batch = { instrument, parameter, fixed, rows: [], reports: [], invalid: 0, duplicates: 0, given: 0 };
  if (!parameter) return batch;
  delete fixed[parameter.name];

  const seen = new Map<string, number>();
  splitLines(list).forEach((raw, index) => {
    const line = index + 1;
    const value = normalizeLinkValue(raw);
    if (value === '') return;
    batch.given++;
    // A file exported with a heading row would otherwise give a link for the code "code".
    const heading = [parameter.name, parameter.label].some((name) => name.toLowerCase() === value.toLowerCase());
    if (batch.given === 1 && heading) {
      batch.reports.push({
        line,
        text: `Line ${line}: ${quoted(value)} looks like a column heading, so it was skipped.`,
      });
      return;
    }
    const problem = parameterProblem(parameter, value);
    if (problem) {
      batch.invalid++;
      batch.reports.push({ line, text: `Line ${line}: ${quoted(value)} ${problem}, so it was left out.` });
      return;
    }
    // Kept, so the output still has a row for every usable line of the list; the report lets the researcher
    // decide whether two people really share a code.
    const first = seen.get(value);
    if (first === undefined) seen.set(value, line);
    else {
      batch.duplicates++;
      batch.reports.push({
        line,
        text: `Line ${line}: ${quoted(value)} repeats line ${first}; both get the same link.`,
      });
    }
    const values = { ...fixed, [parameter.name]: value };
    batch.rows.push({ line, values, link: linkFor(origin, instrument, values) });
  });
  return batch;
}

/** The details every link of a batch shares, for the user to check: "Community: Math Dept; Wave: 3". */
function carriedDetails({ instrument, fixed }: Batch): string {
  return instrument.parameters
    .filter((parameter) => fixed[parameter.name] !== undefined)
    .map((parameter) => `${parameter.label}: ${fixed[parameter.name]}`)
    .join('; ');
}

export const listLabel = (parameter: LinkParameter | undefined): string =>
  parameter ? `One ${parameter.label.toLowerCase()} per line` : 'One value per line';

/** What every link of the batch carries besides its own value, and whether the form's own value is set aside. */
export function sharedDetailsNote(batch: Batch, form: FormValues): string {
  const { parameter } = batch;
  const carried = carriedDetails(batch);
  const replaced =
    parameter && form.values[parameter.name] !== undefined
      ? ` The ${parameter.label.toLowerCase()} filled in above is not used: each link takes its own from the list.`
      : '';
  return `${
    carried
      ? `Every link also carries ${carried}.`
      : 'No other details are filled in above, so each link carries only its value from the list.'
  }${replaced}`;
}

/** The batch's status line: what a file gave (`fileNote`), how many links are ready, what was left out. */
export function batchSummary(batch: Batch, fileNote: string): string {
  const parts: string[] = [];
  if (fileNote) parts.push(fileNote);
  if (batch.given > 0) {
    parts.push(`${count(batch.rows.length, 'link', 'links')} ready.`);
    if (batch.invalid > 0) {
      parts.push(`${count(batch.invalid, 'line has a problem and was', 'lines have problems and were')} left out.`);
    }
    if (batch.duplicates > 0) {
      parts.push(`${count(batch.duplicates, 'line repeats an earlier one', 'lines repeat earlier ones')}.`);
    }
  }
  return parts.join(' ');
}

/** The report lines to list, at most MAX_REPORTS and then how many more there are. */
export function shownReports(batch: Batch): string[] {
  const shown = batch.reports.slice(0, MAX_REPORTS).map(({ text }) => text);
  if (batch.reports.length > MAX_REPORTS) shown.push(`… and ${batch.reports.length - MAX_REPORTS} more.`);
  return shown;
}

/** A batch with links to download or print. */
export type ReadyBatch = Batch & { parameter: LinkParameter };

export const isReady = (batch: Batch): batch is ReadyBatch => batch.rows.length > 0 && batch.parameter !== undefined;

/** Why a batch that is not ready has nothing to download or print. */
export const notReadyReason = (batch: Batch): string =>
  batch.given === 0
    ? 'The list is empty: paste or open a list of values first.'
    : 'No line of the list can be used: see the problems listed.';

/** The batch as a table: the values the links carry (in the instrument's order), then the link. */
export function batchTable(batch: ReadyBatch): Table {
  const first = batch.rows[0]!;
  const columns = batch.instrument.parameters
    .map((parameter) => parameter.name)
    .filter((name) => first.values[name] !== undefined);
  return { fields: [...columns, 'link'], rows: batch.rows.map((row) => ({ ...row.values, link: row.link })) };
}

export const batchCsvName = (batch: ReadyBatch): string =>
  `${fileName([batch.instrument.id, batch.parameter.name, 'links'])}.csv`;

/** The printed sheet's line under its title. */
export function sheetNote(batch: Batch): string {
  const carried = carriedDetails(batch);
  return (
    `${count(batch.rows.length, 'link', 'links')}${carried ? `, all with ${carried}` : ''}. ` +
    'Scan a code with a phone camera, or type the link below it.'
  );
}

/**
 * One value per line whatever the file, so the line numbers in reports are the file's rows: a .csv file's first
 * column, any other file's lines.
 */
export function listFromFile(name: string, type: string, text: string): string[] {
  if (/\.csv$/i.test(name) || type === 'text/csv') {
    const { data } = Papa.parse<string[]>(text, { skipEmptyLines: false });
    // A quoted cell may hold a line break; kept on one line it is reported as a bad value, not split in two.
    return data.map((row) => (row[0] ?? '').replace(/[\r\n]+/g, ' '));
  }
  return splitLines(text);
}

/** The status line after opening a file, from its list of values. */
export const fileReadNote = (name: string, list: readonly string[]): string =>
  `Read ${count(list.filter((value) => value.trim() !== '').length, 'value', 'values')} from ${name}.`;
