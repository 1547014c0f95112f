import { choicesOf, constructsOf, estimatesStage, findScale, itemsOf, type FrameworkModel } from './model.ts';
import { mean } from './numbers.ts';
import { isNonResponse, scaleValue } from './scales.ts';
import type { ConstructScore, InstrumentScores, ReadinessProfile, StageClarity, StageEstimate } from './payload.ts';
import type { Band, Instrument, Item, ScoredItem, StageItem, StageRule } from './types.ts';

/** Answers keyed by item id (the codebook variable name). Missing keys are unanswered items. */
export type Answers = Readonly<Record<string, number | string | null | undefined>>;

export type { ConstructScore, InstrumentScores, ReadinessProfile, StageClarity, StageEstimate } from './payload.ts';

const isAnswered = (value: unknown): value is number | string => value !== undefined && value !== null && value !== '';

/**
 * What scoring looks up for every response, worked out once per instrument and model: a researcher scores
 * thousands of responses, and walking the sections and scales for each was most of the cost. Keyed by
 * identity, which is safe because the model is not changed once built (tests build altered copies instead).
 */
export interface ScoringPlan {
  items: readonly Item[];
  allowed: ReadonlyMap<string, readonly (number | string)[]>;
  /** In the order constructsOf gives; `flip` is min + max of a reverse item's scale, null for other items. */
  constructs: readonly { id: string; items: readonly { id: string; flip: number | null }[] }[];
  stageItems: readonly StageItem[];
}

const plans = new WeakMap<FrameworkModel, WeakMap<Instrument, ScoringPlan>>();

function planOf(instrument: Instrument, within: FrameworkModel): ScoringPlan {
  let byInstrument = plans.get(within);
  if (!byInstrument) plans.set(within, (byInstrument = new WeakMap()));
  const known = byInstrument.get(instrument);
  if (known) return known;
  const items = itemsOf(instrument);
  const scored = items.filter((item): item is ScoredItem => item.kind === 'scored');
  const plan: ScoringPlan = {
    items,
    allowed: new Map(items.map((item) => [item.id, choicesOf(item, within).map((choice) => choice.value)])),
    constructs: constructsOf(instrument, within).map(({ id }) => ({
      id,
      items: scored
        .filter((item) => item.construct === id)
        .map((item) => {
          // Reverse-keyed items are flipped as (min + max − value).
          const values = findScale(item.scale, within).options.map((option) => Number(option.value));
          return { id: item.id, flip: item.reverse ? Math.min(...values) + Math.max(...values) : null };
        }),
    })),
    stageItems: items.filter((item): item is StageItem => item.kind === 'stage'),
  };
  byInstrument.set(instrument, plan);
  return plan;
}

/**
 * Each construct of the instrument with its scored items and how to key them: `flip` is min + max of a
 * reverse-keyed item's scale (its keyed value is flip − value), null for a direct item.
 */
export function keyedConstructItems(instrument: Instrument, within: FrameworkModel): ScoringPlan['constructs'] {
  return planOf(instrument, within).constructs;
}

/** Answers that are not among an item's choices, as readable messages; unknown keys are ignored. */
export function answerProblems(instrument: Instrument, answers: Answers, within: FrameworkModel): string[] {
  const { items, allowed } = planOf(instrument, within);
  const problems: string[] = [];
  for (const item of items) {
    const value = answers[item.id];
    if (!isAnswered(value)) continue;
    const values = allowed.get(item.id)!;
    if (!values.includes(value)) {
      problems.push(
        `${item.id}: ${JSON.stringify(value)} is not one of ${values.map((v) => JSON.stringify(v)).join(', ')}`,
      );
    }
  }
  return problems;
}

export function bandFor(value: number, bands: readonly Band[]): Band | undefined {
  // A loop, not filter().at(-1): it runs for every construct of every response an analysis scores.
  let found: Band | undefined;
  for (const band of bands) if (band.min <= value) found = band;
  return found;
}

/** Whether `answered` of `total` items meets the share the instrument's rule asks for. */
export function meetsMinimum(answered: number, total: number, share: number): boolean {
  // The epsilon keeps 4 of 6 at a share of 2/3 from failing on a floating-point hair.
  return total > 0 && answered / total >= share - 1e-9;
}

function scoreConstruct(
  instrument: Instrument,
  construct: ScoringPlan['constructs'][number],
  answers: Answers,
): ConstructScore {
  const { items } = construct;
  const values: number[] = [];
  let notApplicable = 0;
  for (const item of items) {
    const value = answers[item.id];
    const scaled = scaleValue(value);
    if (isNonResponse(value)) notApplicable++;
    else if (scaled !== null) values.push(item.flip === null ? scaled : item.flip - scaled);
  }
  const average = meetsMinimum(values.length, items.length, instrument.scoring.minAnsweredShare) ? mean(values) : null;
  return {
    construct: construct.id,
    mean: average,
    answered: values.length,
    notApplicable,
    items: items.length,
    band: average === null ? null : (bandFor(average, instrument.scoring.bands)?.id ?? null),
  };
}

/** Midpoint of the agreement scale: a top stage at or below it was not agreed with. */
const AGREEMENT_MIDPOINT = 3;

type StageMeans = StageEstimate['means'];

/** The stages ranked by mean, highest first; stages without a mean are left out. */
function ranked(means: StageMeans): { stage: string; mean: number }[] {
  return means.flatMap(({ stage, mean }) => (mean === null ? [] : [{ stage, mean }])).sort((a, b) => b.mean - a.mean);
}

/**
 * Version 2's rule (see StageRule): a stage is named only when every stage could be measured, the top one was
 * agreed with, it leads the next by the rule's margin, and the vignette, if answered, names it too. Otherwise
 * `tentative` says the top two are worth talking about and `unclear` that the answers do not point anywhere.
 * Used for one respondent and, with averaged means, for a group.
 */
export function stageFromMeans(rule: StageRule, means: StageMeans, vignette?: string | null): StageEstimate {
  const [top, second] = ranked(means);
  const complete = means.every((m) => m.mean !== null);
  if (!top || !complete) return { stage: null, clarity: 'unclear', lead: null, means };
  const lead = second ? top.mean - second.mean : null;
  // A tie above agreement is still worth talking about: the report shows the two tied stages as the closest.
  if (top.mean <= rule.agreeAbove) return { stage: null, clarity: 'unclear', lead, means };
  const agrees = vignette === undefined || vignette === null || vignette === top.stage;
  if (lead !== null && lead >= rule.lead - 1e-9 && agrees) return { stage: top.stage, clarity: 'clear', lead, means };
  return { stage: null, clarity: 'tentative', lead, means };
}

/** The two stages whose descriptions were agreed with most: what the report offers when no stage is named. */
export const closestStages = (means: StageMeans): string[] =>
  ranked(means)
    .slice(0, 2)
    .map((m) => m.stage);

/** Version 1's rule: the top stage, called clear when it leads by the margin, tentative when it leads by less. */
function version1Stage(margin: number, means: StageMeans): StageEstimate {
  const [top, second] = ranked(means);
  if (!top) return { stage: null, clarity: 'unclear', lead: null, means };
  const lead = second ? top.mean - second.mean : null;
  if (lead === 0 || top.mean <= AGREEMENT_MIDPOINT) return { stage: null, clarity: 'unclear', lead, means };
  const clarity: StageClarity = lead !== null && lead >= margin ? 'clear' : 'tentative';
  return { stage: top.stage, clarity, lead, means };
}

export function estimateStage(instrument: Instrument, answers: Answers, within: FrameworkModel): StageEstimate {
  const { stageItems } = planOf(instrument, within);
  const rule = instrument.scoring.stageRule;
  const means = within.stages.map(({ id }) => {
    const values = stageItems
      .filter((item) => item.stage === id)
      .map((item) => scaleValue(answers[item.id]))
      .filter((value): value is number => value !== null);
    const enough = values.length >= (rule?.minAnsweredPerStage ?? 1);
    return { stage: id, mean: enough ? mean(values) : null, answered: values.length };
  });
  if (!rule) return version1Stage(instrument.scoring.stageClearMargin ?? 0, means);
  const vignette = instrument.stageVignette === undefined ? undefined : answers[instrument.stageVignette];
  // An empty answer is no answer, as for every other item: it must not count as naming another stage.
  return stageFromMeans(rule, means, isAnswered(vignette) && typeof vignette === 'string' ? vignette : null);
}

/** Means equal up to floating-point rounding count as tied, as they would be in exact arithmetic. */
const TIE = 1e-9;

/**
 * The constructs with the highest and the lowest mean, several when tied: the one tie rule for a
 * respondent's report and a group's summary.
 */
export function strongestAndWeakest(
  scored: readonly { construct: string; mean: number }[],
): Pick<ReadinessProfile, 'strongest' | 'weakest'> {
  const means = scored.map((score) => score.mean);
  const high = Math.max(...means);
  const low = Math.min(...means);
  return {
    strongest: scored.filter((score) => score.mean >= high - TIE).map((score) => score.construct),
    weakest: scored.filter((score) => score.mean <= low + TIE).map((score) => score.construct),
  };
}

export function readinessProfile(scores: readonly ConstructScore[]): ReadinessProfile {
  const scored = scores.filter((score): score is ConstructScore & { mean: number } => score.mean !== null);
  return { overall: mean(scored.map((score) => score.mean)), ...strongestAndWeakest(scored) };
}

/**
 * Every score the instrument's rules define, from one respondent's answers. Answers outside their
 * scales are an error, never silently averaged or ignored: check them with `answerProblems` first.
 */
export function scoreResponse(instrument: Instrument, answers: Answers, within: FrameworkModel): InstrumentScores {
  const problems = answerProblems(instrument, answers, within);
  if (problems.length > 0) throw new Error(`Cannot score ${instrument.id}: ${problems.join('; ')}`);
  const constructs = planOf(instrument, within).constructs.map((construct) =>
    scoreConstruct(instrument, construct, answers),
  );
  const scores: InstrumentScores = { constructs };
  if (estimatesStage(instrument)) {
    scores.stage = estimateStage(instrument, answers, within);
  }
  if (instrument.scoring.readinessProfile) scores.readiness = readinessProfile(constructs);
  return scores;
}
