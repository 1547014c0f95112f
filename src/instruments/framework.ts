import type { Construct, FrameworkElement, Stage, WheatleyCondition } from './types.ts';

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
    tension: 'Is there enough common ground here to start something?',
    signs: [
      'Conversations about the shared concern happen informally.',
      'People are not yet sure who else cares about it.',
    ],
    support: ['Help people find each other and name what they share.', 'Show what could be gained by meeting.'],
    avoid: [
      'Making the group a formal team, with a charter and targets, before people have chosen to meet.',
      'Assigning members: a community forms around what people care about.',
    ],
    prompts: [
      'Who else cares about this concern, and how could we find them?',
      'What would make a first meeting worth an hour of someone’s week?',
    ],
    essay: 'stages-of-development',
  },
  {
    id: 'coalescing',
    name: 'Coalescing',
    summary: 'Members come together, discover the knowledge they already share and start to build trust.',
    tension: 'Will meeting be worth our time, and can we trust each other enough to be honest?',
    signs: ['The group meets, but its rhythm is still settling.', 'Members are learning what each other knows.'],
    support: [
      'Protect time and space to meet, and give the group legitimacy.',
      'Start with early activities that show value quickly; keep structure light.',
    ],
    avoid: [
      'Handing the group a set protocol or rubric for its meetings before it has found its own way.',
      'Asking for measurable results before members have had time to build trust.',
    ],
    prompts: [
      'What have we already learned from each other that we would not have found alone?',
      'What small thing could we do together this month that members would value?',
      'What helps a new member feel safe saying “I don’t know” here?',
    ],
    essay: 'stages-of-development',
  },
  {
    id: 'maturing',
    name: 'Maturing',
    summary: 'Trust and routines are in place; the community clarifies its focus, organises its knowledge and grows.',
    tension: 'What is our focus, and who belongs, now that we are growing?',
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
    avoid: [
      'Letting the group grow so fast that newcomers never learn how it works.',
      'Keeping everything in people’s heads when members need to find it again.',
    ],
    prompts: [
      'Which questions are ours to work on, and which belong to someone else?',
      'What do we know now that a new member should be able to find?',
      'How do newer members learn the way we work?',
    ],
    essay: 'stages-of-development',
  },
  {
    id: 'stewardship',
    name: 'Stewardship',
    summary: 'The community sustains its momentum, looks after its knowledge and looks outward for new ideas.',
    tension: 'How do we stay fresh and open while keeping what makes us work?',
    signs: [
      'Members ask for the learning and assistance they need.',
      'The community connects with other groups and with research.',
    ],
    support: [
      'Offer professional learning and technical help just in time, when the community asks.',
      'Broker connections to other communities and sources.',
      'Support renewal so energy does not fade.',
    ],
    avoid: [
      'Training on a fixed calendar that ignores what the community asks for.',
      'Treating the community as finished and taking away its time.',
    ],
    prompts: [
      'What are we asking for help with right now, and who could give it?',
      'Which group or source outside our community could bring us new ideas?',
      'What routine of ours has gone stale, and what could replace it?',
    ],
    essay: 'stages-of-development',
  },
  {
    id: 'transformation',
    name: 'Transformation',
    summary: 'The community changes radically: it merges, splits, becomes a formal unit or comes to an end.',
    tension: 'What should become of the community and of what it knows?',
    signs: [
      'The original purpose has been met or has shifted.',
      'Members are talking about a new form or about closing.',
    ],
    support: [
      'Treat the change, including ending, as a legitimate outcome.',
      'Capture the community’s legacy so members can carry its knowledge on.',
    ],
    avoid: [
      'Holding on to a group out of habit once its purpose is met.',
      'Letting the group end without saving what members learned.',
    ],
    prompts: [
      'What has this community done that we want to carry on?',
      'Who should keep what we have learned, and in what form?',
      'What new group, if any, should grow out of this one?',
    ],
    essay: 'stages-of-development',
  },
] as const satisfies readonly Stage[];

export const constructs = [
  {
    id: 'shared-domain',
    name: 'Shared domain',
    element: 'domain',
    definition:
      'How clearly members share a concern or purpose, agree why it matters and see the value of pursuing it together.',
    prompts: [
      'Could each of us say in one sentence what this community is for? Would our sentences match?',
      'Which question of ours matters most to the people we serve?',
    ],
    essay: 'what-is-a-community-of-practice',
  },
  {
    id: 'community-relationships',
    name: 'Community relationships',
    element: 'community',
    definition:
      'How far members meet regularly, trust one another enough to admit uncertainty, welcome newcomers and connect across roles.',
    prompts: [
      'When did someone here last say “I don’t know”? What happened next?',
      'How does a newcomer find out how to take part?',
    ],
    essay: 'what-is-a-community-of-practice',
  },
  {
    id: 'shared-practice',
    name: 'Shared practice',
    element: 'practice',
    definition:
      'How far members share and compare their work, inquire into it together, and keep a record of what they learn.',
    prompts: [
      'When did we last look at real work together, such as a lesson plan or a case?',
      'Where would a member find what we learned last term?',
    ],
    essay: 'what-is-a-community-of-practice',
  },
  {
    id: 'agency-and-reach',
    name: 'Agency and outward reach',
    element: 'agency',
    definition:
      'How far the community sets its own learning agenda and reaches beyond itself for research, expertise and other communities.',
    prompts: [
      'Who chose what we are learning this term: us or someone else?',
      'Who outside our community knows something we need?',
    ],
    essay: 'participation-beyond-buy-in',
  },
  {
    id: 'collective-efficacy',
    name: 'Collective efficacy',
    element: 'community',
    definition:
      'How far members believe that, together, they can solve hard problems in their work and make a difference for the people they serve.',
    prompts: [
      'What hard problem have we solved together? What made it possible?',
      'Which problem do we think is too big for us? Is it?',
    ],
    essay: 'what-is-a-community-of-practice',
  },
  {
    id: 'value-creation',
    name: 'Value created',
    element: 'practice',
    definition:
      'How far taking part creates value of each kind Wenger, Trayner and de Laat (2011) describe: immediate, potential, applied, realised and reframing.',
    prompts: [
      'What did a member do differently last month because of this community?',
      'What difference has that made for the people we serve, and how do we know?',
      'Has this community changed what we count as success?',
    ],
    essay: 'what-is-a-community-of-practice',
  },
  {
    id: 'professional-orientation',
    name: 'Professional orientation',
    element: 'organization',
    definition:
      'Whether staff are treated as professionals who exercise judgement rather than as executors of procedure.',
    prompts: [
      'Where in our work do we get to use our own judgement, and where not?',
      'Which rule or procedure gets most in the way of good work?',
    ],
    firstMoves: [
      'Ask staff which procedure they would drop or change, and act on one answer.',
      'Let one group adapt a required method and report back on what happened.',
    ],
    essay: 'communities-inside-organizations',
  },
  {
    id: 'room-for-emergence',
    name: 'Room for emergence',
    element: 'organization',
    definition: 'Whether groups may develop their own goals and ways of working instead of following a set protocol.',
    prompts: [
      'Who sets our group’s goals, and could we change them if we learned something new?',
      'What format are we asked to follow, and does it help us?',
    ],
    firstMoves: [
      'Let groups set one of their own learning goals this term.',
      'Make meeting templates optional and ask groups what helps.',
    ],
    essay: 'communities-inside-organizations',
  },
  {
    id: 'dialogue-across-boundaries',
    name: 'Dialogue across boundaries',
    element: 'organization',
    definition: 'Whether serious conversation about the work crosses roles, departments, ranks and sites.',
    prompts: [
      'Who outside our team do we never talk to about the work? What might they know?',
      'Where could people from different roles meet to talk about a real problem?',
    ],
    firstMoves: [
      'Hold one open meeting on a real problem, with people from different roles and teams.',
      'Pair staff across teams to visit each other’s work.',
    ],
    essay: 'communities-inside-organizations',
  },
  {
    id: 'mutual-adjustment',
    name: 'Mutual adjustment',
    element: 'organization',
    definition:
      'Whether work is coordinated by colleagues adjusting to one another rather than by command and compliance.',
    prompts: [
      'When two plans clash, who sorts it out, and how?',
      'What would change if teams agreed more things directly with each other?',
    ],
    firstMoves: [
      'Let two teams whose work overlaps agree their own way of working together.',
      'When plans clash, bring the people involved together before a decision is passed down.',
    ],
    essay: 'communities-inside-organizations',
  },
  {
    id: 'championing-leadership',
    name: 'Leadership that champions',
    element: 'organization',
    definition:
      'Whether leaders involve people early, notice and support a vision emerging from staff, and reflect on their own practice.',
    prompts: [
      'When did leaders last ask for our ideas before a plan was set?',
      'What idea that began with staff have leaders backed?',
    ],
    firstMoves: [
      'Before the next plan is written, ask staff what they would want from it.',
      'Have leaders say in public what a group taught them.',
    ],
    essay: 'participation-beyond-buy-in',
  },
  {
    id: 'permeable-membership',
    name: 'Permeable membership',
    element: 'organization',
    definition: 'Whether membership that crosses formal teams and roles is recognised and valued.',
    prompts: [
      'Could someone from another team or role join us? What would stop them?',
      'Does time spent in a group like ours count as real work here?',
    ],
    firstMoves: [
      'Say openly that staff may join a group outside their own team.',
      'Count time in cross-team groups as part of the working week.',
    ],
    essay: 'communities-inside-organizations',
  },
  {
    id: 'time-space-resources',
    name: 'Time, space and resources',
    element: 'organization',
    definition:
      'Whether collaboration is given real time, places and resources instead of being added on top of other work.',
    prompts: [
      'When in the week do we actually meet, and what do we give up to do it?',
      'What one resource would make our time together more useful?',
    ],
    firstMoves: [
      'Set aside one regular, protected hour for groups to meet.',
      'Give groups a place to meet and a small budget they control.',
    ],
    essay: 'communities-inside-organizations',
  },
  {
    id: 'responsive-support',
    name: 'Responsive support',
    element: 'organization',
    definition:
      'Whether professional learning and technical help arrive when a community asks for them, not on a fixed calendar.',
    prompts: [
      'The last time we needed help, how long did it take to arrive?',
      'What training are we given that no one asked for?',
    ],
    firstMoves: [
      'Ask each group what help it needs next and offer it within weeks, not terms.',
      'Keep part of the training budget for requests from groups.',
    ],
    essay: 'coaching-and-just-in-time-support',
  },
  {
    id: 'freedom-from-competing-mandates',
    name: 'Freedom from competing mandates',
    element: 'organization',
    definition:
      'How little mandated training and external requirements crowd out the time and attention communities need. Higher means fewer competing demands.',
    prompts: [
      'Which outside demands take time away from our group this term?',
      'What could be dropped or delayed to give the group room?',
    ],
    firstMoves: [
      'List the training and requirements staff face this term and drop or delay one.',
      'Protect group time from new demands for a set period.',
    ],
    essay: 'communities-inside-organizations',
  },
  {
    id: 'coaching',
    name: 'Coaching',
    element: 'organization',
    definition:
      'Whether coaches help leaders reflect and help communities reconcile outside expectations with their own sense of need.',
    prompts: [
      'How does a coach help us now, and what would we want from one?',
      'Who helps us make sense of what leaders expect?',
    ],
    firstMoves: [
      'Tell groups how to ask for a coach, and make the first request easy.',
      'Ask coaches to help groups turn outside demands into questions of their own.',
    ],
    essay: 'coaching-and-just-in-time-support',
  },
  {
    id: 'knowledge-infrastructure',
    name: 'Knowledge-sharing infrastructure',
    element: 'organization',
    definition: 'Whether systems and habits make it easy to share practice and to find what colleagues know.',
    prompts: [
      'Where do we keep what we learn, and can others find it?',
      'What did we have to work out again because no one could find it?',
    ],
    firstMoves: [
      'Pick one shared place for groups’ notes and materials, and show staff where it is.',
      'Ask each group to leave one short note on what worked, where others can find it.',
    ],
    essay: 'communities-inside-organizations',
  },
  {
    id: 'integration',
    name: 'Integration with the organization',
    element: 'organization',
    definition: 'Whether what communities learn is connected to the organization’s strategy and valued by it.',
    prompts: [
      'What have our groups learned that leaders have used?',
      'How would we know if our group’s learning made a difference to our goals?',
    ],
    firstMoves: [
      'Ask groups to share one thing they learned when plans are being made.',
      'Link one group’s question to a goal the organization already has.',
    ],
    essay: 'communities-inside-organizations',
  },
] as const satisfies readonly Construct[];

/**
 * Wheatley (2006): people make meaning and commitment where identity, information and relationships meet.
 * Each condition is carried by the elements the instruments measure.
 */
export const wheatleyConditions = [
  {
    id: 'identity',
    name: 'Identity',
    summary: 'Who we are and what we care about: the shared concern that tells members why they belong.',
    elements: ['domain'],
  },
  {
    id: 'information',
    name: 'Information',
    summary: 'What flows between members: the stories, tools and new knowledge of their shared practice.',
    elements: ['practice'],
  },
  {
    id: 'relationships',
    name: 'Relationships',
    summary: 'Who is connected to whom: the trust and contact that let members learn from one another.',
    elements: ['community'],
  },
] as const satisfies readonly WheatleyCondition[];

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
