import type { ResponseScale } from './types.ts';

/** "Don't know / not applicable": recorded under this value, never averaged. */
export const NOT_APPLICABLE = 'na';
export const NOT_APPLICABLE_LABEL = 'Don’t know / not applicable';

export const scales = [
  {
    id: 'agreement-5',
    kind: 'ordinal',
    options: [
      { value: 1, label: 'Strongly disagree' },
      { value: 2, label: 'Disagree' },
      { value: 3, label: 'Neither agree nor disagree' },
      { value: 4, label: 'Agree' },
      { value: 5, label: 'Strongly agree' },
    ],
  },
  {
    id: 'cop-role',
    kind: 'nominal',
    options: [
      { value: 'member', label: 'Member' },
      { value: 'facilitator', label: 'Facilitator or coordinator of the community' },
      { value: 'coach', label: 'Coach or outside support' },
      { value: 'leader', label: 'Leader or administrator' },
      { value: 'other', label: 'Other' },
    ],
  },
  {
    id: 'organization-role',
    kind: 'nominal',
    options: [
      { value: 'member', label: 'Staff member or community member' },
      { value: 'leader', label: 'Leader or administrator' },
      { value: 'coach', label: 'Coach or professional-learning provider' },
      { value: 'other', label: 'Other' },
    ],
  },
  {
    id: 'tenure',
    kind: 'nominal',
    options: [
      { value: 'lt6m', label: 'Less than 6 months' },
      { value: '6-12m', label: '6 to 12 months' },
      { value: '1-3y', label: '1 to 3 years' },
      { value: 'gt3y', label: 'More than 3 years' },
    ],
  },
  {
    id: 'participation-frequency',
    kind: 'nominal',
    options: [
      { value: 'weekly', label: 'Every week or more' },
      { value: 'monthly', label: 'About once or twice a month' },
      { value: 'occasionally', label: 'A few times a term or season' },
      { value: 'rarely', label: 'Rarely' },
    ],
  },
] as const satisfies readonly ResponseScale[];
