import { describe, expect, it } from 'vitest';
import { essaySchema } from '../../src/content/essay-schema.ts';

const valid = {
  title: 'A title',
  summary: 'A summary that is long enough to describe the essay.',
  authors: ['Cultivate editors'],
  date: '2026-11-22',
  purpose: 'understand',
  order: 1,
  references: ['wenger-1998'],
  stages: ['maturing'],
  elements: ['domain'],
  constructs: ['shared-domain'],
};

function issuesFor(data: Record<string, unknown>) {
  const result = essaySchema.safeParse(data);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
}

describe('essay frontmatter', () => {
  it('accepts a complete essay and fills defaults', () => {
    const parsed = essaySchema.parse({ ...valid, tags: undefined });
    expect(parsed.date).toBeInstanceOf(Date);
    expect(parsed.tags).toEqual([]);
  });

  it.each(['title', 'summary', 'authors', 'date', 'order'])('names the missing field %s', (field) => {
    const { [field]: _removed, ...rest } = valid as Record<string, unknown>;
    expect(issuesFor(rest)).toContain(field);
  });

  it.each([
    ['references', ['nobody-2020'], 'references.0'],
    ['stages', ['adolescent'], 'stages.0'],
    ['elements', ['vibes'], 'elements.0'],
    ['constructs', ['no-such-construct'], 'constructs.0'],
    ['order', 0, 'order'],
    ['date', 'not a date', 'date'],
    ['summary', 'short', 'summary'],
  ])('rejects a bad %s and names where', (field, value, path) => {
    expect(issuesFor({ ...valid, [field]: value })).toEqual([path]);
  });
});
