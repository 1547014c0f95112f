import { z } from 'astro/zod';
import { workKeys } from './bibliography.ts';
import { constructIds, elementIds, stageIds } from '../instruments/framework.ts';

/** Zod wants a non-empty tuple of literals; the model's id lists are exactly that. */
const oneOf = <T extends string>(ids: readonly T[]) => z.enum(ids as [T, ...T[]]);

/**
 * Frontmatter of an essay. Kept outside content.config.ts so unit tests can check it
 * (getCollection() is empty under Vitest).
 */
export const essaySchema = z.object({
  /** Page title and the heading of the essay. */
  title: z.string().min(1),
  /** One or two sentences for the essays index, search results and the meta description. */
  summary: z.string().min(20).max(300),
  /** Names as they should be printed. */
  authors: z.array(z.string().min(1)).min(1),
  /** Date of first publication (YYYY-MM-DD). */
  date: z.coerce.date(),
  /** Free keywords shown on the page and used as a search filter. */
  tags: z.array(z.string().min(1)).default([]),
  /** Framework elements the essay discusses; each becomes a search filter value. */
  elements: z.array(oneOf(elementIds)).default([]),
  /** Development stages the essay discusses. */
  stages: z.array(oneOf(stageIds)).default([]),
  /** Constructs the essay discusses: listed on each construct's page. */
  constructs: z.array(oneOf(constructIds)).default([]),
  /** What a reader comes to it for: the essays index groups essays under these (essayPurposes). */
  purpose: z.enum(['understand', 'start', 'sustain', 'assess']),
  /** Position in the suggested reading order (1 first); drives previous/next links. */
  order: z.number().int().positive(),
  /** Bibliography keys of the works cited, in the order the reference list should show them. */
  references: z.array(z.enum(workKeys)).default([]),
});

/** The essays index's groups, in the order a reader meets them, with the heading and line each shows. */
export const essayPurposes = [
  {
    id: 'understand',
    heading: 'Understand',
    lead: 'What communities of practice are, how they grow and how they differ from their cousins.',
  },
  {
    id: 'start',
    heading: 'Start',
    lead: 'Finding a domain and first members, and the people who keep a community going.',
  },
  {
    id: 'sustain',
    heading: 'Sustain',
    lead: 'Keeping a community alive: design, leadership, support, participation and the organization around it.',
  },
  {
    id: 'assess',
    heading: 'Assess',
    lead: 'Seeing where a community stands and what it creates, with the instruments and with stories.',
  },
] as const;
