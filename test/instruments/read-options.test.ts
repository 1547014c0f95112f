import { describe, expect, it } from 'vitest';
import { readableHashes } from '../../src/instruments/hash.ts';
import { readResponses } from '../../src/instruments/responses.ts';
import { model } from '../../src/instruments/source-model.ts';

const csv = { name: 'rows.csv', text: 'dom_01,dom_02\n4,5\n' };

describe('a row that does not name its instrument', () => {
  it('tells a command-line user which option names it', async () => {
    const { rejected } = readResponses([csv], await readableHashes(), { within: model });
    expect(rejected[0]!.reason).toMatch(/pass --instrument to name one\)$/);
  });

  it('tells a browser user what to do in their own tool’s words', async () => {
    const { rejected } = readResponses([csv], await readableHashes(), {
      within: model,
      nameInstrument: 'choose one above',
    });
    expect(rejected[0]!.reason).toMatch(/; choose one above\)$/);
    expect(rejected[0]!.reason).not.toContain('--instrument');
  });
});
