import { inLanguage, type Localized } from './languages.ts';
import { NON_RESPONSE_VALUES } from './scales.ts';
import type { NonResponseId, ResponseScale } from './types.ts';

/**
 * The response scales and non-response answers as written, every label in each language. Kept apart from the
 * answer codes (scales.ts) so code that only reads answers does not carry every language's labels.
 */

/** Version 1's one "don't know / not applicable" answer. */
export const notApplicableLabelSource: Localized = { en: 'Don’t know / not applicable', es: 'No sé / no aplica' };
export const NOT_APPLICABLE_LABEL = notApplicableLabelSource.en;
/** How codebooks label version 1's numeric code for it (NOT_APPLICABLE_CODE). */
export const NOT_APPLICABLE_CODE_LABEL = 'Don’t know / not applicable (version 1)';

/** Later versions' non-response answers, under their codes (NON_RESPONSE_VALUES). */
export const nonResponseSource = [
  { id: 'dont-know', value: NON_RESPONSE_VALUES['dont-know'], label: { en: 'Don’t know', es: 'No sé' } },
  {
    id: 'not-applicable',
    value: NON_RESPONSE_VALUES['not-applicable'],
    label: { en: 'Does not apply here', es: 'No aplica aquí' },
  },
] as const satisfies readonly { id: NonResponseId; value: number; label: Localized }[];
export const nonResponses = inLanguage(nonResponseSource, 'en');

export const scaleSource = [
  {
    id: 'agreement-5',
    kind: 'ordinal',
    options: [
      { value: 1, label: { en: 'Strongly disagree', es: 'Muy en desacuerdo' } },
      { value: 2, label: { en: 'Disagree', es: 'En desacuerdo' } },
      { value: 3, label: { en: 'Neither agree nor disagree', es: 'Ni de acuerdo ni en desacuerdo' } },
      { value: 4, label: { en: 'Agree', es: 'De acuerdo' } },
      { value: 5, label: { en: 'Strongly agree', es: 'Muy de acuerdo' } },
    ],
  },
  {
    id: 'cop-role',
    kind: 'nominal',
    options: [
      { value: 'member', label: { en: 'Member', es: 'Integrante' } },
      {
        value: 'facilitator',
        label: {
          en: 'Facilitator or coordinator of the community',
          es: 'Persona que facilita o coordina la comunidad',
        },
      },
      { value: 'coach', label: { en: 'Coach or outside support', es: 'Coach o apoyo externo' } },
      { value: 'leader', label: { en: 'Leader or administrator', es: 'Líder o directivo' } },
      { value: 'other', label: { en: 'Other', es: 'Otro' } },
    ],
  },
  {
    id: 'organization-role',
    kind: 'nominal',
    options: [
      {
        value: 'member',
        label: { en: 'Staff member or community member', es: 'Integrante del personal o de la comunidad' },
      },
      { value: 'leader', label: { en: 'Leader or administrator', es: 'Líder o directivo' } },
      {
        value: 'coach',
        label: { en: 'Coach or professional-learning provider', es: 'Coach o proveedor de formación profesional' },
      },
      { value: 'other', label: { en: 'Other', es: 'Otro' } },
    ],
  },
  {
    id: 'tenure',
    kind: 'nominal',
    options: [
      { value: 'lt6m', label: { en: 'Less than 6 months', es: 'Menos de 6 meses' } },
      { value: '6-12m', label: { en: '6 to 12 months', es: 'De 6 a 12 meses' } },
      { value: '1-3y', label: { en: '1 to 3 years', es: 'De 1 a 3 años' } },
      { value: 'gt3y', label: { en: 'More than 3 years', es: 'Más de 3 años' } },
    ],
  },
  {
    id: 'participation-frequency',
    kind: 'nominal',
    options: [
      { value: 'weekly', label: { en: 'Every week or more', es: 'Cada semana o con más frecuencia' } },
      { value: 'monthly', label: { en: 'About once or twice a month', es: 'Una o dos veces al mes, más o menos' } },
      {
        value: 'occasionally',
        label: { en: 'A few times a term or season', es: 'Algunas veces por periodo o temporada' },
      },
      { value: 'rarely', label: { en: 'Rarely', es: 'Rara vez' } },
    ],
  },
  {
    id: 'participation-level',
    kind: 'nominal',
    // Wenger-Trayner's levels of participation, described by what a member does rather than named.
    options: [
      {
        value: 'core',
        label: { en: 'I help lead, plan or run it', es: 'Ayudo a liderarla, planificarla o coordinarla' },
      },
      {
        value: 'active',
        label: {
          en: 'I take part often, but others lead it',
          es: 'Participo a menudo, pero otras personas la lideran',
        },
      },
      {
        value: 'peripheral',
        label: {
          en: 'I mostly follow along and join in now and then',
          es: 'Más que nada sigo lo que pasa y participo de vez en cuando',
        },
      },
      {
        value: 'transactional',
        label: {
          en: 'I drop in only when I need something specific',
          es: 'Me acerco solo cuando necesito algo concreto',
        },
      },
    ],
  },
  {
    id: 'yes-no-unsure',
    kind: 'nominal',
    options: [
      { value: 'yes', label: { en: 'Yes', es: 'Sí' } },
      { value: 'no', label: { en: 'No', es: 'No' } },
      { value: 'unsure', label: { en: 'I am not sure', es: 'No tengo certeza' } },
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
          es: 'Algunas personas compartimos una inquietud y hablamos de ella de vez en cuando, pero todavía no nos hemos reunido como grupo.',
        },
      },
      {
        value: 'coalescing',
        label: {
          en: 'We have started to meet. We are getting to know each other and finding out if it is worth our time.',
          es: 'Hemos empezado a reunirnos. Nos estamos conociendo y viendo si vale la pena dedicarle nuestro tiempo.',
        },
      },
      {
        value: 'maturing',
        label: {
          en: 'We meet in a steady rhythm. We are sorting out our focus, what we know and how new people join.',
          es: 'Nos reunimos con un ritmo constante. Estamos definiendo nuestro enfoque, lo que sabemos y cómo se suman personas nuevas.',
        },
      },
      {
        value: 'stewardship',
        label: {
          en: 'We are well set up. Our main job now is to stay fresh, useful and open to new ideas.',
          es: 'Ya tenemos una buena organización. Nuestra tarea principal ahora es mantener el grupo vigente, útil y abierto a ideas nuevas.',
        },
      },
      {
        value: 'transformation',
        label: {
          en: 'Our group is changing in a big way. It may end, merge, split or become something else.',
          es: 'Nuestro grupo está cambiando de manera profunda. Puede terminar, fusionarse, dividirse o convertirse en algo distinto.',
        },
      },
    ],
  },
] as const satisfies readonly ResponseScale<Localized>[];
export const scales = inLanguage(scaleSource, 'en');
