/**
 * The framework model's types. Everything a respondent, a researcher or a reader sees about an item is
 * generated from values of these types, so they carry every fact once and nothing derived.
 */

/** The parts of the framework a construct belongs to. */
export type ElementId = 'domain' | 'community' | 'practice' | 'agency' | 'organization';

export interface FrameworkElement {
  id: ElementId;
  name: string;
  /** One sentence for diagrams and filters. */
  summary: string;
  /** What it looks like when the element is present. */
  signs: readonly string[];
}

/** The five stages of Wenger, McDermott & Snyder (2002), in order. */
export type StageId = 'potential' | 'coalescing' | 'maturing' | 'stewardship' | 'transformation';

export interface Stage {
  id: StageId;
  name: string;
  /** What is happening in the community at this stage. */
  summary: string;
  /** The question the community is working through at this stage (Wenger, McDermott & Snyder 2002). */
  tension: string;
  signs: readonly string[];
  /** Support that tends to fit this stage (and may smother another). */
  support: readonly string[];
  /** Well-meant support or habits that tend to do harm at this stage. */
  avoid: readonly string[];
  /** Questions a team can talk through when this stage sounds like theirs. */
  prompts: readonly string[];
  /** Slug of the essay that explains it. */
  essay: string;
}

export interface Construct {
  /** Stable, kebab-case: it appears in URLs, score columns and payloads. */
  id: string;
  name: string;
  element: ElementId;
  definition: string;
  /** Two or three questions a team can talk through about it. */
  prompts: readonly string[];
  /** Small first steps when it is among a group's weakest (organizational factors). */
  firstMoves?: readonly string[];
  /** Slug of the essay that explains it. */
  essay: string;
}

/** Wheatley's three conditions for a self-organising system, and the elements that carry each. */
export interface WheatleyCondition {
  id: 'identity' | 'information' | 'relationships';
  name: string;
  summary: string;
  elements: readonly ElementId[];
}

export interface ResponseOption {
  value: number | string;
  label: string;
}

export interface ResponseScale {
  id: string;
  /** `ordinal` options have numeric values that can be averaged; `nominal` ones are categories. */
  kind: 'ordinal' | 'nominal';
  options: readonly ResponseOption[];
}

/** Why an item has no scale value, when the respondent says so: recorded under a negative code, never scored. */
export type NonResponseId = 'dont-know' | 'not-applicable';

interface ItemBase {
  /** Stable, snake_case: becomes the SurveyJS question name, the codebook variable and the answer key. */
  id: string;
  /** May name the unit being described as `{unit}` (see Instrument.unit). */
  text: string;
  /** Id of a ResponseScale. */
  scale: string;
  required: boolean;
}

interface RatedItemBase extends ItemBase {
  /** Version 1 instruments: offers the one combined "don't know / not applicable" answer, recorded as "na". */
  notApplicable?: boolean;
  /** Later versions: the non-response answers offered after the scale, each with its own numeric code. */
  nonResponse?: readonly NonResponseId[];
}

/** An item that counts towards a construct score. */
export interface ScoredItem extends RatedItemBase {
  kind: 'scored';
  construct: string;
  /** Agreement means less of the construct; scored as (max + min − value). */
  reverse: boolean;
  /** Also asked in the instrument's short form, as the one item for its construct. */
  shortForm?: boolean;
}

/** An item that describes one development stage; the stage estimate compares their means. */
export interface StageItem extends RatedItemBase {
  kind: 'stage';
  stage: StageId;
}

/** A descriptive question (role, tenure): recorded, never scored. */
export interface ContextItem extends ItemBase {
  kind: 'context';
}

export type Item = ScoredItem | StageItem | ContextItem;

/** Ask a section only when an earlier context item was answered with one of these values (a screener). */
export interface SectionCondition {
  item: string;
  values: readonly (number | string)[];
}

export interface Section {
  id: string;
  title: string;
  /** Shown above the section's questions. */
  description: string;
  items: readonly Item[];
  askIf?: SectionCondition;
}

/** A parameter a distribution link may carry, e.g. `?community=math-dept&wave=2`. */
export interface LinkParameter {
  name: string;
  label: string;
  description: string;
  /** Anchored pattern of allowed characters, as source text so it can be published. */
  pattern: string;
  maxLength: number;
}

/** A descriptive band of a construct mean: labels a range, never a norm. */
export interface Band {
  id: string;
  label: string;
  /** Inclusive lower bound of the construct mean. */
  min: number;
  meaning: string;
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

export interface ScoringRules {
  /** Share of a construct's items that must be answered (not "not applicable") for a score. */
  minAnsweredShare: number;
  /** Ascending by `min`; the first band starts at the scale's minimum. */
  bands: readonly Band[];
  /** Version 1's stage estimate: the lead the top stage needs over the next for the estimate to be called clear. */
  stageClearMargin?: number;
  /** Later versions' stage estimate. */
  stageRule?: StageRule;
  /** Version 1: summarise construct scores as a readiness profile (factor means, overall, strongest, weakest). */
  readinessProfile?: boolean;
}

/** What an instrument's `{unit}` stands for: the organisation its items describe. */
export interface UnitReferent {
  /** The link parameter whose value names the unit, e.g. `site`. */
  parameter: string;
  /** Used when the link does not name it; the introduction says what it means. */
  fallback: string;
}

export interface Instrument {
  /** Stable, kebab-case: the URL segment and the `instrument.id` of every response. */
  id: string;
  /** Semantic version; any change of wording, order, scale or scoring needs a new one. */
  version: string;
  title: string;
  /** Who it is for, in one sentence. */
  audience: string;
  minutes: number;
  introduction: string;
  consent: string;
  sections: readonly Section[];
  /** Id of the context item that records the respondent's role, for comparing perspectives. */
  roleItem?: string;
  /** What `{unit}` in the texts stands for: a link parameter's value, or a neutral phrase. */
  unit?: UnitReferent;
  /** A context item whose answers are stage ids: "which of these stories sounds most like your community?" */
  stageVignette?: string;
  /** For a short form: the id of the full instrument whose `shortForm` items it asks. */
  shortFormOf?: string;
  parameters: readonly LinkParameter[];
  scoring: ScoringRules;
  /** Overrides the site's response endpoint for this instrument. */
  endpoint?: string;
}
