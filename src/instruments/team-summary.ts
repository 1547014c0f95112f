/**
 * What a facilitator's team view shows of a session's responses: aggregates only, never a row, and nothing but
 * the count until the session has its smallest number of responses. The collector computes it (teamSummary)
 * with the shared analysis modules and sends it as JSON; the team view page only renders it.
 */
import { AGREEMENT_THRESHOLD } from './agreement.ts';
import { analyzeResponses, type GroupStage } from './analysis.ts';
import { choicesOf, findScale, itemsOf, withUnit, type FrameworkModel } from './model.ts';
import { model } from './source-model.ts';
import { mean } from './numbers.ts';
import type { ResponseRecord } from './responses.ts';
import { scaleValue } from './scales.ts';
import { closestStages } from './score.ts';
import { rwgJ } from './statistics.ts';
import type { Instrument, ScoredItem, StageItem } from './types.ts';
import type { SessionStatus, SummaryConstruct, SummaryItem, SummaryStage, TeamSummary } from './team-session.ts';
import { MIN_SESSION_RESPONSES } from './team-session.ts';

/**
 * Below this single-item rwg the members answer a statement differently: LeBreton & Senter (2008, table 3) call
 * .31–.50 "weak agreement" and below .30 "lack of agreement". One item carries less information than a
 * construct's several, so the bar is lower than AGREEMENT_THRESHOLD (.70), which is for rwg(j) over items.
 */
export const ITEM_DISAGREEMENT = 0.5;

/** How many statements agreedMost and agreedLeast name, and how many prompts are offered. */
const AGREED_COUNT = 3;
const PROMPT_COUNT = 4;

function itemSummary(
  item: ScoredItem | StageItem,
  instrument: Instrument,
  responses: readonly ResponseRecord[],
  unit: Record<string, string>,
  within: FrameworkModel,
): SummaryItem {
  const scale = findScale(item.scale, within);
  const points = scale.options.filter((option) => typeof option.value === 'number').length;
  const numeric = scale.options.map((option) => Number(option.value));
  const flip = item.kind === 'scored' && item.reverse ? Math.min(...numeric) + Math.max(...numeric) : null;
  const values: number[] = [];
  const counts = choicesOf(item, within).map((choice) => ({ value: choice.value, label: choice.text, count: 0 }));
  for (const response of responses) {
    const answer = response.answers[item.id];
    const counted = counts.find((choice) => choice.value === answer);
    if (counted) counted.count++;
    const value = scaleValue(answer);
    if (value !== null) values.push(value);
  }
  const rwg = values.length < 2 ? null : rwgJ([values], points).rwgj;
  return {
    id: item.id,
    text: withUnit(item.text, instrument, unit),
    construct: item.kind === 'scored' ? item.construct : null,
    reverse: item.kind === 'scored' && item.reverse,
    n: values.length,
    mean: mean(flip === null ? values : values.map((value) => flip - value)),
    counts,
    rwg,
    disagree: rwg !== null && rwg < ITEM_DISAGREEMENT,
  };
}

function stageSummary(stage: GroupStage, within: FrameworkModel): SummaryStage {
  const nameOf = (id: string) => within.stages.find((candidate) => candidate.id === id)?.name ?? id;
  const closest = closestStages(stage.means.map(({ stage, mean, n }) => ({ stage, mean, answered: n })));
  const shown = within.stages.find((candidate) => candidate.id === (stage.stage ?? closest[0]));
  return {
    means: stage.means.map(({ stage, mean, n }) => ({ stage, name: nameOf(stage), mean, n })),
    stage: stage.stage,
    clarity: stage.clarity,
    closest,
    support: [...(shown?.support ?? [])],
    avoid: [...(shown?.avoid ?? [])],
    prompts: [...(shown?.prompts ?? [])],
    conditions: (within.stageFit.find((fit) => fit.stage === shown?.id)?.priorities ?? []).map(
      ({ construct, why }) => ({
        construct,
        name: within.constructs.find((candidate) => candidate.id === construct)?.name ?? construct,
        why,
      }),
    ),
  };
}

/**
 * The prompts to talk through: the constructs members disagree on (lowest rwg(j) first), then the others by
 * lowest mean, taking each one's first prompt in turn, then their second, up to PROMPT_COUNT.
 */
function promptsFor(
  constructs: readonly SummaryConstruct[],
  within: FrameworkModel,
): NonNullable<TeamSummary['prompts']> {
  const disagreed = constructs.filter((c) => c.disagree).sort((a, b) => a.rwgj! - b.rwgj!);
  const weakest = constructs.filter((c) => !c.disagree && c.mean !== null).sort((a, b) => a.mean! - b.mean!);
  const ordered = [...disagreed, ...weakest].map((c) => ({
    construct: c,
    prompts: within.constructs.find((candidate) => candidate.id === c.id)?.prompts ?? [],
  }));
  const prompts: NonNullable<TeamSummary['prompts']> = [];
  const rounds = Math.max(0, ...ordered.map((entry) => entry.prompts.length));
  for (let round = 0; round < rounds && prompts.length < PROMPT_COUNT; round++) {
    for (const { construct, prompts: own } of ordered) {
      if (prompts.length === PROMPT_COUNT) break;
      const prompt = own[round];
      if (prompt !== undefined) prompts.push({ construct: construct.id, name: construct.name, prompt });
    }
  }
  return prompts;
}

/**
 * What a facilitator's team view shows of a session: the count always, and once the session has
 * `minResponses` responses (never fewer than MIN_SESSION_RESPONSES), the group's construct means with their
 * agreement, each statement's answer counts, the group stage and what to talk about. Responses to another
 * version of the instrument than `instrument` are not counted. Nothing in it names or singles out a response.
 */
export function teamSummary(
  status: SessionStatus,
  minResponses: number,
  instrument: Instrument,
  responses: readonly ResponseRecord[],
  within: FrameworkModel = model,
): TeamSummary {
  const own = responses.filter(
    (response) => response.instrument.id === instrument.id && response.instrument.version === instrument.version,
  );
  const smallest = Math.max(MIN_SESSION_RESPONSES, Math.ceil(minResponses));
  const summary: TeamSummary = {
    session: status.session,
    instrument: status.instrument,
    community: status.community,
    open: status.open,
    instrumentTitle: instrument.title,
    version: instrument.version,
    minResponses: smallest,
    responses: own.length,
    visible: own.length >= smallest,
  };
  if (!summary.visible) return summary;

  const { overall } = analyzeResponses(instrument, own, { groupBy: [], minGroupSize: 1, within });
  const constructs = overall.constructs.map((c): SummaryConstruct => ({
    id: c.construct,
    name: within.constructs.find((candidate) => candidate.id === c.construct)?.name ?? c.construct,
    n: c.n,
    mean: c.mean,
    sd: c.sd,
    distribution: c.distribution,
    rwgj: c.rwgj,
    disagree: c.rwgj !== null && c.rwgj < AGREEMENT_THRESHOLD,
  }));
  const unit: Record<string, string> = instrument.unit ? { [instrument.unit.parameter]: status.community } : {};
  const items = itemsOf(instrument)
    .filter((item): item is ScoredItem | StageItem => item.kind === 'scored' || item.kind === 'stage')
    .map((item) => itemSummary(item, instrument, own, unit, within));
  const rated = items
    .filter((item): item is SummaryItem & { mean: number } => item.construct !== null && item.mean !== null)
    .map(({ id, text, mean, reverse }) => ({ id, text, mean, reverse }));
  // Stable sorts: ties keep the instrument's order.
  summary.constructs = constructs;
  summary.items = items;
  if (overall.stage) summary.stage = stageSummary(overall.stage, within);
  summary.agreedMost = [...rated].sort((a, b) => b.mean - a.mean).slice(0, AGREED_COUNT);
  summary.agreedLeast = [...rated].sort((a, b) => a.mean - b.mean).slice(0, AGREED_COUNT);
  summary.prompts = promptsFor(constructs, within);
  return summary;
}
