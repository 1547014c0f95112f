import { describe, expect, it } from 'vitest';
import { joinHyphenValues } from '../../scripts/cli.ts';

const options = {
  session: { type: 'string' },
  'facilitator-token': { type: 'string' },
  out: { type: 'string', short: 'o' },
  pool: { type: 'boolean' },
} as const;

describe('command-line values that begin with a hyphen', () => {
  it('are taken as the value of the option before them (a base64url code or token may begin with "-")', () => {
    expect(joinHyphenValues(['close', '--session', '-Ab_c', '--facilitator-token', '--x9'], options)).toEqual([
      'close',
      '--session=-Ab_c',
      '--facilitator-token=--x9',
    ]);
  });

  it('leave an option that follows a value-taking option alone, so a forgotten value is still reported', () => {
    for (const args of [
      ['--session', '--pool'],
      ['--session', '--out=x'],
      ['--session', '-o'],
      ['--session', '-h'],
      ['--session', '--'],
    ]) {
      expect(joinHyphenValues(args, options)).toEqual(args);
    }
  });

  it('leave flags, values already joined and ordinary values as they are', () => {
    const args = ['--pool', '-x', '--session=-a', '--out', 'file.csv', 'data.ndjson'];
    expect(joinHyphenValues(args, options)).toEqual(args);
  });
});
