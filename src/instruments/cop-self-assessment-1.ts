import type { Localized } from './languages.ts';
import type { Instrument } from './types.ts';
import { context, version1 } from './items.ts';
import { descriptiveBandSource } from './bands.ts';
import { distributionParameterSource } from './parameters.ts';

/** Version 1.0.0, frozen: responses to it are still read, scored and analysed. */
export const copSelfAssessment1: Instrument<Localized> = {
  id: 'cop-self-assessment',
  version: '1.0.0',
  languages: ['en'],
  title: { en: 'Community of practice self-assessment' },
  audience: { en: 'Members of a community of practice who want to look at their own community.' },
  // 32 agreement items at about 12 seconds and 3 context questions at about 10 seconds: 414 s, rounded up.
  minutes: 7,
  introduction: {
    en:
      'This survey helps your community take stock of how it works and learns together. ' +
      'It asks what you see happening in your community today. ' +
      'Your results give a picture of the community and the kinds of support that might suit it. ' +
      'They are a starting point for talk, not a score or a judgement.',
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
      id: 'domain',
      title: { en: 'What brings us together' },
      description: {
        en: 'These questions are about the shared concern at the heart of your community and why it matters to you.',
      },
      items: [
        version1.scored('dom_01', 'shared-domain', {
          en: 'Our members can say clearly what concern brings us together.',
        }),
        version1.scored('dom_02', 'shared-domain', { en: 'We agree on why our shared focus matters for our work.' }),
        version1.scored('dom_03', 'shared-domain', { en: 'Being part of this community is worth the time it takes.' }),
        version1.scored('dom_04', 'shared-domain', {
          en: 'Our focus has grown clearer the longer we have worked together.',
        }),
        version1.scored(
          'dom_05',
          'shared-domain',
          { en: 'Members are often unsure what this community is really about.' },
          true,
        ),
      ],
    },
    {
      id: 'community',
      title: { en: 'How we relate to each other' },
      description: { en: 'These questions are about the people in your community and how you get along.' },
      items: [
        version1.scored('com_01', 'community-relationships', {
          en: 'Members feel safe saying when they do not know something.',
        }),
        version1.scored('com_02', 'community-relationships', {
          en: 'We are in touch with one another on a regular basis.',
        }),
        version1.scored('com_03', 'community-relationships', {
          en: 'New members are made to feel welcome from their first meeting.',
        }),
        version1.scored(
          'com_04',
          'community-relationships',
          { en: 'Newcomers are mostly left to work out how to take part on their own.' },
          true,
        ),
        version1.scored('com_05', 'community-relationships', { en: 'Our members hold many kinds of roles at work.' }),
        version1.scored('com_06', 'community-relationships', {
          en: 'Members think of themselves as belonging to one shared group.',
        }),
      ],
    },
    {
      id: 'practice',
      title: { en: 'How we work and learn' },
      description: {
        en: 'These questions are about what your community does together with the real work of its members.',
      },
      items: [
        version1.scored('prac_01', 'shared-practice', {
          en: 'Members show one another how they actually do their work.',
        }),
        version1.scored('prac_02', 'shared-practice', {
          en: 'We compare the different ways we handle the same problem.',
        }),
        version1.scored('prac_03', 'shared-practice', {
          en: 'We look back together at what happened when we tried something new.',
        }),
        version1.scored('prac_04', 'shared-practice', {
          en: 'We work through our questions over several rounds, not just once.',
        }),
        version1.scored('prac_05', 'shared-practice', {
          en: 'We write down what we learn in a place members can find later.',
        }),
        version1.scored(
          'prac_06',
          'shared-practice',
          { en: 'Our meetings often drift into talk that has little to do with real work.' },
          true,
        ),
      ],
    },
    {
      id: 'agency',
      title: { en: 'How we steer our learning' },
      description: {
        en: 'These questions are about who decides what your community learns and where it looks for ideas.',
      },
      items: [
        version1.scored('agen_01', 'agency-and-reach', { en: 'Members decide together what we want to learn next.' }),
        version1.scored('agen_02', 'agency-and-reach', {
          en: 'We go looking for research that could help with our questions.',
        }),
        version1.scored('agen_03', 'agency-and-reach', {
          en: 'We reach out to people beyond our community who know more than we do.',
        }),
        version1.scored('agen_04', 'agency-and-reach', {
          en: 'Members take part because they want to, not because they have to.',
        }),
        version1.scored(
          'agen_05',
          'agency-and-reach',
          { en: 'We mostly learn what others decide we should learn.' },
          true,
        ),
      ],
    },
    {
      id: 'stage',
      title: { en: 'Where we are now' },
      description: {
        en:
          'Communities change over time. These statements describe what may be happening in your community right now. ' +
          'Each one fits a different point in a community’s life, so no answer is better than another.',
      },
      items: [
        version1.stage('stage_potential_1', 'potential', {
          en: 'We are still discovering who else cares about the same issue.',
        }),
        version1.stage('stage_potential_2', 'potential', {
          en: 'Most of our talk about our shared concern happens in passing, not in planned meetings.',
        }),
        version1.stage('stage_coalescing_1', 'coalescing', {
          en: 'We have only just begun to meet as a group on purpose.',
        }),
        version1.stage('stage_coalescing_2', 'coalescing', {
          en: 'We are finding out how much we already know between us.',
        }),
        version1.stage('stage_maturing_1', 'maturing', {
          en: 'Our meetings now follow a pattern that everyone knows well.',
        }),
        version1.stage('stage_maturing_2', 'maturing', { en: 'We are working out where the limits of our focus lie.' }),
        version1.stage('stage_stewardship_1', 'stewardship', {
          en: 'Keeping our energy going is now one of our main tasks.',
        }),
        version1.stage('stage_stewardship_2', 'stewardship', {
          en: 'We are reaching out to other groups for new ideas.',
        }),
        version1.stage('stage_transformation_1', 'transformation', {
          en: 'Our community is turning into something quite different from what it was.',
        }),
        version1.stage('stage_transformation_2', 'transformation', {
          en: 'We are talking about merging, splitting or bringing our work to a close.',
        }),
      ],
    },
    {
      id: 'context',
      title: { en: 'About you' },
      description: {
        en: 'A few optional questions help compare views within the community. You can skip any of them.',
      },
      items: [
        context('ctx_role', 'cop-role', { en: 'What is your role in this community?' }),
        context('ctx_tenure', 'tenure', { en: 'How long have you been part of this community?' }),
        context('ctx_frequency', 'participation-frequency', {
          en: 'How often do you take part in this community’s activities?',
        }),
      ],
    },
  ],
  roleItem: 'ctx_role',
  parameters: distributionParameterSource,
  scoring: { minAnsweredShare: 2 / 3, bands: descriptiveBandSource, stageClearMargin: 0.5 },
};
