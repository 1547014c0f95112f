import type { LinkParameter } from './types.ts';

/**
 * Link parameters shared by the instruments. Letters (any script), digits, spaces and a few joiners:
 * enough for "Math Dept – Site 2", "Écoles Nord" or "हिन्दी विभाग", nothing that could be markup. Written with
 * `\p{L}`, the pattern also takes a letter's combining marks (Devanagari vowel signs, accents without a
 * precomposed form), and parameterProblem adds the rule every value follows: one script, marks not stacked.
 * The pattern text is part of each instrument's published content (and its hash), so that rule lives in code.
 */
const label = "^[\\p{L}\\p{N}][\\p{L}\\p{N} ._'’–-]*$";

export const distributionParameters = [
  {
    name: 'community',
    label: 'Community',
    description: 'The community of practice the response belongs to.',
    pattern: label,
    maxLength: 80,
  },
  {
    name: 'site',
    label: 'Site',
    description: 'The school, campus or site.',
    pattern: label,
    maxLength: 80,
  },
  {
    name: 'wave',
    label: 'Wave',
    description: 'The round of data collection, e.g. 2026-fall or 2.',
    pattern: '^[A-Za-z0-9][A-Za-z0-9._-]*$',
    maxLength: 20,
  },
  {
    name: 'code',
    label: 'Respondent code',
    description: 'A code the researcher assigned, so waves can be linked without names.',
    pattern: '^[A-Za-z0-9][A-Za-z0-9_-]*$',
    maxLength: 32,
  },
] as const satisfies readonly LinkParameter[];
