import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findInstrument, itemsOf } from '../../src/instruments/model.ts';
import { model } from '../../src/instruments/source-model.ts';

const essays = new URL('../../src/content/essays/', import.meta.url);
const essayExists = (slug: string) =>
  ['.mdx', '.md'].some((extension) => existsSync(new URL(`${slug}${extension}`, essays)));

const constructCases = model.constructs.map((construct) => [construct.id, construct] as const);
const stageCases = model.stages.map((stage) => [stage.id, stage] as const);
const organizational = constructCases.filter(([, construct]) => construct.element === 'organization');

describe('constructs', () => {
  it.each(constructCases)('%s has 2 or 3 discussion prompts', (_id, construct) => {
    expect(construct.prompts.length).toBeGreaterThanOrEqual(2);
    expect(construct.prompts.length).toBeLessThanOrEqual(3);
    for (const prompt of construct.prompts) expect(prompt.trim()).not.toBe('');
  });

  it('include organizational factors', () => {
    expect(organizational.length).toBeGreaterThan(0);
  });

  it.each(organizational)('%s suggests first moves', (_id, construct) => {
    expect(construct.firstMoves?.length ?? 0).toBeGreaterThan(0);
    for (const move of construct.firstMoves ?? []) expect(move.trim()).not.toBe('');
  });

  it.each(constructCases)('%s links to an essay that exists', (_id, construct) => {
    expect(essayExists(construct.essay), construct.essay).toBe(true);
  });
});

describe('stages', () => {
  it.each(stageCases)('%s has a tension, at least 2 prompts and at least 2 things to avoid', (_id, stage) => {
    expect(stage.tension.trim()).not.toBe('');
    expect(stage.prompts.length).toBeGreaterThanOrEqual(2);
    expect(stage.avoid.length).toBeGreaterThanOrEqual(2);
    for (const text of [...stage.prompts, ...stage.avoid]) expect(text.trim()).not.toBe('');
  });

  it.each(stageCases)('%s links to an essay that exists', (_id, stage) => {
    expect(essayExists(stage.essay), stage.essay).toBe(true);
  });
});

describe('the constructs new in version 2 of the self-assessment', () => {
  const selfAssessment = findInstrument('cop-self-assessment', model);
  const itemsOfConstruct = (id: string) =>
    itemsOf(selfAssessment).filter((item) => item.kind === 'scored' && item.construct === id);

  it.each(['collective-efficacy', 'value-creation'])('%s is a construct measured by 4 to 6 items', (id) => {
    expect(model.constructs.some((construct) => construct.id === id)).toBe(true);
    expect(itemsOfConstruct(id).length).toBeGreaterThanOrEqual(4);
    expect(itemsOfConstruct(id).length).toBeLessThanOrEqual(6);
  });

  it('measures collective efficacy with at least one reverse-keyed item', () => {
    expect(itemsOfConstruct('collective-efficacy').some((item) => item.kind === 'scored' && item.reverse)).toBe(true);
  });
});
