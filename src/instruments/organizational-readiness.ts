import type { Localized } from './languages.ts';
import type { Instrument, Section } from './types.ts';
import { context, MAY_NOT_APPLY, scored } from './items.ts';
import { descriptiveBandSource } from './bands.ts';
import { distributionParameterSource } from './parameters.ts';

/**
 * Version 2. Every item names the unit it describes ("at {unit}"), speaks of what staff can see, and uses the
 * same collective subjects (staff, leaders, groups, coaches), so answers can be averaged to a group. The
 * items marked `shortForm` make the 12-item short form, one per factor.
 */

const aboutYou: Section<Localized> = {
  id: 'about-you',
  title: { en: 'About you', es: 'Sobre usted' },
  description: {
    en: 'Leaders, coaches and staff often see the same place differently. This optional question lets us compare views. Small groups are merged in any summary, so no one stands out.',
    es: 'Los líderes, los coaches y el personal suelen ver el mismo lugar de forma distinta. Esta pregunta opcional nos permite comparar esas miradas. En cualquier resumen, los grupos pequeños se combinan con otros, para que nadie pueda ser identificado.',
  },
  items: [
    context('ctx_role', 'organization-role', {
      en: 'Which best describes your role?',
      es: '¿Qué opción describe mejor su función?',
    }),
  ],
};

const howWorkIsOrganized: Section<Localized> = {
  id: 'how-work-is-organized',
  title: { en: 'How work is organized', es: 'Cómo se organiza el trabajo' },
  description: {
    en: 'These questions are about how much freedom staff at {unit} have and how work gets coordinated.',
    es: 'Estas preguntas tratan sobre cuánta libertad tiene el personal de {unit} y cómo se coordina el trabajo.',
  },
  items: [
    scored(
      'prof_05',
      'professional-orientation',
      {
        en: 'Staff at {unit} are trusted to use their professional judgement.',
        es: 'En {unit} se confía en que el personal aplique su criterio profesional.',
      },
      { shortForm: true },
    ),
    scored('prof_06', 'professional-orientation', {
      en: 'Staff at {unit} can change their methods to suit the people they serve.',
      es: 'El personal de {unit} puede adaptar sus métodos a las personas a las que atiende.',
    }),
    scored('prof_07', 'professional-orientation', {
      en: 'Leaders at {unit} treat staff as experts in their own work.',
      es: 'Los líderes de {unit} tratan al personal como personas expertas en su propio trabajo.',
    }),
    scored(
      'prof_08',
      'professional-orientation',
      {
        en: 'Most work at {unit} comes down to following set steps.',
        es: 'En {unit}, la mayor parte del trabajo se reduce a seguir pasos fijos.',
      },
      { reverse: true },
    ),

    scored(
      'emer_05',
      'room-for-emergence',
      {
        en: 'Groups at {unit} can set their own goals for what to learn.',
        es: 'Los grupos de {unit} pueden fijar sus propias metas sobre qué aprender.',
      },
      { shortForm: true },
    ),
    scored('emer_06', 'room-for-emergence', {
      en: 'Leaders at {unit} accept it when a group’s plans change as it learns.',
      es: 'Los líderes de {unit} aceptan que los planes de un grupo cambien a medida que aprende.',
    }),
    scored('emer_07', 'room-for-emergence', {
      en: 'New ideas from staff at {unit} get room to grow before anyone asks for a plan.',
      es: 'En {unit}, las ideas nuevas del personal tienen espacio para crecer antes de que alguien pida un plan.',
    }),
    scored(
      'emer_08',
      'room-for-emergence',
      {
        en: 'Every group at {unit} must use the same set format for its meetings.',
        es: 'En {unit}, todos los grupos deben usar el mismo formato fijo para sus reuniones.',
      },
      { reverse: true },
    ),

    scored(
      'adj_05',
      'mutual-adjustment',
      {
        en: 'Colleagues at {unit} work out between themselves how to work together.',
        es: 'Los colegas de {unit} acuerdan entre sí cómo trabajar en conjunto.',
      },
      { shortForm: true },
    ),
    scored('adj_06', 'mutual-adjustment', {
      en: 'When plans clash at {unit}, the people involved talk it through.',
      es: 'Cuando en {unit} los planes entran en conflicto, las personas involucradas lo resuelven conversando.',
    }),
    scored('adj_07', 'mutual-adjustment', {
      en: 'Teams at {unit} adjust their work to fit what other teams are doing.',
      es: 'Los equipos de {unit} ajustan su trabajo a lo que hacen otros equipos.',
    }),
    scored(
      'adj_08',
      'mutual-adjustment',
      {
        en: 'Most work at {unit} is coordinated by orders from the top.',
        es: 'En {unit}, la mayor parte del trabajo se coordina mediante órdenes que vienen de arriba.',
      },
      { reverse: true },
    ),
  ],
};

const connections: Section<Localized> = {
  id: 'connections',
  title: { en: 'Connections', es: 'Conexiones' },
  description: {
    en: 'These questions are about how staff, groups and knowledge connect across {unit}.',
    es: 'Estas preguntas tratan sobre cómo se conectan el personal, los grupos y los conocimientos en las distintas áreas de {unit}.',
  },
  items: [
    scored(
      'dial_05',
      'dialogue-across-boundaries',
      {
        en: 'Staff in different roles at {unit} talk openly with each other about their work.',
        es: 'En {unit}, las personas con distintas funciones hablan abiertamente entre sí sobre su trabajo.',
      },
      { shortForm: true },
    ),
    scored('dial_06', 'dialogue-across-boundaries', {
      en: 'Staff from different teams at {unit} meet to discuss real problems.',
      es: 'En {unit}, personas de distintos equipos se reúnen para analizar problemas reales.',
    }),
    scored('dial_07', 'dialogue-across-boundaries', {
      en: 'Staff at {unit} ask colleagues outside their own team for advice.',
      es: 'El personal de {unit} pide consejo a colegas de fuera de su propio equipo.',
    }),
    scored(
      'dial_08',
      'dialogue-across-boundaries',
      {
        en: 'Talk about the work at {unit} mostly stays inside each team.',
        es: 'En {unit}, las conversaciones sobre el trabajo se quedan casi siempre dentro de cada equipo.',
      },
      { reverse: true },
    ),

    scored(
      'memb_05',
      'permeable-membership',
      {
        en: 'Staff at {unit} can join a group outside their own team.',
        es: 'El personal de {unit} puede unirse a un grupo fuera de su propio equipo.',
      },
      { shortForm: true },
    ),
    scored('memb_06', 'permeable-membership', {
      en: 'Time spent in groups that cross teams counts as real work at {unit}.',
      es: 'En {unit}, el tiempo dedicado a grupos que reúnen a varios equipos cuenta como trabajo real.',
    }),
    scored('memb_07', 'permeable-membership', {
      en: 'Groups that mix staff from different roles are welcome at {unit}.',
      es: 'En {unit} son bienvenidos los grupos que reúnen a personas con distintas funciones.',
    }),
    scored(
      'memb_08',
      'permeable-membership',
      {
        en: 'Only official, assigned teams count as real work at {unit}.',
        es: 'En {unit}, solo cuenta como trabajo real el de los equipos oficiales y asignados.',
      },
      { reverse: true },
    ),

    scored(
      'know_05',
      'knowledge-infrastructure',
      {
        en: 'Staff at {unit} can easily share good ideas and tools with each other.',
        es: 'En {unit}, el personal puede compartir con facilidad buenas ideas y herramientas entre colegas.',
      },
      { shortForm: true },
    ),
    scored('know_06', 'knowledge-infrastructure', {
      en: 'Staff at {unit} can quickly find what colleagues have already learned.',
      es: 'El personal de {unit} puede encontrar rápidamente lo que sus colegas ya han aprendido.',
    }),
    scored(
      'know_07',
      'knowledge-infrastructure',
      {
        en: 'The shared tools at {unit} help groups keep track of what works.',
        es: 'Las herramientas compartidas de {unit} ayudan a los grupos a llevar un registro de lo que funciona.',
      },
      { nonResponse: MAY_NOT_APPLY },
    ),
    scored(
      'know_08',
      'knowledge-infrastructure',
      {
        en: 'The systems at {unit} make it hard to pass on what staff know.',
        es: 'Los sistemas de {unit} dificultan transmitir lo que sabe el personal.',
      },
      {
        reverse: true,
        nonResponse: MAY_NOT_APPLY,
      },
    ),
  ],
};

const leadershipAndSupport: Section<Localized> = {
  id: 'leadership-and-support',
  title: { en: 'Leadership and support', es: 'Liderazgo y apoyo' },
  description: {
    en: 'These questions are about what leaders and support staff at {unit} do for groups.',
    es: 'Estas preguntas tratan sobre lo que hacen por los grupos los líderes y el personal de apoyo de {unit}.',
  },
  items: [
    scored(
      'lead_06',
      'championing-leadership',
      {
        en: 'Leaders at {unit} ask for staff ideas early, before plans are set.',
        es: 'Los líderes de {unit} piden ideas al personal desde el principio, antes de definir los planes.',
      },
      { shortForm: true },
    ),
    scored('lead_07', 'championing-leadership', {
      en: 'Leaders at {unit} back ideas that grow out of staff interests.',
      es: 'Los líderes de {unit} respaldan las ideas que surgen de los intereses del personal.',
    }),
    scored('lead_08', 'championing-leadership', {
      en: 'Leaders at {unit} say openly what they learned from their own decisions.',
      es: 'Los líderes de {unit} cuentan abiertamente lo que aprendieron de sus propias decisiones.',
    }),
    scored('lead_09', 'championing-leadership', {
      en: 'Leaders at {unit} give groups credit for what they have learned.',
      es: 'Los líderes de {unit} reconocen a los grupos el mérito de lo que han aprendido.',
    }),
    scored(
      'lead_10',
      'championing-leadership',
      {
        en: 'Leaders at {unit} make plans alone, then look for staff to accept them.',
        es: 'Los líderes de {unit} hacen los planes por su cuenta y luego buscan que el personal los acepte.',
      },
      { reverse: true },
    ),

    scored(
      'supp_05',
      'responsive-support',
      {
        en: 'Groups at {unit} can get expert help soon after they ask for it.',
        es: 'Los grupos de {unit} pueden recibir ayuda experta poco después de pedirla.',
      },
      { shortForm: true },
    ),
    scored('supp_06', 'responsive-support', {
      en: 'Training at {unit} is offered when a group needs it.',
      es: 'En {unit}, la capacitación se ofrece cuando un grupo la necesita.',
    }),
    scored('supp_07', 'responsive-support', {
      en: 'Support staff at {unit} shape their help around what each group asks for.',
      es: 'El personal de apoyo de {unit} adapta su ayuda a lo que pide cada grupo.',
    }),
    scored(
      'supp_08',
      'responsive-support',
      {
        en: 'Training at {unit} follows a fixed calendar, whatever groups need.',
        es: 'En {unit}, la capacitación sigue un calendario fijo, sin importar lo que necesiten los grupos.',
      },
      { reverse: true },
    ),
    context(
      'scr_coaches',
      'yes-no-unsure',
      {
        en: 'Does {unit} have coaches who work with groups of staff?',
        es: '¿Cuenta {unit} con coaches que trabajen con grupos del personal?',
      },
      true,
    ),
  ],
};

const coaching: Section<Localized> = {
  id: 'coaching',
  title: { en: 'Coaching', es: 'Acompañamiento (coaching)' },
  description: {
    en: 'You said {unit} has coaches. These questions are about what you see them do with groups.',
    es: 'Usted indicó que {unit} cuenta con coaches. Estas preguntas tratan sobre lo que usted ve que hacen con los grupos.',
  },
  askIf: { item: 'scr_coaches', values: ['yes'] },
  items: [
    scored(
      'coach_05',
      'coaching',
      {
        en: 'Groups at {unit} can get a coach’s help when they ask for it.',
        es: 'Los grupos de {unit} pueden recibir la ayuda de un coach cuando la piden.',
      },
      { shortForm: true },
    ),
    scored('coach_06', 'coaching', {
      en: 'Coaches at {unit} help groups fit outside demands to their own needs.',
      es: 'Los coaches de {unit} ayudan a los grupos a adaptar las exigencias externas a sus propias necesidades.',
    }),
    scored('coach_07', 'coaching', {
      en: 'Coaches at {unit} help groups take their questions to leaders.',
      es: 'Los coaches de {unit} ayudan a los grupos a plantear sus preguntas a los líderes.',
    }),
    scored(
      'coach_08',
      'coaching',
      {
        en: 'Coaches at {unit} mostly check that groups follow the rules.',
        es: 'Los coaches de {unit} se dedican sobre todo a comprobar que los grupos cumplan las reglas.',
      },
      { reverse: true },
    ),
  ],
};

const timeAndPriorities: Section<Localized> = {
  id: 'time-and-priorities',
  title: { en: 'Time and priorities', es: 'Tiempo y prioridades' },
  description: {
    en: 'These questions are about the time, places and attention that groups at {unit} can count on.',
    es: 'Estas preguntas tratan sobre el tiempo, los espacios y la atención con los que pueden contar los grupos de {unit}.',
  },
  items: [
    scored(
      'time_05',
      'time-space-resources',
      {
        en: 'Staff at {unit} have set time in their week to work together.',
        es: 'El personal de {unit} tiene un tiempo fijo en su semana para trabajar en conjunto.',
      },
      { shortForm: true },
    ),
    scored('time_06', 'time-space-resources', {
      en: 'Groups at {unit} have good places to meet.',
      es: 'Los grupos de {unit} tienen buenos lugares para reunirse.',
    }),
    scored('time_07', 'time-space-resources', {
      en: 'Groups at {unit} get the materials they need for their work.',
      es: 'Los grupos de {unit} reciben los materiales que necesitan para su trabajo.',
    }),
    scored(
      'time_08',
      'time-space-resources',
      {
        en: 'Working together at {unit} is added on top of an already full load.',
        es: 'En {unit}, el trabajo en conjunto se suma a una carga de trabajo que ya está llena.',
      },
      { reverse: true },
    ),

    scored(
      'mand_05',
      'freedom-from-competing-mandates',
      {
        en: 'Outside requirements at {unit} crowd out time for learning together.',
        es: 'En {unit}, las exigencias externas le restan tiempo al aprendizaje en conjunto.',
      },
      { reverse: true, shortForm: true },
    ),
    scored(
      'mand_06',
      'freedom-from-competing-mandates',
      {
        en: 'Required training at {unit} takes time away from group work.',
        es: 'En {unit}, la capacitación obligatoria le quita tiempo al trabajo en grupo.',
      },
      { reverse: true },
    ),
    scored(
      'mand_07',
      'freedom-from-competing-mandates',
      {
        en: 'New mandates at {unit} often pull staff away from their group’s work.',
        es: 'En {unit}, los nuevos mandatos suelen apartar al personal del trabajo de su grupo.',
      },
      { reverse: true },
    ),
    scored('mand_08', 'freedom-from-competing-mandates', {
      en: 'Leaders at {unit} protect groups from demands that would crowd out their work.',
      es: 'Los líderes de {unit} protegen a los grupos de las exigencias que les quitarían tiempo para su trabajo.',
    }),

    scored(
      'integ_05',
      'integration',
      {
        en: 'What groups learn is linked to the goals of {unit}.',
        es: 'Lo que aprenden los grupos está vinculado con los objetivos de {unit}.',
      },
      { shortForm: true },
    ),
    scored('integ_06', 'integration', {
      en: 'Leaders at {unit} use what groups learn when they make plans.',
      es: 'Los líderes de {unit} usan lo que aprenden los grupos al hacer sus planes.',
    }),
    scored('integ_07', 'integration', {
      en: 'Leaders at {unit} share what groups learn with the rest of the staff.',
      es: 'Los líderes de {unit} comparten lo que aprenden los grupos con el resto del personal.',
    }),
    scored(
      'integ_08',
      'integration',
      {
        en: 'Groups that learn together are seen as an optional extra at {unit}.',
        es: 'En {unit}, los grupos que aprenden en conjunto se consideran un extra opcional.',
      },
      { reverse: true },
    ),
  ],
};

const yourCommunity: Section<Localized> = {
  id: 'your-community',
  title: { en: 'A community you know', es: 'Una comunidad que usted conoce' },
  description: {
    en: 'Think of the community of practice at {unit} that you know best. Your answer lets the report say which conditions matter most for it now. You can skip it.',
    es: 'Piense en la comunidad de práctica de {unit} que mejor conoce. Su respuesta permite que el informe indique qué condiciones son más importantes para ella en este momento. Puede omitir esta pregunta.',
  },
  items: [
    context('community_vignette', 'stage-vignette', {
      en: 'Which of these sounds most like that community right now?',
      es: '¿Cuál de estas descripciones se parece más a esa comunidad en este momento?',
    }),
  ],
};

const introduction = {
  en:
    'Communities of practice are groups of staff who meet by choice to learn about shared work. ' +
    'This survey asks how {unit} helps or holds back groups like these. ' +
    'Answer from what you can see where you work. If you cannot tell, choose “Don’t know”. ' +
    'Your results describe the setting as people see it, without judging anyone.',
  es:
    'Las comunidades de práctica son grupos de colegas que se reúnen por decisión propia para aprender sobre el trabajo que comparten. ' +
    'Esta encuesta pregunta de qué manera {unit} ayuda o frena a grupos como estos. ' +
    'Responda según lo que puede observar en su lugar de trabajo. Si no puede saberlo, elija “No sé”. ' +
    'Los resultados describen el entorno tal como lo perciben las personas, sin juzgar a nadie.',
};

const consent = {
  en:
    'Taking part is your choice. You can stop at any time, and you can skip the question about your role. ' +
    'We do not ask for your name. ' +
    'Your answers are saved on this device until you finish. ' +
    'When you finish, they are sent to the people running this survey, if there are any. The study information says who they are. ' +
    'Results are used for reflection and research, never to judge any one person.',
  es:
    'Participar es su decisión. Puede dejar de responder en cualquier momento y puede omitir la pregunta sobre su función. ' +
    'No le pedimos su nombre. ' +
    'Sus respuestas se guardan en este dispositivo hasta que termine. ' +
    'Cuando termine, se envían a las personas a cargo de esta encuesta, si las hay. La información del estudio indica quiénes son. ' +
    'Los resultados se usan para la reflexión y la investigación, nunca para juzgar a una persona en particular.',
};

const sections = [
  aboutYou,
  howWorkIsOrganized,
  connections,
  leadershipAndSupport,
  coaching,
  timeAndPriorities,
  yourCommunity,
];

/** What `{unit}` means when the link names no site: the place the respondent works in day to day. */
const unit = { parameter: 'site', fallback: { en: 'your workplace', es: 'su lugar de trabajo' } };

export const organizationalReadiness: Instrument<Localized> = {
  id: 'organizational-readiness',
  version: '2.1.0',
  languages: ['en', 'es'],
  title: {
    en: 'Organizational readiness for communities of practice',
    es: 'Preparación organizacional para las comunidades de práctica',
  },
  audience: {
    en: 'Staff, leaders and coaches who want a picture of how their organization supports its communities of practice.',
    es: 'Personal, líderes y coaches que quieren tener una idea de cómo su organización apoya a sus comunidades de práctica.',
  },
  // 49 agreement items at about 10 seconds, 2 yes/no or role questions at about 8 and 1 short-story choice at
  // about 30: 536 s, rounded up.
  minutes: 9,
  introduction,
  consent,
  sections,
  roleItem: 'ctx_role',
  unit,
  stageVignette: 'community_vignette',
  parameters: distributionParameterSource,
  scoring: { minAnsweredShare: 2 / 3, bands: descriptiveBandSource },
};

/** One item per factor, taken from the full form: for a quick pulse or a second wave, never scored as the full form. */
export const organizationalReadinessShort: Instrument<Localized> = {
  id: 'organizational-readiness-short',
  version: '1.1.0',
  languages: ['en', 'es'],
  title: { en: 'Organizational readiness: short form', es: 'Preparación organizacional: versión breve' },
  audience: organizationalReadiness.audience,
  // 12 agreement items at about 10 seconds, 2 questions at about 8 and 1 short-story choice at about 30: 166 s.
  minutes: 3,
  introduction,
  consent,
  sections: sections.map((section) => ({
    ...section,
    items: section.items.filter((item) => item.kind !== 'scored' || item.shortForm === true),
  })),
  roleItem: 'ctx_role',
  unit,
  stageVignette: 'community_vignette',
  shortFormOf: 'organizational-readiness',
  parameters: distributionParameterSource,
  // One item per factor: the item is the factor's score when answered.
  scoring: { minAnsweredShare: 1, bands: descriptiveBandSource },
};

/** The versions published in English only, before the Spanish was written (see copSelfAssessment2). */
export const organizationalReadiness2: Instrument<Localized> = {
  ...organizationalReadiness,
  version: '2.0.0',
  languages: ['en'],
};
export const organizationalReadinessShort1: Instrument<Localized> = {
  ...organizationalReadinessShort,
  version: '1.0.0',
  languages: ['en'],
};
