import type { Instrument } from './types.ts';
import { context, version1 } from './items.ts';
import { descriptiveBands } from './bands.ts';
import { distributionParameters } from './parameters.ts';

/** Version 1.0.0, frozen: responses to it are still read, scored and analysed. */
export const organizationalReadiness1: Instrument = {
  id: 'organizational-readiness',
  version: '1.0.0',
  title: 'Organizational readiness for communities of practice',
  audience:
    'Members, leaders and coaches who want a picture of how their organization supports its communities of practice.',
  // 49 agreement items at about 12 seconds and 1 context question at about 10 seconds: 598 s, rounded up.
  minutes: 10,
  introduction:
    'Communities of practice are groups of people who meet by choice to learn about shared work. ' +
    'This survey looks at how the organization around such groups helps or holds them back. ' +
    'When a question says “groups”, it means groups like these. ' +
    'Your results describe the setting as people see it, without judging anyone.',
  consent:
    'Taking part is your choice, and you can stop at any time. ' +
    'We do not ask for your name. ' +
    'Your answers are kept on this device. ' +
    'If the person who shared this link set up a researcher to receive answers, they are also sent to that researcher. ' +
    'Results are used for reflection and research, never to evaluate any individual.',
  sections: [
    {
      id: 'about-you',
      title: 'About you',
      description:
        'Leaders, coaches and staff often see the same place differently. This question lets us compare views.',
      items: [context('ctx_role', 'organization-role', 'Which best describes your role?', true)],
    },
    {
      id: 'how-work-is-organized',
      title: 'How work is organized',
      description: 'These questions are about how much freedom people have and how work gets coordinated.',
      items: [
        version1.scored(
          'prof_01',
          'professional-orientation',
          'People here are trusted to use their own professional judgement.',
        ),
        version1.scored(
          'prof_02',
          'professional-orientation',
          'Our organization treats staff as experts in their own work.',
        ),
        version1.scored(
          'prof_03',
          'professional-orientation',
          'Staff here can adapt their methods to fit the people they serve.',
        ),
        version1.scored(
          'prof_04',
          'professional-orientation',
          'Much of the work here comes down to following set procedures.',
          true,
        ),

        version1.scored('emer_01', 'room-for-emergence', 'Groups here can set their own goals for what to learn.'),
        version1.scored(
          'emer_02',
          'room-for-emergence',
          'Leaders here are comfortable when a group’s plans change as it learns.',
        ),
        version1.scored(
          'emer_03',
          'room-for-emergence',
          'New ideas from staff are allowed to grow without a fixed plan.',
        ),
        version1.scored(
          'emer_04',
          'room-for-emergence',
          'Every group here must follow the same set format for its meetings.',
          true,
        ),

        version1.scored(
          'adj_01',
          'mutual-adjustment',
          'Colleagues here sort out among themselves how to work together.',
        ),
        version1.scored(
          'adj_02',
          'mutual-adjustment',
          'When plans clash, people here talk it through with each other.',
        ),
        version1.scored(
          'adj_03',
          'mutual-adjustment',
          'Teams here adjust their work to fit what other teams are doing.',
        ),
        version1.scored(
          'adj_04',
          'mutual-adjustment',
          'Most work here is coordinated by orders passed down from the top.',
          true,
        ),
      ],
    },
    {
      id: 'connections',
      title: 'Connections',
      description: 'These questions are about how people, groups and knowledge connect across the organization.',
      items: [
        version1.scored(
          'dial_01',
          'dialogue-across-boundaries',
          'People in different roles here talk openly with each other about their work.',
        ),
        version1.scored(
          'dial_02',
          'dialogue-across-boundaries',
          'Staff from different departments meet to discuss real problems.',
        ),
        version1.scored(
          'dial_03',
          'dialogue-across-boundaries',
          'People at our different sites learn from one another.',
        ),
        version1.scored(
          'dial_04',
          'dialogue-across-boundaries',
          'Talk about the work here mostly stays inside each team.',
          true,
        ),

        version1.scored(
          'memb_01',
          'permeable-membership',
          'Leaders here recognise time spent in groups that cross formal teams.',
        ),
        version1.scored(
          'memb_02',
          'permeable-membership',
          'People here can join a group outside their own department.',
        ),
        version1.scored(
          'memb_03',
          'permeable-membership',
          'Groups that mix people from different roles are valued here.',
        ),
        version1.scored(
          'memb_04',
          'permeable-membership',
          'Only official, formally assigned teams count as real work here.',
          true,
        ),

        version1.scored(
          'know_01',
          'knowledge-infrastructure',
          'It is easy to share useful materials with colleagues here.',
        ),
        version1.scored(
          'know_02',
          'knowledge-infrastructure',
          'People here can quickly find what colleagues have already learned.',
        ),
        version1.scored('know_03', 'knowledge-infrastructure', 'Our shared tools help us keep track of what works.'),
        version1.scored(
          'know_04',
          'knowledge-infrastructure',
          'The systems here make it hard to pass on what we know.',
          true,
        ),
      ],
    },
    {
      id: 'leadership-and-support',
      title: 'Leadership and support',
      description: 'These questions are about what leaders, coaches and support staff do for groups.',
      items: [
        version1.scored(
          'lead_01',
          'championing-leadership',
          'Leaders here ask for staff ideas early, before plans are set.',
        ),
        version1.scored(
          'lead_02',
          'championing-leadership',
          'Leaders here get behind ideas that grow out of staff interests.',
        ),
        version1.scored(
          'lead_03',
          'championing-leadership',
          'Leaders here think openly about how their own decisions turned out.',
        ),
        version1.scored(
          'lead_04',
          'championing-leadership',
          'Leaders here give groups credit for what they have learned.',
        ),
        version1.scored(
          'lead_05',
          'championing-leadership',
          'Leaders here make plans alone, then look for staff to accept them.',
          true,
        ),

        version1.scored('coach_01', 'coaching', 'Coaches here help leaders think more deeply about their choices.'),
        version1.scored('coach_02', 'coaching', 'Coaches help groups fit outside demands to their own needs.'),
        version1.scored('coach_03', 'coaching', 'Groups here can get a coach when they want one.'),
        version1.scored(
          'coach_04',
          'coaching',
          'Groups here are left alone to make sense of what leaders expect.',
          true,
        ),

        version1.scored('supp_01', 'responsive-support', 'Groups here can get expert help soon after they ask for it.'),
        version1.scored('supp_02', 'responsive-support', 'Training here is offered at the moment a group needs it.'),
        version1.scored(
          'supp_03',
          'responsive-support',
          'Support staff here shape their help around what each group asks.',
        ),
        version1.scored(
          'supp_04',
          'responsive-support',
          'Training here follows a fixed calendar, whatever groups happen to need.',
          true,
        ),
      ],
    },
    {
      id: 'time-and-priorities',
      title: 'Time and priorities',
      description: 'These questions are about the time, places and attention that groups can count on.',
      items: [
        version1.scored('time_01', 'time-space-resources', 'Staff here have set time in their week to work together.'),
        version1.scored('time_02', 'time-space-resources', 'There are good places here for groups to meet.'),
        version1.scored('time_03', 'time-space-resources', 'Groups here get the resources they need to do their work.'),
        version1.scored(
          'time_04',
          'time-space-resources',
          'Working together here is added on top of an already full load.',
          true,
        ),

        version1.scored(
          'mand_01',
          'freedom-from-competing-mandates',
          'Required training here takes time away from group work.',
          true,
        ),
        version1.scored(
          'mand_02',
          'freedom-from-competing-mandates',
          'Outside requirements here crowd out time for learning together.',
          true,
        ),
        version1.scored(
          'mand_03',
          'freedom-from-competing-mandates',
          'New mandates often pull people away from what their group is doing.',
          true,
        ),
        version1.scored(
          'mand_04',
          'freedom-from-competing-mandates',
          'Groups here are shielded from demands that would crowd out their work.',
        ),

        version1.scored('integ_01', 'integration', 'What groups learn here is linked to our organization’s goals.'),
        version1.scored('integ_02', 'integration', 'Leaders here use what groups learn when they make plans.'),
        version1.scored('integ_03', 'integration', 'Our organization values the learning that groups produce.'),
        version1.scored(
          'integ_04',
          'integration',
          'Groups that learn together are seen here as an optional extra.',
          true,
        ),
      ],
    },
  ],
  roleItem: 'ctx_role',
  parameters: distributionParameters,
  scoring: { minAnsweredShare: 2 / 3, bands: descriptiveBands, readinessProfile: true },
};
