import { describe, expect, it } from 'vitest';
import {
  checkLinkParameters,
  checkSessionParameter,
  sessionCodeProblem,
  SESSION_LABEL,
  SESSION_PARAMETER,
  valueProblemText,
  type ValueProblem,
} from '../../src/instruments/link-parameters.ts';
import { distributionParameters } from '../../src/instruments/parameters.ts';

const CODE = 'AbCdEfGhIjKlMnOpQr_-09';
const query = (entries: readonly (readonly [string, string])[]) => {
  const params = new URLSearchParams();
  for (const [name, value] of entries) params.append(name, value);
  return params;
};
const problem = (reason: ValueProblem) => ({ name: SESSION_PARAMETER, label: SESSION_LABEL, problem: reason });

describe('checkSessionParameter', () => {
  it('finds no session in a link without one', () => {
    expect(checkSessionParameter(query([['community', 'Maths team']]))).toEqual({ session: null, problem: null });
  });

  it('accepts a 22-character base64url code, trimmed as other link values are', () => {
    expect(checkSessionParameter(query([['session', CODE]]))).toEqual({ session: CODE, problem: null });
    expect(checkSessionParameter(query([['session', ` ${CODE}\n`]]))).toEqual({ session: CODE, problem: null });
  });

  it('reads the code from a real link, percent-encoding and all', () => {
    const link = new URL(`https://example.org/instruments/x/?community=Maths%20team&session=${CODE}`);
    expect(checkSessionParameter(link.searchParams).session).toBe(CODE);
  });

  it.each([
    ['cut short', CODE.slice(0, 21)],
    ['too long', `${CODE}A`],
    ['standard base64', 'AbCdEfGhIjKlMnOpQr+/09'],
    ['markup', '<img src=x onerror=1>aa'],
    ['a space inside', 'AbCdEfGhIjK MnOpQr_-09'],
    ['a non-ASCII letter', 'ÀbCdEfGhIjKlMnOpQr_-09'],
  ])('reports a code that is %s, names the parameter and passes nothing on', (_, value) => {
    const result = checkSessionParameter(query([['session', value]]));
    expect(result.session).toBeNull();
    expect(result.problem).toEqual(problem(sessionCodeProblem(value)!));
    expect(valueProblemText(result.problem!.problem)).toMatch(/not a team session code/);
  });

  it('reports an empty code', () => {
    expect(checkSessionParameter(query([['session', '  ']]))).toEqual({
      session: null,
      problem: problem({ kind: 'empty' }),
    });
  });

  it('reports a code given twice, even when both are valid, and uses neither', () => {
    expect(
      checkSessionParameter(
        query([
          ['session', CODE],
          ['session', CODE],
        ]),
      ),
    ).toEqual({ session: null, problem: problem({ kind: 'given-twice' }) });
  });

  it('is no instrument parameter: the instrument’s check ignores it, so it never enters params or the hash', () => {
    const result = checkLinkParameters(
      distributionParameters,
      query([
        ['community', 'Maths team'],
        ['session', CODE],
      ]),
    );
    expect(result).toEqual({ values: { community: 'Maths team' }, problems: [] });
  });
});
