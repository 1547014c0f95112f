import { isLocalized, type Language } from './languages.ts';
import { sourceModel, type SourceModel } from './model.ts';
import type { ModelProblem } from './validate.ts';

/** `{unit}` and any other `{name}` a text fills in when it is shown. */
const PLACEHOLDER = /\{[A-Za-z_][A-Za-z0-9_]*\}/g;

const placeholdersOf = (text: string): string => [...new Set(text.match(PLACEHOLDER))].sort().join(' ') || 'none';

/**
 * Every text within `value` that lacks one of the `required` languages, is empty in one it has, or names other
 * placeholders in one language than in English. `field` is the path from the located thing to the text.
 */
function textProblems(
  value: unknown,
  required: readonly Language[],
  where: string,
  field: string,
  problems: ModelProblem[],
): void {
  const at = (key: string | number) => (typeof key === 'number' ? `${field}[${key}]` : field ? `${field}.${key}` : key);
  if (isLocalized(value)) {
    for (const language of required)
      if (value[language] === undefined) problems.push({ where, field: at(language), message: 'has no text' });
    const english = placeholdersOf(value.en);
    for (const [language, text] of Object.entries(value)) {
      if (!text.trim()) problems.push({ where, field: at(language), message: 'is empty' });
      else if (placeholdersOf(text) !== english)
        problems.push({
          where,
          field: at(language),
          message: `has placeholders ${placeholdersOf(text)}, but the English text has ${english}`,
        });
    }
  } else if (Array.isArray(value)) {
    value.forEach((entry, i) => textProblems(entry, required, where, at(i), problems));
  } else if (value !== null && typeof value === 'object') {
    for (const [key, entry] of Object.entries(value)) textProblems(entry, required, where, at(key), problems);
  }
}

/**
 * Every text of the model as written that a respondent or reader could not be shown in a language it is
 * published in: framework texts need every language of the site, an instrument's texts every language it is
 * offered in (each of them one the site publishes). A model pages read has one language left, so validation of
 * any model checks the texts where they are written: the source model.
 */
export function localizationProblems(source: SourceModel = sourceModel): ModelProblem[] {
  const problems: ModelProblem[] = [];
  const site = source.languages;
  const framework = {
    element: source.elements,
    stage: source.stages,
    construct: source.constructs,
    scale: source.scales,
    'non-response answer': source.nonResponses,
    'Wheatley condition': source.wheatleyConditions,
  };
  for (const [kind, entries] of Object.entries(framework))
    for (const entry of entries) textProblems(entry, site, `${kind} "${entry.id}"`, '', problems);
  for (const fit of source.stageFit) textProblems(fit, site, `stage fit "${fit.stage}"`, '', problems);
  textProblems(source.notApplicableLabel, site, 'non-response answer "na"', 'label', problems);

  for (const instrument of [...source.instruments, ...source.archive]) {
    const where = `instrument "${instrument.id}" ${instrument.version}`;
    for (const language of instrument.languages)
      if (!site.includes(language))
        problems.push({ where, field: 'languages', message: `offers "${language}", which the site does not publish` });
    const required = instrument.languages;
    const { sections, ...rest } = instrument;
    textProblems(rest, required, where, '', problems);
    for (const { items, ...section } of sections) {
      textProblems(section, required, `${where} › section "${section.id}"`, '', problems);
      for (const item of items) textProblems(item, required, `${where} › item "${item.id}"`, '', problems);
    }
  }
  return problems;
}
