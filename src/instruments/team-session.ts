/**
 * A team session as the respondent's page, the team view, the link builder and the collector all speak of it:
 * the shapes of its code and token, its smallest size, and the summary the collector sends. Nothing here
 * imports anything, so the pages that only check a code carry no analysis code with them.
 */
/** A team session's code and a facilitator token are random base64url text of this shape (128 and 256 bits). */
export const SESSION_CODE = /^[A-Za-z0-9_-]{22}$/;
export const FACILITATOR_TOKEN = /^[A-Za-z0-9_-]{43}$/;

/** A session is never shown with fewer responses than this, whatever its facilitator asks: no answer can be traced. */
export const MIN_SESSION_RESPONSES = 3;
export const DEFAULT_SESSION_RESPONSES = 5;

/** What the collector says about a session to anyone holding its code (the respondent's page asks before starting). */
export interface SessionStatus {
  session: string;
  instrument: string;
  community: string;
  open: boolean;
}

export interface SummaryConstruct {
  id: string;
  name: string;
  /** Respondents with a score. */
  n: number;
  mean: number | null;
  sd: number | null;
  /** Respondents' construct means counted at 1, 1.5, …, 5 (DISTRIBUTION_POINTS in analysis.ts). */
  distribution: number[];
  rwgj: number | null;
  /** Members see this construct differently: rwg(j) below AGREEMENT_THRESHOLD (.70). */
  disagree: boolean;
}

export interface SummaryItem {
  id: string;
  /** The statement as asked, with `{unit}` filled from the session's community. */
  text: string;
  /** Null for stage statements. */
  construct: string | null;
  reverse: boolean;
  /** Respondents with a scale answer. */
  n: number;
  mean: number | null;
  /** Every choice in the scale's order, then the non-response choices, with how many chose it. */
  counts: { value: number | string; label: string; count: number }[];
  /** Single-item agreement (rwg against the uniform null); null below two answers. */
  rwg: number | null;
  /** Members answer this statement differently: rwg below ITEM_DISAGREEMENT (.50). */
  disagree: boolean;
}

export interface SummaryStage {
  means: { stage: string; name: string; mean: number | null; n: number }[];
  /** The stage the averaged means point to, or null (then `closest` names the nearest ones). */
  stage: string | null;
  clarity: 'clear' | 'tentative' | 'unclear';
  closest: string[];
  /** The named or closest stage's support that fits, and what would not. */
  support: string[];
  avoid: string[];
  prompts: string[];
  /**
   * The organizational conditions (readiness factors) that matter most at that stage, each with why (the stage ×
   * readiness fit of stage-fit-source.ts): what to check with the readiness survey.
   */
  conditions: { construct: string; name: string; why: string }[];
}

/**
 * A statement among those agreed with most or least. `reverse`: a reverse-keyed statement, whose keyed mean is
 * high when members disagree with it as worded.
 */
export interface AgreedItem {
  id: string;
  text: string;
  mean: number;
  reverse: boolean;
}

export interface TeamSummary extends SessionStatus {
  instrumentTitle: string;
  version: string;
  minResponses: number;
  /** Responses received so far: always shown. */
  responses: number;
  /** False until `responses` reaches `minResponses`; everything below is then left out. */
  visible: boolean;
  constructs?: SummaryConstruct[];
  items?: SummaryItem[];
  /** Present for an instrument that estimates a stage. */
  stage?: SummaryStage;
  /** The three statements with the highest and lowest mean agreement (after reverse-keying). */
  agreedMost?: AgreedItem[];
  agreedLeast?: AgreedItem[];
  /** Questions to talk through: the prompts of the constructs members disagree on most, then the weakest. */
  prompts?: { construct: string; name: string; prompt: string }[];
}
