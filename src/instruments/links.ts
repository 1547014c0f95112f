/**
 * The link builder's logic: the link for a set of values, the values a form holds, and batches of personal links
 * made from a pasted or opened list. Everything the builder shows is worked out here, as text; the page only
 * puts it in place.
 */
import Papa from 'papaparse';
import { countOf, fill } from '../i18n/catalogue.ts';
import type { LinkScriptMessages } from '../i18n/researchers.ts';
import type { Table } from './csv.ts';
import { LANGUAGE_AUTONYMS, type Language } from './languages.ts';
import { normalizeLinkValue, SESSION_PARAMETER, valueProblem, valueProblemText } from './link-parameters.ts';
import type { LinkParameter } from './types.ts';

/** One language an instrument is offered in, and its page in that language. */
export interface InstrumentPage {
  language: Language;
  /** The language's name in itself ("Español"), as a researcher choosing it for the respondents would look for it. */
  name: string;
  /** The instrument page's path in that language, e.g. /es/instruments/cop-self-assessment/. */
  path: string;
}

/** What the builder needs of an instrument, so the browser never loads the model. */
export interface InstrumentChoice {
  id: string;
  title: string;
  /** Its page in each language it is offered in, in the instrument's order of languages. */
  pages: readonly InstrumentPage[];
  parameters: readonly LinkParameter[];
}

/** The builder's words in the page's language, with the language for its plural rules and names of scripts. */
export interface LinkWords {
  language: Language;
  messages: LinkScriptMessages;
}

/**
 * What the builder needs of an instrument (resolved to the page's language), its pages made by `pageIn`, the
 * site's path of the instrument page in a language (paths.ts, which the browser does not load).
 */
export const instrumentChoice = (
  instrument: { id: string; title: string; languages: readonly Language[]; parameters: readonly LinkParameter[] },
  pageIn: (language: Language) => string,
): InstrumentChoice => ({
  id: instrument.id,
  title: instrument.title,
  pages: instrument.languages.map((language) => ({
    language,
    name: LANGUAGE_AUTONYMS[language],
    path: pageIn(language),
  })),
  parameters: instrument.parameters,
});

/**
 * The survey language to offer: the one chosen before (`kept`) when the instrument is offered in it, so switching
 * instruments keeps a choice; else the page's own when it is offered; else the instrument's first.
 */
export function defaultSurveyLanguage(instrument: InstrumentChoice, pageLanguage: Language, kept?: string): Language {
  const offered = (language: string | undefined) => instrument.pages.some((page) => page.language === language);
  if (offered(kept)) return kept as Language;
  return offered(pageLanguage) ? pageLanguage : instrument.pages[0]!.language;
}

/** The instrument page in `language`, or in its first language when it is not offered in that one. */
const pagePathIn = (instrument: InstrumentChoice, language: Language): string =>
  (instrument.pages.find((page) => page.language === language) ?? instrument.pages[0]!).path;

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

/** The absolute link to the instrument page in `language`, parameters in the instrument's order. */
export function linkFor(
  origin: string,
  instrument: InstrumentChoice,
  language: Language,
  values: Record<string, string>,
): string {
  const query = new URLSearchParams();
  for (const parameter of instrument.parameters) {
    const value = values[parameter.name];
    if (value !== undefined) query.set(parameter.name, value);
  }
  return `${origin}${pagePathIn(instrument, language)}${query.size > 0 ? `?${query}` : ''}`;
}

/**
 * A team session's respondent link: the instrument page with the session's community (so the statements
 * name it, as any link's would) and its code. `community` is the collector's, already checked.
 */
export function sessionRespondentLink(
  origin: string,
  instrument: InstrumentChoice,
  language: Language,
  community: string,
  session: string,
): string {
  const query = new URLSearchParams();
  if (instrument.parameters.some((parameter) => parameter.name === 'community')) query.set('community', community);
  query.set(SESSION_PARAMETER, session);
  return `${origin}${pagePathIn(instrument, language)}?${query}`;
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
export function formValues(
  parameters: readonly LinkParameter[],
  typed: ReadonlyMap<string, string>,
  { language, messages }: LinkWords,
): FormValues {
  const values: Record<string, string> = {};
  const problems = new Map<string, string>();
  for (const parameter of parameters) {
    const value = normalizeLinkValue(typed.get(parameter.name) ?? '');
    // A blank field means "not in the link", not an empty value.
    if (value === '') continue;
    const problem = valueProblem(parameter, value);
    if (problem) {
      const reason = valueProblemText(problem, messages, language);
      problems.set(parameter.name, fill(messages.fieldProblem, { label: parameter.label, problem: reason }));
    } else values[parameter.name] = value;
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
  { instrument, language }: { instrument: InstrumentChoice; language: Language },
  varyingName: string | undefined,
  form: FormValues,
  list: string,
  { language: pageLanguage, messages }: LinkWords,
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
        text: fill(messages.lineHeading, { line, value: quoted(value) }),
      });
      return;
    }
    const problem = valueProblem(parameter, value);
    if (problem) {
      batch.invalid++;
      const reason = valueProblemText(problem, messages, pageLanguage);
      batch.reports.push({ line, text: fill(messages.lineProblem, { line, value: quoted(value), problem: reason }) });
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
        text: fill(messages.lineRepeated, { line, value: quoted(value), first }),
      });
    }
    const values = { ...fixed, [parameter.name]: value };
    batch.rows.push({ line, values, link: linkFor(origin, instrument, language, values) });
  });
  return batch;
}

/** The details every link of a batch shares, for the user to check: "Community: Math Dept; Wave: 3". */
function carriedDetails({ instrument, fixed }: Batch, { messages }: LinkWords): string {
  return instrument.parameters
    .filter((parameter) => fixed[parameter.name] !== undefined)
    .map((parameter) => fill(messages.detail, { label: parameter.label, value: fixed[parameter.name]! }))
    .join('; ');
}

export const listLabel = (parameter: LinkParameter | undefined, { messages }: LinkWords): string =>
  parameter ? fill(messages.listOf, { label: parameter.label.toLowerCase() }) : messages.listLabel;

/** What every link of the batch carries besides its own value, and whether the form's own value is set aside. */
export function sharedDetailsNote(batch: Batch, form: FormValues, words: LinkWords): string {
  const { parameter } = batch;
  const { messages } = words;
  const carried = carriedDetails(batch, words);
  const notes = [carried ? fill(messages.carried, { details: carried }) : messages.carriedNothing];
  if (parameter && form.values[parameter.name] !== undefined) {
    notes.push(fill(messages.formValueUnused, { label: parameter.label.toLowerCase() }));
  }
  return notes.join(' ');
}

/** The batch's status line: what a file gave (`fileNote`), how many links are ready, what was left out. */
export function batchSummary(batch: Batch, fileNote: string, { language, messages }: LinkWords): string {
  const parts: string[] = [];
  if (fileNote) parts.push(fileNote);
  if (batch.given > 0) {
    parts.push(countOf(language, batch.rows.length, { one: messages.readyOne, other: messages.readyOther }));
    if (batch.invalid > 0) {
      parts.push(countOf(language, batch.invalid, { one: messages.invalidOne, other: messages.invalidOther }));
    }
    if (batch.duplicates > 0) {
      parts.push(countOf(language, batch.duplicates, { one: messages.repeatedOne, other: messages.repeatedOther }));
    }
  }
  return parts.join(' ');
}

/** The report lines to list, at most MAX_REPORTS and then how many more there are. */
export function shownReports(batch: Batch, { messages }: LinkWords): string[] {
  const shown = batch.reports.slice(0, MAX_REPORTS).map(({ text }) => text);
  if (batch.reports.length > MAX_REPORTS) {
    shown.push(fill(messages.moreReports, { count: batch.reports.length - MAX_REPORTS }));
  }
  return shown;
}

/** A batch with links to download or print. */
export type ReadyBatch = Batch & { parameter: LinkParameter };

export const isReady = (batch: Batch): batch is ReadyBatch => batch.rows.length > 0 && batch.parameter !== undefined;

/** Why a batch that is not ready has nothing to download or print. */
export const notReadyReason = (batch: Batch, { messages }: LinkWords): string =>
  batch.given === 0 ? messages.listEmpty : messages.listUnusable;

/**
 * The batch as a table: the values the links carry (in the instrument's order), under the parameters' names as
 * the links spell them, then the link under its column heading in the page's language.
 */
export function batchTable(batch: ReadyBatch, { messages }: LinkWords): Table {
  const first = batch.rows[0]!;
  const columns = batch.instrument.parameters
    .map((parameter) => parameter.name)
    .filter((name) => first.values[name] !== undefined);
  const linkColumn = messages.linkColumn;
  return {
    fields: [...columns, linkColumn],
    rows: batch.rows.map((row) => ({ ...row.values, [linkColumn]: row.link })),
  };
}

export const batchCsvName = (batch: ReadyBatch): string =>
  `${fileName([batch.instrument.id, batch.parameter.name, 'links'])}.csv`;

/** The printed sheet's line under its title. */
export function sheetNote(batch: Batch, words: LinkWords): string {
  const { language, messages } = words;
  const details = carriedDetails(batch, words);
  const links = details
    ? countOf(
        language,
        batch.rows.length,
        { one: messages.sheetLinksWithOne, other: messages.sheetLinksWithOther },
        { details },
      )
    : countOf(language, batch.rows.length, { one: messages.sheetLinksOne, other: messages.sheetLinksOther });
  return `${links} ${messages.sheetScan}`;
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
export const fileReadNote = (name: string, list: readonly string[], { language, messages }: LinkWords): string =>
  countOf(
    language,
    list.filter((value) => value.trim() !== '').length,
    { one: messages.fileReadOne, other: messages.fileReadOther },
    { file: name },
  );
