import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../src/instruments/csv.ts';
import { checkLinkParameters } from '../../src/instruments/link-parameters.ts';
import {
  MAX_REPORTS,
  batchCsvName,
  batchSummary,
  batchTable,
  buildBatch,
  defaultSurveyLanguage,
  fileName,
  fileReadNote,
  instrumentChoice,
  formValues,
  isReady,
  linkFor,
  listFromFile,
  notReadyReason,
  sharedDetailsNote,
  sheetNote,
  shownReports,
  varyingChoice,
  type InstrumentChoice,
  type LinkWords,
} from '../../src/instruments/links.ts';
import type { Language } from '../../src/instruments/languages.ts';
import { distributionParameters } from '../../src/instruments/parameters.ts';
import { linkScriptMessages } from '../../src/i18n/researchers.ts';
import { pathIn, paths } from '../../src/components/paths.ts';
import { modelIn } from '../../src/instruments/source-model.ts';

const ORIGIN = 'https://example.org';
const instrument: InstrumentChoice = instrumentChoice(
  { id: 'cop-self-assessment', title: 'Self-assessment', languages: ['en', 'es'], parameters: distributionParameters },
  (language) => pathIn(language, paths.instrument('cop-self-assessment')),
);
const path = '/instruments/cop-self-assessment/';
const words: LinkWords = { language: 'en', messages: linkScriptMessages.en };
const spanish: LinkWords = { language: 'es', messages: linkScriptMessages.es };
const form = (typed: Record<string, string>) =>
  formValues(instrument.parameters, new Map(Object.entries(typed)), words);
const batchOf = (list: string, typed: Record<string, string> = {}, varying = 'code', language: Language = 'en') =>
  buildBatch(ORIGIN, { instrument, language }, varying, form(typed), list, words);

describe('linkFor', () => {
  it('gives the instrument page on the origin, parameters in the instrument’s order', () => {
    const link = linkFor(ORIGIN, instrument, 'en', { code: 'A17', community: 'Math Dept' });
    expect(link).toBe('https://example.org/instruments/cop-self-assessment/?community=Math+Dept&code=A17');
  });

  it('leaves the query out when there are no values, and ignores names the instrument does not have', () => {
    expect(linkFor(ORIGIN, instrument, 'en', {})).toBe('https://example.org/instruments/cop-self-assessment/');
    expect(linkFor(ORIGIN, instrument, 'en', { email: 'a@b.c' })).toBe(
      'https://example.org/instruments/cop-self-assessment/',
    );
  });

  it('gives links the respondent page reads back to the same values', () => {
    const value = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9 ._'’–-]{0,30}$/u);
    fc.assert(
      fc.property(value, value, (community, site) => {
        const values = form({ community, site }).values;
        const query = new URL(linkFor(ORIGIN, instrument, 'en', values)).searchParams;
        expect(checkLinkParameters(instrument.parameters, query)).toEqual({ values, problems: [] });
      }),
    );
  });
});

describe('formValues', () => {
  it('normalizes and trims values as the respondent page does, and leaves blank fields out', () => {
    const { values, problems } = form({ community: '  Cafe\u0301 Team ', site: '   ', code: 'A17' });
    expect(values).toEqual({ community: 'Café Team', code: 'A17' });
    expect(problems.size).toBe(0);
  });

  it('reports a bad value as a sentence naming the field, and keeps it out of the values', () => {
    const { values, problems } = form({ wave: 'fall 2026', code: '<b>' });
    expect(values).toEqual({});
    expect(problems.get('wave')).toBe('Wave contains characters that are not allowed.');
    expect(problems.get('code')).toBe('Respondent code contains characters that are not allowed.');
  });
});

describe('varyingChoice', () => {
  it('offers code and community, and checks code first', () => {
    const { options, checked } = varyingChoice(instrument.parameters, undefined);
    expect(options.map((parameter) => parameter.name)).toEqual(['community', 'code']);
    expect(checked).toBe('code');
  });

  it('keeps an earlier choice the instrument still has, and falls back otherwise', () => {
    expect(varyingChoice(instrument.parameters, 'community').checked).toBe('community');
    const withoutCode = instrument.parameters.filter((parameter) => parameter.name !== 'code');
    expect(varyingChoice(withoutCode, 'code').checked).toBe('community');
  });

  it('offers every parameter when neither code nor community exists', () => {
    const [, site, wave] = distributionParameters;
    expect(varyingChoice([site, wave], undefined)).toEqual({ options: [site, wave], checked: 'site' });
  });
});

describe('buildBatch', () => {
  it('makes one link per usable line, each carrying the form’s other values', () => {
    const batch = batchOf('A1\r\n\nB2\n', { community: 'Math Dept', code: 'IGNORED' });
    expect(batch.rows).toEqual([
      {
        line: 1,
        values: { community: 'Math Dept', code: 'A1' },
        link: `${ORIGIN}${path}?community=Math+Dept&code=A1`,
      },
      {
        line: 3,
        values: { community: 'Math Dept', code: 'B2' },
        link: `${ORIGIN}${path}?community=Math+Dept&code=B2`,
      },
    ]);
    expect(batch.fixed).toEqual({ community: 'Math Dept' });
    expect(batch.given).toBe(2);
  });

  it('skips a heading on the first line only, and reports bad and repeated lines by line number', () => {
    const batch = batchOf('Respondent code\nA1\nbad value!\n\nA1\ncode');
    expect(batch.rows.map((row) => [row.line, row.values['code']])).toEqual([
      [2, 'A1'],
      [5, 'A1'],
      [6, 'code'],
    ]);
    expect(batch.reports.map((report) => report.text)).toEqual([
      'Line 1: “Respondent code” looks like a column heading, so it was skipped.',
      'Line 3: “bad value!” contains characters that are not allowed, so it was left out.',
      'Line 5: “A1” repeats line 2; both get the same link.',
    ]);
    expect([batch.given, batch.invalid, batch.duplicates]).toEqual([5, 1, 1]);
  });

  it('shortens long values in reports', () => {
    const long = `${'x'.repeat(50)}!`;
    expect(batchOf(long).reports[0]!.text).toBe(
      `Line 1: “${'x'.repeat(40)}…” is longer than 32 characters, so it was left out.`,
    );
  });

  it('is empty when the varying parameter is not the instrument’s', () => {
    const batch = batchOf('A1', {}, 'role');
    expect(batch.parameter).toBeUndefined();
    expect(batch.rows).toEqual([]);
    expect(isReady(batch)).toBe(false);
  });
});

describe('what the batch section says', () => {
  it('summarises links ready, lines left out and repeats, after what a file gave', () => {
    const batch = batchOf('A1\nA1\n!\n?');
    expect(batchSummary(batch, 'Read 4 values from codes.txt.', words)).toBe(
      'Read 4 values from codes.txt. 2 links ready. 2 lines have problems and were left out. 1 line repeats an earlier one.',
    );
    expect(batchSummary(batchOf(''), '', words)).toBe('');
  });

  it('names the details every link shares, and says when the form’s own value is set aside', () => {
    const typed = { community: 'Math Dept', wave: '3', code: 'Z9' };
    const batch = batchOf('A1', typed);
    expect(sharedDetailsNote(batch, form(typed), words)).toBe(
      'Every link also carries Community: Math Dept; Wave: 3. The respondent code filled in above is not used: each link takes its own from the list.',
    );
    expect(sharedDetailsNote(batchOf('A1'), form({}), words)).toBe(
      'No other details are filled in above, so each link carries only its value from the list.',
    );
    expect(sheetNote(batch, words)).toBe(
      '1 link, all with Community: Math Dept; Wave: 3. Scan a code with a phone camera, or type the link below it.',
    );
  });

  it('lists at most MAX_REPORTS problems, then how many more there are', () => {
    const list = Array.from({ length: MAX_REPORTS + 5 }, (_, i) => `bad ${i}!`).join('\n');
    const shown = shownReports(batchOf(list), words);
    expect(shown).toHaveLength(MAX_REPORTS + 1);
    expect(shown.at(-1)).toBe('… and 5 more.');
  });

  it('says why there is nothing to download', () => {
    expect(notReadyReason(batchOf('  \n'), words)).toBe('The list is empty: paste or open a list of values first.');
    const unusable = batchOf('!');
    expect(isReady(unusable)).toBe(false);
    expect(notReadyReason(unusable, words)).toBe('No line of the list can be used: see the problems listed.');
  });
});

describe('batch CSV', () => {
  it('has the carried values in the instrument’s order, then the link, one row per link', () => {
    const batch = batchOf('A1\nB2', { wave: '3', community: 'Math Dept' });
    if (!isReady(batch)) throw new Error('the batch should be ready');
    const csv = toCsv(batchTable(batch, words));
    const { data } = Papa.parse<string[]>(csv.trimEnd());
    expect(data).toEqual([
      ['community', 'wave', 'code', 'link'],
      ['Math Dept', '3', 'A1', `${ORIGIN}${path}?community=Math+Dept&wave=3&code=A1`],
      ['Math Dept', '3', 'B2', `${ORIGIN}${path}?community=Math+Dept&wave=3&code=B2`],
    ]);
    expect(batchCsvName(batch)).toBe('cop-self-assessment-code-links.csv');
  });
});

describe('fileName', () => {
  it('keeps letters of any script, digits, dots and underscores, and joins the rest with single hyphens', () => {
    expect(fileName(['cop', 'Math Dept – Sainte-Anne’s', 'A17'])).toBe('cop-Math-Dept-Sainte-Anne-s-A17');
    expect(fileName(['', 'École/Nord', ''])).toBe('École-Nord');
    expect(fileName(['x'.repeat(200)])).toHaveLength(120);
  });
});

describe('listFromFile', () => {
  it('takes the first column of a CSV file, a quoted line break kept on its row', () => {
    const text = 'community,site\r\nMath Dept,North\r\n"Two\nlines",South\r\n\r\nScience,East';
    expect(listFromFile('list.csv', '', text)).toEqual(['community', 'Math Dept', 'Two lines', '', 'Science']);
    expect(listFromFile('list', 'text/csv', 'a,b')).toEqual(['a']);
  });

  it('takes every line of any other file, whatever its line ends', () => {
    expect(listFromFile('codes.txt', 'text/plain', 'A1\r\nB2\rC3\n\nD4')).toEqual(['A1', 'B2', 'C3', '', 'D4']);
  });

  it('counts the values read, not the blank lines', () => {
    expect(fileReadNote('codes.txt', ['A1', ' ', 'B2'], words)).toBe('Read 2 values from codes.txt.');
    expect(fileReadNote('one.txt', ['A1'], words)).toBe('Read 1 value from one.txt.');
  });
});

describe('the survey language', () => {
  it('gives a Spanish link to the Spanish page, every parameter kept and encoded; English unchanged', () => {
    const values = { community: 'Escuela Nº 5 – Año', wave: '2026-otoño', code: 'A17' };
    const link = linkFor(ORIGIN, instrument, 'es', values);
    expect(link).toBe(
      'https://example.org/es/instruments/cop-self-assessment/?community=Escuela+N%C2%BA+5+%E2%80%93+A%C3%B1o&wave=2026-oto%C3%B1o&code=A17',
    );
    expect(Object.fromEntries(new URL(link).searchParams)).toEqual(values);
    expect(linkFor(ORIGIN, instrument, 'en', values)).toBe(link.replace('/es/instruments/', '/instruments/'));
  });

  it('gives every link of a batch in the chosen language', () => {
    const batch = batchOf('A1\nB2', { wave: '3' }, 'code', 'es');
    expect(batch.rows.map((row) => row.link)).toEqual([
      `${ORIGIN}/es${path}?wave=3&code=A1`,
      `${ORIGIN}/es${path}?wave=3&code=B2`,
    ]);
  });

  it('offers each language the instrument is offered in, by its own name, the page’s language first', () => {
    const choices = modelIn('es').instruments.map((offered) =>
      instrumentChoice(offered, (language) => pathIn(language, paths.instrument(offered.id))),
    );
    for (const choice of choices) {
      expect(choice.pages).toContainEqual({ language: 'es', name: 'Español', path: `/es/instruments/${choice.id}/` });
      expect(defaultSurveyLanguage(choice, 'es')).toBe('es');
      expect(defaultSurveyLanguage(choice, 'en')).toBe('en');
    }
    const englishOnly = { ...instrument, pages: instrument.pages.filter((page) => page.language === 'en') };
    expect(defaultSurveyLanguage(englishOnly, 'es')).toBe('en');
    // A language chosen before is kept where the instrument is offered in it, and dropped where it is not.
    expect(defaultSurveyLanguage(choices[0]!, 'en', 'es')).toBe('es');
    expect(defaultSurveyLanguage(choices[0]!, 'es', 'en')).toBe('en');
    expect(defaultSurveyLanguage(englishOnly, 'es', 'es')).toBe('en');
    expect(defaultSurveyLanguage(choices[0]!, 'es', 'fr')).toBe('es');
    expect(linkFor(ORIGIN, englishOnly, 'es', {})).toBe(`${ORIGIN}${path}`);
  });

  it('says what the batch section says in Spanish, with Spanish plurals and CSV heading', () => {
    const batch = buildBatch(ORIGIN, { instrument, language: 'es' }, 'code', form({}), 'A1\nA1\n!', spanish);
    expect(batchSummary(batch, '', spanish)).toBe(
      '2 enlaces listos. 1 línea tiene un problema y quedó fuera. 1 línea repite una anterior.',
    );
    expect(fileReadNote('codigos.txt', ['A1'], spanish)).toBe('Se leyó 1 valor de codigos.txt.');
    if (!isReady(batch)) throw new Error('the batch should be ready');
    expect(batchTable(batch, spanish).fields).toEqual(['code', 'enlace']);
  });
});
