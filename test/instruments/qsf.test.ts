import { describe, expect, it } from 'vitest';
import { itemsOf, withUnit } from '../../src/instruments/model.ts';
import { model } from '../../src/instruments/source-model.ts';
import { publishedHashes } from '../../src/instruments/published.ts';
import { qsfFile, qualtricsSurvey, type QsfElement, type QuestionPayload } from '../../src/instruments/qsf.ts';
import { NOT_APPLICABLE_CODE } from '../../src/instruments/scales.ts';
import { NOT_APPLICABLE_LABEL, nonResponses } from '../../src/instruments/scale-source.ts';
import type { Instrument, Item } from '../../src/instruments/types.ts';

/**
 * Every published version's Qualtrics survey file, parsed back from the text the site serves and checked
 * against the shape of Qualtrics's own exports and, item by item, against the model.
 */

const versions = [...model.instruments, ...model.archive];
const hashOf = (instrument: Instrument) => publishedHashes[instrument.id]![instrument.version]!;

interface Block {
  Type: string;
  ID: string;
  Description: string;
  BlockElements: { Type: string; QuestionID: string }[];
}
interface Flow {
  Type: string;
  ID?: string;
  FlowID: string;
  Flow?: Flow[];
  BranchLogic?: { '0': Record<string, { ChoiceLocator?: string; Operator?: string; Conjuction?: string }> };
  EmbeddedData?: { Field: string; Type: string; Value?: string }[];
}

/** The file as Qualtrics would read it: the served JSON text, parsed. */
async function parsed(instrument: Instrument) {
  const qsf = JSON.parse(await qsfFile(instrument)) as { SurveyEntry: unknown; SurveyElements: QsfElement[] };
  const of = (kind: string) => qsf.SurveyElements.filter((element) => element.Element === kind);
  const questions = of('SQ').map((element) => element.Payload as QuestionPayload);
  return {
    qsf,
    of,
    blocks: of('BL')[0]!.Payload as Block[],
    flow: of('FL')[0]!.Payload as Flow & { Properties: { Count: number } },
    questions,
    byTag: new Map(questions.map((question) => [question.DataExportTag, question])),
    byQid: new Map(questions.map((question) => [question.QuestionID, question])),
  };
}

/** Every flow element, branches opened. */
const flatten = (flow: readonly Flow[]): Flow[] => flow.flatMap((element) => [element, ...flatten(element.Flow ?? [])]);

/** What an item's choices should be: labels, numeric recodes, and the export's values as variable names. */
function expectedChoices(item: Item): { label: string; exported: string; recode: string }[] {
  const scale = model.scales.find((candidate) => candidate.id === item.scale)!;
  const options = scale.options.map((option, i) => ({
    label: option.label,
    exported: String(option.value),
    recode: scale.kind === 'ordinal' ? String(option.value) : String(i + 1),
  }));
  const code = (value: number, label: string) => ({ label, exported: String(value), recode: String(value) });
  if (item.kind === 'context') return options;
  if (item.notApplicable) return [...options, code(NOT_APPLICABLE_CODE, NOT_APPLICABLE_LABEL)];
  return [
    ...options,
    ...nonResponses.filter((c) => item.nonResponse?.includes(c.id)).map((c) => code(c.value, c.label)),
  ];
}

/** The HTML Qualtrics shows for a plain text. */
const html = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

describe.each(versions.map((instrument) => [`${instrument.id} ${instrument.version}`, instrument] as const))(
  'the Qualtrics survey file of %s',
  (_name, instrument) => {
    it('has the entry and the elements a QSF import reads', async () => {
      const { qsf, of } = await parsed(instrument);
      expect(qsf.SurveyEntry).toMatchObject({ SurveyName: expect.stringContaining(instrument.title) });
      for (const kind of ['BL', 'FL', 'SO', 'SQ']) expect(of(kind).length, kind).toBeGreaterThan(0);
      for (const element of qsf.SurveyElements) expect(element.SurveyID).toBe(qsf.SurveyElements[0]!.SurveyID);
      expect(of('QC')[0]!.SecondaryAttribute).toBe(String(of('SQ').length));
    });

    it('gives every question a unique QID that its SQ element and one block name', async () => {
      const { of, blocks, questions } = await parsed(instrument);
      const qids = questions.map((question) => question.QuestionID);
      expect(new Set(qids).size).toBe(qids.length);
      for (const element of of('SQ'))
        expect(element.PrimaryAttribute).toBe((element.Payload as QuestionPayload).QuestionID);
      const inBlocks = blocks.flatMap((block) => block.BlockElements.map((element) => element.QuestionID));
      expect(inBlocks.sort()).toEqual([...qids].sort());
      const tags = questions.map((question) => question.DataExportTag);
      expect(new Set(tags).size, 'export tags are unique').toBe(tags.length);
    });

    it('asks every item as a single-answer question tagged with its id, with the scale’s choices and codes', async () => {
      const { byTag } = await parsed(instrument);
      for (const item of itemsOf(instrument)) {
        const question = byTag.get(item.id);
        expect(question, item.id).toMatchObject({ QuestionType: 'MC', Selector: 'SAVR', SubSelector: 'TX' });
        expect(question!.QuestionText, item.id).toBe(html(withUnit(item.text, instrument)));
        expect(question!.Validation.Settings.ForceResponse, item.id).toBe(item.required ? 'ON' : 'OFF');
        const expected = expectedChoices(item);
        const order = question!.ChoiceOrder;
        expect(order, item.id).toHaveLength(expected.length);
        expect(
          order.map((key) => ({
            label: question!.Choices![key]!.Display,
            exported: question!.VariableNaming![key],
            recode: question!.RecodeValues![key],
          })),
          item.id,
        ).toEqual(expected.map((choice) => ({ ...choice, label: html(choice.label) })));
        for (const recode of Object.values(question!.RecodeValues!)) expect(recode, item.id).toMatch(/^-?\d+$/);
      }
    });

    it('has one block per section, in order, after the introduction, each in the flow once', async () => {
      const { blocks, flow, byQid } = await parsed(instrument);
      const [introduction, ...rest] = blocks.filter((block) => block.Type !== 'Trash');
      expect(introduction!.Type).toBe('Default');
      expect(rest.map((block) => block.Description)).toEqual(
        instrument.sections.map((section) => withUnit(section.title, instrument)),
      );
      instrument.sections.forEach((section, i) => {
        const tags = rest[i]!.BlockElements.map((element) => byQid.get(element.QuestionID)!.DataExportTag);
        expect(tags.slice(1), section.id).toEqual(section.items.map((item) => item.id));
        expect(byQid.get(rest[i]!.BlockElements[0]!.QuestionID)!.QuestionType, section.id).toBe('DB');
      });

      const elements = flatten(flow.Flow ?? []);
      const shown = elements.filter((element) => element.ID !== undefined).map((element) => element.ID);
      expect(shown).toEqual([introduction!.ID, ...rest.map((block) => block.ID)]);
      const flowIds = [flow.FlowID, ...elements.map((element) => element.FlowID)];
      expect(new Set(flowIds).size, 'flow ids are unique').toBe(flowIds.length);
      expect(flow.Properties.Count).toBe(Math.max(...flowIds.map((id) => Number(id.slice('FL_'.length)))));
    });

    it('shows a screened section only when its screener answer is selected', async () => {
      const { blocks, flow, byTag } = await parsed(instrument);
      const sectionBlocks = blocks.filter((block) => block.Type === 'Standard');
      instrument.sections.forEach((section, i) => {
        const id = sectionBlocks[i]!.ID;
        const branch = (flow.Flow ?? []).find((element) => element.Flow?.some((inner) => inner.ID === id));
        if (!section.askIf) return expect(branch, section.id).toBeUndefined();
        const screener = byTag.get(section.askIf.item)!;
        const keys = section.askIf.values.map((value) =>
          Object.keys(screener.VariableNaming!).find((key) => screener.VariableNaming![key] === String(value)),
        );
        const expressions = Object.entries(branch!.BranchLogic!['0'])
          .filter(([key]) => key !== 'Type')
          .map(([, expression]) => expression);
        expect(
          expressions.map((e) => [e.ChoiceLocator, e.Operator]),
          section.id,
        ).toEqual(keys.map((key) => [`q://${screener.QuestionID}/SelectableChoice/${key}`, 'Selected']));
        expect(
          expressions.slice(1).every((e) => e.Conjuction === 'Or'),
          section.id,
        ).toBe(true);
      });
    });

    it('declares the link parameters and sets the version and content hash as embedded data', async () => {
      const { flow } = await parsed(instrument);
      const embedded = flatten(flow.Flow ?? []).flatMap((element) => element.EmbeddedData ?? []);
      expect(embedded.map(({ Field, Value }) => [Field, Value])).toEqual([
        ...instrument.parameters.map((parameter) => [parameter.name, undefined]),
        ['instrument_id', instrument.id],
        ['instrument_version', instrument.version],
        ['instrument_hash', hashOf(instrument)],
      ]);
    });
  },
);

describe('a model fact the Qualtrics file cannot hold', () => {
  it('stops with the instrument, item and field named, for an id Qualtrics would rewrite in its export', () => {
    const [instrument] = model.instruments;
    const sections = instrument!.sections.map((section, s) =>
      s === 0 ? { ...section, items: [{ ...section.items[0]!, id: 'dom-01' }, ...section.items.slice(1)] } : section,
    );
    expect(() => qualtricsSurvey({ ...instrument!, sections }, 'sha256-x')).toThrow(
      /cop-self-assessment \d+\.\d+\.\d+: item "dom-01": DataExportTag/,
    );
  });

  it('stops with the instrument, item and field named, for a text value on an ordinal scale', () => {
    const [instrument] = model.instruments;
    const scales = model.scales.map((scale) =>
      scale.id === 'agreement-5' ? { ...scale, options: [...scale.options, { value: 'lots', label: 'Lots' }] } : scale,
    );
    const item = itemsOf(instrument!).find((candidate) => candidate.scale === 'agreement-5')!;
    expect(() => qualtricsSurvey(instrument!, 'sha256-x', { ...model, scales })).toThrow(
      new RegExp(`cop-self-assessment \\d+\\.\\d+\\.\\d+: item "${item.id}": choices: "lots" on an ordinal scale`),
    );
  });
});
