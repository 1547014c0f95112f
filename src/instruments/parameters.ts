import { inLanguage, type Localized } from './languages.ts';
import type { LinkParameter } from './types.ts';

/**
 * Link parameters shared by the instruments. Letters (any script), digits, spaces and a few joiners:
 * enough for "Math Dept – Site 2", "Écoles Nord" or "हिन्दी विभाग", nothing that could be markup. Written with
 * `\p{L}`, the pattern also takes a letter's combining marks (Devanagari vowel signs, accents without a
 * precomposed form), and parameterProblem adds the rule every value follows: one script, marks not stacked.
 * The pattern text is part of each instrument's published content (and its hash), so that rule lives in code.
 */
/**
 * What the analysis groups responses by besides their link parameters (see analysis.ts groupingOptions): a link
 * parameter of one of these names would be a second grouping of the same name, so none may take them.
 */
export const BUILT_IN_GROUPINGS: readonly string[] = ['role', 'language'];

const label = "^[\\p{L}\\p{N}][\\p{L}\\p{N} ._'’–-]*$";

export const distributionParameterSource = [
  {
    name: 'community',
    label: { en: 'Community', es: 'Comunidad' },
    description: {
      en: 'The community of practice the response belongs to.',
      es: 'La comunidad de práctica a la que corresponde la respuesta.',
    },
    pattern: label,
    maxLength: 80,
  },
  {
    name: 'site',
    label: { en: 'Site', es: 'Sede' },
    description: { en: 'The school, campus or site.', es: 'La escuela, el campus o la sede.' },
    pattern: label,
    maxLength: 80,
  },
  {
    name: 'wave',
    label: { en: 'Wave', es: 'Ronda' },
    description: {
      en: 'The round of data collection, e.g. 2026-fall or 2.',
      es: 'La ronda de recolección de datos, por ejemplo, 2026-fall o 2.',
    },
    pattern: '^[A-Za-z0-9][A-Za-z0-9._-]*$',
    maxLength: 20,
  },
  {
    name: 'code',
    label: { en: 'Respondent code', es: 'Código de participante' },
    description: {
      en: 'A code the researcher assigned, so waves can be linked without names.',
      es: 'Un código asignado por el equipo de investigación, para poder vincular las rondas sin usar nombres.',
    },
    pattern: '^[A-Za-z0-9][A-Za-z0-9_-]*$',
    maxLength: 32,
  },
] as const satisfies readonly LinkParameter<Localized>[];
export const distributionParameters = inLanguage(distributionParameterSource, 'en');
