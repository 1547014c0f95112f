import type { ConstructScore } from './payload.ts';
import { inLanguage, type Localized } from './languages.ts';
import type { StageId, Text } from './types.ts';

/**
 * Which organizational conditions matter most at each stage of a community's life, and what it looks like
 * when the organization works against the stage. Support should fit the stage: the same help can feed one
 * stage and smother another (Wenger, McDermott & Snyder 2002). The readiness factors come from the
 * organizational-culture essays; each row names where its reasoning comes from.
 */
export interface StageFit<T extends Text = string> {
  stage: StageId;
  /** Readiness factors that matter most now, most important first, each with the reason in plain words. */
  priorities: readonly { construct: string; why: T }[];
  /** Shown when the factor's mean is below the agreement midpoint: the organization pulls against the stage. */
  mismatches: readonly { construct: string; flag: T }[];
  sources: readonly string[];
}

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
        why: { en: 'People who share a concern can only find each other if they talk across teams.' },
      },
      {
        construct: 'permeable-membership',
        why: { en: 'A group that forms around an interest needs to be allowed to cross team lines.' },
      },
      { construct: 'time-space-resources', why: { en: 'A first meeting needs a little time and a place.' } },
    ],
    mismatches: [
      {
        construct: 'dialogue-across-boundaries',
        flag: {
          en: 'Talk about the work stays inside teams, so people who share this concern may never find each other.',
        },
      },
      {
        construct: 'permeable-membership',
        flag: { en: 'Only assigned teams count as real work, so a group that forms by interest has no standing yet.' },
      },
    ],
    sources: [WMS, WENGER],
  },
  {
    stage: 'coalescing',
    priorities: [
      {
        construct: 'room-for-emergence',
        why: { en: 'A new group needs to find its own way of meeting before any format is set.' },
      },
      {
        construct: 'time-space-resources',
        why: { en: 'A new group needs protected time to show that meeting is worth it.' },
      },
      {
        construct: 'championing-leadership',
        why: { en: 'Leaders who back the group give it the standing it needs early on.' },
      },
    ],
    mismatches: [
      {
        construct: 'room-for-emergence',
        flag: {
          en: 'Groups must follow set formats and protocols while this community still needs to find its own way.',
        },
      },
      {
        construct: 'time-space-resources',
        flag: {
          en: 'Working together is added on top of full loads, just when a new group needs time to prove its worth.',
        },
      },
      {
        construct: 'championing-leadership',
        flag: { en: 'Leaders seldom back ideas that start with staff, so the new group may lack standing.' },
      },
    ],
    sources: [WMS, SENGE, MEHTA],
  },
  {
    stage: 'maturing',
    priorities: [
      {
        construct: 'knowledge-infrastructure',
        why: { en: 'A growing community needs to organise what it knows so newcomers can find it.' },
      },
      {
        construct: 'professional-orientation',
        why: { en: 'Members need room to use judgement as they set their focus and boundaries.' },
      },
      {
        construct: 'permeable-membership',
        why: { en: 'New members from other teams need a way in as the community grows.' },
      },
    ],
    mismatches: [
      {
        construct: 'knowledge-infrastructure',
        flag: {
          en: 'Sharing and finding what staff know is hard, just when the community needs to organise its knowledge.',
        },
      },
      {
        construct: 'professional-orientation',
        flag: {
          en: 'Work is run by set procedures, which leaves little room for the community to define its own focus.',
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
        why: { en: 'A mature community asks for the help it needs and is best served when help comes then.' },
      },
      { construct: 'coaching', why: { en: 'Coaches help the community fit outside demands to its own questions.' } },
      { construct: 'freedom-from-competing-mandates', why: { en: 'Renewal needs time that mandates do not swallow.' } },
      { construct: 'dialogue-across-boundaries', why: { en: 'New ideas come from other groups and from outside.' } },
    ],
    mismatches: [
      {
        construct: 'responsive-support',
        flag: { en: 'Training follows a fixed calendar while this community needs help at the moment it asks.' },
      },
      {
        construct: 'freedom-from-competing-mandates',
        flag: { en: 'Competing mandates crowd out the time a mature community needs to renew itself.' },
      },
      {
        construct: 'coaching',
        flag: {
          en: 'Coaches, where there are any, are not seen helping groups bring outside demands and their own questions together.',
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
        why: { en: 'What the community learned lasts when it is tied to the organization’s goals.' },
      },
      {
        construct: 'championing-leadership',
        why: { en: 'Leaders can honour an ending or a new form as a real outcome.' },
      },
      {
        construct: 'mutual-adjustment',
        why: { en: 'Merging or splitting goes better when teams can agree changes among themselves.' },
      },
    ],
    mismatches: [
      {
        construct: 'integration',
        flag: {
          en: 'What groups learn is not linked to the organization’s goals, so the community’s legacy may be lost as it changes.',
        },
      },
      {
        construct: 'championing-leadership',
        flag: {
          en: 'Leaders seldom credit what groups learn, so the community’s work may go unrecognised as it ends or changes.',
        },
      },
    ],
    sources: [WMS, WENGER],
  },
];

export const stageFit: readonly StageFit[] = inLanguage(stageFitSource, 'en');

/** A factor counts as working against the stage when respondents, on balance, disagree that it is in place. */
export const MISMATCH_BELOW = 3;

export interface StageFitReport {
  stage: StageId;
  priorities: { construct: string; why: string; mean: number | null }[];
  /** Only the mismatches whose factor was scored below MISMATCH_BELOW. */
  mismatches: { construct: string; flag: string; mean: number }[];
  sources: readonly string[];
}

/** The fit table's row for a stage, read against readiness scores (a respondent's or a group's means). */
export function fitFor(stage: StageId, scores: readonly Pick<ConstructScore, 'construct' | 'mean'>[]): StageFitReport {
  const row = stageFit.find((fit) => fit.stage === stage);
  if (!row) throw new Error(`The stage fit table has no row for "${stage}".`);
  const meanOf = (construct: string) => scores.find((score) => score.construct === construct)?.mean ?? null;
  return {
    stage,
    priorities: row.priorities.map((priority) => ({ ...priority, mean: meanOf(priority.construct) })),
    mismatches: row.mismatches.flatMap((mismatch) => {
      const mean = meanOf(mismatch.construct);
      return mean !== null && mean < MISMATCH_BELOW ? [{ ...mismatch, mean }] : [];
    }),
    sources: row.sources,
  };
}
