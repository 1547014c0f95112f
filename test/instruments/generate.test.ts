import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import Papa from 'papaparse';
import { Model, QuestionRadiogroupModel } from 'survey-core';
import { describe, expect, it } from 'vitest';
import { codebook, codebookColumns, codebookTable } from '../../src/instruments/codebook.ts';
import { toCsv } from '../../src/instruments/csv.ts';
import { surveyJson } from '../../src/instruments/generate.ts';
import { contentHash } from '../../src/instruments/hash.ts';
import { itemsOf, model } from '../../src/instruments/model.ts';
import { NOT_APPLICABLE, NOT_APPLICABLE_LABEL } from '../../src/instruments/scales.ts';
import type { Instrument, Item } from '../../src/instruments/types.ts';

/** The choices an item should offer, read from the model rather than from the generator. */
function expectedChoices(item: Item): { value: number | string; text: string }[] {
  const scale = model.scales.find((each) => each.id === item.scale)!;
  const choices = scale.options.map((option) => ({ value: option.value, text: option.label }));
  const offersNotApplicable = item.kind !== 'context' && item.notApplicable;
  return offersNotApplicable ? [...choices, { value: NOT_APPLICABLE, text: NOT_APPLICABLE_LABEL }] : choices;
}

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

const cases = model.instruments.map((instrument) => [instrument.id, instrument] as const);

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
  const json = surveyJson(instrument);
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
    expect(survey.pages.map((page) => page.title)).toEqual(instrument.sections.map((section) => section.title));
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
      expect(question.title, items[i]!.id).toBe(items[i]!.text);
      expect(question.isRequired, items[i]!.id).toBe(items[i]!.required);
    }
  });

  it('offers the scale’s options, plus "not applicable" where the item offers it', () => {
    for (const [i, question] of survey.getAllQuestions().entries()) {
      expect(question).toBeInstanceOf(QuestionRadiogroupModel);
      const choices = (question as QuestionRadiogroupModel).choices.map((choice) => ({
        value: choice.value,
        text: choice.text,
      }));
      expect(choices, items[i]!.id).toEqual(expectedChoices(items[i]!));
    }
  });

  it('offers "not applicable" on no context item', () => {
    const contextIds = new Set(items.filter((item) => item.kind === 'context').map((item) => item.id));
    const offering = json.pages
      .flatMap((page) => page.elements)
      .filter(
        (element) => contextIds.has(element.name) && element.choices.some((choice) => choice.value === NOT_APPLICABLE),
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
