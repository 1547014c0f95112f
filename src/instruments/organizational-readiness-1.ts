import type { Localized } from './languages.ts';
import type { Instrument } from './types.ts';
import { context, version1 } from './items.ts';
import { descriptiveBandSource } from './bands.ts';
import { distributionParameterSource } from './parameters.ts';

/** Version 1.0.0, frozen: responses to it are still read, scored and analysed. */
export const organizationalReadiness1: Instrument<Localized> = {
  id: 'organizational-readiness',
  version: '1.0.0',
  languages: ['en'],
  title: { en: 'Organizational readiness for communities of practice' },
  audience: {
    en: 'Members, leaders and coaches who want a picture of how their organization supports its communities of practice.',
  },
  // 49 agreement items at about 12 seconds and 1 context question at about 10 seconds: 598 s, rounded up.
  minutes: 10,
  introduction: {
    en:
      'Communities of practice are groups of people who meet by choice to learn about shared work. ' +
      'This survey looks at how the organization around such groups helps or holds them back. ' +
      'When a question says “groups”, it means groups like these. ' +
      'Your results describe the setting as people see it, without judging anyone.',
  },
  consent: {
    en:
      'Taking part is your choice, and you can stop at any time. ' +
      'We do not ask for your name. ' +
      'Your answers are kept on this device. ' +
      'If the person who shared this link set up a researcher to receive answers, they are also sent to that researcher. ' +
      'Results are used for reflection and research, never to evaluate any individual.',
  },
  sections: [
    {
      id: 'about-you',
      title: { en: 'About you' },
      description: {
        en: 'Leaders, coaches and staff often see the same place differently. This question lets us compare views.',
      },
      items: [context('ctx_role', 'organization-role', { en: 'Which best describes your role?' }, true)],
    },
    {
      id: 'how-work-is-organized',
      title: { en: 'How work is organized' },
      description: { en: 'These questions are about how much freedom people have and how work gets coordinated.' },
      items: [
        version1.scored('prof_01', 'professional-orientation', {
          en: 'People here are trusted to use their own professional judgement.',
        }),
        version1.scored('prof_02', 'professional-orientation', {
          en: 'Our organization treats staff as experts in their own work.',
        }),
        version1.scored('prof_03', 'professional-orientation', {
          en: 'Staff here can adapt their methods to fit the people they serve.',
        }),
        version1.scored(
          'prof_04',
          'professional-orientation',
          { en: 'Much of the work here comes down to following set procedures.' },
          true,
        ),

        version1.scored('emer_01', 'room-for-emergence', {
          en: 'Groups here can set their own goals for what to learn.',
        }),
        version1.scored('emer_02', 'room-for-emergence', {
          en: 'Leaders here are comfortable when a group’s plans change as it learns.',
        }),
        version1.scored('emer_03', 'room-for-emergence', {
          en: 'New ideas from staff are allowed to grow without a fixed plan.',
        }),
        version1.scored(
          'emer_04',
          'room-for-emergence',
          { en: 'Every group here must follow the same set format for its meetings.' },
          true,
        ),

        version1.scored('adj_01', 'mutual-adjustment', {
          en: 'Colleagues here sort out among themselves how to work together.',
        }),
        version1.scored('adj_02', 'mutual-adjustment', {
          en: 'When plans clash, people here talk it through with each other.',
        }),
        version1.scored('adj_03', 'mutual-adjustment', {
          en: 'Teams here adjust their work to fit what other teams are doing.',
        }),
        version1.scored(
          'adj_04',
          'mutual-adjustment',
          { en: 'Most work here is coordinated by orders passed down from the top.' },
          true,
        ),
      ],
    },
    {
      id: 'connections',
      title: { en: 'Connections' },
      description: {
        en: 'These questions are about how people, groups and knowledge connect across the organization.',
      },
      items: [
        version1.scored('dial_01', 'dialogue-across-boundaries', {
          en: 'People in different roles here talk openly with each other about their work.',
        }),
        version1.scored('dial_02', 'dialogue-across-boundaries', {
          en: 'Staff from different departments meet to discuss real problems.',
        }),
        version1.scored('dial_03', 'dialogue-across-boundaries', {
          en: 'People at our different sites learn from one another.',
        }),
        version1.scored(
          'dial_04',
          'dialogue-across-boundaries',
          { en: 'Talk about the work here mostly stays inside each team.' },
          true,
        ),

        version1.scored('memb_01', 'permeable-membership', {
          en: 'Leaders here recognise time spent in groups that cross formal teams.',
        }),
        version1.scored('memb_02', 'permeable-membership', {
          en: 'People here can join a group outside their own department.',
        }),
        version1.scored('memb_03', 'permeable-membership', {
          en: 'Groups that mix people from different roles are valued here.',
        }),
        version1.scored(
          'memb_04',
          'permeable-membership',
          { en: 'Only official, formally assigned teams count as real work here.' },
          true,
        ),

        version1.scored('know_01', 'knowledge-infrastructure', {
          en: 'It is easy to share useful materials with colleagues here.',
        }),
        version1.scored('know_02', 'knowledge-infrastructure', {
          en: 'People here can quickly find what colleagues have already learned.',
        }),
        version1.scored('know_03', 'knowledge-infrastructure', {
          en: 'Our shared tools help us keep track of what works.',
        }),
        version1.scored(
          'know_04',
          'knowledge-infrastructure',
          { en: 'The systems here make it hard to pass on what we know.' },
          true,
        ),
      ],
    },
    {
      id: 'leadership-and-support',
      title: { en: 'Leadership and support' },
      description: { en: 'These questions are about what leaders, coaches and support staff do for groups.' },
      items: [
        version1.scored('lead_01', 'championing-leadership', {
          en: 'Leaders here ask for staff ideas early, before plans are set.',
        }),
        version1.scored('lead_02', 'championing-leadership', {
          en: 'Leaders here get behind ideas that grow out of staff interests.',
        }),
        version1.scored('lead_03', 'championing-leadership', {
          en: 'Leaders here think openly about how their own decisions turned out.',
        }),
        version1.scored('lead_04', 'championing-leadership', {
          en: 'Leaders here give groups credit for what they have learned.',
        }),
        version1.scored(
          'lead_05',
          'championing-leadership',
          { en: 'Leaders here make plans alone, then look for staff to accept them.' },
          true,
        ),

        version1.scored('coach_01', 'coaching', {
          en: 'Coaches here help leaders think more deeply about their choices.',
        }),
        version1.scored('coach_02', 'coaching', { en: 'Coaches help groups fit outside demands to their own needs.' }),
        version1.scored('coach_03', 'coaching', { en: 'Groups here can get a coach when they want one.' }),
        version1.scored(
          'coach_04',
          'coaching',
          { en: 'Groups here are left alone to make sense of what leaders expect.' },
          true,
        ),

        version1.scored('supp_01', 'responsive-support', {
          en: 'Groups here can get expert help soon after they ask for it.',
        }),
        version1.scored('supp_02', 'responsive-support', {
          en: 'Training here is offered at the moment a group needs it.',
        }),
        version1.scored('supp_03', 'responsive-support', {
          en: 'Support staff here shape their help around what each group asks.',
        }),
        version1.scored(
          'supp_04',
          'responsive-support',
          { en: 'Training here follows a fixed calendar, whatever groups happen to need.' },
          true,
        ),
      ],
    },
    {
      id: 'time-and-priorities',
      title: { en: 'Time and priorities' },
      description: { en: 'These questions are about the time, places and attention that groups can count on.' },
      items: [
        version1.scored('time_01', 'time-space-resources', {
          en: 'Staff here have set time in their week to work together.',
        }),
        version1.scored('time_02', 'time-space-resources', { en: 'There are good places here for groups to meet.' }),
        version1.scored('time_03', 'time-space-resources', {
          en: 'Groups here get the resources they need to do their work.',
        }),
        version1.scored(
          'time_04',
          'time-space-resources',
          { en: 'Working together here is added on top of an already full load.' },
          true,
        ),

        version1.scored(
          'mand_01',
          'freedom-from-competing-mandates',
          { en: 'Required training here takes time away from group work.' },
          true,
        ),
        version1.scored(
          'mand_02',
          'freedom-from-competing-mandates',
          { en: 'Outside requirements here crowd out time for learning together.' },
          true,
        ),
        version1.scored(
          'mand_03',
          'freedom-from-competing-mandates',
          { en: 'New mandates often pull people away from what their group is doing.' },
          true,
        ),
        version1.scored('mand_04', 'freedom-from-competing-mandates', {
          en: 'Groups here are shielded from demands that would crowd out their work.',
        }),

        version1.scored('integ_01', 'integration', {
          en: 'What groups learn here is linked to our organization’s goals.',
        }),
        version1.scored('integ_02', 'integration', { en: 'Leaders here use what groups learn when they make plans.' }),
        version1.scored('integ_03', 'integration', { en: 'Our organization values the learning that groups produce.' }),
        version1.scored(
          'integ_04',
          'integration',
          { en: 'Groups that learn together are seen here as an optional extra.' },
          true,
        ),
      ],
    },
  ],
  roleItem: 'ctx_role',
  parameters: distributionParameterSource,
  scoring: { minAnsweredShare: 2 / 3, bands: descriptiveBandSource, readinessProfile: true },
};
