import { inLanguage, type Localized } from './languages.ts';
import type { Band } from './types.ts';

/**
 * Descriptive bands of a construct mean on the 1–5 agreement scale. They name a range so results are easy
 * to read; they are not norms, targets or grades.
 */
export const descriptiveBandSource: readonly Band<Localized>[] = [
  {
    id: 'emerging',
    label: { en: 'Emerging' },
    min: 1,
    meaning: { en: 'As respondents see it, few of the signs these questions describe are in place yet.' },
  },
  {
    id: 'developing',
    label: { en: 'Developing' },
    min: 2.5,
    meaning: {
      en: 'Some of the signs these questions describe are in place, while others are partial or still forming.',
    },
  },
  {
    id: 'established',
    label: { en: 'Established' },
    min: 3.5,
    meaning: { en: 'As respondents see it, most of the signs these questions describe are clearly in place.' },
  },
];
export const descriptiveBands = inLanguage(descriptiveBandSource, 'en');
