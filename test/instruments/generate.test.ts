import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import Papa from 'papaparse';
import { Model, QuestionRadiogroupModel } from 'survey-core';
import { describe, expect, it } from 'vitest';
import { codebook, codebookColumns, codebookTable } from '../../src/instruments/codebook.ts';
import { compareVersions } from '../../src/instruments/crosswalk.ts';
import { toCsv } from '../../src/instruments/csv.ts';
import { surveyJson } from '../../src/instruments/generate.ts';
import { contentHash } from '../../src/instruments/hash.ts';
import { choicesOf, findVersion, itemsOf, withUnit } from '../../src/instruments/model.ts';
import { model, modelIn } from '../../src/instruments/source-model.ts';
import { isNonResponse, NOT_APPLICABLE } from '../../src/instruments/scales.ts';
import { NOT_APPLICABLE_LABEL, nonResponses } from '../../src/instruments/scale-source.ts';
import type { Instrument, Item } from '../../src/instruments/types.ts';

/**
 * The choices an item should offer, read from the model rather than from the generator: its scale's options,
 * then version 1's "na" or the non-response codes the item lists.
 */
function expectedChoices(item: Item): { value: number | string; text: string }[] {
  const scale = model.scales.find((each) => each.id === item.scale)!;
  const choices = scale.options.map((option) => ({ value: option.value, text: option.label }));
  if (item.kind === 'context') return choices;
  if (item.notApplicable) return [...choices, { value: NOT_APPLICABLE, text: NOT_APPLICABLE_LABEL }];
  const codes = (item.nonResponse ?? []).map((id) => nonResponses.find((code) => code.id === id)!);
  return [...choices, ...codes.map((code) => ({ value: code.value, text: code.label }))];
}

/** A text as a respondent reads it when the link names no unit. */
const asShown = (instrument: Instrument, text: string) =>
  instrument.unit ? text.replaceAll('{unit}', instrument.unit.fallback) : text;

const schema = JSON.parse(
  readFileSync(new URL('../../node_modules/survey-core/surveyjs_definition.json', import.meta.url), 'utf8'),
);
// The schema is draft-07 and its definitions refer to one another by `$id` ("radiogroup", "panel", …),
// which Ajv resolves once the whole schema is added.
const ajv = new Ajv({ strict: false, allErrors: true });
const validateSurvey = ajv.compile(schema);

function schemaErrors(json: unknown): string[] {
  return validateSurvey(json)
    ? []
    : (validateSurvey.errors ?? []).map((error) => `${error.instancePath} ${error.message}`);
}

// Every version a respondent can be shown or a researcher can be sent a codebook for, archived ones too.
const cases = [...model.instruments, ...model.archive].map(
  (instrument) => [`${instrument.id} ${instrument.version}`, instrument] as const,
);

describe('the SurveyJS schema check', () => {
  const minimal = {
    pages: [{ name: 'p1', elements: [{ type: 'radiogroup', name: 'q1', choices: ['a', 'b'] }] }],
    showQuestionNumbers: 'on',
  };

  it('accepts a minimal valid survey', () => {
    expect(schemaErrors(minimal)).toEqual([]);
  });

  it('rejects an unknown showQuestionNumbers value', () => {
    expect(schemaErrors({ ...minimal, showQuestionNumbers: 'sometimes' })).toContainEqual(
      expect.stringMatching(/^\/showQuestionNumbers /),
    );
  });

  it('rejects a page whose elements is a string', () => {
    expect(schemaErrors({ ...minimal, pages: [{ name: 'p1', elements: 'q1' }] })).toContainEqual(
      expect.stringMatching(/^\/pages\/0\/elements /),
    );
  });
});

describe.each(cases)('survey JSON for %s', (_id, instrument: Instrument) => {
  const json = surveyJson(instrument, model);
  const survey = new Model(json);
  const items = itemsOf(instrument);

  it('is valid against survey-core’s JSON schema', () => {
    expect(schemaErrors(json)).toEqual([]);
  });

  it('loads into a survey-core Model without JSON errors', () => {
    expect(survey.jsonErrors ?? []).toEqual([]);
  });

  it('has one page per section, in order', () => {
    expect(survey.pages.map((page) => page.name)).toEqual(instrument.sections.map((section) => section.id));
    expect(survey.pages.map((page) => page.title)).toEqual(
      instrument.sections.map((section) => asShown(instrument, section.title)),
    );
  });

  it('has one question per item on its section’s page', () => {
    instrument.sections.forEach((section, i) => {
      expect(survey.pages[i]!.questions.map((question) => question.name)).toEqual(section.items.map((item) => item.id));
    });
  });

  it('names the questions after the items, in order', () => {
    expect(survey.getAllQuestions().map((question) => question.name)).toEqual(items.map((item) => item.id));
  });

  it('shows each item’s wording and requiredness', () => {
    for (const [i, question] of survey.getAllQuestions().entries()) {
      expect(question.title, items[i]!.id).toBe(asShown(instrument, items[i]!.text));
      expect(question.title, items[i]!.id).not.toContain('{unit}');
      expect(question.isRequired, items[i]!.id).toBe(items[i]!.required);
    }
  });

  it('offers the scale’s options, then the non-response answers the item offers', () => {
    for (const [i, question] of survey.getAllQuestions().entries()) {
      expect(question).toBeInstanceOf(QuestionRadiogroupModel);
      const choices = (question as QuestionRadiogroupModel).choices.map((choice) => ({
        value: choice.value,
        text: choice.text,
      }));
      expect(choices, items[i]!.id).toEqual(expectedChoices(items[i]!));
    }
  });

  it('offers no non-response answer on a context item', () => {
    const contextIds = new Set(items.filter((item) => item.kind === 'context').map((item) => item.id));
    const offering = json.pages
      .flatMap((page) => page.elements)
      .filter(
        (element) => contextIds.has(element.name) && element.choices.some((choice) => isNonResponse(choice.value)),
      );
    expect(offering).toEqual([]);
  });

  it('uses no matrix questions', () => {
    const types = [...JSON.stringify(json).matchAll(/"type":"([^"]+)"/g)].map((match) => match[1]);
    expect(types.length).toBe(items.length);
    expect(types.filter((type) => /matrix/i.test(type!))).toEqual([]);
    expect(survey.getAllQuestions().filter((question) => /matrix/i.test(question.getType()))).toEqual([]);
  });

  it('shows a progress bar at the top', () => {
    expect(json.showProgressBar).toBe(true);
    expect(survey.showProgressBar).toBe(true);
    expect(survey.isShowProgressBarOnTop).toBe(true);
  });
});

describe('the unit a readiness survey speaks of', () => {
  const withUnits = model.instruments.filter((instrument) => instrument.unit !== undefined);
  const unitCases = withUnits.map((instrument) => [instrument.id, instrument] as const);

  /** Every text of the generated survey a respondent reads. */
  const textsOf = (json: ReturnType<typeof surveyJson>) =>
    json.pages.flatMap((page) => [page.title, page.description, ...page.elements.map((element) => element.title)]);

  it('is used by the readiness instruments, named by the site link parameter', () => {
    expect(withUnits.map((instrument) => instrument.id)).toEqual(
      expect.arrayContaining(['organizational-readiness', 'organizational-readiness-short']),
    );
    for (const instrument of withUnits) {
      expect(instrument.unit!.parameter).toBe('site');
      expect(instrument.parameters.map((parameter) => parameter.name)).toContain('site');
    }
  });

  it.each(unitCases)('%s names the site from the link in every text that speaks of the unit', (_id, instrument) => {
    const named = textsOf(surveyJson(instrument, model, { site: 'Riverside Elementary' }));
    const fallback = textsOf(surveyJson(instrument, model));
    const speakingOfUnit = [
      ...instrument.sections.flatMap((section) => [section.title, section.description]),
      ...itemsOf(instrument).map((item) => item.text),
    ].filter((text) => text.includes('{unit}'));
    expect(speakingOfUnit.length).toBeGreaterThan(0);
    expect(named.filter((text) => text.includes('Riverside Elementary'))).toHaveLength(speakingOfUnit.length);
    expect(named.join('\n')).not.toContain('{unit}');
    expect(fallback.filter((text) => text.includes(instrument.unit!.fallback)).length).toBeGreaterThanOrEqual(
      speakingOfUnit.length,
    );
    expect(fallback.join('\n')).not.toContain('{unit}');
  });

  it.each(unitCases)('%s falls back to its neutral phrase without a site, or with a blank one', (_id, instrument) => {
    const fallback = surveyJson(instrument, model);
    for (const site of ['', '   ', '\t\n']) expect(surveyJson(instrument, model, { site })).toEqual(fallback);
    expect(surveyJson(instrument, model, { wave: '2026-fall' })).toEqual(fallback);
  });

  it('trims the site it names', () => {
    const [instrument] = withUnits;
    expect(surveyJson(instrument!, model, { site: '  North Campus ' })).toEqual(
      surveyJson(instrument!, model, { site: 'North Campus' }),
    );
  });

  it('withUnit leaves a text without {unit}, and an instrument without a unit, as they are', () => {
    const [instrument] = withUnits;
    const selfAssessment = model.instruments.find((each) => each.unit === undefined)!;
    expect(withUnit('No unit here.', instrument!, { site: 'Elm' })).toBe('No unit here.');
    expect(withUnit('Staff at {unit} talk.', instrument!, { site: 'Elm' })).toBe('Staff at Elm talk.');
    expect(withUnit('At {unit} and {unit}.', instrument!, {})).toBe(
      `At ${instrument!.unit!.fallback} and ${instrument!.unit!.fallback}.`,
    );
    expect(withUnit('Staff at {unit} talk.', selfAssessment, { site: 'Elm' })).toBe('Staff at {unit} talk.');
  });
});

describe('screened pages', () => {
  const screenedCases = model.instruments
    .filter((instrument) => instrument.sections.some((section) => section.askIf))
    .map((instrument) => [instrument.id, instrument] as const);

  it('include the coaching pages of both readiness forms', () => {
    expect(screenedCases.map(([id]) => id)).toEqual(
      expect.arrayContaining(['organizational-readiness', 'organizational-readiness-short']),
    );
  });

  it.each(screenedCases)('%s carries the screener as the page’s visibleIf', (_id, instrument) => {
    const json = surveyJson(instrument, model);
    for (const section of instrument.sections) {
      const page = json.pages.find((each) => each.name === section.id)!;
      if (section.askIf) {
        expect(page.visibleIf).toBe(
          `{${section.askIf.item}} anyof [${section.askIf.values.map((value) => `'${value}'`).join(', ')}]`,
        );
      } else expect(page).not.toHaveProperty('visibleIf');
    }
  });

  it.each(screenedCases)('%s shows the coaching page only after a "yes"', (_id, instrument) => {
    const section = instrument.sections.find((each) => each.askIf)!;
    const screener = section.askIf!.item;
    const survey = new Model(surveyJson(instrument, model));
    const page = survey.getPageByName(section.id);
    const shown = (answer: string | undefined) => {
      survey.setValue(screener, answer);
      return page.isVisible;
    };
    expect(shown(undefined)).toBe(false);
    expect(shown('no')).toBe(false);
    expect(shown('unsure')).toBe(false);
    expect(shown('yes')).toBe(true);
  });
});

describe.each(cases)('codebook for %s', (_id, instrument: Instrument) => {
  const items = itemsOf(instrument);

  async function rows() {
    const hash = await contentHash(instrument);
    return { hash, rows: codebook(instrument, hash) };
  }

  it('has one row per item, then one per link parameter, named after them', async () => {
    const { rows: variables } = await rows();
    expect(variables.map((row) => row.variable_name)).toEqual([
      ...items.map((item) => item.id),
      ...instrument.parameters.map((parameter) => parameter.name),
    ]);
  });

  it('has a value for every published column', async () => {
    const { rows: variables } = await rows();
    for (const row of variables) {
      for (const column of codebookColumns) expect(row[column], `${row.variable_name}.${column}`).not.toBeUndefined();
    }
  });

  it('flags reverse-keyed and scored items as the model says', async () => {
    const { rows: variables } = await rows();
    items.forEach((item, i) => {
      expect(variables[i]!.scored, item.id).toBe(item.kind === 'scored');
      expect(variables[i]!.reverse_keyed, item.id).toBe(item.kind === 'scored' && item.reverse);
      expect(variables[i]!.required, item.id).toBe(item.required);
    });
  });

  it('names the construct, element and stage of each item', async () => {
    const { rows: variables } = await rows();
    items.forEach((item, i) => {
      const construct = item.kind === 'scored' ? model.constructs.find((c) => c.id === item.construct)! : undefined;
      expect(variables[i]!.construct, item.id).toBe(construct?.id ?? '');
      expect(variables[i]!.construct_name, item.id).toBe(construct?.name ?? '');
      expect(variables[i]!.element, item.id).toBe(construct?.element ?? '');
      expect(variables[i]!.stage, item.id).toBe(item.kind === 'stage' ? item.stage : '');
    });
  });

  it('writes choices in REDCap’s "value, label | value, label" form', async () => {
    const { rows: variables } = await rows();
    const redcapChoice = /^[^,|]+, [^|]+$/;
    items.forEach((item, i) => {
      const row = variables[i]!;
      expect(row.field_type).toBe('radio');
      const parts = row.choices.split(' | ');
      for (const part of parts) expect(part, item.id).toMatch(redcapChoice);
      expect(parts, item.id).toEqual(expectedChoices(item).map(({ value, text }) => `${value}, ${text}`));
    });
  });

  it('starts an agreement item’s choices with "1, Strongly disagree | 2, Disagree"', async () => {
    const { rows: variables } = await rows();
    const scoredRow = variables.find((row) => row.scored)!;
    expect(scoredRow.choices).toMatch(/^1, Strongly disagree \| 2, Disagree \| /);
  });

  it('describes link parameters as validated free text', async () => {
    const { rows: variables } = await rows();
    instrument.parameters.forEach((parameter, i) => {
      const row = variables[items.length + i]!;
      expect(row.field_type).toBe('text');
      expect(row.choices).toBe('');
      expect(row.scored).toBe(false);
      expect(row.text_validation).toContain(parameter.pattern);
      expect(row.text_validation).toContain(String(parameter.maxLength));
    });
  });

  it('reads back from its CSV: the published columns in order, flags as yes/no', async () => {
    const { rows: variables } = await rows();
    const { data, meta } = Papa.parse<Record<string, string>>(toCsv(codebookTable(variables)), {
      header: true,
      skipEmptyLines: true,
    });
    expect(meta.fields).toEqual([...codebookColumns]);
    expect(data).toHaveLength(variables.length);
    data.forEach((row, i) => {
      const variable = variables[i]!;
      expect(row['variable_name']).toBe(variable.variable_name);
      expect(row['choices']).toBe(variable.choices);
      expect(row['scored']).toBe(variable.scored ? 'yes' : 'no');
      expect(row['reverse_keyed']).toBe(variable.reverse_keyed ? 'yes' : 'no');
    });
  });

  it('stamps every row with the instrument version and content hash', async () => {
    const { hash, rows: variables } = await rows();
    expect(hash).toMatch(/^sha256-[0-9a-f]{64}$/);
    for (const row of variables) {
      expect(row.form_name).toBe(instrument.id);
      expect(row.instrument_version).toBe(instrument.version);
      expect(row.instrument_hash).toBe(hash);
    }
  });
});

describe('codebook labels in each language', () => {
  it('gives every item and link parameter its Spanish wording and answers where the version is offered in Spanish', () => {
    for (const instrument of model.instruments.filter((each) => each.languages.includes('es'))) {
      const spanish = modelIn('es');
      const translated = findVersion(instrument.id, instrument.version, spanish)!;
      const rows = new Map(codebook(instrument, 'sha256-test').map((row) => [row.variable_name, row]));
      for (const item of itemsOf(translated)) {
        const row = rows.get(item.id)!;
        expect(row.field_label_es, item.id).toBe(
          item.text.replaceAll('{unit}', `[${translated.unit?.parameter} o ${translated.unit?.fallback}]`),
        );
        expect(row.field_label_es).not.toBe(row.field_label);
        expect(row.choices_es, item.id).toBe(
          choicesOf(item, spanish)
            .map(({ value, text }) => `${value}, ${text}`)
            .join(' | '),
        );
      }
      for (const parameter of translated.parameters)
        expect(rows.get(parameter.name)!.field_label_es).toBe(`${parameter.label}: ${parameter.description}`);
      const table = codebookTable(codebook(instrument, 'sha256-test'));
      expect(table.fields).toEqual(expect.arrayContaining(['field_label', 'field_label_es', 'choices_es']));
    }
  });

  it('leaves them empty for a version offered in English only', () => {
    const englishOnly = model.archive.filter((each) => !each.languages.includes('es'));
    expect(englishOnly.length).toBeGreaterThan(0);
    for (const instrument of englishOnly)
      for (const row of codebook(instrument, 'sha256-test')) {
        expect(row.field_label_es, row.variable_name).toBe('');
        expect(row.choices_es, row.variable_name).toBe('');
      }
  });
});

describe('codebook across versions', () => {
  const rowsOf = (instrument: Instrument) => codebook(instrument, 'sha256-test');
  const current = (id: string) => model.instruments.find((instrument) => instrument.id === id)!;

  it('says since which version an unchanged item has been asked, and leaves new items and parameters blank', () => {
    const selfAssessment = current('cop-self-assessment');
    // Oldest first: an item is unchanged since the first earlier version that asked it in the same words.
    const earlier = model.archive
      .filter((instrument) => instrument.id === selfAssessment.id)
      .sort((a, b) => compareVersions(a.version, b.version));
    const earliest = earlier[0]!;
    const firstAsked = (id: string, text: string) =>
      earlier.find((old) => itemsOf(old).some((item) => item.id === id && item.text === text))?.version ?? '';
    for (const row of rowsOf(selfAssessment)) {
      expect(row.unchanged_since, row.variable_name).toBe(firstAsked(row.variable_name, row.field_label));
    }
    expect(rowsOf(selfAssessment).find((row) => row.variable_name === 'dom_01')?.unchanged_since).toBe('1.0.0');
    for (const row of rowsOf(earliest)) expect(row.unchanged_since).toBe('');
  });

  it('shows where the unit goes in readiness labels, never the raw placeholder', () => {
    for (const instrument of [...model.instruments, ...model.archive]) {
      for (const row of rowsOf(instrument)) expect(row.field_label).not.toContain('{unit}');
    }
    const readiness = rowsOf(current('organizational-readiness'));
    expect(readiness.find((row) => row.variable_name === 'prof_05')?.field_label).toBe(
      'Staff at [site or your workplace] are trusted to use their professional judgement.',
    );
  });
});
