import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkLinkParameters,
  knownScriptCodes,
  normalizeLinkValue,
  parameterProblem,
  valueProblem,
  valueProblemText,
  type LinkParameterProblem,
  type ValueProblem,
} from '../../src/instruments/link-parameters.ts';
import { valueProblemMessages } from '../../src/i18n/instrument-page.ts';
import { linkScriptMessages } from '../../src/i18n/researchers.ts';
import { buildBatch, formValues, instrumentChoice } from '../../src/instruments/links.ts';
import { distributionParameters } from '../../src/instruments/parameters.ts';
import type { LinkParameter } from '../../src/instruments/types.ts';

const parameters: readonly LinkParameter[] = distributionParameters;
const byName = (name: string): LinkParameter => {
  const parameter = parameters.find((each) => each.name === name);
  if (!parameter) throw new Error(`no link parameter "${name}"`);
  return parameter;
};
const community = byName('community');
const site = byName('site');
const wave = byName('wave');
const code = byName('code');

/** A query whose values are set as given (no percent-encoding to get wrong in the test). */
function query(entries: readonly (readonly [string, string])[]): URLSearchParams {
  const params = new URLSearchParams();
  for (const [name, value] of entries) params.append(name, value);
  return params;
}

const check = (entries: readonly (readonly [string, string])[]) => checkLinkParameters(parameters, query(entries));

/** Each problem with its English wording, as the collector and the English pages give it. */
const inEnglish = (problems: readonly LinkParameterProblem[]) =>
  problems.map(({ name, label, problem }) => ({ name, label, message: valueProblemText(problem) }));

/** Characters no accepted value may contain, whatever the parameter. */
const MARKUP = /[<>"&]/;

describe('checkLinkParameters: valid values', () => {
  it('accepts ordinary values for every parameter', () => {
    const result = check([
      ['community', 'Math Dept'],
      ['site', 'Site 2'],
      ['wave', '2026-fall'],
      ['code', 'A17'],
    ]);
    expect(result.problems).toEqual([]);
    expect(result.values).toEqual({ community: 'Math Dept', site: 'Site 2', wave: '2026-fall', code: 'A17' });
  });

  it('accepts letters of any script, such as "École Nord"', () => {
    expect(check([['community', 'École Nord']])).toEqual({ values: { community: 'École Nord' }, problems: [] });
  });

  it('accepts an apostrophe in a name (letters, digits, spaces and a few joiners are allowed)', () => {
    expect(
      check([
        ['site', 'St. Mary’s'],
        ['community', "O'Brien-Lee_Group"],
      ]).problems,
    ).toEqual([]);
  });

  it('trims surrounding white space', () => {
    const result = check([
      ['community', '  Math Dept \t'],
      ['wave', ' 2026-fall\n'],
    ]);
    expect(result.problems).toEqual([]);
    expect(result.values).toEqual({ community: 'Math Dept', wave: '2026-fall' });
  });

  it('normalises a decomposed accent (e + U+0301) to the composed form (NFC)', () => {
    const decomposed = 'E\u0301cole Nord';
    expect(decomposed).not.toBe('École Nord');
    const result = check([['community', decomposed]]);
    expect(result.problems).toEqual([]);
    expect(result.values['community']).toBe('École Nord');
    expect(result.values['community']).toBe(decomposed.normalize('NFC'));
  });

  it('reads values from a real percent-encoded query string', () => {
    const result = checkLinkParameters(
      parameters,
      new URLSearchParams('?community=%C3%89cole+Nord&site=Site%202&wave=2026-fall'),
    );
    expect(result).toEqual({ values: { community: 'École Nord', site: 'Site 2', wave: '2026-fall' }, problems: [] });
  });

  it('keys values in the instrument’s order of parameters, not the link’s', () => {
    const result = check([
      ['code', 'A17'],
      ['wave', '2'],
      ['community', 'Math Dept'],
    ]);
    const expectedOrder = parameters.map((p) => p.name).filter((name) => name in result.values);
    expect(Object.keys(result.values)).toEqual(expectedOrder);
    expect(expectedOrder).toEqual(['community', 'wave', 'code']);
  });

  it('returns nothing when the link has no parameters', () => {
    expect(check([])).toEqual({ values: {}, problems: [] });
  });
});

describe('checkLinkParameters: unknown and repeated parameters', () => {
  it('ignores parameters the instrument does not declare, whatever they hold', () => {
    const result = check([
      ['utm_source', 'newsletter'],
      ['email', '<script>alert(1)</script>'],
      ['community', 'Math Dept'],
      ['Community', 'case differs'],
    ]);
    expect(result).toEqual({ values: { community: 'Math Dept' }, problems: [] });
  });

  it('reports a parameter given twice and keeps neither value', () => {
    const result = check([
      ['community', 'Math Dept'],
      ['site', 'Site 2'],
      ['community', 'Science Dept'],
    ]);
    expect(result.problems).toEqual([{ name: 'community', label: community.label, problem: { kind: 'given-twice' } }]);
    expect(inEnglish(result.problems)).toEqual([
      { name: 'community', label: community.label, message: 'is given more than once' },
    ]);
    expect(result.values).toEqual({ site: 'Site 2' });
  });

  it('reports a repeated parameter even when both values are the same and valid', () => {
    const result = check([
      ['wave', '2'],
      ['wave', '2'],
    ]);
    expect(result.problems.map((p) => p.name)).toEqual(['wave']);
    expect(result.values).toEqual({});
  });

  it('reports an empty value', () => {
    for (const empty of ['', '   ']) {
      const result = check([['site', empty]]);
      expect(inEnglish(result.problems)).toEqual([{ name: 'site', label: site.label, message: 'is empty' }]);
      expect(result.values).toEqual({});
    }
  });
});

describe('checkLinkParameters: hostile values', () => {
  const hostile: [string, string][] = [
    ['a script element', '<script>alert(1)</script>'],
    ['an attribute break-out', '"><img src=x onerror=alert(1)>'],
    ['double quotes', 'Math "Dept"'],
    ['an ampersand (entity)', 'Math &amp; Science'],
    ['a javascript: URL', 'javascript:alert(1)'],
    ['a right-to-left override (U+202E)', 'Math\u202EtpeD'],
    ['a zero-width joiner (U+200D)', 'Math\u200DDept'],
    ['a zero-width space (U+200B)', 'Math\u200BDept'],
    ['a NUL character', 'Math\u0000Dept'],
    ['a newline inside the value', 'Math\nDept'],
    ['a carriage return inside the value', 'Math\r\nDept'],
    ['a stack of five combining marks on one letter (Zalgo)', 'Ma\u0301\u0302\u0303\u0304\u0305th'],
    ['the same combining mark twice on one letter', 'Ma\u0300\u0300th'],
    ['a leading combining mark', '\u0301Math'],
    ['a combining mark on a digit', 'Site 2\u0301'],
    ['a Cyrillic look-alike in a Latin name ("Mаth" with U+0430)', 'M\u0430th'],
    ['a Greek look-alike in a Latin name ("Site Οne" with U+039F)', 'Site \u039Fne'],
    ['an emoji', 'Math 📐'],
    ['a slash and a URL', 'https://evil.example/'],
  ];

  describe.each(parameters.map((parameter) => [parameter.name, parameter] as const))('%s', (name, parameter) => {
    it.each(hostile)('rejects %s, naming the parameter', (_what, value) => {
      const result = check([
        [name, value],
        // A valid value of another parameter still gets through, so the rejection is specific.
        [name === 'wave' ? 'code' : 'wave', '2'],
      ]);
      expect(result.problems).toEqual([{ name, label: parameter.label, problem: expect.any(Object) }]);
      expect(result.values).not.toHaveProperty(name);
      expect(Object.values(result.values)).toEqual(['2']);
      expect(JSON.stringify(result.values)).not.toContain(value.trim());
    });
  });

  it('rejects a combining mark in the wave and the code, whose patterns allow only A–Z, a–z and 0–9', () => {
    for (const parameter of [wave, code]) expect(parameterProblem(parameter, 'q\u0307'), parameter.name).not.toBeNull();
  });

  it('says why markup is rejected', () => {
    expect(parameterProblem(community, '<script>alert(1)</script>')).toBe('contains characters that are not allowed');
  });

  it('rejects an apostrophe or a space in the wave and the code, whose patterns are stricter', () => {
    for (const parameter of [wave, code]) {
      expect(parameterProblem(parameter, "2026'fall"), parameter.name).not.toBeNull();
      expect(parameterProblem(parameter, '2026 fall'), parameter.name).not.toBeNull();
    }
  });
});

describe('parameterProblem: letters of any script, with their combining marks', () => {
  const accepted: [string, string][] = [
    ['Devanagari with vowel signs and a virama', 'हिन्दी विभाग'],
    ['Devanagari with its own digits', 'कक्षा ५'],
    ['Vietnamese typed with combining accents (composed by NFC)', 'Tie\u0302\u0301ng Vie\u0323\u0302t 2'],
    ['Latin with an accent that has no precomposed form (q + U+0307)', 'Iq\u0307'],
    ['Greek', 'Ελληνικά Σχολεία'],
    ['Cyrillic with ASCII digits', 'Школа 2'],
    ['Arabic', 'مدرسة النور'],
    ['Hebrew', 'בית ספר'],
    ['Thai (marks above and below)', 'โรงเรียน ไทย'],
    ['Tibetan (stacked consonants)', 'བསྒྲུབས'],
    ['Japanese: Han, Hiragana and Katakana together', '数学科 さくら サイト2'],
    ['Korean: Hangul and Han together', '한국 學校'],
    ['Chinese', '数学系 第2组'],
  ];

  it.each(accepted)('accepts %s', (_what, typed) => {
    for (const parameter of [community, site]) {
      const result = checkLinkParameters([parameter], query([[parameter.name, typed]]));
      expect(result.problems, parameter.name).toEqual([]);
      expect(result.values[parameter.name]).toBe(normalizeLinkValue(typed));
    }
  });

  it('takes up to four marks on one letter (Unicode’s limit for identifiers), not five', () => {
    expect(parameterProblem(community, 'Ma\u0301\u0302\u0303\u0304th'.normalize('NFC'))).toBeNull();
    expect(parameterProblem(community, 'Ma\u0301\u0302\u0303\u0304\u0305th'.normalize('NFC'))).toBe(
      'stacks more than 4 accents or marks on one letter',
    );
  });

  it('counts an accent hidden in a precomposed letter, and refuses the same mark twice', () => {
    // "à" + U+0300 is a + U+0300 + U+0300 decomposed.
    expect(parameterProblem(community, '\u00e0\u0300')).toBe('repeats an accent or mark on one letter');
  });

  it('refuses a mark that follows no letter', () => {
    for (const value of ['\u0301a', 'Site 2\u0301', 'a \u0301b']) {
      expect(parameterProblem(community, value), JSON.stringify(value)).toBe(
        'contains characters that are not allowed',
      );
    }
  });

  it('asks for the composed form (NFC), which every caller gives after normalizeLinkValue', () => {
    expect(parameterProblem(community, 'E\u0301cole')).toBe('is not in Unicode’s composed form (NFC)');
    expect(parameterProblem(community, normalizeLinkValue('E\u0301cole'))).toBeNull();
  });
});

describe('parameterProblem: one script per value, so look-alikes cannot pass for another name', () => {
  it.each([
    ['Latin with a Cyrillic "а" (U+0430)', 'M\u0430th Dept', 'Latin', 'Cyrillic'],
    ['Cyrillic with a Latin "a"', 'Шкoла', 'Cyrillic', 'Latin'],
    ['Latin with a Greek "Ο" (U+039F)', 'Site \u039Fne', 'Latin', 'Greek'],
    ['Latin with Han', 'Math 数学', 'Latin', 'Han'],
    ['Latin with a Devanagari digit', 'Site ५', 'Latin', 'Devanagari'],
    ['Devanagari with Gurmukhi', 'हिन्दी ਪੰਜਾਬੀ', 'Devanagari', 'Gurmukhi'],
  ])('rejects %s, naming both scripts and saying why', (_what, value, first, second) => {
    const result = check([['community', value]]);
    expect(result.values).toEqual({});
    expect(inEnglish(result.problems)).toEqual([
      {
        name: 'community',
        label: community.label,
        message: `mixes the ${first} and ${second} scripts (look-alike letters can make one name pass for another); write it in one script`,
      },
    ]);
  });

  it('lets ASCII digits, spaces and the allowed punctuation go with any script', () => {
    for (const value of ['Школа 2', 'हिन्दी-2', 'Ελληνικά_3', 'サイト.2', 'Site 2']) {
      expect(parameterProblem(community, value), value).toBeNull();
    }
  });

  it('the link builder gives the same rule, the parameter named first', () => {
    const form = formValues(parameters, new Map([['community', 'M\u0430th Dept']]), {
      language: 'en',
      messages: linkScriptMessages.en,
    });
    expect(form.values).toEqual({});
    expect(form.problems.get('community')).toBe(
      'Community mixes the Latin and Cyrillic scripts (look-alike letters can make one name pass for another); write it in one script.',
    );
  });

  it('knows the script of every letter, mark and digit this engine’s Unicode data has', () => {
    const anyKnown = new RegExp(
      `[\\p{Script_Extensions=Common}\\p{Script_Extensions=Inherited}${knownScriptCodes()
        .map((code) => `\\p{Script_Extensions=${code}}`)
        .join('')}]`,
      'u',
    );
    const unknown: string[] = [];
    for (let codePoint = 0; codePoint <= 0x10ffff; codePoint++) {
      if (codePoint >= 0xd800 && codePoint <= 0xdfff) continue;
      const character = String.fromCodePoint(codePoint);
      if (/[\p{L}\p{M}\p{N}]/u.test(character) && !anyKnown.test(character)) unknown.push(codePoint.toString(16));
    }
    expect(unknown).toEqual([]);
    expect(knownScriptCodes().length).toBeGreaterThan(150);
  });
});

describe('checkLinkParameters: length, counted in characters (code points)', () => {
  const limit = community.maxLength;
  /** A letter outside the Basic Multilingual Plane: one code point, two UTF-16 code units. */
  const astralLetter = '\u{1D400}';

  it('accepts a value of exactly maxLength', () => {
    expect(check([['community', 'a'.repeat(limit)]]).values['community']).toHaveLength(limit);
  });

  it('rejects maxLength + 1 letters with a message giving the limit', () => {
    const result = check([['community', 'é'.repeat(limit + 1)]]);
    expect(inEnglish(result.problems)).toEqual([
      { name: 'community', label: community.label, message: `is longer than ${limit} characters` },
    ]);
    expect(result.values).toEqual({});
  });

  it('rejects maxLength + 1 emoji as too long (the length is checked before the characters)', () => {
    const emoji = '😀'.repeat(limit + 1);
    expect(emoji.length).toBe(2 * (limit + 1));
    expect(parameterProblem(community, emoji)).toBe(`is longer than ${limit} characters`);
  });

  it('counts a letter that needs two UTF-16 units as one character', () => {
    const atLimit = astralLetter.repeat(limit);
    expect(atLimit.length).toBe(2 * limit);
    expect(parameterProblem(community, atLimit)).toBeNull();
    expect(parameterProblem(community, astralLetter.repeat(limit + 1))).toBe(`is longer than ${limit} characters`);
  });

  it('measures the length after NFC normalisation', () => {
    const decomposed = 'e\u0301'.repeat(limit);
    expect([...decomposed]).toHaveLength(2 * limit);
    expect(check([['community', decomposed]]).values['community']).toBe('é'.repeat(limit));
    expect(
      check([['community', 'e\u0301'.repeat(limit + 1)]]).problems.map((p) => valueProblemText(p.problem)),
    ).toEqual([`is longer than ${limit} characters`]);
  });

  it('applies each parameter’s own limit', () => {
    for (const parameter of parameters) {
      expect(parameterProblem(parameter, 'A'.repeat(parameter.maxLength)), parameter.name).toBeNull();
      expect(parameterProblem(parameter, 'A'.repeat(parameter.maxLength + 1)), parameter.name).toBe(
        `is longer than ${parameter.maxLength} characters`,
      );
    }
  });
});

describe('parameterProblem: the pattern is wrapped so it cannot be escaped', () => {
  const alternation: LinkParameter = {
    name: 'group',
    label: 'Group',
    description: 'A pattern with an alternation whose anchors bind to one alternative each.',
    pattern: '^[a-z]+|<b>$',
    maxLength: 40,
  };

  it('the unwrapped pattern would let markup through (so the next test means something)', () => {
    expect(new RegExp(alternation.pattern, 'u').test('abc<script>')).toBe(true);
  });

  it('rejects input that only one anchored alternative matches a prefix of', () => {
    expect(parameterProblem(alternation, 'abc<script>')).toBe('contains characters that are not allowed');
    expect(parameterProblem(alternation, '<script><b>')).toBe('contains characters that are not allowed');
  });

  it('still accepts a whole match of either alternative', () => {
    expect(parameterProblem(alternation, 'abc')).toBeNull();
    expect(parameterProblem(alternation, '<b>')).toBeNull();
  });
});

/** The value a pattern written with \p{L} is matched against: each letter without the combining marks on it. */
const withoutMarks = (parameter: LinkParameter, value: string) =>
  parameter.pattern.includes('\\p{L}') ? value.replace(/(\p{L})\p{M}+/gu, '$1') : value;

describe('property: an accepted value matches its pattern (letters taking their marks) and holds no markup', () => {
  const hostileUnit = fc.constantFrom(
    'a',
    'Z',
    'É',
    'ß',
    '7',
    ' ',
    '-',
    '.',
    '_',
    "'",
    '’',
    '<',
    '>',
    '"',
    '&',
    '/',
    ':',
    '=',
    '\u202E',
    '\u200D',
    '\u0000',
    '\n',
    '\t',
    '\u0301',
    '\u0307',
    '\u093F',
    'ह',
    'а',
    'Ο',
    '数',
    'サ',
    '😀',
    '\u{1D400}',
  );
  const anyString = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 100 }),
    fc.string({ unit: hostileUnit, maxLength: 100 }),
  );

  it.each(parameters.map((parameter) => [parameter.name, parameter] as const))('%s', (_name, parameter) => {
    fc.assert(
      fc.property(anyString, (value) => {
        const problem = parameterProblem(parameter, value);
        if (problem !== null) return;
        expect(new RegExp(parameter.pattern, 'u').test(withoutMarks(parameter, value))).toBe(true);
        expect(value).toBe(value.normalize('NFC'));
        expect(value).not.toMatch(MARKUP);
        expect([...value].length).toBeLessThanOrEqual(parameter.maxLength);
        const scripts = ['Latin', 'Cyrillic', 'Greek', 'Devanagari', 'Han'].filter((script) =>
          new RegExp(`\\p{Script=${script}}`, 'u').test(value),
        );
        expect(scripts.length, `${JSON.stringify(value)} mixes ${scripts.join(', ')}`).toBeLessThanOrEqual(1);
      }),
      { numRuns: 500 },
    );
  });

  it('checkLinkParameters passes on only such values, or reports the parameter', () => {
    fc.assert(
      fc.property(fc.constantFrom(...parameters), anyString, (parameter, value) => {
        const result = checkLinkParameters(parameters, query([[parameter.name, value]]));
        const accepted = result.values[parameter.name];
        if (accepted === undefined) {
          expect(result.problems.map((p) => p.name)).toEqual([parameter.name]);
        } else {
          expect(result.problems).toEqual([]);
          expect(accepted).toBe(value.normalize('NFC').trim());
          expect(new RegExp(parameter.pattern, 'u').test(withoutMarks(parameter, accepted))).toBe(true);
          expect(accepted).not.toMatch(MARKUP);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('each problem worded in the page’s language', () => {
  const spanish = valueProblemMessages.es;
  const cases: readonly [string, string, ValueProblem, string, string][] = [
    ['empty', '', { kind: 'empty' }, 'is empty', 'el valor está vacío'],
    [
      'too long',
      'a'.repeat(community.maxLength + 1),
      { kind: 'too-long', max: community.maxLength },
      `is longer than ${community.maxLength} characters`,
      `el valor tiene más de ${community.maxLength} caracteres`,
    ],
    [
      'not composed',
      'E\u0301cole',
      { kind: 'not-composed' },
      'is not in Unicode’s composed form (NFC)',
      'el valor no está en la forma compuesta de Unicode (NFC)',
    ],
    [
      'not allowed',
      '<b>x</b>',
      { kind: 'not-allowed' },
      'contains characters that are not allowed',
      'el valor contiene caracteres no permitidos',
    ],
    [
      'too many marks',
      'Ma\u0301\u0302\u0303\u0304\u0305th'.normalize('NFC'),
      { kind: 'too-many-marks', max: 4 },
      'stacks more than 4 accents or marks on one letter',
      'el valor acumula más de 4 acentos o marcas sobre una letra',
    ],
    [
      'a repeated mark',
      '\u00e0\u0300',
      { kind: 'repeated-mark' },
      'repeats an accent or mark on one letter',
      'el valor repite un acento o una marca sobre una letra',
    ],
    [
      'mixed scripts',
      'M\u0430th Dept',
      { kind: 'mixed-scripts', first: 'Latn', second: 'Cyrl' },
      'mixes the Latin and Cyrillic scripts (look-alike letters can make one name pass for another); write it in one script',
      'el valor mezcla los sistemas de escritura latino y cirílico (con letras parecidas, un nombre puede pasar por otro); escríbalo en un solo sistema de escritura',
    ],
  ];

  it.each(cases)(
    '%s: found with its values, English as before, Spanish with the same values',
    (_, value, problem, en, es) => {
      expect(valueProblem(community, value)).toEqual(problem);
      expect(parameterProblem(community, value)).toBe(en);
      expect(valueProblemText(problem, valueProblemMessages.en, 'en')).toBe(en);
      expect(valueProblemText(problem, spanish, 'es')).toBe(es);
    },
  );

  it('a parameter given twice and a bad session code, in Spanish', () => {
    expect(valueProblemText({ kind: 'given-twice' }, spanish, 'es')).toBe('aparece más de una vez en el enlace');
    expect(valueProblemText({ kind: 'not-session-code' }, spanish, 'es')).toMatch(
      /^el valor no es un código de sesión/,
    );
  });

  it('the Spanish link builder words a field’s and a list line’s problem in Spanish, naming the limit', () => {
    const words = { language: 'es' as const, messages: linkScriptMessages.es };
    const long = 'a'.repeat(community.maxLength + 1);
    const form = formValues(parameters, new Map([['community', long]]), words);
    expect(form.problems.get('community')).toBe(
      `${community.label}: el valor tiene más de ${community.maxLength} caracteres.`,
    );
    const instrument = instrumentChoice(
      { id: 'x', title: 'X', languages: ['es'], parameters },
      (language) => `/${language}/x/`,
    );
    const batch = buildBatch(
      'https://example.org',
      { instrument, language: 'es' },
      'code',
      { values: {}, problems: new Map() },
      '<b>x</b>',
      words,
    );
    expect(batch.reports.map((report) => report.text)).toEqual([
      'Línea 1: “<b>x</b>” quedó fuera porque el valor contiene caracteres no permitidos.',
    ]);
  });
});
