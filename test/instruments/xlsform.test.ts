import readExcelFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { exportCodebook } from '../../src/instruments/codebook.ts';
import { itemsOf, withUnit } from '../../src/instruments/model.ts';
import { model } from '../../src/instruments/source-model.ts';
import { publishedHashes } from '../../src/instruments/published.ts';
import { NOT_APPLICABLE_CODE } from '../../src/instruments/scales.ts';
import { NOT_APPLICABLE_LABEL, nonResponses } from '../../src/instruments/scale-source.ts';
import type { Instrument, Item } from '../../src/instruments/types.ts';
import { xlsForm, xlsxBytes } from '../../src/instruments/xlsform.ts';

/**
 * Every published version's XLSForm, written to .xlsx and read back with a separate reader, checked against the
 * XLSForm rules a converter (pyxform) enforces and, item by item, against the model. No XLSForm converter is
 * installable here, so these rules stand in for one.
 */

const versions = [...model.instruments, ...model.archive];
const hashOf = (instrument: Instrument) => publishedHashes[instrument.id]![instrument.version]!;

type Cell = string | null;
interface Sheet {
  header: string[];
  rows: Record<string, string>[];
}

/** The workbook as the reader sees it: each sheet's header row and its rows keyed by header, blanks as ''. */
async function readBack(instrument: Instrument): Promise<Map<string, Sheet>> {
  const bytes = await xlsxBytes(xlsForm(instrument, hashOf(instrument)));
  const sheets = await readExcelFile(Buffer.from(bytes));
  return new Map(
    sheets.map(({ sheet, data }) => {
      const [header = [], ...rows] = data as Cell[][];
      const names = header.map(String);
      return [
        sheet,
        {
          header: names,
          rows: rows.map((row) => Object.fromEntries(names.map((name, i) => [name, row[i] ?? '']))),
        },
      ];
    }),
  );
}

/** XML names as XForms take them (ASCII): a letter or underscore first. */
const XML_NAME = /^[A-Za-z_][A-Za-z0-9._-]*$/;

/** The answers an item offers as the collector's CSV export writes them, with the labels respondents see. */
function expectedChoices(item: Item): { name: string; label: string }[] {
  const scale = model.scales.find((candidate) => candidate.id === item.scale)!;
  const options = scale.options.map((option) => ({ name: String(option.value), label: option.label }));
  if (item.kind === 'context') return options;
  if (item.notApplicable) return [...options, { name: String(NOT_APPLICABLE_CODE), label: NOT_APPLICABLE_LABEL }];
  const codes = nonResponses.filter((code) => item.nonResponse?.includes(code.id));
  return [...options, ...codes.map((code) => ({ name: String(code.value), label: code.label }))];
}

describe.each(versions.map((instrument) => [`${instrument.id} ${instrument.version}`, instrument] as const))(
  'the XLSForm of %s',
  (_name, instrument) => {
    it('has the survey, choices and settings sheets with the columns XLSForm requires', async () => {
      const sheets = await readBack(instrument);
      expect([...sheets.keys()]).toEqual(['survey', 'choices', 'settings']);
      expect(sheets.get('survey')!.header).toEqual(expect.arrayContaining(['type', 'name', 'label']));
      expect(sheets.get('choices')!.header).toEqual(expect.arrayContaining(['list_name', 'name', 'label']));
      expect(sheets.get('settings')!.header).toEqual(
        expect.arrayContaining(['form_title', 'form_id', 'version', 'instrument_hash']),
      );
    });

    it('follows the XLSForm rules: names, lists, groups and namespaced columns', async () => {
      const sheets = await readBack(instrument);
      const survey = sheets.get('survey')!.rows;
      const choices = sheets.get('choices')!.rows;

      const names = survey.filter((row) => row['type'] !== 'end_group').map((row) => row['name']!);
      for (const name of names) expect(name, 'a survey name').toMatch(XML_NAME);
      expect(new Set(names).size, 'survey names are unique').toBe(names.length);

      const lists = new Set(choices.map((row) => row['list_name']));
      for (const list of lists) expect(list, 'a list name').toMatch(XML_NAME);
      for (const row of survey.filter((r) => r['type']!.startsWith('select_one '))) {
        expect(lists, `the list of ${row['name']}`).toContain(row['type']!.slice('select_one '.length));
      }
      for (const list of lists) {
        const inList = choices.filter((row) => row['list_name'] === list).map((row) => row['name']!);
        expect(new Set(inList).size, `choice names in ${list} are unique`).toBe(inList.length);
        for (const name of inList) expect(name, `a choice name in ${list}`).toMatch(/^\S+$/);
      }

      let depth = 0;
      for (const row of survey) {
        if (row['type'] === 'begin_group') depth++;
        if (row['type'] === 'end_group') depth--;
        expect(depth, 'no end_group before its begin_group').toBeGreaterThanOrEqual(0);
      }
      expect(depth, 'every group is closed').toBe(0);

      const namespaces = sheets.get('settings')!.rows[0]!['namespaces'];
      for (const column of sheets.get('survey')!.header.filter((header) => header.startsWith('bind::'))) {
        const prefix = /^bind::([A-Za-z_][\w.-]*):/.exec(column)?.[1];
        expect(namespaces, `the namespace of ${column} is declared`).toMatch(new RegExp(`(^|\\s)${prefix}="[^"]+"`));
      }
    });

    it('names the form, its version and content hash in settings and in every submission', async () => {
      const sheets = await readBack(instrument);
      const settings = sheets.get('settings')!.rows;
      expect(settings).toHaveLength(1);
      expect(settings[0]).toMatchObject({
        form_title: instrument.title,
        form_id: instrument.id,
        version: instrument.version,
        instrument_hash: hashOf(instrument),
      });
      const calculated = sheets
        .get('survey')!
        .rows.filter((row) => row['type'] === 'calculate')
        .map((row) => [row['name'], row['calculation']]);
      expect(calculated).toEqual([
        ['instrument_id', `'${instrument.id}'`],
        ['instrument_version', `'${instrument.version}'`],
        ['instrument_hash', `'${hashOf(instrument)}'`],
      ]);
      // Named as the collector export's identity columns, so a platform's export reads as one of Cultivate's.
      const exported = exportCodebook([instrument], hashOf).map((variable) => variable.variable_name);
      for (const [name] of calculated) expect(exported).toContain(name);
    });

    it('asks every item in the model, in order, with its wording, answers, keying and requirement', async () => {
      const sheets = await readBack(instrument);
      const survey = sheets.get('survey')!.rows;
      const choices = sheets.get('choices')!.rows;
      const items = itemsOf(instrument);
      const asked = survey.filter((row) => row['type']!.startsWith('select_one '));
      expect(asked.map((row) => row['name'])).toEqual(items.map((item) => item.id));
      items.forEach((item, i) => {
        const row = asked[i]!;
        expect(row['label'], item.id).toBe(withUnit(item.text, instrument));
        expect(row['label'], item.id).not.toContain('{unit}');
        expect(row['required'], item.id).toBe(item.required ? 'yes' : '');
        expect(row['bind::cultivate:reverse'], item.id).toBe(item.kind === 'scored' && item.reverse ? 'true' : '');
        const list = row['type']!.slice('select_one '.length);
        const offered = choices
          .filter((choice) => choice['list_name'] === list)
          .map(({ name, label }) => ({ name: name!, label: label! }));
        expect(offered, item.id).toEqual(expectedChoices(item));
      });
    });

    it('has one group per section, in order, shown only when its screener answer opens it', async () => {
      const survey = (await readBack(instrument)).get('survey')!.rows;
      const groups = survey.filter((row) => row['type'] === 'begin_group');
      expect(groups.map((row) => row['name'])).toEqual(instrument.sections.map((section) => `section_${section.id}`));
      instrument.sections.forEach((section, i) => {
        const relevant = groups[i]!['relevant'];
        if (!section.askIf) return expect(relevant, section.id).toBe('');
        const options = section.askIf.values.map((value) => `selected(\${${section.askIf!.item}}, '${value}')`);
        expect(relevant, section.id).toBe(options.join(' or '));
      });
      // Each section's items sit inside its group.
      const sectionOf = new Map<string, string>();
      let open = '';
      for (const row of survey) {
        if (row['type'] === 'begin_group') open = row['name']!;
        else if (row['type'] === 'end_group') open = '';
        else if (row['type']!.startsWith('select_one ')) sectionOf.set(row['name']!, open);
      }
      for (const section of instrument.sections)
        for (const item of section.items) expect(sectionOf.get(item.id), item.id).toBe(`section_${section.id}`);
    });

    it('keeps the link parameters as optional text questions of the same names', async () => {
      const survey = (await readBack(instrument)).get('survey')!.rows;
      for (const parameter of instrument.parameters) {
        const row = survey.find((candidate) => candidate['name'] === parameter.name);
        expect(row, parameter.name).toMatchObject({ type: 'text', required: '' });
        expect(row!['constraint'], parameter.name).toBe(`string-length(.) <= ${parameter.maxLength}`);
      }
    });
  },
);

describe('a model fact the XLSForm cannot hold', () => {
  const [instrument] = model.instruments;
  const withItem = (change: Partial<Item>): Instrument => ({
    ...instrument!,
    sections: instrument!.sections.map((section, s) =>
      s === 1
        ? { ...section, items: section.items.map((item, i) => (i === 0 ? ({ ...item, ...change } as Item) : item)) }
        : section,
    ),
  });

  it('stops with the instrument, item and field named, for an id that is not an XML name', () => {
    expect(() => xlsForm(withItem({ id: '1st item' }), 'sha256-x')).toThrow(
      /cop-self-assessment \d+\.\d+\.\d+: item "1st item": name "1st item" is not an XML name/,
    );
  });

  it('stops with the item and field named, for an answer value the choices sheet cannot hold', () => {
    const item = itemsOf(instrument!)[0]!;
    const scales = model.scales.map((scale) =>
      scale.id === item.scale ? { ...scale, options: [...scale.options, { value: 'a lot', label: 'A lot' }] } : scale,
    );
    expect(() => xlsForm(instrument!, 'sha256-x', { ...model, scales })).toThrow(
      new RegExp(
        `cop-self-assessment \\d+\\.\\d+\\.\\d+: item "${item.id}": choices: choice name "a lot" holds a space`,
      ),
    );
  });

  it('stops when an item id is used twice', () => {
    const repeated = instrument!.sections[1]!.items[1]!.id;
    expect(() => xlsForm(withItem({ id: repeated }), 'sha256-x')).toThrow(new RegExp(`item "${repeated}".*used twice`));
  });
});
