import { inLanguage, type Localized } from './languages.ts';
import type { Band } from './types.ts';

/**
 * Descriptive bands of a construct mean on the 1–5 agreement scale. They name a range so results are easy
 * to read; they are not norms, targets or grades.
 */
export const descriptiveBandSource: readonly Band<Localized>[] = [
  {
    id: 'emerging',
    label: { en: 'Emerging', es: 'Incipiente' },
    min: 1,
    meaning: {
      en: 'As respondents see it, few of the signs these questions describe are in place yet.',
      es: 'Según lo que perciben quienes respondieron, todavía están presentes pocas de las señales que describen estas preguntas.',
    },
  },
  {
    id: 'developing',
    label: { en: 'Developing', es: 'En desarrollo' },
    min: 2.5,
    meaning: {
      en: 'Some of the signs these questions describe are in place, while others are partial or still forming.',
      es: 'Algunas de las señales que describen estas preguntas están presentes, mientras que otras son parciales o todavía se están formando.',
    },
  },
  {
    id: 'established',
    label: { en: 'Established', es: 'Consolidado' },
    min: 3.5,
    meaning: {
      en: 'As respondents see it, most of the signs these questions describe are clearly in place.',
      es: 'Según lo que perciben quienes respondieron, la mayoría de las señales que describen estas preguntas están claramente presentes.',
    },
  },
];
export const descriptiveBands = inLanguage(descriptiveBandSource, 'en');
