import type { Localized } from './languages.ts';
import type { Instrument } from './types.ts';
import { context, MAY_NOT_APPLY, scored, stageItem } from './items.ts';
import { descriptiveBandSource } from './bands.ts';
import { distributionParameterSource } from './parameters.ts';

/**
 * Version 2. Items kept from version 1 keep their ids and wording, so waves can pool them (see crosswalk.ts);
 * every changed item has a new id. An id never changes its meaning.
 */
export const copSelfAssessment: Instrument<Localized> = {
  id: 'cop-self-assessment',
  version: '2.1.0',
  languages: ['en', 'es'],
  title: { en: 'Community of practice self-assessment', es: 'Autoevaluación de la comunidad de práctica' },
  audience: {
    en: 'Members of a community of practice who want to look at their own community.',
    es: 'Miembros de una comunidad de práctica que quieren analizar su propia comunidad.',
  },
  // 47 agreement items at about 10 seconds, 1 short-story choice at about 30 and 4 questions about you at
  // about 8: 532 s, rounded up.
  minutes: 9,
  introduction: {
    en:
      'This survey helps your community take stock of how it works and learns together. ' +
      'It asks what you see happening in your community today. ' +
      'Your results show a picture of the community and the kinds of support that might suit it. ' +
      'They are a starting point for talk, not a score or a judgement.',
    es:
      'Esta encuesta ayuda a su comunidad a hacer un balance de cómo trabaja y aprende en conjunto. ' +
      'Le pregunta qué ve que ocurre hoy en su comunidad. ' +
      'Sus resultados muestran un panorama de la comunidad y de los tipos de apoyo que podrían servirle. ' +
      'Son un punto de partida para conversar, no una calificación ni un juicio.',
  },
  consent: {
    en:
      'Taking part is your choice. You can stop at any time, and you can skip the questions about you. ' +
      'We do not ask for your name. ' +
      'Your answers are saved on this device until you finish. ' +
      'When you finish, they are sent to the people running this survey, if there are any. The study information says who they are. ' +
      'Results are used for reflection and research, never to judge any one person.',
    es:
      'Participar es su decisión. Puede detenerse en cualquier momento y puede omitir las preguntas sobre usted. ' +
      'No le pedimos su nombre. ' +
      'Sus respuestas se guardan en este dispositivo hasta que usted termine. ' +
      'Cuando termine, se envían a las personas que administran esta encuesta, si las hay. La información del estudio indica quiénes son. ' +
      'Los resultados se usan para la reflexión y la investigación, nunca para juzgar a ninguna persona en particular.',
  },
  sections: [
    {
      id: 'domain',
      title: { en: 'What brings us together', es: 'Lo que nos une' },
      description: {
        en: 'These questions are about the shared concern at the heart of your community.',
        es: 'Estas preguntas tratan sobre la preocupación compartida que está en el centro de su comunidad.',
      },
      items: [
        scored('dom_01', 'shared-domain', {
          en: 'Our members can say clearly what concern brings us together.',
          es: 'Nuestros miembros pueden decir con claridad qué preocupación nos une.',
        }),
        scored('dom_02', 'shared-domain', {
          en: 'We agree on why our shared focus matters for our work.',
          es: 'Estamos de acuerdo en por qué nuestro enfoque compartido es importante para nuestro trabajo.',
        }),
        scored('dom_06', 'shared-domain', {
          en: 'Members find that taking part is worth their time.',
          es: 'Los miembros consideran que participar vale el tiempo que le dedican.',
        }),
        scored('dom_07', 'shared-domain', {
          en: 'Members agree on which questions this community is here to work on.',
          es: 'Los miembros están de acuerdo en qué preguntas le corresponde trabajar a esta comunidad.',
        }),
        scored(
          'dom_05',
          'shared-domain',
          {
            en: 'Members are often unsure what this community is really about.',
            es: 'Los miembros a menudo no tienen claro de qué se trata realmente esta comunidad.',
          },
          { reverse: true },
        ),
      ],
    },
    {
      id: 'community',
      title: { en: 'How we relate to each other', es: 'Cómo nos relacionamos' },
      description: {
        en: 'These questions are about the people in your community and how you get along.',
        es: 'Estas preguntas tratan sobre las personas de su comunidad y cómo se llevan entre ustedes.',
      },
      items: [
        scored('com_01', 'community-relationships', {
          en: 'Members feel safe saying when they do not know something.',
          es: 'Los miembros se sienten con confianza para decir cuando no saben algo.',
        }),
        scored('com_02', 'community-relationships', {
          en: 'We are in touch with one another on a regular basis.',
          es: 'Nos mantenemos en contacto unos con otros de forma regular.',
        }),
        scored(
          'com_03',
          'community-relationships',
          {
            en: 'New members are made to feel welcome from their first meeting.',
            es: 'A los nuevos miembros se les hace sentir bienvenidos desde su primera reunión.',
          },
          { nonResponse: MAY_NOT_APPLY },
        ),
        scored(
          'com_04',
          'community-relationships',
          {
            en: 'Newcomers are mostly left to work out how to take part on their own.',
            es: 'A quienes recién llegan, en general, se les deja descubrir por su cuenta cómo participar.',
          },
          { reverse: true, nonResponse: MAY_NOT_APPLY },
        ),
        scored('com_07', 'community-relationships', {
          en: 'Members can count on one another for help between meetings.',
          es: 'Los miembros pueden contar unos con otros para recibir ayuda entre reuniones.',
        }),
        scored('com_06', 'community-relationships', {
          en: 'Members think of themselves as belonging to one shared group.',
          es: 'Los miembros se ven a sí mismos como parte de un mismo grupo.',
        }),
      ],
    },
    {
      id: 'efficacy',
      title: { en: 'What we can do together', es: 'Lo que podemos hacer juntos' },
      description: {
        en: 'These questions are about what your community believes it can do as a group.',
        es: 'Estas preguntas tratan sobre lo que su comunidad cree que puede hacer como grupo.',
      },
      items: [
        scored('eff_01', 'collective-efficacy', {
          en: 'Together, we can solve the hard problems that come up in our work.',
          es: 'Juntos, podemos resolver los problemas difíciles que surgen en nuestro trabajo.',
        }),
        scored('eff_02', 'collective-efficacy', {
          en: 'When one of us is stuck, the group can usually find a way forward.',
          es: 'Cuando alguno de nosotros se atasca, por lo general el grupo puede encontrar una forma de avanzar.',
        }),
        scored('eff_03', 'collective-efficacy', {
          en: 'Our community can make a real difference for the people we serve.',
          es: 'Nuestra comunidad puede marcar una diferencia real para las personas a quienes atendemos.',
        }),
        scored('eff_04', 'collective-efficacy', {
          en: 'We keep going with a change even when it gets hard.',
          es: 'Seguimos adelante con un cambio incluso cuando se vuelve difícil.',
        }),
        scored(
          'eff_05',
          'collective-efficacy',
          {
            en: 'The problems in our work are too big for a group like ours to change.',
            es: 'Los problemas de nuestro trabajo son demasiado grandes para que un grupo como el nuestro pueda cambiarlos.',
          },
          { reverse: true },
        ),
      ],
    },
    {
      id: 'practice',
      title: { en: 'How we work and learn', es: 'Cómo trabajamos y aprendemos' },
      description: {
        en: 'These questions are about how your community learns from its members’ real work.',
        es: 'Estas preguntas tratan sobre cómo su comunidad aprende del trabajo real de sus miembros.',
      },
      items: [
        scored('prac_01', 'shared-practice', {
          en: 'Members show one another how they actually do their work.',
          es: 'Los miembros se muestran unos a otros cómo hacen realmente su trabajo.',
        }),
        scored('prac_02', 'shared-practice', {
          en: 'We compare the different ways we handle the same problem.',
          es: 'Comparamos las distintas formas en que abordamos un mismo problema.',
        }),
        scored('prac_03', 'shared-practice', {
          en: 'We look back together at what happened when we tried something new.',
          es: 'Revisamos juntos lo que pasó cuando probamos algo nuevo.',
        }),
        scored('prac_04', 'shared-practice', {
          en: 'We work through our questions over several rounds, not just once.',
          es: 'Trabajamos nuestras preguntas a lo largo de varias rondas, no solo una vez.',
        }),
        scored('prac_07', 'shared-practice', {
          en: 'We keep a shared record of what we learn.',
          es: 'Llevamos un registro compartido de lo que aprendemos.',
        }),
        scored(
          'prac_06',
          'shared-practice',
          {
            en: 'Our meetings often drift into talk that has little to do with real work.',
            es: 'Nuestras reuniones a menudo se desvían hacia conversaciones que poco tienen que ver con el trabajo real.',
          },
          { reverse: true },
        ),
      ],
    },
    {
      id: 'value',
      title: { en: 'What taking part gives us', es: 'Lo que nos aporta participar' },
      description: {
        en: 'Each question is about a different kind of value your community can create. Some comes right away. Some comes later, in changed work and results.',
        es: 'Cada pregunta trata sobre un tipo distinto de valor que su comunidad puede crear. Una parte llega de inmediato. Otra llega más tarde, con cambios en el trabajo y en los resultados.',
      },
      items: [
        scored('val_01', 'value-creation', {
          en: 'Our time together is useful to members in the moment, for help or new ideas.',
          es: 'Nuestro tiempo juntos les resulta útil a los miembros en el momento, para recibir ayuda o nuevas ideas.',
        }),
        scored('val_02', 'value-creation', {
          en: 'Members leave with tools, contacts or ideas they can use later.',
          es: 'Los miembros se van con herramientas, contactos o ideas que pueden usar más adelante.',
        }),
        scored('val_03', 'value-creation', {
          en: 'Members change how they work because of what we share.',
          es: 'Los miembros cambian su forma de trabajar gracias a lo que compartimos.',
        }),
        scored('val_04', 'value-creation', {
          en: 'Changes that came from our community have made a clear difference to results.',
          es: 'Los cambios que surgieron de nuestra comunidad han marcado una diferencia clara en los resultados.',
        }),
        scored('val_05', 'value-creation', {
          en: 'Our community has changed how people here think about success.',
          es: 'Nuestra comunidad ha cambiado la forma en que las personas aquí piensan sobre el éxito.',
        }),
      ],
    },
    {
      id: 'agency',
      title: { en: 'How we steer our learning', es: 'Cómo orientamos nuestro aprendizaje' },
      description: {
        en: 'These questions are about who decides what your community learns and where it looks for ideas.',
        es: 'Estas preguntas tratan sobre quién decide qué aprende su comunidad y dónde busca ideas.',
      },
      items: [
        scored('agen_01', 'agency-and-reach', {
          en: 'Members decide together what we want to learn next.',
          es: 'Entre todos los miembros decidimos qué queremos aprender a continuación.',
        }),
        scored('agen_02', 'agency-and-reach', {
          en: 'We go looking for research that could help with our questions.',
          es: 'Buscamos investigaciones que puedan ayudarnos con nuestras preguntas.',
        }),
        scored('agen_03', 'agency-and-reach', {
          en: 'We reach out to people beyond our community who know more than we do.',
          es: 'Contactamos a personas de fuera de nuestra comunidad que saben más que nosotros.',
        }),
        scored('agen_06', 'agency-and-reach', {
          en: 'Members take part by choice.',
          es: 'Los miembros participan por decisión propia.',
        }),
        scored(
          'agen_05',
          'agency-and-reach',
          {
            en: 'We mostly learn what others decide we should learn.',
            es: 'Por lo general aprendemos lo que otros deciden que debemos aprender.',
          },
          { reverse: true },
        ),
      ],
    },
    {
      id: 'stage',
      title: { en: 'Where we are now', es: 'Dónde estamos ahora' },
      description: {
        en:
          'Communities change over time. Each statement below fits a different point in a community’s life, ' +
          'so no answer is better than another. Say how well each one describes your community right now.',
        es:
          'Las comunidades cambian con el tiempo. Cada afirmación de abajo corresponde a un momento distinto en la vida de una comunidad, ' +
          'así que ninguna respuesta es mejor que otra. Indique qué tan bien describe cada una a su comunidad en este momento.',
      },
      items: [
        stageItem('stage_potential_1', 'potential', {
          en: 'We are still discovering who else cares about the same issue.',
          es: 'Todavía estamos descubriendo a quién más le importa el mismo tema.',
        }),
        stageItem('stg_pot_2', 'potential', {
          en: 'We have not yet met as a group on purpose.',
          es: 'Todavía no nos hemos reunido como grupo de manera intencional.',
        }),
        stageItem('stg_pot_3', 'potential', {
          en: 'We are still deciding whether our shared concern is worth meeting about.',
          es: 'Todavía estamos decidiendo si vale la pena reunirnos en torno a nuestra preocupación compartida.',
        }),
        stageItem('stg_coa_1', 'coalescing', {
          en: 'We are still finding out whether meeting is worth our time.',
          es: 'Todavía estamos averiguando si vale la pena dedicar tiempo a reunirnos.',
        }),
        stageItem('stg_coa_2', 'coalescing', {
          en: 'Our group is new, and we are still building trust.',
          es: 'Nuestro grupo es nuevo y todavía estamos construyendo confianza.',
        }),
        stageItem('stg_coa_3', 'coalescing', {
          en: 'We are looking for early wins that show the group is worth it.',
          es: 'Buscamos logros tempranos que muestren que el grupo vale la pena.',
        }),
        stageItem('stg_mat_1', 'maturing', {
          en: 'Our group is growing, and we are deciding who and what belongs in it.',
          es: 'Nuestro grupo está creciendo y estamos decidiendo quién y qué forma parte de él.',
        }),
        stageItem('stg_mat_2', 'maturing', {
          en: 'We are sorting what we know so that newer members can use it.',
          es: 'Estamos organizando lo que sabemos para que los miembros más nuevos puedan usarlo.',
        }),
        stageItem('stg_mat_3', 'maturing', {
          en: 'We are working out which topics are in our focus and which are not.',
          es: 'Estamos definiendo qué temas entran en nuestro enfoque y cuáles no.',
        }),
        stageItem('stg_ste_1', 'stewardship', {
          en: 'We are well set up, and keeping our energy fresh is now the main task.',
          es: 'Estamos bien organizados, y ahora la tarea principal es mantener viva nuestra energía.',
        }),
        stageItem('stg_ste_2', 'stewardship', {
          en: 'We need new people or new ideas to keep our routine from going stale.',
          es: 'Necesitamos personas nuevas o ideas nuevas para que nuestra rutina no se estanque.',
        }),
        stageItem('stg_ste_3', 'stewardship', {
          en: 'Others now come to our group as the place to learn about our topic.',
          es: 'Ahora otras personas acuden a nuestro grupo como el lugar para aprender sobre nuestro tema.',
        }),
        stageItem('stg_tra_1', 'transformation', {
          en: 'Our group has done most of what it set out to do.',
          es: 'Nuestro grupo ha logrado la mayor parte de lo que se propuso.',
        }),
        stageItem('stg_tra_2', 'transformation', {
          en: 'Our first purpose no longer fits what members need.',
          es: 'Nuestro propósito inicial ya no responde a lo que necesitan los miembros.',
        }),
        stageItem('stg_tra_3', 'transformation', {
          en: 'We have started to plan what our group will turn into next.',
          es: 'Hemos empezado a planear en qué se convertirá nuestro grupo a continuación.',
        }),
      ],
    },
    {
      id: 'stage-story',
      title: { en: 'Our story so far', es: 'Nuestra historia hasta ahora' },
      description: {
        en: 'Pick the short story that sounds most like your community right now. You can skip it if none fits.',
        es: 'Elija la historia breve que más se parezca a su comunidad en este momento. Puede omitir esta pregunta si ninguna encaja.',
      },
      items: [
        context('stage_vignette', 'stage-vignette', {
          en: 'Which of these sounds most like your community right now?',
          es: '¿Cuál de estas historias se parece más a su comunidad en este momento?',
        }),
      ],
    },
    {
      id: 'context',
      title: { en: 'About you', es: 'Sobre usted' },
      description: {
        en: 'These optional questions help compare views within the community. You can skip any of them.',
        es: 'Estas preguntas opcionales ayudan a comparar puntos de vista dentro de la comunidad. Puede omitir cualquiera de ellas.',
      },
      items: [
        context('ctx_role', 'cop-role', {
          en: 'What is your role in this community?',
          es: '¿Cuál es su rol en esta comunidad?',
        }),
        context('ctx_participation', 'participation-level', {
          en: 'Which best describes how you take part?',
          es: '¿Qué opción describe mejor su forma de participar?',
        }),
        context('ctx_tenure', 'tenure', {
          en: 'How long have you been part of this community?',
          es: '¿Desde hace cuánto tiempo forma parte de esta comunidad?',
        }),
        context('ctx_frequency', 'participation-frequency', {
          en: 'How often do you take part in this community’s activities?',
          es: '¿Con qué frecuencia participa en las actividades de esta comunidad?',
        }),
      ],
    },
  ],
  roleItem: 'ctx_role',
  stageVignette: 'stage_vignette',
  parameters: distributionParameterSource,
  scoring: {
    minAnsweredShare: 2 / 3,
    bands: descriptiveBandSource,
    stageRule: { minAnsweredPerStage: 2, agreeAbove: 3, lead: 1 },
  },
};

/**
 * Version 2.0.0 as published: version 2.1.0's questions in English only, before the Spanish was written. Its
 * English is 2.1.0's, so its published hash holds as long as no English text changes; a change to one makes
 * that check fail, and 2.0.0 must then be written out in full.
 */
export const copSelfAssessment2: Instrument<Localized> = { ...copSelfAssessment, version: '2.0.0', languages: ['en'] };
