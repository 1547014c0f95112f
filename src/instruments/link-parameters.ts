import { fill } from '../i18n/catalogue.ts';
import type { Language } from './languages.ts';
import { SESSION_CODE } from './team-session.ts';
import type { LinkParameter } from './types.ts';

/** Why a link value was refused, with the values its wording names, so each page words it in its own language. */
export type ValueProblem =
  | { kind: 'empty' }
  | { kind: 'too-long'; max: number }
  | { kind: 'not-composed' }
  | { kind: 'not-allowed' }
  | { kind: 'too-many-marks'; max: number }
  | { kind: 'repeated-mark' }
  /** `first` and `second` are ISO 15924 script codes, named in the reader's language when worded. */
  | { kind: 'mixed-scripts'; first: string; second: string }
  | { kind: 'given-twice' }
  | { kind: 'not-session-code' };

/**
 * The English wording of each problem, as the end of a sentence that names the parameter ("Community is
 * empty"). The catalogues take it as their English side (src/i18n/instrument-page.ts), so the English is
 * written once, here, where the collector and the response files' readers word their problems too.
 */
export const VALUE_PROBLEM_WORDS = {
  problemEmpty: 'is empty',
  problemTooLong: 'is longer than {max} characters',
  problemNotComposed: 'is not in Unicode’s composed form (NFC)',
  problemNotAllowed: 'contains characters that are not allowed',
  problemTooManyMarks: 'stacks more than {max} accents or marks on one letter',
  problemRepeatedMark: 'repeats an accent or mark on one letter',
  problemMixedScripts:
    'mixes the {first} and {second} scripts (look-alike letters can make one name pass for another); write it in one script',
  problemGivenTwice: 'is given more than once',
  problemNotSessionCode:
    'is not a team session code (22 letters, digits, hyphens or underscores); it may have been cut short when the link was copied',
} as const;

export type ValueProblemWords = { readonly [K in keyof typeof VALUE_PROBLEM_WORDS]: string };

/** A script's name in `language` ("Cyrillic", "cirílico"), or its code where the engine cannot name it. */
function scriptName(code: string, language: Language): string {
  try {
    return new Intl.DisplayNames([language], { type: 'script' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** A problem in the words given (a page's language's; English by default). */
export function valueProblemText(
  problem: ValueProblem,
  words: ValueProblemWords = VALUE_PROBLEM_WORDS,
  language: Language = 'en',
): string {
  switch (problem.kind) {
    case 'empty':
      return words.problemEmpty;
    case 'too-long':
      return fill(words.problemTooLong, { max: problem.max });
    case 'not-composed':
      return words.problemNotComposed;
    case 'not-allowed':
      return words.problemNotAllowed;
    case 'too-many-marks':
      return fill(words.problemTooManyMarks, { max: problem.max });
    case 'repeated-mark':
      return words.problemRepeatedMark;
    case 'mixed-scripts':
      return fill(words.problemMixedScripts, {
        first: scriptName(problem.first, language),
        second: scriptName(problem.second, language),
      });
    case 'given-twice':
      return words.problemGivenTwice;
    case 'not-session-code':
      return words.problemNotSessionCode;
  }
}

export interface LinkParameterProblem {
  name: string;
  label: string;
  problem: ValueProblem;
}

export interface LinkParameterCheck {
  /** Valid values, keyed by parameter name, in the instrument's order. */
  values: Record<string, string>;
  problems: LinkParameterProblem[];
}

/** A typed or linked value as it is checked and sent: Unicode NFC, surrounding space removed. */
export const normalizeLinkValue = (value: string): string => value.normalize('NFC').trim();

/**
 * Unicode's scripts by their ISO 15924 codes (names only: which characters belong to each comes from the
 * JavaScript engine's own Unicode data through `\p{Script_Extensions=…}`). A code the engine does not know is
 * skipped; a test checks that every letter, mark and digit the engine knows falls in one of them.
 */
const SCRIPT_CODES =
  'Adlm Aghb Ahom Arab Armi Armn Avst Bali Bamu Bass Batk Beng Berf Bhks Bopo Brah Brai Bugi Buhd Cakm Cans ' +
  'Cari Cham Cher Chis Chrs Copt Cpmn Cprt Cyrl Deva Diak Dogr Dsrt Dupl Egyp Elba Elym Ethi Gara Geor Glag ' +
  'Gong Gonm Goth Gran Grek Gujr Gukh Guru Hang Hani Hano Hatr Hebr Hira Hluw Hmng Hmnp Hung Ital Java Kali ' +
  'Kana Kawi Khar Khmr Khoj Kits Knda Krai Kthi Lana Laoo Latn Lepc Limb Lina Linb Lisu Lyci Lydi Mahj Maka ' +
  'Mand Mani Marc Medf Mend Merc Mero Mlym Modi Mong Mroo Mtei Mult Mymr Nagm Nand Narb Nbat Newa Nkoo Nshu ' +
  'Ogam Olck Onao Orkh Orya Osge Osma Ougr Palm Pauc Perm Phag Phli Phlp Phnx Plrd Prti Rjng Rohg Runr Samr ' +
  'Sarb Saur Sgnw Shaw Shrd Sidd Sidt Sind Sinh Sogd Sogo Sora Soyo Sund Sunu Sylo Syrc Tagb Takr Tale Talu ' +
  'Taml Tang Tavt Tayo Telu Tfng Tglg Thaa Thai Tibt Tirh Tnsa Todr Tols Toto Tutg Ugar Vaii Vith Wara Wcho ' +
  'Xpeo Xsux Yezi Yiii Zanb';

/**
 * Writing systems that are several scripts used together, as Unicode's "highly restrictive" profile (UTS #39)
 * has them: Japanese (Han, Hiragana, Katakana), Korean (Han, Hangul) and Chinese with Bopomofo.
 */
const WRITING_SYSTEMS: Record<string, readonly string[]> = {
  Jpan: ['Hani', 'Hira', 'Kana'],
  Kore: ['Hani', 'Hang'],
  Hanb: ['Hani', 'Bopo'],
};

interface Script {
  code: string;
  test: (character: string) => boolean;
}

let scripts: readonly Script[] | null = null;

/** Each script (and writing system) as a test of one character, made once, on first use. */
function knownScripts(): readonly Script[] {
  if (scripts) return scripts;
  const made: Script[] = [];
  for (const code of SCRIPT_CODES.split(' ')) {
    try {
      const pattern = new RegExp(`^\\p{Script_Extensions=${code}}$`, 'u');
      made.push({ code, test: (character) => pattern.test(character) });
    } catch {
      // A script newer than this engine's Unicode data: none of its letters can be told apart here anyway.
    }
  }
  for (const [code, parts] of Object.entries(WRITING_SYSTEMS)) {
    const members = made.filter((script) => parts.includes(script.code));
    made.push({ code, test: (character) => members.some((script) => script.test(character)) });
  }
  return (scripts = made);
}

/** The scripts (ISO 15924 codes) this engine's Unicode data knows, writing systems left out: for tests. */
export const knownScriptCodes = (): string[] =>
  knownScripts()
    .map((script) => script.code)
    .filter((code) => !(code in WRITING_SYSTEMS));

/** Characters every script uses (digits, spaces, punctuation; combining accents): they mix with any. */
const SHARED = /^[\p{Script_Extensions=Common}\p{Script_Extensions=Inherited}]$/u;

/** Scripts of the characters values started with lately: a file of 100,000 rows mostly starts them with a few letters. */
const recent = new Map<string, readonly Script[]>();

/** Every script and writing system a character belongs to. */
function scriptsOf(character: string): readonly Script[] {
  let found = recent.get(character);
  if (found) return found;
  found = knownScripts().filter((script) => script.test(character));
  if (recent.size >= 512) recent.clear();
  recent.set(character, found);
  return found;
}

/** The first real script (not a writing system) a character belongs to, for messages. */
const scriptOf = (character: string): string =>
  knownScripts().find((script) => !(script.code in WRITING_SYSTEMS) && script.test(character))?.code ?? '?';

/**
 * Which scripts a value mixes, or null: apart from characters every script shares, all its letters and digits
 * must belong to one script or writing system. "Mаth" with a Cyrillic "а" looks like "Math" and would be
 * counted as another community; "हिन्दी", "Tiếng Việt", "数学科 サイト2" and "Site 2" are each one.
 */
function mixedScripts(value: string): ValueProblem | null {
  let candidates: readonly Script[] | null = null;
  let first = '';
  for (const character of value) {
    if (SHARED.test(character)) continue;
    const left: readonly Script[] = candidates
      ? candidates.filter((script) => script.test(character))
      : scriptsOf(character);
    // A letter of a script this engine's Unicode data does not know is left to the pattern.
    if (candidates === null && left.length === 0) continue;
    if (candidates === null) first = character;
    if (left.length === 0) {
      return { kind: 'mixed-scripts', first: scriptOf(first), second: scriptOf(character) };
    }
    candidates = left;
  }
  return null;
}

/** Most combining marks on one letter: Unicode's own limit for identifiers (UTS #39), ample for Devanagari or Tibetan. */
const MAX_MARKS = 4;

/**
 * Why the combining marks of a value are not acceptable (stacked or repeated on one letter), or null; counted
 * decomposed (NFD), as UTS #39 does, so an accent hidden in a precomposed letter counts too.
 */
function markProblem(value: string): ValueProblem | null {
  for (const run of value.normalize('NFD').matchAll(/\p{M}+/gu)) {
    const marks = [...run[0]];
    if (marks.filter((mark) => /[\p{Mn}\p{Me}]/u.test(mark)).length > MAX_MARKS) {
      return { kind: 'too-many-marks', max: MAX_MARKS };
    }
    if (marks.some((mark, i) => i > 0 && marks[i - 1] === mark)) return { kind: 'repeated-mark' };
  }
  return null;
}

/** A letter with the combining marks that follow it, which a pattern written with `\p{L}` takes as one letter. */
const MARKED_LETTER = /(\p{L})\p{M}+/gu;

const compiled = new Map<string, RegExp>();

/** The pattern wrapped so an alternation in it cannot escape its anchors, compiled once per pattern. */
function wholeMatch(pattern: string): RegExp {
  let regExp = compiled.get(pattern);
  if (!regExp) compiled.set(pattern, (regExp = new RegExp(`^(?:${pattern})$`, 'u')));
  return regExp;
}

/**
 * Why a value is not acceptable for a parameter, or null if it is. Shared by the respondent page, the link builder, the
 * readers of response files and the collector. The value must be in Unicode NFC (callers normalise it with
 * normalizeLinkValue first), at most maxLength characters and match the parameter's pattern; a pattern that
 * allows letters of any script (`\p{L}`) also allows the combining marks that complete a letter (Devanagari
 * vowel signs, an accent with no precomposed form), at most four on a letter and none twice in a row. Its
 * letters and digits must all be of one script (or one writing system such as Japanese), apart from characters
 * every script shares: digits 0–9, spaces and the pattern's punctuation.
 */
export function valueProblem(parameter: LinkParameter, value: string): ValueProblem | null {
  if (value.length === 0) return { kind: 'empty' };
  if ([...value].length > parameter.maxLength) return { kind: 'too-long', max: parameter.maxLength };
  if (value !== value.normalize('NFC')) return { kind: 'not-composed' };
  const letters = parameter.pattern.includes('\\p{L}') ? value.replace(MARKED_LETTER, '$1') : value;
  if (!wholeMatch(parameter.pattern).test(letters)) return { kind: 'not-allowed' };
  return markProblem(value) ?? mixedScripts(value);
}

/**
 * valueProblem in English, as the end of a sentence naming the parameter ("Community mixes the Latin and
 * Cyrillic scripts…"), or null: for the collector and the response files' readers, which report in English.
 */
export function parameterProblem(parameter: LinkParameter, value: string): string | null {
  const problem = valueProblem(parameter, value);
  return problem && valueProblemText(problem);
}

/**
 * The instrument's parameters found in a link's query. Unknown parameters are ignored; a parameter given
 * twice or with a bad value is reported and left out, never passed on.
 */
export function checkLinkParameters(parameters: readonly LinkParameter[], query: URLSearchParams): LinkParameterCheck {
  const values: Record<string, string> = {};
  const problems: LinkParameterProblem[] = [];
  for (const parameter of parameters) {
    const given = query.getAll(parameter.name);
    if (given.length === 0) continue;
    const report = (problem: ValueProblem) => problems.push({ name: parameter.name, label: parameter.label, problem });
    if (given.length > 1) {
      report({ kind: 'given-twice' });
      continue;
    }
    const value = normalizeLinkValue(given[0]!);
    const problem = valueProblem(parameter, value);
    if (problem) report(problem);
    else values[parameter.name] = value;
  }
  return { values, problems };
}

/**
 * The team session a link is for (`session=<code>`): a site-level link parameter, not one of an instrument's
 * parameters (those are part of its content hash). Checked and reported like them; its value is the opaque
 * code the collector made, so only its shape is checked here, and the collector is asked about it before the
 * survey starts.
 */
export const SESSION_PARAMETER = 'session';
export const SESSION_LABEL = 'Team session';

export interface SessionParameterCheck {
  /** The valid session code, or null when the link has none or a bad one. */
  session: string | null;
  problem: LinkParameterProblem | null;
}

/** Why a session code is not acceptable, or null. */
export function sessionCodeProblem(value: string): ValueProblem | null {
  if (value.length === 0) return { kind: 'empty' };
  if (!SESSION_CODE.test(value)) return { kind: 'not-session-code' };
  return null;
}

/** The link's team session, checked as `checkLinkParameters` checks an instrument's parameters. */
export function checkSessionParameter(query: URLSearchParams): SessionParameterCheck {
  const given = query.getAll(SESSION_PARAMETER);
  if (given.length === 0) return { session: null, problem: null };
  const report = (problem: ValueProblem): SessionParameterCheck => ({
    session: null,
    problem: { name: SESSION_PARAMETER, label: SESSION_LABEL, problem },
  });
  if (given.length > 1) return report({ kind: 'given-twice' });
  const value = normalizeLinkValue(given[0]!);
  const problem = sessionCodeProblem(value);
  return problem ? report(problem) : { session: value, problem: null };
}
