import { oneDecimal } from './charts.ts';
import type { SurveyMessages } from '../i18n/survey.ts';
import { fill } from '../i18n/catalogue.ts';
import { choicesOf, itemsOf, withUnit, type FrameworkModel } from './model.ts';
import type { ConstructScore, ResponsePayload, StageEstimate } from './payload.ts';
import { scaleValue } from './scales.ts';
import { closestStages, keyedConstructItems, strongestAndWeakest } from './score.ts';
import { fitFor } from './stage-fit.ts';
import type { Band, Construct, Instrument, Stage, StageId } from './types.ts';

/**
 * What one respondent's end-of-survey report shows, decided here so the React components only render it:
 * which statements stood out, which constructs are weakest, what the stage section says and which rows of
 * the stage fit table apply.
 */

/** Why a construct has no score: too few answers, or its questions were skipped by an earlier answer. */
export type Unscored =
  | { kind: 'too-few' }
  /** `answer` is the label of the screener answer that skipped the section; null when it was left blank. */
  | { kind: 'not-asked'; question: string; answer: string | null };

export interface ConstructView {
  construct: Construct;
  mean: number | null;
  band: Band | null;
  answered: number;
  items: number;
  unscored: Unscored | null;
}

export interface Statement {
  id: string;
  text: string;
  construct: string;
  /** The respondent's answer as they saw it, e.g. "Disagree". */
  answer: string;
  /** True for statements worded the other way round: disagreeing with them is a good sign. */
  reverse: boolean;
}

export type StageView =
  | {
      named: true;
      stage: Stage;
      /** Version 1 names the top stage even when another is close behind. */
      tentative: boolean;
      means: StageEstimate['means'];
      rule: StageRuleText;
    }
  | {
      named: false;
      /** The two stages agreed with most, most agreed first; empty when no stage could be measured. */
      closest: Stage[];
      /** The story the respondent picked, when it is not the stage agreed with most. */
      story: Stage | null;
      means: StageEstimate['means'];
      rule: StageRuleText;
    };

/** What the stage rule asks for, for a sentence explaining it; version 1 has a margin and no story. */
export type StageRuleText = { version: 2; minAnswered: number; lead: number } | { version: 1; margin: number };

export interface FitRow {
  construct: Construct;
  why: string;
  /** The respondent's rating of the factor (readiness only). */
  rating?: ConstructView;
}

export type FitView =
  /** Readiness: the story named a stage, so its priorities are read against this respondent's factor scores. */
  | {
      kind: 'readiness';
      stage: Stage;
      rows: FitRow[];
      warnings: { construct: Construct; flag: string; mean: number }[];
      sources: readonly string[];
    }
  /** Readiness: the story question was skipped, so no stage is known. */
  | { kind: 'no-story' }
  /** Self-assessment with a named stage: which organizational factors to check with the readiness survey. */
  | { kind: 'stage'; stage: Stage; rows: FitRow[]; sources: readonly string[] };

export interface ReportView {
  constructs: ConstructView[];
  /** Null when fewer than two constructs were scored or all scored the same, so none stands out. */
  standOut: { strongest: ConstructView[]; weakest: ConstructView[] } | null;
  /** Up to three statements each, by what the answer says (reverse-worded statements flipped). */
  statements: { best: Statement[]; worst: Statement[] };
  stage: StageView | null;
  fit: FitView | null;
}

/** The midpoint of the agreement scale: an answer on it is neither a good nor a bad sign. */
const MIDPOINT = 3;
const STATEMENTS_SHOWN = 3;

/** A construct or stage of the model the report is read in; the payload names them by id. */
function found<T extends { id: string }>(list: readonly T[], id: string, what: string): T {
  const entry = list.find((candidate) => candidate.id === id);
  if (!entry) throw new Error(`Unknown ${what} "${id}".`);
  return entry;
}

function unscoredReason(
  instrument: Instrument,
  payload: ResponsePayload,
  score: ConstructScore,
  within: FrameworkModel,
): Unscored {
  const section = instrument.sections.find(
    (s) => s.askIf && s.items.some((item) => item.kind === 'scored' && item.construct === score.construct),
  );
  const condition = section?.askIf;
  const asked = !condition || condition.values.some((value) => value === payload.answers[condition.item]);
  if (asked) return { kind: 'too-few' };
  const screener = itemsOf(instrument).find((item) => item.id === condition.item)!;
  const answer = choicesOf(screener, within).find((choice) => choice.value === payload.answers[condition.item]);
  return {
    kind: 'not-asked',
    question: withUnit(screener.text, instrument, payload.params),
    answer: answer?.text ?? null,
  };
}

function constructViews(instrument: Instrument, payload: ResponsePayload, within: FrameworkModel): ConstructView[] {
  return payload.scores.constructs.map((score) => ({
    construct: found(within.constructs, score.construct, 'construct'),
    mean: score.mean,
    band: instrument.scoring.bands.find((band) => band.id === score.band) ?? null,
    answered: score.answered,
    items: score.items,
    unscored: score.mean === null ? unscoredReason(instrument, payload, score, within) : null,
  }));
}

function standOut(constructs: ConstructView[]): ReportView['standOut'] {
  const scored = constructs.flatMap((view) =>
    view.mean === null ? [] : [{ construct: view.construct.id, mean: view.mean }],
  );
  if (scored.length < 2) return null;
  const { strongest, weakest } = strongestAndWeakest(scored);
  if (weakest.length === scored.length) return null;
  const pick = (ids: string[]) => constructs.filter((view) => ids.includes(view.construct.id));
  return { strongest: pick(strongest), weakest: pick(weakest) };
}

/**
 * Statements ranked by their keyed value (reverse-worded ones flipped), so "best" means most of what the
 * construct describes. Only answers on the good or bad side of the midpoint count; ties keep the order the
 * statements were asked in, so the same answers always give the same lists.
 */
function statements(
  instrument: Instrument,
  payload: ResponsePayload,
  within: FrameworkModel,
): ReportView['statements'] {
  const asked = itemsOf(instrument);
  const items = new Map(asked.map((item) => [item.id, item]));
  const order = new Map(asked.map((item, index) => [item.id, index]));
  const keyed = keyedConstructItems(instrument, within).flatMap(({ id: construct, items: keyedItems }) =>
    keyedItems.flatMap(({ id, flip }) => {
      const value = scaleValue(payload.answers[id]);
      if (value === null) return [];
      const item = items.get(id)!;
      const answer = choicesOf(item, within).find((choice) => choice.value === value)!.text;
      const statement: Statement = {
        id,
        text: withUnit(item.text, instrument, payload.params),
        construct,
        answer,
        reverse: flip !== null,
      };
      return [{ statement, value: flip === null ? value : flip - value, order: order.get(id)! }];
    }),
  );
  // Sorting is stable: ordered by question first, equal values stay in the order they were asked.
  const byOrder = keyed.sort((a, b) => a.order - b.order);
  const best = byOrder.filter((s) => s.value > MIDPOINT).sort((a, b) => b.value - a.value);
  const worst = byOrder.filter((s) => s.value < MIDPOINT).sort((a, b) => a.value - b.value);
  const top = (list: typeof keyed) => list.slice(0, STATEMENTS_SHOWN).map((entry) => entry.statement);
  return { best: top(best), worst: top(worst) };
}

function ruleText(instrument: Instrument): StageRuleText {
  const { stageRule, stageClearMargin } = instrument.scoring;
  return stageRule
    ? { version: 2, minAnswered: stageRule.minAnsweredPerStage, lead: stageRule.lead }
    : { version: 1, margin: stageClearMargin ?? 0 };
}

const storyOf = (instrument: Instrument, payload: ResponsePayload): StageId | null => {
  const answer = instrument.stageVignette ? payload.answers[instrument.stageVignette] : undefined;
  return typeof answer === 'string' ? (answer as StageId) : null;
};

function stageView(instrument: Instrument, payload: ResponsePayload, within: FrameworkModel): StageView | null {
  const estimate = payload.scores.stage;
  if (!estimate) return null;
  const rule = ruleText(instrument);
  const findStage = (id: string) => found(within.stages, id, 'stage');
  if (estimate.stage !== null) {
    const stage = findStage(estimate.stage);
    return { named: true, stage, tentative: estimate.clarity !== 'clear', means: estimate.means, rule };
  }
  const closest = closestStages(estimate.means).map(findStage);
  const story = storyOf(instrument, payload);
  return {
    named: false,
    closest,
    story: story !== null && story !== closest[0]?.id ? findStage(story) : null,
    means: estimate.means,
    rule,
  };
}

function fitView(
  instrument: Instrument,
  payload: ResponsePayload,
  constructs: ConstructView[],
  within: FrameworkModel,
): FitView | null {
  const findStage = (id: string) => found(within.stages, id, 'stage');
  const findConstruct = (id: string) => found(within.constructs, id, 'construct');
  if (payload.scores.stage) {
    const { stage } = payload.scores.stage;
    if (stage === null) return null;
    const fit = fitFor(stage as StageId, [], within.stageFit);
    const rows = fit.priorities.map(({ construct, why }) => ({ construct: findConstruct(construct), why }));
    return { kind: 'stage', stage: findStage(stage), rows, sources: fit.sources };
  }
  // Readiness asks which stage a community is at only from version 2 on; version 1 has no fit to show.
  if (!instrument.stageVignette) return null;
  const story = storyOf(instrument, payload);
  if (story === null) return { kind: 'no-story' };
  const fit = fitFor(story, payload.scores.constructs, within.stageFit);
  const rating = (id: string) => constructs.find((view) => view.construct.id === id);
  return {
    kind: 'readiness',
    stage: findStage(story),
    rows: fit.priorities.flatMap(({ construct, why }) => {
      const found = rating(construct);
      return found ? [{ construct: found.construct, why, rating: found }] : [];
    }),
    warnings: fit.mismatches.map(({ construct, flag, mean }) => ({ construct: findConstruct(construct), flag, mean })),
    sources: fit.sources,
  };
}

/**
 * Everything the report shows for one response, read with the instrument version it was answered on, in the
 * model's language (`within`, which `instrument` must come from).
 */
export function reportView(instrument: Instrument, payload: ResponsePayload, within: FrameworkModel): ReportView {
  const constructs = constructViews(instrument, payload, within);
  return {
    constructs,
    standOut: standOut(constructs),
    statements: statements(instrument, payload, within),
    stage: stageView(instrument, payload, within),
    fit: fitView(instrument, payload, constructs, within),
  };
}

/** The survey catalogue's messages that word a rating. */
export type RatingMessages = Pick<
  SurveyMessages,
  'ratingWithBand' | 'rating' | 'notAskedAnswered' | 'notAskedBlank' | 'notScoredTooFew'
>;

/** How the respondent rated a construct, in words: its band and mean, or why it has none. */
export function ratingText(view: ConstructView, messages: RatingMessages): string {
  if (view.mean !== null) {
    const mean = oneDecimal(view.mean);
    return view.band ? fill(messages.ratingWithBand, { band: view.band.label, mean }) : fill(messages.rating, { mean });
  }
  if (view.unscored?.kind === 'not-asked') {
    const { answer, question } = view.unscored;
    return answer ? fill(messages.notAskedAnswered, { answer, question }) : fill(messages.notAskedBlank, { question });
  }
  return messages.notScoredTooFew;
}
