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
  signs: readonly string[];
  /** Support that tends to fit this stage (and may smother another). */
  support: readonly string[];
}

export interface Construct {
  /** Stable, kebab-case: it appears in URLs, score columns and payloads. */
  id: string;
  name: string;
  element: ElementId;
  definition: string;
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

interface ItemBase {
  /** Stable, snake_case: becomes the SurveyJS question name, the codebook variable and the answer key. */
  id: string;
  text: string;
  /** Id of a ResponseScale. */
  scale: string;
  required: boolean;
}

/** An item that counts towards a construct score. */
export interface ScoredItem extends ItemBase {
  kind: 'scored';
  construct: string;
  /** Agreement means less of the construct; scored as (max + min − value). */
  reverse: boolean;
  /** Offers "don't know / not applicable", which is recorded but never scored as a number. */
  notApplicable: boolean;
}

/** An item that describes one development stage; the stage estimate compares their means. */
export interface StageItem extends ItemBase {
  kind: 'stage';
  stage: StageId;
  notApplicable: boolean;
}

/** A descriptive question (role, tenure): recorded, never scored. */
export interface ContextItem extends ItemBase {
  kind: 'context';
}

export type Item = ScoredItem | StageItem | ContextItem;

export interface Section {
  id: string;
  title: string;
  /** Shown above the section's questions. */
  description: string;
  items: readonly Item[];
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

export interface ScoringRules {
  /** Share of a construct's items that must be answered (not "not applicable") for a score. */
  minAnsweredShare: number;
  /** Ascending by `min`; the first band starts at the scale's minimum. */
  bands: readonly Band[];
  /** Stage estimate: the lead the top stage needs over the next for the estimate to be called clear. */
  stageClearMargin?: number;
  /** Summarise construct scores as a readiness profile (factor means, overall, strongest, weakest). */
  readinessProfile?: boolean;
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
  parameters: readonly LinkParameter[];
  scoring: ScoringRules;
  /** Overrides the site's response endpoint for this instrument. */
  endpoint?: string;
}
