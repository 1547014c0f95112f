import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkLinkParameters, parameterProblem } from '../../src/instruments/link-parameters.ts';
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
    expect(result.problems).toEqual([
      { name: 'community', label: community.label, message: expect.stringMatching(/more than once/) },
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
      expect(result.problems).toEqual([{ name: 'site', label: site.label, message: 'is empty' }]);
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
    ['a combining mark with no composed form (q + U+0307)', 'Math q\u0307'],
    ['a stack of combining marks (Zalgo)', 'Ma\u0301\u0302\u0303\u0304th'],
    ['a leading combining mark', '\u0301Math'],
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
      expect(result.problems).toEqual([{ name, label: parameter.label, message: expect.any(String) }]);
      expect(result.values).not.toHaveProperty(name);
      expect(Object.values(result.values)).toEqual(['2']);
      expect(JSON.stringify(result.values)).not.toContain(value.trim());
    });
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

describe('checkLinkParameters: length, counted in characters (code points)', () => {
  const limit = community.maxLength;
  /** A letter outside the Basic Multilingual Plane: one code point, two UTF-16 code units. */
  const astralLetter = '\u{1D400}';

  it('accepts a value of exactly maxLength', () => {
    expect(check([['community', 'a'.repeat(limit)]]).values['community']).toHaveLength(limit);
  });

  it('rejects maxLength + 1 letters with a message giving the limit', () => {
    const result = check([['community', 'é'.repeat(limit + 1)]]);
    expect(result.problems).toEqual([
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
    expect(check([['community', 'e\u0301'.repeat(limit + 1)]]).problems.map((p) => p.message)).toEqual([
      `is longer than ${limit} characters`,
    ]);
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

describe('property: an accepted value matches its pattern and holds no markup', () => {
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
        expect(new RegExp(parameter.pattern, 'u').test(value)).toBe(true);
        expect(value).not.toMatch(MARKUP);
        expect([...value].length).toBeLessThanOrEqual(parameter.maxLength);
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
          expect(new RegExp(parameter.pattern, 'u').test(accepted)).toBe(true);
          expect(accepted).not.toMatch(MARKUP);
        }
      }),
      { numRuns: 500 },
    );
  });
});
