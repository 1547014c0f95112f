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
  title: { en: 'About you' },
  description: {
    en: 'Leaders, coaches and staff often see the same place differently. This optional question lets us compare views. Small groups are merged in any summary, so no one stands out.',
  },
  items: [context('ctx_role', 'organization-role', { en: 'Which best describes your role?' })],
};

const howWorkIsOrganized: Section<Localized> = {
  id: 'how-work-is-organized',
  title: { en: 'How work is organized' },
  description: { en: 'These questions are about how much freedom staff at {unit} have and how work gets coordinated.' },
  items: [
    scored(
      'prof_05',
      'professional-orientation',
      { en: 'Staff at {unit} are trusted to use their professional judgement.' },
      { shortForm: true },
    ),
    scored('prof_06', 'professional-orientation', {
      en: 'Staff at {unit} can change their methods to suit the people they serve.',
    }),
    scored('prof_07', 'professional-orientation', {
      en: 'Leaders at {unit} treat staff as experts in their own work.',
    }),
    scored(
      'prof_08',
      'professional-orientation',
      { en: 'Most work at {unit} comes down to following set steps.' },
      { reverse: true },
    ),

    scored(
      'emer_05',
      'room-for-emergence',
      { en: 'Groups at {unit} can set their own goals for what to learn.' },
      { shortForm: true },
    ),
    scored('emer_06', 'room-for-emergence', {
      en: 'Leaders at {unit} accept it when a group’s plans change as it learns.',
    }),
    scored('emer_07', 'room-for-emergence', {
      en: 'New ideas from staff at {unit} get room to grow before anyone asks for a plan.',
    }),
    scored(
      'emer_08',
      'room-for-emergence',
      { en: 'Every group at {unit} must use the same set format for its meetings.' },
      { reverse: true },
    ),

    scored(
      'adj_05',
      'mutual-adjustment',
      { en: 'Colleagues at {unit} work out between themselves how to work together.' },
      { shortForm: true },
    ),
    scored('adj_06', 'mutual-adjustment', { en: 'When plans clash at {unit}, the people involved talk it through.' }),
    scored('adj_07', 'mutual-adjustment', {
      en: 'Teams at {unit} adjust their work to fit what other teams are doing.',
    }),
    scored(
      'adj_08',
      'mutual-adjustment',
      { en: 'Most work at {unit} is coordinated by orders from the top.' },
      { reverse: true },
    ),
  ],
};

const connections: Section<Localized> = {
  id: 'connections',
  title: { en: 'Connections' },
  description: { en: 'These questions are about how staff, groups and knowledge connect across {unit}.' },
  items: [
    scored(
      'dial_05',
      'dialogue-across-boundaries',
      { en: 'Staff in different roles at {unit} talk openly with each other about their work.' },
      { shortForm: true },
    ),
    scored('dial_06', 'dialogue-across-boundaries', {
      en: 'Staff from different teams at {unit} meet to discuss real problems.',
    }),
    scored('dial_07', 'dialogue-across-boundaries', {
      en: 'Staff at {unit} ask colleagues outside their own team for advice.',
    }),
    scored(
      'dial_08',
      'dialogue-across-boundaries',
      { en: 'Talk about the work at {unit} mostly stays inside each team.' },
      { reverse: true },
    ),

    scored(
      'memb_05',
      'permeable-membership',
      { en: 'Staff at {unit} can join a group outside their own team.' },
      { shortForm: true },
    ),
    scored('memb_06', 'permeable-membership', {
      en: 'Time spent in groups that cross teams counts as real work at {unit}.',
    }),
    scored('memb_07', 'permeable-membership', {
      en: 'Groups that mix staff from different roles are welcome at {unit}.',
    }),
    scored(
      'memb_08',
      'permeable-membership',
      { en: 'Only official, assigned teams count as real work at {unit}.' },
      { reverse: true },
    ),

    scored(
      'know_05',
      'knowledge-infrastructure',
      { en: 'Staff at {unit} can easily share good ideas and tools with each other.' },
      { shortForm: true },
    ),
    scored('know_06', 'knowledge-infrastructure', {
      en: 'Staff at {unit} can quickly find what colleagues have already learned.',
    }),
    scored(
      'know_07',
      'knowledge-infrastructure',
      { en: 'The shared tools at {unit} help groups keep track of what works.' },
      { nonResponse: MAY_NOT_APPLY },
    ),
    scored(
      'know_08',
      'knowledge-infrastructure',
      { en: 'The systems at {unit} make it hard to pass on what staff know.' },
      {
        reverse: true,
        nonResponse: MAY_NOT_APPLY,
      },
    ),
  ],
};

const leadershipAndSupport: Section<Localized> = {
  id: 'leadership-and-support',
  title: { en: 'Leadership and support' },
  description: { en: 'These questions are about what leaders and support staff at {unit} do for groups.' },
  items: [
    scored(
      'lead_06',
      'championing-leadership',
      { en: 'Leaders at {unit} ask for staff ideas early, before plans are set.' },
      { shortForm: true },
    ),
    scored('lead_07', 'championing-leadership', {
      en: 'Leaders at {unit} back ideas that grow out of staff interests.',
    }),
    scored('lead_08', 'championing-leadership', {
      en: 'Leaders at {unit} say openly what they learned from their own decisions.',
    }),
    scored('lead_09', 'championing-leadership', {
      en: 'Leaders at {unit} give groups credit for what they have learned.',
    }),
    scored(
      'lead_10',
      'championing-leadership',
      { en: 'Leaders at {unit} make plans alone, then look for staff to accept them.' },
      { reverse: true },
    ),

    scored(
      'supp_05',
      'responsive-support',
      { en: 'Groups at {unit} can get expert help soon after they ask for it.' },
      { shortForm: true },
    ),
    scored('supp_06', 'responsive-support', { en: 'Training at {unit} is offered when a group needs it.' }),
    scored('supp_07', 'responsive-support', {
      en: 'Support staff at {unit} shape their help around what each group asks for.',
    }),
    scored(
      'supp_08',
      'responsive-support',
      { en: 'Training at {unit} follows a fixed calendar, whatever groups need.' },
      { reverse: true },
    ),
    context('scr_coaches', 'yes-no-unsure', { en: 'Does {unit} have coaches who work with groups of staff?' }, true),
  ],
};

const coaching: Section<Localized> = {
  id: 'coaching',
  title: { en: 'Coaching' },
  description: { en: 'You said {unit} has coaches. These questions are about what you see them do with groups.' },
  askIf: { item: 'scr_coaches', values: ['yes'] },
  items: [
    scored(
      'coach_05',
      'coaching',
      { en: 'Groups at {unit} can get a coach’s help when they ask for it.' },
      { shortForm: true },
    ),
    scored('coach_06', 'coaching', { en: 'Coaches at {unit} help groups fit outside demands to their own needs.' }),
    scored('coach_07', 'coaching', { en: 'Coaches at {unit} help groups take their questions to leaders.' }),
    scored(
      'coach_08',
      'coaching',
      { en: 'Coaches at {unit} mostly check that groups follow the rules.' },
      { reverse: true },
    ),
  ],
};

const timeAndPriorities: Section<Localized> = {
  id: 'time-and-priorities',
  title: { en: 'Time and priorities' },
  description: { en: 'These questions are about the time, places and attention that groups at {unit} can count on.' },
  items: [
    scored(
      'time_05',
      'time-space-resources',
      { en: 'Staff at {unit} have set time in their week to work together.' },
      { shortForm: true },
    ),
    scored('time_06', 'time-space-resources', { en: 'Groups at {unit} have good places to meet.' }),
    scored('time_07', 'time-space-resources', { en: 'Groups at {unit} get the materials they need for their work.' }),
    scored(
      'time_08',
      'time-space-resources',
      { en: 'Working together at {unit} is added on top of an already full load.' },
      { reverse: true },
    ),

    scored(
      'mand_05',
      'freedom-from-competing-mandates',
      { en: 'Outside requirements at {unit} crowd out time for learning together.' },
      { reverse: true, shortForm: true },
    ),
    scored(
      'mand_06',
      'freedom-from-competing-mandates',
      { en: 'Required training at {unit} takes time away from group work.' },
      { reverse: true },
    ),
    scored(
      'mand_07',
      'freedom-from-competing-mandates',
      { en: 'New mandates at {unit} often pull staff away from their group’s work.' },
      { reverse: true },
    ),
    scored('mand_08', 'freedom-from-competing-mandates', {
      en: 'Leaders at {unit} protect groups from demands that would crowd out their work.',
    }),

    scored(
      'integ_05',
      'integration',
      { en: 'What groups learn is linked to the goals of {unit}.' },
      { shortForm: true },
    ),
    scored('integ_06', 'integration', { en: 'Leaders at {unit} use what groups learn when they make plans.' }),
    scored('integ_07', 'integration', { en: 'Leaders at {unit} share what groups learn with the rest of the staff.' }),
    scored(
      'integ_08',
      'integration',
      { en: 'Groups that learn together are seen as an optional extra at {unit}.' },
      { reverse: true },
    ),
  ],
};

const yourCommunity: Section<Localized> = {
  id: 'your-community',
  title: { en: 'A community you know' },
  description: {
    en: 'Think of the community of practice at {unit} that you know best. Your answer lets the report say which conditions matter most for it now. You can skip it.',
  },
  items: [
    context('community_vignette', 'stage-vignette', {
      en: 'Which of these sounds most like that community right now?',
    }),
  ],
};

const introduction = {
  en:
    'Communities of practice are groups of staff who meet by choice to learn about shared work. ' +
    'This survey asks how {unit} helps or holds back groups like these. ' +
    'Answer from what you can see where you work. If you cannot tell, choose “Don’t know”. ' +
    'Your results describe the setting as people see it, without judging anyone.',
};

const consent = {
  en:
    'Taking part is your choice. You can stop at any time, and you can skip the question about your role. ' +
    'We do not ask for your name. ' +
    'Your answers are saved on this device until you finish. ' +
    'When you finish, they are sent to the people running this survey, if there are any. The study information says who they are. ' +
    'Results are used for reflection and research, never to judge any one person.',
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
const unit = { parameter: 'site', fallback: { en: 'your workplace' } };

export const organizationalReadiness: Instrument<Localized> = {
  id: 'organizational-readiness',
  version: '2.0.0',
  languages: ['en'],
  title: { en: 'Organizational readiness for communities of practice' },
  audience: {
    en: 'Staff, leaders and coaches who want a picture of how their organization supports its communities of practice.',
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
  version: '1.0.0',
  languages: ['en'],
  title: { en: 'Organizational readiness: short form' },
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
