import { inLanguage, type Localized } from './languages.ts';
import type { Construct, FrameworkElement, Stage, WheatleyCondition } from './types.ts';

export const elementSource = [
  {
    id: 'domain',
    name: { en: 'Domain' },
    summary: { en: 'The shared concern or purpose that brings members together and gives them an identity.' },
    signs: [
      { en: 'Members can say what they have in common and why it matters.' },
      { en: 'The value of taking part is clear to members and to people around them.' },
      { en: 'The focus grows sharper as the community learns.' },
    ],
  },
  {
    id: 'community',
    name: { en: 'Community' },
    summary: { en: 'The relationships members build by meeting and working together over time.' },
    signs: [
      { en: 'Members meet regularly and know one another.' },
      { en: 'There is enough trust to admit what one does not know.' },
      { en: 'Newcomers are welcomed and helped towards fuller participation.' },
      { en: 'Membership crosses roles and formal boundaries.' },
    ],
  },
  {
    id: 'practice',
    name: { en: 'Practice' },
    summary: {
      en: 'The shared repertoire of know-how, tools and stories, and the new knowledge members build together.',
    },
    signs: [
      { en: 'Members share and compare how they actually do the work.' },
      { en: 'They try things and reflect on the results together.' },
      { en: 'They record what they learn so others can find it.' },
      { en: 'Talk stays anchored in real work.' },
    ],
  },
  {
    id: 'agency',
    name: { en: 'Agency and reach' },
    summary: { en: 'The community acting on its own initiative and reaching outward for what it does not yet know.' },
    signs: [
      { en: 'Members decide what they need to learn next.' },
      { en: 'They seek out research, other communities and expertise.' },
      { en: 'Motivation comes from within rather than from a mandate.' },
    ],
  },
  {
    id: 'organization',
    name: { en: 'Organizational context' },
    summary: { en: 'The culture, leadership and resources of the organization a community lives in.' },
    signs: [
      { en: 'Staff are trusted to use professional judgement.' },
      { en: 'Leaders support what emerges rather than prescribing it.' },
      { en: 'Time, space and tools for collaboration are provided.' },
      { en: 'The community’s learning is connected to the organization’s goals.' },
    ],
  },
] as const satisfies readonly FrameworkElement<Localized>[];

export const stageSource = [
  {
    id: 'potential',
    name: { en: 'Potential' },
    summary: { en: 'People who share a concern begin to find one another; the network is loose.' },
    tension: { en: 'Is there enough common ground here to start something?' },
    signs: [
      { en: 'Conversations about the shared concern happen informally.' },
      { en: 'People are not yet sure who else cares about it.' },
    ],
    support: [
      { en: 'Help people find each other and name what they share.' },
      { en: 'Show what could be gained by meeting.' },
    ],
    avoid: [
      { en: 'Making the group a formal team, with a charter and targets, before people have chosen to meet.' },
      { en: 'Assigning members: a community forms around what people care about.' },
    ],
    prompts: [
      { en: 'Who else cares about this concern, and how could we find them?' },
      { en: 'What would make a first meeting worth an hour of someone’s week?' },
    ],
    essay: 'stages-of-development',
  },
  {
    id: 'coalescing',
    name: { en: 'Coalescing' },
    summary: { en: 'Members come together, discover the knowledge they already share and start to build trust.' },
    tension: { en: 'Will meeting be worth our time, and can we trust each other enough to be honest?' },
    signs: [
      { en: 'The group meets, but its rhythm is still settling.' },
      { en: 'Members are learning what each other knows.' },
    ],
    support: [
      { en: 'Protect time and space to meet, and give the group legitimacy.' },
      { en: 'Start with early activities that show value quickly; keep structure light.' },
    ],
    avoid: [
      { en: 'Handing the group a set protocol or rubric for its meetings before it has found its own way.' },
      { en: 'Asking for measurable results before members have had time to build trust.' },
    ],
    prompts: [
      { en: 'What have we already learned from each other that we would not have found alone?' },
      { en: 'What small thing could we do together this month that members would value?' },
      { en: 'What helps a new member feel safe saying “I don’t know” here?' },
    ],
    essay: 'stages-of-development',
  },
  {
    id: 'maturing',
    name: { en: 'Maturing' },
    summary: {
      en: 'Trust and routines are in place; the community clarifies its focus, organises its knowledge and grows.',
    },
    tension: { en: 'What is our focus, and who belongs, now that we are growing?' },
    signs: [
      { en: 'Meetings have a familiar rhythm.' },
      { en: 'The group is deciding what is in and out of its scope.' },
      { en: 'New members are being brought in and mentored.' },
    ],
    support: [
      { en: 'Help clarify the domain and its boundaries.' },
      { en: 'Help document and organise what the community knows.' },
      { en: 'Help it absorb new members without losing its footing.' },
    ],
    avoid: [
      { en: 'Letting the group grow so fast that newcomers never learn how it works.' },
      { en: 'Keeping everything in people’s heads when members need to find it again.' },
    ],
    prompts: [
      { en: 'Which questions are ours to work on, and which belong to someone else?' },
      { en: 'What do we know now that a new member should be able to find?' },
      { en: 'How do newer members learn the way we work?' },
    ],
    essay: 'stages-of-development',
  },
  {
    id: 'stewardship',
    name: { en: 'Stewardship' },
    summary: { en: 'The community sustains its momentum, looks after its knowledge and looks outward for new ideas.' },
    tension: { en: 'How do we stay fresh and open while keeping what makes us work?' },
    signs: [
      { en: 'Members ask for the learning and assistance they need.' },
      { en: 'The community connects with other groups and with research.' },
    ],
    support: [
      { en: 'Offer professional learning and technical help just in time, when the community asks.' },
      { en: 'Broker connections to other communities and sources.' },
      { en: 'Support renewal so energy does not fade.' },
    ],
    avoid: [
      { en: 'Training on a fixed calendar that ignores what the community asks for.' },
      { en: 'Treating the community as finished and taking away its time.' },
    ],
    prompts: [
      { en: 'What are we asking for help with right now, and who could give it?' },
      { en: 'Which group or source outside our community could bring us new ideas?' },
      { en: 'What routine of ours has gone stale, and what could replace it?' },
    ],
    essay: 'stages-of-development',
  },
  {
    id: 'transformation',
    name: { en: 'Transformation' },
    summary: { en: 'The community changes radically: it merges, splits, becomes a formal unit or comes to an end.' },
    tension: { en: 'What should become of the community and of what it knows?' },
    signs: [
      { en: 'The original purpose has been met or has shifted.' },
      { en: 'Members are talking about a new form or about closing.' },
    ],
    support: [
      { en: 'Treat the change, including ending, as a legitimate outcome.' },
      { en: 'Capture the community’s legacy so members can carry its knowledge on.' },
    ],
    avoid: [
      { en: 'Holding on to a group out of habit once its purpose is met.' },
      { en: 'Letting the group end without saving what members learned.' },
    ],
    prompts: [
      { en: 'What has this community done that we want to carry on?' },
      { en: 'Who should keep what we have learned, and in what form?' },
      { en: 'What new group, if any, should grow out of this one?' },
    ],
    essay: 'stages-of-development',
  },
] as const satisfies readonly Stage<Localized>[];

export const constructSource = [
  {
    id: 'shared-domain',
    name: { en: 'Shared domain' },
    element: 'domain',
    definition: {
      en: 'How clearly members share a concern or purpose, agree why it matters and see the value of pursuing it together.',
    },
    prompts: [
      { en: 'Could each of us say in one sentence what this community is for? Would our sentences match?' },
      { en: 'Which question of ours matters most to the people we serve?' },
    ],
    essay: 'what-is-a-community-of-practice',
  },
  {
    id: 'community-relationships',
    name: { en: 'Community relationships' },
    element: 'community',
    definition: {
      en: 'How far members meet regularly, trust one another enough to admit uncertainty, welcome newcomers and connect across roles.',
    },
    prompts: [
      { en: 'When did someone here last say “I don’t know”? What happened next?' },
      { en: 'How does a newcomer find out how to take part?' },
    ],
    essay: 'what-is-a-community-of-practice',
  },
  {
    id: 'shared-practice',
    name: { en: 'Shared practice' },
    element: 'practice',
    definition: {
      en: 'How far members share and compare their work, inquire into it together, and keep a record of what they learn.',
    },
    prompts: [
      { en: 'When did we last look at real work together, such as a lesson plan or a case?' },
      { en: 'Where would a member find what we learned last term?' },
    ],
    essay: 'what-is-a-community-of-practice',
  },
  {
    id: 'agency-and-reach',
    name: { en: 'Agency and outward reach' },
    element: 'agency',
    definition: {
      en: 'How far the community sets its own learning agenda and reaches beyond itself for research, expertise and other communities.',
    },
    prompts: [
      { en: 'Who chose what we are learning this term: us or someone else?' },
      { en: 'Who outside our community knows something we need?' },
    ],
    essay: 'participation-beyond-buy-in',
  },
  {
    id: 'collective-efficacy',
    name: { en: 'Collective efficacy' },
    element: 'community',
    definition: {
      en: 'How far members believe that, together, they can solve hard problems in their work and make a difference for the people they serve.',
    },
    prompts: [
      { en: 'What hard problem have we solved together? What made it possible?' },
      { en: 'Which problem do we think is too big for us? Is it?' },
    ],
    essay: 'what-is-a-community-of-practice',
  },
  {
    id: 'value-creation',
    name: { en: 'Value created' },
    element: 'practice',
    definition: {
      en: 'How far taking part creates value of each kind Wenger, Trayner and de Laat (2011) describe: immediate, potential, applied, realised and reframing.',
    },
    prompts: [
      { en: 'What did a member do differently last month because of this community?' },
      { en: 'What difference has that made for the people we serve, and how do we know?' },
      { en: 'Has this community changed what we count as success?' },
    ],
    essay: 'what-is-a-community-of-practice',
  },
  {
    id: 'professional-orientation',
    name: { en: 'Professional orientation' },
    element: 'organization',
    definition: {
      en: 'Whether staff are treated as professionals who exercise judgement rather than as executors of procedure.',
    },
    prompts: [
      { en: 'Where in our work do we get to use our own judgement, and where not?' },
      { en: 'Which rule or procedure gets most in the way of good work?' },
    ],
    firstMoves: [
      { en: 'Ask staff which procedure they would drop or change, and act on one answer.' },
      { en: 'Let one group adapt a required method and report back on what happened.' },
    ],
    essay: 'communities-inside-organizations',
  },
  {
    id: 'room-for-emergence',
    name: { en: 'Room for emergence' },
    element: 'organization',
    definition: {
      en: 'Whether groups may develop their own goals and ways of working instead of following a set protocol.',
    },
    prompts: [
      { en: 'Who sets our group’s goals, and could we change them if we learned something new?' },
      { en: 'What format are we asked to follow, and does it help us?' },
    ],
    firstMoves: [
      { en: 'Let groups set one of their own learning goals this term.' },
      { en: 'Make meeting templates optional and ask groups what helps.' },
    ],
    essay: 'communities-inside-organizations',
  },
  {
    id: 'dialogue-across-boundaries',
    name: { en: 'Dialogue across boundaries' },
    element: 'organization',
    definition: { en: 'Whether serious conversation about the work crosses roles, departments, ranks and sites.' },
    prompts: [
      { en: 'Who outside our team do we never talk to about the work? What might they know?' },
      { en: 'Where could people from different roles meet to talk about a real problem?' },
    ],
    firstMoves: [
      { en: 'Hold one open meeting on a real problem, with people from different roles and teams.' },
      { en: 'Pair staff across teams to visit each other’s work.' },
    ],
    essay: 'communities-inside-organizations',
  },
  {
    id: 'mutual-adjustment',
    name: { en: 'Mutual adjustment' },
    element: 'organization',
    definition: {
      en: 'Whether work is coordinated by colleagues adjusting to one another rather than by command and compliance.',
    },
    prompts: [
      { en: 'When two plans clash, who sorts it out, and how?' },
      { en: 'What would change if teams agreed more things directly with each other?' },
    ],
    firstMoves: [
      { en: 'Let two teams whose work overlaps agree their own way of working together.' },
      { en: 'When plans clash, bring the people involved together before a decision is passed down.' },
    ],
    essay: 'communities-inside-organizations',
  },
  {
    id: 'championing-leadership',
    name: { en: 'Leadership that champions' },
    element: 'organization',
    definition: {
      en: 'Whether leaders involve people early, notice and support a vision emerging from staff, and reflect on their own practice.',
    },
    prompts: [
      { en: 'When did leaders last ask for our ideas before a plan was set?' },
      { en: 'What idea that began with staff have leaders backed?' },
    ],
    firstMoves: [
      { en: 'Before the next plan is written, ask staff what they would want from it.' },
      { en: 'Have leaders say in public what a group taught them.' },
    ],
    essay: 'participation-beyond-buy-in',
  },
  {
    id: 'permeable-membership',
    name: { en: 'Permeable membership' },
    element: 'organization',
    definition: { en: 'Whether membership that crosses formal teams and roles is recognised and valued.' },
    prompts: [
      { en: 'Could someone from another team or role join us? What would stop them?' },
      { en: 'Does time spent in a group like ours count as real work here?' },
    ],
    firstMoves: [
      { en: 'Say openly that staff may join a group outside their own team.' },
      { en: 'Count time in cross-team groups as part of the working week.' },
    ],
    essay: 'communities-inside-organizations',
  },
  {
    id: 'time-space-resources',
    name: { en: 'Time, space and resources' },
    element: 'organization',
    definition: {
      en: 'Whether collaboration is given real time, places and resources instead of being added on top of other work.',
    },
    prompts: [
      { en: 'When in the week do we actually meet, and what do we give up to do it?' },
      { en: 'What one resource would make our time together more useful?' },
    ],
    firstMoves: [
      { en: 'Set aside one regular, protected hour for groups to meet.' },
      { en: 'Give groups a place to meet and a small budget they control.' },
    ],
    essay: 'communities-inside-organizations',
  },
  {
    id: 'responsive-support',
    name: { en: 'Responsive support' },
    element: 'organization',
    definition: {
      en: 'Whether professional learning and technical help arrive when a community asks for them, not on a fixed calendar.',
    },
    prompts: [
      { en: 'The last time we needed help, how long did it take to arrive?' },
      { en: 'What training are we given that no one asked for?' },
    ],
    firstMoves: [
      { en: 'Ask each group what help it needs next and offer it within weeks, not terms.' },
      { en: 'Keep part of the training budget for requests from groups.' },
    ],
    essay: 'coaching-and-just-in-time-support',
  },
  {
    id: 'freedom-from-competing-mandates',
    name: { en: 'Freedom from competing mandates' },
    element: 'organization',
    definition: {
      en: 'How little mandated training and external requirements crowd out the time and attention communities need. Higher means fewer competing demands.',
    },
    prompts: [
      { en: 'Which outside demands take time away from our group this term?' },
      { en: 'What could be dropped or delayed to give the group room?' },
    ],
    firstMoves: [
      { en: 'List the training and requirements staff face this term and drop or delay one.' },
      { en: 'Protect group time from new demands for a set period.' },
    ],
    essay: 'communities-inside-organizations',
  },
  {
    id: 'coaching',
    name: { en: 'Coaching' },
    element: 'organization',
    definition: {
      en: 'Whether coaches help leaders reflect and help communities reconcile outside expectations with their own sense of need.',
    },
    prompts: [
      { en: 'How does a coach help us now, and what would we want from one?' },
      { en: 'Who helps us make sense of what leaders expect?' },
    ],
    firstMoves: [
      { en: 'Tell groups how to ask for a coach, and make the first request easy.' },
      { en: 'Ask coaches to help groups turn outside demands into questions of their own.' },
    ],
    essay: 'coaching-and-just-in-time-support',
  },
  {
    id: 'knowledge-infrastructure',
    name: { en: 'Knowledge-sharing infrastructure' },
    element: 'organization',
    definition: { en: 'Whether systems and habits make it easy to share practice and to find what colleagues know.' },
    prompts: [
      { en: 'Where do we keep what we learn, and can others find it?' },
      { en: 'What did we have to work out again because no one could find it?' },
    ],
    firstMoves: [
      { en: 'Pick one shared place for groups’ notes and materials, and show staff where it is.' },
      { en: 'Ask each group to leave one short note on what worked, where others can find it.' },
    ],
    essay: 'communities-inside-organizations',
  },
  {
    id: 'integration',
    name: { en: 'Integration with the organization' },
    element: 'organization',
    definition: { en: 'Whether what communities learn is connected to the organization’s strategy and valued by it.' },
    prompts: [
      { en: 'What have our groups learned that leaders have used?' },
      { en: 'How would we know if our group’s learning made a difference to our goals?' },
    ],
    firstMoves: [
      { en: 'Ask groups to share one thing they learned when plans are being made.' },
      { en: 'Link one group’s question to a goal the organization already has.' },
    ],
    essay: 'communities-inside-organizations',
  },
] as const satisfies readonly Construct<Localized>[];

/**
 * Wheatley (2006): people make meaning and commitment where identity, information and relationships meet.
 * Each condition is carried by the elements the instruments measure.
 */
export const wheatleyConditionSource = [
  {
    id: 'identity',
    name: { en: 'Identity' },
    summary: { en: 'Who we are and what we care about: the shared concern that tells members why they belong.' },
    elements: ['domain'],
  },
  {
    id: 'information',
    name: { en: 'Information' },
    summary: { en: 'What flows between members: the stories, tools and new knowledge of their shared practice.' },
    elements: ['practice'],
  },
  {
    id: 'relationships',
    name: { en: 'Relationships' },
    summary: { en: 'Who is connected to whom: the trust and contact that let members learn from one another.' },
    elements: ['community'],
  },
] as const satisfies readonly WheatleyCondition<Localized>[];

export const elements = inLanguage(elementSource, 'en');
export const stages = inLanguage(stageSource, 'en');
export const constructs = inLanguage(constructSource, 'en');
export const wheatleyConditions = inLanguage(wheatleyConditionSource, 'en');

export type ConstructId = (typeof constructSource)[number]['id'];

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
