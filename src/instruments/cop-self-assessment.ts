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
  version: '2.0.0',
  languages: ['en'],
  title: { en: 'Community of practice self-assessment' },
  audience: { en: 'Members of a community of practice who want to look at their own community.' },
  // 47 agreement items at about 10 seconds, 1 short-story choice at about 30 and 4 questions about you at
  // about 8: 532 s, rounded up.
  minutes: 9,
  introduction: {
    en:
      'This survey helps your community take stock of how it works and learns together. ' +
      'It asks what you see happening in your community today. ' +
      'Your results show a picture of the community and the kinds of support that might suit it. ' +
      'They are a starting point for talk, not a score or a judgement.',
  },
  consent: {
    en:
      'Taking part is your choice. You can stop at any time, and you can skip the questions about you. ' +
      'We do not ask for your name. ' +
      'Your answers are saved on this device until you finish. ' +
      'When you finish, they are sent to the people running this survey, if there are any. The study information says who they are. ' +
      'Results are used for reflection and research, never to judge any one person.',
  },
  sections: [
    {
      id: 'domain',
      title: { en: 'What brings us together' },
      description: { en: 'These questions are about the shared concern at the heart of your community.' },
      items: [
        scored('dom_01', 'shared-domain', { en: 'Our members can say clearly what concern brings us together.' }),
        scored('dom_02', 'shared-domain', { en: 'We agree on why our shared focus matters for our work.' }),
        scored('dom_06', 'shared-domain', { en: 'Members find that taking part is worth their time.' }),
        scored('dom_07', 'shared-domain', {
          en: 'Members agree on which questions this community is here to work on.',
        }),
        scored(
          'dom_05',
          'shared-domain',
          { en: 'Members are often unsure what this community is really about.' },
          { reverse: true },
        ),
      ],
    },
    {
      id: 'community',
      title: { en: 'How we relate to each other' },
      description: { en: 'These questions are about the people in your community and how you get along.' },
      items: [
        scored('com_01', 'community-relationships', {
          en: 'Members feel safe saying when they do not know something.',
        }),
        scored('com_02', 'community-relationships', { en: 'We are in touch with one another on a regular basis.' }),
        scored(
          'com_03',
          'community-relationships',
          { en: 'New members are made to feel welcome from their first meeting.' },
          { nonResponse: MAY_NOT_APPLY },
        ),
        scored(
          'com_04',
          'community-relationships',
          { en: 'Newcomers are mostly left to work out how to take part on their own.' },
          { reverse: true, nonResponse: MAY_NOT_APPLY },
        ),
        scored('com_07', 'community-relationships', {
          en: 'Members can count on one another for help between meetings.',
        }),
        scored('com_06', 'community-relationships', {
          en: 'Members think of themselves as belonging to one shared group.',
        }),
      ],
    },
    {
      id: 'efficacy',
      title: { en: 'What we can do together' },
      description: { en: 'These questions are about what your community believes it can do as a group.' },
      items: [
        scored('eff_01', 'collective-efficacy', {
          en: 'Together, we can solve the hard problems that come up in our work.',
        }),
        scored('eff_02', 'collective-efficacy', {
          en: 'When one of us is stuck, the group can usually find a way forward.',
        }),
        scored('eff_03', 'collective-efficacy', {
          en: 'Our community can make a real difference for the people we serve.',
        }),
        scored('eff_04', 'collective-efficacy', { en: 'We keep going with a change even when it gets hard.' }),
        scored(
          'eff_05',
          'collective-efficacy',
          { en: 'The problems in our work are too big for a group like ours to change.' },
          { reverse: true },
        ),
      ],
    },
    {
      id: 'practice',
      title: { en: 'How we work and learn' },
      description: { en: 'These questions are about how your community learns from its members’ real work.' },
      items: [
        scored('prac_01', 'shared-practice', { en: 'Members show one another how they actually do their work.' }),
        scored('prac_02', 'shared-practice', { en: 'We compare the different ways we handle the same problem.' }),
        scored('prac_03', 'shared-practice', {
          en: 'We look back together at what happened when we tried something new.',
        }),
        scored('prac_04', 'shared-practice', {
          en: 'We work through our questions over several rounds, not just once.',
        }),
        scored('prac_07', 'shared-practice', { en: 'We keep a shared record of what we learn.' }),
        scored(
          'prac_06',
          'shared-practice',
          { en: 'Our meetings often drift into talk that has little to do with real work.' },
          { reverse: true },
        ),
      ],
    },
    {
      id: 'value',
      title: { en: 'What taking part gives us' },
      description: {
        en: 'Each question is about a different kind of value your community can create. Some comes right away. Some comes later, in changed work and results.',
      },
      items: [
        scored('val_01', 'value-creation', {
          en: 'Our time together is useful to members in the moment, for help or new ideas.',
        }),
        scored('val_02', 'value-creation', { en: 'Members leave with tools, contacts or ideas they can use later.' }),
        scored('val_03', 'value-creation', { en: 'Members change how they work because of what we share.' }),
        scored('val_04', 'value-creation', {
          en: 'Changes that came from our community have made a clear difference to results.',
        }),
        scored('val_05', 'value-creation', { en: 'Our community has changed how people here think about success.' }),
      ],
    },
    {
      id: 'agency',
      title: { en: 'How we steer our learning' },
      description: {
        en: 'These questions are about who decides what your community learns and where it looks for ideas.',
      },
      items: [
        scored('agen_01', 'agency-and-reach', { en: 'Members decide together what we want to learn next.' }),
        scored('agen_02', 'agency-and-reach', { en: 'We go looking for research that could help with our questions.' }),
        scored('agen_03', 'agency-and-reach', {
          en: 'We reach out to people beyond our community who know more than we do.',
        }),
        scored('agen_06', 'agency-and-reach', { en: 'Members take part by choice.' }),
        scored(
          'agen_05',
          'agency-and-reach',
          { en: 'We mostly learn what others decide we should learn.' },
          { reverse: true },
        ),
      ],
    },
    {
      id: 'stage',
      title: { en: 'Where we are now' },
      description: {
        en:
          'Communities change over time. Each statement below fits a different point in a community’s life, ' +
          'so no answer is better than another. Say how well each one describes your community right now.',
      },
      items: [
        stageItem('stage_potential_1', 'potential', {
          en: 'We are still discovering who else cares about the same issue.',
        }),
        stageItem('stg_pot_2', 'potential', { en: 'We have not yet met as a group on purpose.' }),
        stageItem('stg_pot_3', 'potential', {
          en: 'We are still deciding whether our shared concern is worth meeting about.',
        }),
        stageItem('stg_coa_1', 'coalescing', { en: 'We are still finding out whether meeting is worth our time.' }),
        stageItem('stg_coa_2', 'coalescing', { en: 'Our group is new, and we are still building trust.' }),
        stageItem('stg_coa_3', 'coalescing', { en: 'We are looking for early wins that show the group is worth it.' }),
        stageItem('stg_mat_1', 'maturing', {
          en: 'Our group is growing, and we are deciding who and what belongs in it.',
        }),
        stageItem('stg_mat_2', 'maturing', { en: 'We are sorting what we know so that newer members can use it.' }),
        stageItem('stg_mat_3', 'maturing', {
          en: 'We are working out which topics are in our focus and which are not.',
        }),
        stageItem('stg_ste_1', 'stewardship', {
          en: 'We are well set up, and keeping our energy fresh is now the main task.',
        }),
        stageItem('stg_ste_2', 'stewardship', {
          en: 'We need new people or new ideas to keep our routine from going stale.',
        }),
        stageItem('stg_ste_3', 'stewardship', {
          en: 'Others now come to our group as the place to learn about our topic.',
        }),
        stageItem('stg_tra_1', 'transformation', { en: 'Our group has done most of what it set out to do.' }),
        stageItem('stg_tra_2', 'transformation', { en: 'Our first purpose no longer fits what members need.' }),
        stageItem('stg_tra_3', 'transformation', { en: 'We have started to plan what our group will turn into next.' }),
      ],
    },
    {
      id: 'stage-story',
      title: { en: 'Our story so far' },
      description: {
        en: 'Pick the short story that sounds most like your community right now. You can skip it if none fits.',
      },
      items: [
        context('stage_vignette', 'stage-vignette', {
          en: 'Which of these sounds most like your community right now?',
        }),
      ],
    },
    {
      id: 'context',
      title: { en: 'About you' },
      description: {
        en: 'These optional questions help compare views within the community. You can skip any of them.',
      },
      items: [
        context('ctx_role', 'cop-role', { en: 'What is your role in this community?' }),
        context('ctx_participation', 'participation-level', { en: 'Which best describes how you take part?' }),
        context('ctx_tenure', 'tenure', { en: 'How long have you been part of this community?' }),
        context('ctx_frequency', 'participation-frequency', {
          en: 'How often do you take part in this community’s activities?',
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
