import type { Construct, FrameworkElement, Stage } from './types.ts';

export const elements = [
  {
    id: 'domain',
    name: 'Domain',
    summary: 'The shared concern or purpose that brings members together and gives them an identity.',
    signs: [
      'Members can say what they have in common and why it matters.',
      'The value of taking part is clear to members and to people around them.',
      'The focus grows sharper as the community learns.',
    ],
  },
  {
    id: 'community',
    name: 'Community',
    summary: 'The relationships members build by meeting and working together over time.',
    signs: [
      'Members meet regularly and know one another.',
      'There is enough trust to admit what one does not know.',
      'Newcomers are welcomed and helped towards fuller participation.',
      'Membership crosses roles and formal boundaries.',
    ],
  },
  {
    id: 'practice',
    name: 'Practice',
    summary: 'The shared repertoire of know-how, tools and stories, and the new knowledge members build together.',
    signs: [
      'Members share and compare how they actually do the work.',
      'They try things and reflect on the results together.',
      'They record what they learn so others can find it.',
      'Talk stays anchored in real work.',
    ],
  },
  {
    id: 'agency',
    name: 'Agency and reach',
    summary: 'The community acting on its own initiative and reaching outward for what it does not yet know.',
    signs: [
      'Members decide what they need to learn next.',
      'They seek out research, other communities and expertise.',
      'Motivation comes from within rather than from a mandate.',
    ],
  },
  {
    id: 'organization',
    name: 'Organizational context',
    summary: 'The culture, leadership and resources of the organization a community lives in.',
    signs: [
      'Staff are trusted to use professional judgement.',
      'Leaders support what emerges rather than prescribing it.',
      'Time, space and tools for collaboration are provided.',
      'The community’s learning is connected to the organization’s goals.',
    ],
  },
] as const satisfies readonly FrameworkElement[];

export const stages = [
  {
    id: 'potential',
    name: 'Potential',
    summary: 'People who share a concern begin to find one another; the network is loose.',
    signs: [
      'Conversations about the shared concern happen informally.',
      'People are not yet sure who else cares about it.',
    ],
    support: ['Help people find each other and name what they share.', 'Show what could be gained by meeting.'],
  },
  {
    id: 'coalescing',
    name: 'Coalescing',
    summary: 'Members come together, discover the knowledge they already share and start to build trust.',
    signs: ['The group meets, but its rhythm is still settling.', 'Members are learning what each other knows.'],
    support: [
      'Protect time and space to meet, and give the group legitimacy.',
      'Start with early activities that show value quickly; keep structure light.',
    ],
  },
  {
    id: 'maturing',
    name: 'Maturing',
    summary: 'Trust and routines are in place; the community clarifies its focus, organises its knowledge and grows.',
    signs: [
      'Meetings have a familiar rhythm.',
      'The group is deciding what is in and out of its scope.',
      'New members are being brought in and mentored.',
    ],
    support: [
      'Help clarify the domain and its boundaries.',
      'Help document and organise what the community knows.',
      'Help it absorb new members without losing its footing.',
    ],
  },
  {
    id: 'stewardship',
    name: 'Stewardship',
    summary: 'The community sustains its momentum, looks after its knowledge and looks outward for new ideas.',
    signs: [
      'Members ask for the learning and assistance they need.',
      'The community connects with other groups and with research.',
    ],
    support: [
      'Offer professional learning and technical help just in time, when the community asks.',
      'Broker connections to other communities and sources.',
      'Support renewal so energy does not fade.',
    ],
  },
  {
    id: 'transformation',
    name: 'Transformation',
    summary: 'The community changes radically: it merges, splits, becomes a formal unit or comes to an end.',
    signs: [
      'The original purpose has been met or has shifted.',
      'Members are talking about a new form or about closing.',
    ],
    support: [
      'Treat the change, including ending, as a legitimate outcome.',
      'Capture the community’s legacy so members can carry its knowledge on.',
    ],
  },
] as const satisfies readonly Stage[];

export const constructs = [
  {
    id: 'shared-domain',
    name: 'Shared domain',
    element: 'domain',
    definition:
      'How clearly members share a concern or purpose, agree why it matters and see the value of pursuing it together.',
  },
  {
    id: 'community-relationships',
    name: 'Community relationships',
    element: 'community',
    definition:
      'How far members meet regularly, trust one another enough to admit uncertainty, welcome newcomers and connect across roles.',
  },
  {
    id: 'shared-practice',
    name: 'Shared practice',
    element: 'practice',
    definition:
      'How far members share and compare their work, inquire into it together, and keep a record of what they learn.',
  },
  {
    id: 'agency-and-reach',
    name: 'Agency and outward reach',
    element: 'agency',
    definition:
      'How far the community sets its own learning agenda and reaches beyond itself for research, expertise and other communities.',
  },
  {
    id: 'professional-orientation',
    name: 'Professional orientation',
    element: 'organization',
    definition:
      'Whether staff are treated as professionals who exercise judgement rather than as executors of procedure.',
  },
  {
    id: 'room-for-emergence',
    name: 'Room for emergence',
    element: 'organization',
    definition: 'Whether groups may develop their own goals and ways of working instead of following a set protocol.',
  },
  {
    id: 'dialogue-across-boundaries',
    name: 'Dialogue across boundaries',
    element: 'organization',
    definition: 'Whether serious conversation about the work crosses roles, departments, ranks and sites.',
  },
  {
    id: 'mutual-adjustment',
    name: 'Mutual adjustment',
    element: 'organization',
    definition:
      'Whether work is coordinated by colleagues adjusting to one another rather than by command and compliance.',
  },
  {
    id: 'championing-leadership',
    name: 'Leadership that champions',
    element: 'organization',
    definition:
      'Whether leaders involve people early, notice and support a vision emerging from staff, and reflect on their own practice.',
  },
  {
    id: 'permeable-membership',
    name: 'Permeable membership',
    element: 'organization',
    definition: 'Whether membership that crosses formal teams and roles is recognised and valued.',
  },
  {
    id: 'time-space-resources',
    name: 'Time, space and resources',
    element: 'organization',
    definition:
      'Whether collaboration is given real time, places and resources instead of being added on top of other work.',
  },
  {
    id: 'responsive-support',
    name: 'Responsive support',
    element: 'organization',
    definition:
      'Whether professional learning and technical help arrive when a community asks for them, not on a fixed calendar.',
  },
  {
    id: 'freedom-from-competing-mandates',
    name: 'Freedom from competing mandates',
    element: 'organization',
    definition:
      'How little mandated training and external requirements crowd out the time and attention communities need. Higher means fewer competing demands.',
  },
  {
    id: 'coaching',
    name: 'Coaching',
    element: 'organization',
    definition:
      'Whether coaches help leaders reflect and help communities reconcile outside expectations with their own sense of need.',
  },
  {
    id: 'knowledge-infrastructure',
    name: 'Knowledge-sharing infrastructure',
    element: 'organization',
    definition: 'Whether systems and habits make it easy to share practice and to find what colleagues know.',
  },
  {
    id: 'integration',
    name: 'Integration with the organization',
    element: 'organization',
    definition: 'Whether what communities learn is connected to the organization’s strategy and valued by it.',
  },
] as const satisfies readonly Construct[];

export type ConstructId = (typeof constructs)[number]['id'];

export const elementIds = elements.map((element) => element.id);
export const stageIds = stages.map((stage) => stage.id);
export const constructIds = constructs.map((construct) => construct.id);

function lookUp<T extends { id: string }>(kind: string, list: readonly T[], id: string): T {
  const found = list.find((entry) => entry.id === id);
  if (!found) throw new Error(`Unknown ${kind} id "${id}". Known ${kind} ids: ${list.map((e) => e.id).join(', ')}.`);
  return found;
}

export const findConstruct = (id: string): Construct => lookUp('construct', constructs, id);
export const findStage = (id: string): Stage => lookUp('stage', stages, id);
export const findElement = (id: string): FrameworkElement => lookUp('element', elements, id);
