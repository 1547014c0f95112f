/**
 * Scripts that read an instrument's CSV export from the collector into SPSS (or PSPP), Stata and R with every
 * column typed and labelled: variable labels, value labels and the non-response codes as missing values. All
 * three render one description of the file (labelledFile), made from the export codebook, so they cannot
 * disagree about a column.
 *
 * Non-response codes (−7 version 1's "don't know / not applicable", −8 "don't know", −9 "does not apply here"):
 * SPSS declares them user-missing (MISSING VALUES), so they stay in the data, labelled, and are left out of
 * statistics; Stata turns them into extended missing values (−7 → .a, −8 → .d, −9 → .n), labelled; R sets them
 * to NA and keeps each original code in the column's "nonresponse" attribute.
 */
import { exportCodebook, nonResponseCodes, type CodebookVariable } from './codebook.ts';
import { type FrameworkModel } from './model.ts';
import { model } from './source-model.ts';
import type { Instrument } from './types.ts';

/** One column of the export, as every statistics package needs to know it. */
export interface LabelledVariable {
  name: string;
  /** The full label: an item's wording, a score's definition. */
  label: string;
  type: 'number' | 'text';
  /** Characters a text column holds at most. */
  length: number;
  /** Value labels: the scale's values first, then the non-response codes. */
  values: { value: number | string; label: string }[];
  /** The values that mean "no answer on the scale" (non-response codes), kept apart from real values. */
  missing: number[];
  level: 'nominal' | 'ordinal' | 'scale';
  /** Decimals to show a number with: means are written to three. */
  decimals: number;
}

/** The collector's CSV export of one instrument, described for the statistics-package scripts. */
export interface LabelledFile {
  instrumentId: string;
  title: string;
  /** Every version whose columns the export holds, current first, with its content hash. */
  versions: { version: string; hash: string }[];
  /** The export's file name, as the collector names its download. */
  file: string;
  variables: LabelledVariable[];
}

/** The file name the collector gives an instrument's CSV export (collector/app.ts). */
const exportFileName = (instrumentId: string): string => `${instrumentId}-responses.csv`;

function labelled(variable: CodebookVariable): LabelledVariable {
  const missing = variable.values.flatMap(({ value }) =>
    typeof value === 'number' && nonResponseCodes.includes(value) ? [value] : [],
  );
  const number = variable.data_type === 'number';
  const mean = variable.source === 'score' && number && !variable.variable_name.endsWith('_n');
  return {
    name: variable.variable_name,
    label: variable.field_label,
    type: variable.data_type,
    length: variable.max_length === '' ? 0 : Math.max(1, variable.max_length),
    values: variable.values,
    missing,
    level: variable.values.length === 0 ? (number ? 'scale' : 'nominal') : number ? 'ordinal' : 'nominal',
    decimals: mean ? 3 : 0,
  };
}

/** Every column of the collector's CSV export of an instrument (all `versions` of it, current first). */
export function labelledFile(
  versions: readonly Instrument[],
  hashOf: (instrument: Instrument) => string,
  within: FrameworkModel = model,
): LabelledFile {
  const [current] = versions;
  if (!current) throw new Error('A labelled file needs at least one version of an instrument.');
  return {
    instrumentId: current.id,
    title: current.title,
    versions: versions.map((instrument) => ({ version: instrument.version, hash: hashOf(instrument) })),
    file: exportFileName(current.id),
    variables: exportCodebook(versions, hashOf, within)
      .filter((variable) => variable.in_collector_export)
      .map(labelled),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Text limits and escaping shared by the three languages.

/** Line breaks, tabs and other control characters as spaces: no label may break a line of syntax. */
const oneLine = (text: string): string => text.replace(/[\p{Cc}\u2028\u2029]+/gu, ' ');

const ELLIPSIS = '…';

/** At most `limit` characters (code points), ending in "…" when cut. */
export function truncateChars(text: string, limit: number): string {
  const chars = [...text];
  return chars.length <= limit ? text : `${chars.slice(0, limit - 1).join('')}${ELLIPSIS}`;
}

const utf8Length = (text: string): number => new TextEncoder().encode(text).length;

/** At most `limit` bytes of UTF-8, never splitting a character, ending in "…" when cut. */
export function truncateBytes(text: string, limit: number): string {
  if (utf8Length(text) <= limit) return text;
  const budget = limit - utf8Length(ELLIPSIS);
  let kept = '';
  for (const char of text) {
    if (utf8Length(kept + char) > budget) break;
    kept += char;
  }
  return `${kept}${ELLIPSIS}`;
}

/** The whole file's versions, for a script's opening comment. */
const versionLines = (file: LabelledFile): string[] =>
  file.versions.map(({ version, hash }) => `version ${version}, content hash ${hash}`);

// ---------------------------------------------------------------------------------------------------------------
// SPSS (and PSPP).

/** SPSS's limits, in bytes: variable labels, value labels. */
export const SPSS_LIMITS = { variableLabel: 255, valueLabel: 120 } as const;

/**
 * An SPSS string literal: double quotes, inner ones doubled, long text split into pieces joined with "+" so
 * no line of syntax grows long.
 */
export function spssString(text: string): string {
  const chars = [...oneLine(text)];
  const pieces: string[] = [];
  for (let i = 0; i < chars.length; i += 60) pieces.push(chars.slice(i, i + 60).join(''));
  if (pieces.length === 0) pieces.push('');
  return pieces.map((piece) => `"${piece.replaceAll('"', '""')}"`).join(' +\n    ');
}

const spssValue = (value: number | string): string => (typeof value === 'number' ? String(value) : spssString(value));

/** SPSS format of a column: text as wide as its longest value can be in UTF-8 bytes, numbers as counts or means. */
function spssFormat(variable: LabelledVariable): string {
  if (variable.type === 'text') return `A${Math.min(32767, variable.length * 4)}`;
  return `F8.${variable.decimals}`;
}

/**
 * SPSS syntax (also run by PSPP) that reads the export, declares every column's type and labels, and marks the
 * non-response codes user-missing. The data file's name is set once, at the top.
 */
export function spssSyntax(file: LabelledFile): string {
  const { variables } = file;
  const lines: string[] = [
    '* Encoding: UTF-8.',
    `* ${oneLine(file.title)}: the collector's CSV export, typed and labelled.`,
    ...versionLines(file).map((line) => `* Columns of ${line}.`),
    '* Generated by Cultivate from the instrument model; do not edit, regenerate it.',
    '* Non-response codes are user-missing: -7 don’t know / not applicable (version 1), -8 don’t know,',
    '* -9 does not apply here. They stay in the data, labelled, and are left out of statistics.',
    '',
    '* The export to read: its path, or its name when it is in the working directory.',
    `FILE HANDLE responses /NAME=${spssString(file.file)}.`,
    '',
    'GET DATA',
    '  /TYPE=TXT',
    '  /FILE=responses',
    "  /ENCODING='UTF8'",
    '  /ARRANGEMENT=DELIMITED',
    '  /DELCASE=LINE',
    '  /FIRSTCASE=2',
    '  /DELIMITERS=","',
    "  /QUALIFIER='\"'",
    '  /VARIABLES=',
    // Numbers are read with no implied decimals (F8.2 would read "3" as 0.03); FORMATS sets how they show.
    ...variables.map(
      (v, i) => `    ${v.name} ${v.type === 'text' ? spssFormat(v) : 'F8.0'}${i === variables.length - 1 ? '.' : ''}`,
    ),
    '',
  ];
  const withDecimals = variables.filter((v) => v.type === 'number' && v.decimals > 0);
  if (withDecimals.length > 0)
    lines.push(`FORMATS ${withDecimals.map((v) => `${v.name} (${spssFormat(v)})`).join(' ')}.`, '');

  lines.push('VARIABLE LABELS');
  variables.forEach((v, i) => {
    const label = spssString(truncateBytes(oneLine(v.label), SPSS_LIMITS.variableLabel));
    lines.push(`  ${i === 0 ? '' : '/'}${v.name} ${label}${i === variables.length - 1 ? '.' : ''}`);
  });
  lines.push('');

  const withValues = variables.filter((v) => v.values.length > 0);
  if (withValues.length > 0) {
    lines.push('VALUE LABELS');
    withValues.forEach((v, i) => {
      lines.push(`  ${i === 0 ? '' : '/'}${v.name}`);
      for (const { value, label } of v.values)
        lines.push(`    ${spssValue(value)} ${spssString(truncateBytes(oneLine(label), SPSS_LIMITS.valueLabel))}`);
    });
    lines[lines.length - 1] += '.';
    lines.push('');
  }

  const withMissing = variables.filter((v) => v.missing.length > 0);
  if (withMissing.length > 0) {
    // SPSS takes at most three discrete missing values a variable: there are three codes.
    lines.push('MISSING VALUES');
    withMissing.forEach((v, i) =>
      lines.push(
        `  ${i === 0 ? '' : '/'}${v.name} (${v.missing.join(', ')})${i === withMissing.length - 1 ? '.' : ''}`,
      ),
    );
    lines.push('');
  }

  const levels = (['nominal', 'ordinal', 'scale'] as const).flatMap((level) => {
    const names = variables.filter((v) => v.level === level).map((v) => v.name);
    return names.length > 0 ? [`${names.join(' ')} (${level.toUpperCase()})`] : [];
  });
  lines.push(`VARIABLE LEVEL ${levels.join('\n  /')}.`, '');

  const cut = variables.filter((v) => truncateBytes(oneLine(v.label), SPSS_LIMITS.variableLabel) !== oneLine(v.label));
  if (cut.length > 0) {
    lines.push('* Labels longer than SPSS keeps: the full text as a variable attribute.');
    for (const v of cut)
      lines.push(`VARIABLE ATTRIBUTE VARIABLES=${v.name} ATTRIBUTE=FullLabel(${spssString(v.label)}).`);
    lines.push('');
  }
  lines.push('EXECUTE.', '');
  return lines.join('\n');
}

// ---------------------------------------------------------------------------------------------------------------
// Stata.

/** Stata's limits: names (variables and value labels) in characters, variable labels in characters. */
export const STATA_LIMITS = { name: 32, variableLabel: 80 } as const;

/** Stata's extended missing value for each non-response code. */
const stataMissing: Readonly<Record<number, string>> = { [-7]: '.a', [-8]: '.d', [-9]: '.n' };

/**
 * A Stata string in compound double quotes, which may hold plain double quotes. `$` and a backquote would
 * start a macro, so they are escaped with a backslash; a `"` followed by `'` would end the string, so that
 * apostrophe becomes a typographic one.
 */
export function stataString(text: string): string {
  const safe = oneLine(text)
    .replace(/([$`])/g, '\\$1')
    .replaceAll(`"'`, '"’');
  return `\`"${safe}"'`;
}

/** Text for a note, which runs to the end of the line unquoted: macro characters escaped. */
const stataNoteText = (text: string): string => oneLine(text).replace(/([$`])/g, '\\$1');

/** Names of at most 32 characters, each unique: a long score name keeps its suffix (`_mean`) and shortens its stem. */
export function stataNames(names: readonly string[]): Map<string, string> {
  const given = new Map<string, string>();
  const taken = new Set(names.filter((name) => name.length <= STATA_LIMITS.name));
  for (const name of names) {
    if (name.length <= STATA_LIMITS.name) {
      given.set(name, name);
      continue;
    }
    const suffix = /_[a-z0-9]+$/.exec(name)?.[0] ?? '';
    for (let n = 0; ; n++) {
      const tag = n === 0 ? '' : String(n);
      const candidate = `${name.slice(0, STATA_LIMITS.name - suffix.length - tag.length)}${tag}${suffix}`;
      if (!taken.has(candidate)) {
        taken.add(candidate);
        given.set(name, candidate);
        break;
      }
    }
  }
  return given;
}

const stataValue = (value: number): string => stataMissing[value] ?? String(value);

/** Line-wrapped words, so a long command stays readable (`///` continues it). */
function wrapped(words: readonly string[], indent = '    '): string {
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    if (line && line.length + word.length > 100) {
      lines.push(line);
      line = '';
    }
    line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.join(` ///\n${indent}`);
}

/**
 * A Stata do-file (Stata 14 or later: UTF-8) that checks the export's header, reads it with each column's
 * type, names columns longer than 32 characters shorter (the label says so), labels everything, turns the
 * non-response codes into labelled extended missing values, and stores text categories as labelled numbers
 * (1, 2, … in the scale's order). Run as `do file.do` or `do file.do "path/to/export.csv"`.
 */
export function stataDo(file: LabelledFile): string {
  const { variables } = file;
  const names = stataNames(variables.map((v) => v.name));
  const nameOf = (v: LabelledVariable) => names.get(v.name)!;
  const position = (type: 'number' | 'text') =>
    variables.flatMap((v, i) => (v.type === type ? [String(i + 1)] : [])).join(' ');
  const lines: string[] = [
    `* ${oneLine(file.title)}: the collector's CSV export, typed and labelled (Stata 14 or later).`,
    ...versionLines(file).map((line) => `* Columns of ${line}.`),
    '* Generated by Cultivate from the instrument model; do not edit, regenerate it.',
    '* Non-response codes become labelled extended missing values: -7 (don’t know / not applicable, version 1)',
    '* is .a, -8 (don’t know) is .d, -9 (does not apply here) is .n. Text categories become labelled numbers',
    '* 1, 2, … in the order the codebook lists them; full question texts are in each variable’s notes.',
    '* Run: do thisfile.do  or  do thisfile.do "path/to/export.csv"',
    'version 14',
    'args file',
    `if \`"\`file'"' == "" local file ${stataString(file.file)}`,
    '',
    '* The header must be the columns this file describes, in this order.',
    'import delimited using `"`file\'"\', varnames(nonames) rowrange(1:1) stringcols(_all) encoding("utf-8") bindquote(strict) clear',
    `local expected ${wrapped(variables.map((v) => v.name))}`,
    'local i 0',
    'foreach name of local expected {',
    '    local ++i',
    "    capture confirm variable v`i'",
    '    local found = _rc == 0',
    "    if `found' local found = v`i'[1] == \"`name'\"",
    "    if !`found' {",
    "        display as error `\"Column `i' of `file' should be `name': is this the collector's CSV export of this instrument?\"'",
    '        exit 459',
    '    }',
    '}',
    "capture confirm variable v`=`i'+1'",
    'if !_rc {',
    '    display as error `"`file\' has more columns than this file describes: regenerate it for this release."\'',
    '    exit 459',
    '}',
    '',
    `import delimited using \`"\`file'"', varnames(nonames) rowrange(2) encoding("utf-8") bindquote(strict) ///`,
    ...(['text', 'number'] as const).flatMap((type) => {
      const columns = position(type);
      const option = type === 'text' ? 'stringcols' : 'numericcols';
      return columns ? [`    ${option}(${wrapped(columns.split(' '), '        ')}) ///`] : [];
    }),
    '    clear',
    `rename (${wrapped(variables.map((_, i) => `v${i + 1}`))}) ///`,
    `    (${wrapped(variables.map(nameOf))})`,
    '',
  ];

  const coded = variables.filter((v) => v.missing.length > 0);
  if (coded.length > 0) {
    const codes = [...new Set(coded.flatMap((v) => v.missing))].sort((a, b) => b - a);
    lines.push(
      `mvdecode ${wrapped(coded.map(nameOf))}, ///`,
      `    mv(${codes.map((code) => `${code}=${stataMissing[code]}`).join(' \\ ')})`,
      '',
    );
  }

  // One value label per distinct set of values, named after the first variable that uses it.
  const labelNames = new Map<string, string>();
  const labelOf = (v: LabelledVariable) => {
    const key = JSON.stringify(v.values);
    if (!labelNames.has(key)) labelNames.set(key, nameOf(v));
    return labelNames.get(key)!;
  };
  const categories = variables.filter((v) => v.type === 'text' && v.values.length > 0);
  if (categories.length > 0) {
    lines.push('* Text categories as numbers: each value is found in a label of the raw texts, then relabelled.');
    const defined = new Set<string>();
    for (const v of categories) {
      const label = labelOf(v);
      if (!defined.has(label)) {
        defined.add(label);
        const raw = v.values.map(({ value }, i) => `${i + 1} ${stataString(String(value))}`);
        lines.push(`label define ${label} ${wrapped(raw)}, replace`);
      }
      const name = nameOf(v);
      lines.push(
        `encode ${name}, generate(_coded) label(${label}) noextend`,
        `order _coded, after(${name})`,
        `drop ${name}`,
        `rename _coded ${name}`,
      );
    }
    lines.push('');
  }

  lines.push('* Variable labels (at most 80 characters; the notes hold the full text).');
  for (const v of variables) {
    const renamed = nameOf(v) === v.name ? '' : ` [${v.name}]`;
    const label = truncateChars(oneLine(v.label), STATA_LIMITS.variableLabel - renamed.length) + renamed;
    lines.push(`label variable ${nameOf(v)} ${stataString(label)}`);
  }
  lines.push('');

  const valued = variables.filter((v) => v.values.length > 0);
  if (valued.length > 0) {
    lines.push('* Value labels.');
    const defined = new Set<string>();
    for (const v of valued) {
      const label = labelOf(v);
      if (defined.has(label)) continue;
      defined.add(label);
      const pairs = v.values.map(({ value, label: text }, i) =>
        v.type === 'text' ? `${i + 1} ${stataString(text)}` : `${stataValue(Number(value))} ${stataString(text)}`,
      );
      lines.push(`label define ${label} ${wrapped(pairs)}, replace`);
    }
    for (const v of valued) lines.push(`label values ${nameOf(v)} ${labelOf(v)}`);
    lines.push('');
  }

  lines.push('* Full labels and original column names.');
  for (const v of variables) {
    lines.push(`notes ${nameOf(v)}: ${stataNoteText(v.label)}`);
    if (nameOf(v) !== v.name) lines.push(`notes ${nameOf(v)}: CSV column ${v.name}`);
  }
  for (const v of variables.filter((v) => v.decimals > 0)) lines.push(`format ${nameOf(v)} %9.${v.decimals}f`);
  lines.push('compress', '');
  return lines.join('\n');
}

// ---------------------------------------------------------------------------------------------------------------
// R.

/**
 * An R string literal: JSON's escapes (which R reads the same), and every character outside ASCII as \u or \U
 * escape, so the script means the same in any locale.
 */
export function rString(text: string): string {
  return JSON.stringify(text).replace(/[^\x20-\x7e]/gu, (char) => {
    const code = char.codePointAt(0)!;
    return code > 0xffff ? `\\U{${code.toString(16)}}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

/** Comment text in ASCII: typographic punctuation as its plain form, anything else outside ASCII as "?". */
const asciiComment = (text: string): string =>
  oneLine(text)
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[–—]/g, '-')
    .replace(/…/g, '...')
    .replace(/[^\x20-\x7e]/gu, '?');

const rValue = (value: number | string): string => (typeof value === 'number' ? String(value) : rString(value));

/** `c("label" = value, …)`, or NULL. */
const rLabels = (values: LabelledVariable['values']): string =>
  values.length === 0
    ? 'NULL'
    : `c(${values.map(({ value, label }) => `${rString(label)} = ${rValue(value)}`).join(', ')})`;

/**
 * An R script (base R only) that reads the export into a data frame `responses` with each column's type,
 * sets `attr(, "label")` and `attr(, "labels")` (the names haven and labelled use), and turns the non-response
 * codes into NA, keeping each original code in `attr(, "nonresponse")`. Run with
 * `Rscript file.R [export.csv]` or `source()` it after setting `file`.
 */
export function rScript(file: LabelledFile): string {
  const { variables } = file;
  const lines: string[] = [
    `# ${asciiComment(file.title)}: the collector's CSV export, typed and labelled (base R only).`,
    ...versionLines(file).map((line) => `# Columns of ${asciiComment(line)}.`),
    '# Generated by Cultivate from the instrument model; do not edit, regenerate it.',
    "# Non-response codes (-7 don't know / not applicable in version 1, -8 don't know, -9 does not apply here)",
    '# become NA; attr(x, "nonresponse") keeps the original code of each (NA elsewhere). attr(x, "labels") holds',
    '# the value labels, attr(x, "label") the full question or definition.',
    '',
    '# The export to read: the first command-line argument, or `file` set before source(), or this name.',
    'arguments <- commandArgs(trailingOnly = TRUE)',
    `if (length(arguments) > 0) file <- arguments[[1]] else if (!exists("file", inherits = FALSE) || !is.character(file)) file <- ${rString(file.file)}`,
    '',
    'columns <- c(',
    ...variables.map(
      (v, i) =>
        `  ${rString(v.name)} = ${v.type === 'number' ? '"numeric"' : '"character"'}${i === variables.length - 1 ? '' : ','}`,
    ),
    ')',
    'header <- names(read.csv(file, nrows = 1, check.names = FALSE, encoding = "UTF-8", fileEncoding = "UTF-8"))',
    'if (!identical(header, names(columns))) {',
    '  stop(sprintf("%s does not have the columns this script describes (first difference: %s); is it the collector\'s CSV export of this instrument?",',
    '    file, paste(head(setdiff(union(header, names(columns)), intersect(header, names(columns))), 1), collapse = "")))',
    '}',
    'responses <- read.csv(file, colClasses = unname(columns), na.strings = "", check.names = FALSE,',
    '  encoding = "UTF-8", fileEncoding = "UTF-8", strip.white = FALSE)',
    '',
    '# Label one column; codes listed in `nonresponse` become NA, their originals kept in an attribute.',
    'label_column <- function(x, label, labels = NULL, nonresponse = NULL) {',
    '  if (length(nonresponse) > 0) {',
    '    coded <- !is.na(x) & x %in% nonresponse',
    '    original <- ifelse(coded, x, NA_real_)',
    '    x[coded] <- NA',
    '    attr(x, "nonresponse") <- original',
    '  }',
    '  attr(x, "label") <- label',
    '  if (!is.null(labels)) attr(x, "labels") <- labels',
    '  x',
    '}',
    '',
    "# A labelled column as a factor: its value labels become the levels, in the codebook's order.",
    'as_labelled_factor <- function(x) {',
    '  labels <- attr(x, "labels")',
    '  factor(x, levels = unname(labels), labels = names(labels))',
    '}',
    '',
  ];
  for (const v of variables) {
    const nonresponse = v.missing.length > 0 ? `, nonresponse = c(${v.missing.join(', ')})` : '';
    const values = v.values.length > 0 ? `,\n  labels = ${rLabels(v.values)}` : '';
    lines.push(
      `responses[[${rString(v.name)}]] <- label_column(responses[[${rString(v.name)}]], ${rString(v.label)}${values}${nonresponse})`,
    );
  }
  lines.push('');
  return lines.join('\n');
}
