import { inLanguage, type Localized } from './languages.ts';
import type { StageFit } from './stage-fit.ts';

/** The stage fit table as written (see StageFit), every text in each language. */

const WMS = 'Wenger, McDermott & Snyder (2002), Cultivating Communities of Practice';
const WENGER = 'Wenger (1998), Communities of Practice: Learning, Meaning, and Identity';
const MEHTA = 'Mehta (2013), From bureaucracy to profession';
const SENGE = 'Senge (1990), The Fifth Discipline';
const VALUE = 'Wenger, Trayner & de Laat (2011), Promoting and assessing value creation';

export const stageFitSource: readonly StageFit<Localized>[] = [
  {
    stage: 'potential',
    priorities: [
      {
        construct: 'dialogue-across-boundaries',
        why: {
          en: 'People who share a concern can only find each other if they talk across teams.',
          es: 'Las personas que comparten una inquietud solo pueden encontrarse si conversan más allá de sus equipos.',
        },
      },
      {
        construct: 'permeable-membership',
        why: {
          en: 'A group that forms around an interest needs to be allowed to cross team lines.',
          es: 'Un grupo que se forma en torno a un interés necesita permiso para ir más allá de los límites de cada equipo.',
        },
      },
      {
        construct: 'time-space-resources',
        why: {
          en: 'A first meeting needs a little time and a place.',
          es: 'Una primera reunión necesita un poco de tiempo y un lugar.',
        },
      },
    ],
    mismatches: [
      {
        construct: 'dialogue-across-boundaries',
        flag: {
          en: 'Talk about the work stays inside teams, so people who share this concern may never find each other.',
          es: 'Las conversaciones sobre el trabajo se quedan dentro de cada equipo, así que quienes comparten esta inquietud quizá nunca se encuentren.',
        },
      },
      {
        construct: 'permeable-membership',
        flag: {
          en: 'Only assigned teams count as real work, so a group that forms by interest has no standing yet.',
          es: 'Solo los equipos asignados cuentan como trabajo real, así que un grupo que se forma por interés todavía no tiene reconocimiento.',
        },
      },
    ],
    sources: [WMS, WENGER],
  },
  {
    stage: 'coalescing',
    priorities: [
      {
        construct: 'room-for-emergence',
        why: {
          en: 'A new group needs to find its own way of meeting before any format is set.',
          es: 'Un grupo nuevo necesita encontrar su propia forma de reunirse antes de que se fije cualquier formato.',
        },
      },
      {
        construct: 'time-space-resources',
        why: {
          en: 'A new group needs protected time to show that meeting is worth it.',
          es: 'Un grupo nuevo necesita tiempo protegido para demostrar que reunirse vale la pena.',
        },
      },
      {
        construct: 'championing-leadership',
        why: {
          en: 'Leaders who back the group give it the standing it needs early on.',
          es: 'Los líderes que respaldan al grupo le dan el reconocimiento que necesita desde el principio.',
        },
      },
    ],
    mismatches: [
      {
        construct: 'room-for-emergence',
        flag: {
          en: 'Groups must follow set formats and protocols while this community still needs to find its own way.',
          es: 'Los grupos deben seguir formatos y protocolos fijos, cuando esta comunidad todavía necesita encontrar su propio camino.',
        },
      },
      {
        construct: 'time-space-resources',
        flag: {
          en: 'Working together is added on top of full loads, just when a new group needs time to prove its worth.',
          es: 'El trabajo en conjunto se suma a cargas ya completas, justo cuando un grupo nuevo necesita tiempo para demostrar su valor.',
        },
      },
      {
        construct: 'championing-leadership',
        flag: {
          en: 'Leaders seldom back ideas that start with staff, so the new group may lack standing.',
          es: 'Los líderes rara vez respaldan ideas que surgen del personal, así que el grupo nuevo puede carecer de reconocimiento.',
        },
      },
    ],
    sources: [WMS, SENGE, MEHTA],
  },
  {
    stage: 'maturing',
    priorities: [
      {
        construct: 'knowledge-infrastructure',
        why: {
          en: 'A growing community needs to organise what it knows so newcomers can find it.',
          es: 'Una comunidad en crecimiento necesita organizar lo que sabe para que las personas recién llegadas puedan encontrarlo.',
        },
      },
      {
        construct: 'professional-orientation',
        why: {
          en: 'Members need room to use judgement as they set their focus and boundaries.',
          es: 'Los miembros necesitan margen para usar su criterio al definir su enfoque y sus límites.',
        },
      },
      {
        construct: 'permeable-membership',
        why: {
          en: 'New members from other teams need a way in as the community grows.',
          es: 'A medida que la comunidad crece, los nuevos miembros de otros equipos necesitan una forma de sumarse.',
        },
      },
    ],
    mismatches: [
      {
        construct: 'knowledge-infrastructure',
        flag: {
          en: 'Sharing and finding what staff know is hard, just when the community needs to organise its knowledge.',
          es: 'Es difícil compartir y encontrar lo que sabe el personal, justo cuando la comunidad necesita organizar su conocimiento.',
        },
      },
      {
        construct: 'professional-orientation',
        flag: {
          en: 'Work is run by set procedures, which leaves little room for the community to define its own focus.',
          es: 'El trabajo se rige por procedimientos fijos, lo que deja poco margen para que la comunidad defina su propio enfoque.',
        },
      },
    ],
    sources: [WMS, MEHTA],
  },
  {
    stage: 'stewardship',
    priorities: [
      {
        construct: 'responsive-support',
        why: {
          en: 'A mature community asks for the help it needs and is best served when help comes then.',
          es: 'Una comunidad madura pide la ayuda que necesita, y le resulta más útil cuando esa ayuda llega en ese momento.',
        },
      },
      {
        construct: 'coaching',
        why: {
          en: 'Coaches help the community fit outside demands to its own questions.',
          es: 'Los coaches ayudan a la comunidad a ajustar las exigencias externas a sus propias preguntas.',
        },
      },
      {
        construct: 'freedom-from-competing-mandates',
        why: {
          en: 'Renewal needs time that mandates do not swallow.',
          es: 'La renovación necesita tiempo que los mandatos no absorban.',
        },
      },
      {
        construct: 'dialogue-across-boundaries',
        why: {
          en: 'New ideas come from other groups and from outside.',
          es: 'Las ideas nuevas llegan de otros grupos y desde fuera.',
        },
      },
    ],
    mismatches: [
      {
        construct: 'responsive-support',
        flag: {
          en: 'Training follows a fixed calendar while this community needs help at the moment it asks.',
          es: 'La capacitación sigue un calendario fijo, mientras que esta comunidad necesita ayuda en el momento en que la pide.',
        },
      },
      {
        construct: 'freedom-from-competing-mandates',
        flag: {
          en: 'Competing mandates crowd out the time a mature community needs to renew itself.',
          es: 'Los mandatos en competencia le quitan el tiempo que una comunidad madura necesita para renovarse.',
        },
      },
      {
        construct: 'coaching',
        flag: {
          en: 'Coaches, where there are any, are not seen helping groups bring outside demands and their own questions together.',
          es: 'Donde hay coaches, no se les ve ayudando a los grupos a conciliar las exigencias externas con sus propias preguntas.',
        },
      },
    ],
    sources: [WMS, VALUE],
  },
  {
    stage: 'transformation',
    priorities: [
      {
        construct: 'integration',
        why: {
          en: 'What the community learned lasts when it is tied to the organization’s goals.',
          es: 'Lo que la comunidad aprendió perdura cuando se vincula con las metas de la organización.',
        },
      },
      {
        construct: 'championing-leadership',
        why: {
          en: 'Leaders can honour an ending or a new form as a real outcome.',
          es: 'Los líderes pueden valorar un cierre o una nueva forma como un resultado real.',
        },
      },
      {
        construct: 'mutual-adjustment',
        why: {
          en: 'Merging or splitting goes better when teams can agree changes among themselves.',
          es: 'Fusionarse o dividirse resulta mejor cuando los equipos pueden acordar cambios entre sí.',
        },
      },
    ],
    mismatches: [
      {
        construct: 'integration',
        flag: {
          en: 'What groups learn is not linked to the organization’s goals, so the community’s legacy may be lost as it changes.',
          es: 'Lo que aprenden los grupos no se vincula con las metas de la organización, así que el legado de la comunidad puede perderse al cambiar.',
        },
      },
      {
        construct: 'championing-leadership',
        flag: {
          en: 'Leaders seldom credit what groups learn, so the community’s work may go unrecognised as it ends or changes.',
          es: 'Los líderes rara vez reconocen lo que aprenden los grupos, así que el trabajo de la comunidad puede pasar desapercibido cuando termina o cambia.',
        },
      },
    ],
    sources: [WMS, WENGER],
  },
];

export const stageFit: readonly StageFit[] = inLanguage(stageFitSource, 'en');
