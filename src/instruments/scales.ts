import { inLanguage, type Localized } from './languages.ts';
import type { NonResponseId, ResponseScale } from './types.ts';

/** Version 1's one "don't know / not applicable": recorded under this value, never averaged. */
export const NOT_APPLICABLE = 'na';
export const notApplicableLabelSource: Localized = { en: 'Don’t know / not applicable' };
export const NOT_APPLICABLE_LABEL = notApplicableLabelSource.en;

/**
 * Version 1's "na" as CSV exports write it: a number, because one text cell in a column makes SPSS, Stata and R
 * read the whole column as text. Readers map it back to "na" on the items that offer the combined answer.
 */
export const NOT_APPLICABLE_CODE = -7;
export const NOT_APPLICABLE_CODE_LABEL = 'Don’t know / not applicable (version 1)';

/** An answer as a CSV export writes it: version 1's "na" as its numeric code, everything else as it is. */
export const csvAnswer = (value: number | string): number | string =>
  value === NOT_APPLICABLE ? NOT_APPLICABLE_CODE : value;

/**
 * Later versions tell "don't know" from "not applicable": "there are no coaches here" is a finding, "I cannot
 * see it" is missing. Negative numbers, as SPSS and Stata conventions use, keep every answer column numeric.
 */
export const nonResponseSource = [
  { id: 'dont-know', value: -8, label: { en: 'Don’t know' } },
  { id: 'not-applicable', value: -9, label: { en: 'Does not apply here' } },
] as const satisfies readonly { id: NonResponseId; value: number; label: Localized }[];
export const nonResponses = inLanguage(nonResponseSource, 'en');

/** Whether an answer is one of the non-response codes (or version 1's "na"): recorded, never scored. */
export const isNonResponse = (value: unknown): boolean =>
  value === NOT_APPLICABLE || nonResponses.some((code) => code.value === value);

/** An answer as a value on its scale, or null for no answer, a non-response code or a category. */
export const scaleValue = (value: unknown): number | null =>
  typeof value === 'number' && !isNonResponse(value) ? value : null;

export const scaleSource = [
  {
    id: 'agreement-5',
    kind: 'ordinal',
    options: [
      { value: 1, label: { en: 'Strongly disagree' } },
      { value: 2, label: { en: 'Disagree' } },
      { value: 3, label: { en: 'Neither agree nor disagree' } },
      { value: 4, label: { en: 'Agree' } },
      { value: 5, label: { en: 'Strongly agree' } },
    ],
  },
  {
    id: 'cop-role',
    kind: 'nominal',
    options: [
      { value: 'member', label: { en: 'Member' } },
      { value: 'facilitator', label: { en: 'Facilitator or coordinator of the community' } },
      { value: 'coach', label: { en: 'Coach or outside support' } },
      { value: 'leader', label: { en: 'Leader or administrator' } },
      { value: 'other', label: { en: 'Other' } },
    ],
  },
  {
    id: 'organization-role',
    kind: 'nominal',
    options: [
      { value: 'member', label: { en: 'Staff member or community member' } },
      { value: 'leader', label: { en: 'Leader or administrator' } },
      { value: 'coach', label: { en: 'Coach or professional-learning provider' } },
      { value: 'other', label: { en: 'Other' } },
    ],
  },
  {
    id: 'tenure',
    kind: 'nominal',
    options: [
      { value: 'lt6m', label: { en: 'Less than 6 months' } },
      { value: '6-12m', label: { en: '6 to 12 months' } },
      { value: '1-3y', label: { en: '1 to 3 years' } },
      { value: 'gt3y', label: { en: 'More than 3 years' } },
    ],
  },
  {
    id: 'participation-frequency',
    kind: 'nominal',
    options: [
      { value: 'weekly', label: { en: 'Every week or more' } },
      { value: 'monthly', label: { en: 'About once or twice a month' } },
      { value: 'occasionally', label: { en: 'A few times a term or season' } },
      { value: 'rarely', label: { en: 'Rarely' } },
    ],
  },
  {
    id: 'participation-level',
    kind: 'nominal',
    // Wenger-Trayner's levels of participation, described by what a member does rather than named.
    options: [
      { value: 'core', label: { en: 'I help lead, plan or run it' } },
      { value: 'active', label: { en: 'I take part often, but others lead it' } },
      { value: 'peripheral', label: { en: 'I mostly follow along and join in now and then' } },
      { value: 'transactional', label: { en: 'I drop in only when I need something specific' } },
    ],
  },
  {
    id: 'yes-no-unsure',
    kind: 'nominal',
    options: [
      { value: 'yes', label: { en: 'Yes' } },
      { value: 'no', label: { en: 'No' } },
      { value: 'unsure', label: { en: 'I am not sure' } },
    ],
  },
  {
    id: 'stage-vignette',
    kind: 'nominal',
    // Values are stage ids: the stage estimate reads the answer as a stage.
    options: [
      {
        value: 'potential',
        label: {
          en: 'A few of us share a concern and talk about it now and then, but we have not met as a group yet.',
        },
      },
      {
        value: 'coalescing',
        label: {
          en: 'We have started to meet. We are getting to know each other and finding out if it is worth our time.',
        },
      },
      {
        value: 'maturing',
        label: {
          en: 'We meet in a steady rhythm. We are sorting out our focus, what we know and how new people join.',
        },
      },
      {
        value: 'stewardship',
        label: { en: 'We are well set up. Our main job now is to stay fresh, useful and open to new ideas.' },
      },
      {
        value: 'transformation',
        label: { en: 'Our group is changing in a big way. It may end, merge, split or become something else.' },
      },
    ],
  },
] as const satisfies readonly ResponseScale<Localized>[];
export const scales = inLanguage(scaleSource, 'en');
