import type { Language, Localized } from './languages.ts';

/**
 * The framework model's types. Everything a respondent, a researcher or a reader sees about an item is
 * generated from values of these types, so they carry every fact once and nothing derived.
 */

/** The parts of the framework a construct belongs to. */
export type ElementId = 'domain' | 'community' | 'practice' | 'agency' | 'organization';

/**
 * A text as the source writes it (Localized) or as pages read it, resolved to one language (string): each type
 * with texts takes which one as `T`, and means the resolved form by default.
 */
export type Text = string | Localized;

export interface FrameworkElement<T extends Text = string> {
  id: ElementId;
  name: T;
  /** One sentence for diagrams and filters. */
  summary: T;
  /** What it looks like when the element is present. */
  signs: readonly T[];
}

/** The five stages of Wenger, McDermott & Snyder (2002), in order. */
export type StageId = 'potential' | 'coalescing' | 'maturing' | 'stewardship' | 'transformation';

export interface Stage<T extends Text = string> {
  id: StageId;
  name: T;
  /** What is happening in the community at this stage. */
  summary: T;
  /** The question the community is working through at this stage (Wenger, McDermott & Snyder 2002). */
  tension: T;
  signs: readonly T[];
  /** Support that tends to fit this stage (and may smother another). */
  support: readonly T[];
  /** Well-meant support or habits that tend to do harm at this stage. */
  avoid: readonly T[];
  /** Questions a team can talk through when this stage sounds like theirs. */
  prompts: readonly T[];
  /** Slug of the essay that explains it. */
  essay: string;
}

export interface Construct<T extends Text = string> {
  /** Stable, kebab-case: it appears in URLs, score columns and payloads. */
  id: string;
  name: T;
  element: ElementId;
  definition: T;
  /** Two or three questions a team can talk through about it. */
  prompts: readonly T[];
  /** Small first steps when it is among a group's weakest (organizational factors). */
  firstMoves?: readonly T[];
  /** Slug of the essay that explains it. */
  essay: string;
}

/** Wheatley's three conditions for a self-organising system, and the elements that carry each. */
export interface WheatleyCondition<T extends Text = string> {
  id: 'identity' | 'information' | 'relationships';
  name: T;
  summary: T;
  elements: readonly ElementId[];
}

export interface ResponseOption<T extends Text = string> {
  value: number | string;
  label: T;
}

export interface ResponseScale<T extends Text = string> {
  id: string;
  /** `ordinal` options have numeric values that can be averaged; `nominal` ones are categories. */
  kind: 'ordinal' | 'nominal';
  options: readonly ResponseOption<T>[];
}

/** Why an item has no scale value, when the respondent says so: recorded under a negative code, never scored. */
export type NonResponseId = 'dont-know' | 'not-applicable';

interface ItemBase<T extends Text = string> {
  /** Stable, snake_case: becomes the SurveyJS question name, the codebook variable and the answer key. */
  id: string;
  /** May name the unit being described as `{unit}` (see Instrument.unit). */
  text: T;
  /** Id of a ResponseScale. */
  scale: string;
  required: boolean;
}

interface RatedItemBase<T extends Text = string> extends ItemBase<T> {
  /** Version 1 instruments: offers the one combined "don't know / not applicable" answer, recorded as "na". */
  notApplicable?: boolean;
  /** Later versions: the non-response answers offered after the scale, each with its own numeric code. */
  nonResponse?: readonly NonResponseId[];
}

/** An item that counts towards a construct score. */
export interface ScoredItem<T extends Text = string> extends RatedItemBase<T> {
  kind: 'scored';
  construct: string;
  /** Agreement means less of the construct; scored as (max + min − value). */
  reverse: boolean;
  /** Also asked in the instrument's short form, as the one item for its construct. */
  shortForm?: boolean;
}

/** An item that describes one development stage; the stage estimate compares their means. */
export interface StageItem<T extends Text = string> extends RatedItemBase<T> {
  kind: 'stage';
  stage: StageId;
}

/** A descriptive question (role, tenure): recorded, never scored. */
export interface ContextItem<T extends Text = string> extends ItemBase<T> {
  kind: 'context';
}

export type Item<T extends Text = string> = ScoredItem<T> | StageItem<T> | ContextItem<T>;

/** Ask a section only when an earlier context item was answered with one of these values (a screener). */
export interface SectionCondition {
  item: string;
  values: readonly (number | string)[];
}

export interface Section<T extends Text = string> {
  id: string;
  title: T;
  /** Shown above the section's questions. */
  description: T;
  items: readonly Item<T>[];
  askIf?: SectionCondition;
}

/** A parameter a distribution link may carry, e.g. `?community=math-dept&wave=2`. */
export interface LinkParameter<T extends Text = string> {
  name: string;
  label: T;
  description: T;
  /** Anchored pattern of allowed characters, as source text so it can be published. */
  pattern: string;
  maxLength: number;
}

/** A descriptive band of a construct mean: labels a range, never a norm. */
export interface Band<T extends Text = string> {
  id: string;
  label: T;
  /** Inclusive lower bound of the construct mean. */
  min: number;
  meaning: T;
}

/**
 * When the stage items name a stage (version 2 on). With three items a stage, one answer moved one step
 * shifts that stage's mean by a third of a point, so a lead of a whole point takes at least three such
 * changes to overturn. The stage vignette, when answered, must name the same stage: a second, independent
 * way of asking the same question.
 */
export interface StageRule {
  /** A stage's mean counts only with at least this many of its items answered with a scale value. */
  minAnsweredPerStage: number;
  /** The top stage's mean must be above this: agreement, not just "neither agree nor disagree". */
  agreeAbove: number;
  /** How far the top stage's mean must be ahead of the next one. */
  lead: number;
}

export interface ScoringRules<T extends Text = string> {
  /** Share of a construct's items that must be answered (not "not applicable") for a score. */
  minAnsweredShare: number;
  /** Ascending by `min`; the first band starts at the scale's minimum. */
  bands: readonly Band<T>[];
  /** Version 1's stage estimate: the lead the top stage needs over the next for the estimate to be called clear. */
  stageClearMargin?: number;
  /** Later versions' stage estimate. */
  stageRule?: StageRule;
  /** Version 1: summarise construct scores as a readiness profile (factor means, overall, strongest, weakest). */
  readinessProfile?: boolean;
}

/** What an instrument's `{unit}` stands for: the organisation its items describe. */
export interface UnitReferent<T extends Text = string> {
  /** The link parameter whose value names the unit, e.g. `site`. */
  parameter: string;
  /** Used when the link does not name it; the introduction says what it means. */
  fallback: T;
}

export interface Instrument<T extends Text = string> {
  /** Stable, kebab-case: the URL segment and the `instrument.id` of every response. */
  id: string;
  /** Semantic version; any change of wording, order, scale or scoring needs a new one. */
  version: string;
  /** The languages it is offered in; every text of it is written in each of them. */
  languages: readonly Language[];
  title: T;
  /** Who it is for, in one sentence. */
  audience: T;
  minutes: number;
  introduction: T;
  consent: T;
  sections: readonly Section<T>[];
  /** Id of the context item that records the respondent's role, for comparing perspectives. */
  roleItem?: string;
  /** What `{unit}` in the texts stands for: a link parameter's value, or a neutral phrase. */
  unit?: UnitReferent<T>;
  /** A context item whose answers are stage ids: "which of these stories sounds most like your community?" */
  stageVignette?: string;
  /** For a short form: the id of the full instrument whose `shortForm` items it asks. */
  shortFormOf?: string;
  parameters: readonly LinkParameter<T>[];
  scoring: ScoringRules<T>;
  /** Overrides the site's response endpoint for this instrument. */
  endpoint?: string;
}
