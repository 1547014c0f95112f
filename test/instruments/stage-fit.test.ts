import { describe, expect, it } from 'vitest';
import { constructsOf, findInstrument } from '../../src/instruments/model.ts';
import { model } from '../../src/instruments/source-model.ts';
import { fitFor, MISMATCH_BELOW } from '../../src/instruments/stage-fit.ts';
import { stageFit } from '../../src/instruments/stage-fit-source.ts';
import type { StageId } from '../../src/instruments/types.ts';

const readiness = findInstrument('organizational-readiness', model);
const measuredByReadiness = new Set(constructsOf(readiness, model).map((construct) => construct.id));
const stageIds = model.stages.map((stage) => stage.id);

/** Every factor the readiness instrument measures at `mean`, except the ones given. */
const scoresAt = (mean: number | null, given: Record<string, number | null> = {}) =>
  [...measuredByReadiness].map((construct) => ({ construct, mean: construct in given ? given[construct]! : mean }));

describe('the stage fit table', () => {
  it('has one row for every stage, in the stages’ order', () => {
    expect(stageFit.map((row) => row.stage)).toEqual(stageIds);
  });

  it('names only organizational factors the readiness instrument measures', () => {
    for (const row of stageFit) {
      for (const { construct } of [...row.priorities, ...row.mismatches]) {
        const known = model.constructs.find((each) => each.id === construct);
        expect(known, `${row.stage} › ${construct}`).toBeDefined();
        expect(known!.element, `${row.stage} › ${construct}`).toBe('organization');
        expect(measuredByReadiness.has(construct), `${row.stage} › ${construct}`).toBe(true);
      }
    }
  });

  it('gives every row priorities with reasons, mismatch flags and sources', () => {
    for (const row of stageFit) {
      expect(row.priorities.length, row.stage).toBeGreaterThan(0);
      expect(row.mismatches.length, row.stage).toBeGreaterThan(0);
      expect(row.sources.length, row.stage).toBeGreaterThan(0);
      for (const { why } of row.priorities) expect(why.trim(), row.stage).not.toBe('');
      for (const { flag } of row.mismatches) expect(flag.trim(), row.stage).not.toBe('');
    }
  });

  it('names each factor at most once among a stage’s priorities and at most once among its mismatches', () => {
    for (const row of stageFit) {
      const priorities = row.priorities.map((p) => p.construct);
      const mismatches = row.mismatches.map((m) => m.construct);
      expect(new Set(priorities).size, row.stage).toBe(priorities.length);
      expect(new Set(mismatches).size, row.stage).toBe(mismatches.length);
    }
  });
});

describe('fitFor', () => {
  it('flags a mismatch below the agreement midpoint', () => {
    expect(MISMATCH_BELOW).toBe(3);
  });

  it.each(stageIds)('flags every %s mismatch at a mean of 2.9 and none at 3.0', (stage) => {
    const row = stageFit.find((each) => each.stage === stage)!;
    expect(fitFor(stage, scoresAt(2.9), model.stageFit).mismatches).toEqual(
      row.mismatches.map((m) => ({ ...m, mean: 2.9 })),
    );
    expect(fitFor(stage, scoresAt(3), model.stageFit).mismatches).toEqual([]);
  });

  it('flags only the factor that is low', () => {
    const row = stageFit.find((each) => each.stage === 'coalescing')!;
    const low = row.mismatches[0]!.construct;
    expect(fitFor('coalescing', scoresAt(4, { [low]: 2 }), model.stageFit).mismatches).toEqual([
      { ...row.mismatches[0]!, mean: 2 },
    ]);
  });

  it('flags no mismatch for a factor that could not be scored or was not asked', () => {
    expect(fitFor('maturing', scoresAt(null), model.stageFit).mismatches).toEqual([]);
    expect(fitFor('maturing', [], model.stageFit).mismatches).toEqual([]);
  });

  it('gives each priority with its factor’s mean, or null when there is none', () => {
    const report = fitFor('stewardship', scoresAt(3.5), model.stageFit);
    const row = stageFit.find((each) => each.stage === 'stewardship')!;
    expect(report.priorities).toEqual(row.priorities.map((p) => ({ ...p, mean: 3.5 })));
    expect(fitFor('stewardship', [], model.stageFit).priorities.every((p) => p.mean === null)).toBe(true);
    expect(report.sources).toEqual(row.sources);
    expect(report.stage).toBe('stewardship');
  });

  it('throws for a stage the table does not know', () => {
    expect(() => fitFor('adolescence' as StageId, scoresAt(2), model.stageFit)).toThrow(/"adolescence"/);
  });
});
