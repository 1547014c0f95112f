import { isLocalized, type Language } from './languages.ts';
import { type SourceModel } from './model.ts';
import { sourceModel } from './source-model.ts';
import { instrumentFile, type ModelProblem } from './validate.ts';

/** `{unit}` and any other `{name}` a text fills in when it is shown. */
const PLACEHOLDER = /\{[A-Za-z_][A-Za-z0-9_]*\}/g;

const placeholdersOf = (text: string): string => [...new Set(text.match(PLACEHOLDER))].sort().join(' ') || 'none';

/** Where a thing is located: the file to open and the thing in it, as the other checks name them. */
type Place = Pick<ModelProblem, 'file' | 'where'>;

/**
 * Every text within `value` that lacks one of the `required` languages, is empty in one it has, or names other
 * placeholders in one language than in English. `field` is the path from the located thing to the text.
 */
function textProblems(
  value: unknown,
  required: readonly Language[],
  place: Place,
  field: string,
  problems: ModelProblem[],
): void {
  const at = (key: string | number) => (typeof key === 'number' ? `${field}[${key}]` : field ? `${field}.${key}` : key);
  const report = (language: string, message: string) => problems.push({ ...place, field: at(language), message });
  if (isLocalized(value)) {
    for (const language of required)
      if (value[language] === undefined) report(language, `has no text: write the ${language} text beside the en one`);
    const english = placeholdersOf(value.en);
    for (const [language, text] of Object.entries(value)) {
      if (!text.trim()) report(language, 'is empty: write the text');
      else if (placeholdersOf(text) !== english)
        report(language, `has the placeholders ${placeholdersOf(text)}, but the en text has ${english}: use the same`);
    }
  } else if (Array.isArray(value)) {
    value.forEach((entry, i) => textProblems(entry, required, place, at(i), problems));
  } else if (value !== null && typeof value === 'object') {
    for (const [key, entry] of Object.entries(value)) textProblems(entry, required, place, at(key), problems);
  }
}

const FRAMEWORK_FILE = 'src/instruments/framework.ts';
const SCALES_FILE = 'src/instruments/scale-source.ts';

/**
 * Every text of the model as written that a respondent or reader could not be shown in a language it is
 * published in: framework texts need every language of the site, an instrument's texts every language it is
 * offered in (each of them one the site publishes). A model pages read has one language left, so validation of
 * any model checks the texts where they are written: the source model.
 */
export function localizationProblems(source: SourceModel = sourceModel): ModelProblem[] {
  const problems: ModelProblem[] = [];
  const site = source.languages;
  const framework = [
    ['element', FRAMEWORK_FILE, source.elements],
    ['stage', FRAMEWORK_FILE, source.stages],
    ['construct', FRAMEWORK_FILE, source.constructs],
    ['Wheatley condition', FRAMEWORK_FILE, source.wheatleyConditions],
    ['scale', SCALES_FILE, source.scales],
    ['non-response answer', SCALES_FILE, source.nonResponses],
  ] as const;
  for (const [kind, file, entries] of framework)
    for (const entry of entries) textProblems(entry, site, { file, where: `${kind} "${entry.id}"` }, '', problems);
  const notApplicable = { file: SCALES_FILE, where: 'non-response answer "na"' };
  textProblems(source.notApplicableLabel, site, notApplicable, 'label', problems);
  for (const fit of source.stageFit)
    textProblems(
      fit,
      site,
      { file: 'src/instruments/stage-fit-source.ts', where: `stage fit "${fit.stage}"` },
      '',
      problems,
    );

  for (const instrument of [...source.instruments, ...source.archive]) {
    const file = instrumentFile(instrument, source);
    // An archived version is named with its version, since the current one shares its id.
    const where = source.archive.includes(instrument)
      ? `instrument "${instrument.id}" ${instrument.version}`
      : `instrument "${instrument.id}"`;
    if (!instrument.languages.includes('en'))
      problems.push({
        file,
        where,
        field: 'languages',
        message: 'must include "en": every text is written in English',
      });
    for (const language of instrument.languages.filter((offered) => !site.includes(offered)))
      problems.push({
        file,
        where,
        field: 'languages',
        message: `offers "${language}", which the site does not publish: add it to SITE_LANGUAGES in src/instruments/languages.ts once every framework text has it`,
      });
    const { sections, ...rest } = instrument;
    const required = instrument.languages;
    textProblems(rest, required, { file, where }, '', problems);
    for (const { items, ...section } of sections) {
      textProblems(section, required, { file, where: `${where} › section "${section.id}"` }, '', problems);
      for (const item of items)
        textProblems(item, required, { file, where: `${where} › item "${item.id}"` }, '', problems);
    }
  }
  return problems;
}
