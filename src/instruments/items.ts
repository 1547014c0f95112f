import type { ContextItem, NonResponseId, ScoredItem, StageId, StageItem } from './types.ts';

/**
 * Builders that give every item of a kind the same settings, so the instruments state only what differs
 * between items: id, construct or stage, wording and keying.
 */

/** Version 1's items offer one combined "don't know / not applicable". Frozen: their content is published. */
export const version1 = {
  scored: (id: string, construct: string, text: string, reverse = false): ScoredItem => ({
    id,
    kind: 'scored',
    construct,
    text,
    scale: 'agreement-5',
    reverse,
    notApplicable: true,
    required: true,
  }),
  stage: (id: string, stage: StageId, text: string): StageItem => ({
    id,
    kind: 'stage',
    stage,
    text,
    scale: 'agreement-5',
    notApplicable: true,
    required: true,
  }),
};

/** "Don't know" is always a way out, so an answer can be required. */
const DONT_KNOW: readonly NonResponseId[] = ['dont-know'];
/** For statements about something a place may simply not have (a meeting room, newcomers, shared tools). */
export const MAY_NOT_APPLY: readonly NonResponseId[] = ['dont-know', 'not-applicable'];

export interface ScoredOptions {
  reverse?: boolean;
  nonResponse?: readonly NonResponseId[];
  shortForm?: boolean;
}

/** A scored agreement item. */
export function scored(id: string, construct: string, text: string, options: ScoredOptions = {}): ScoredItem {
  const { reverse = false, nonResponse = DONT_KNOW, shortForm } = options;
  return {
    id,
    kind: 'scored',
    construct,
    text,
    scale: 'agreement-5',
    reverse,
    nonResponse,
    required: true,
    ...(shortForm ? { shortForm } : {}),
  };
}

export function stageItem(id: string, stage: StageId, text: string): StageItem {
  return { id, kind: 'stage', stage, text, scale: 'agreement-5', nonResponse: DONT_KNOW, required: true };
}

export function context(id: string, scale: string, text: string, required = false): ContextItem {
  return { id, kind: 'context', text, scale, required };
}
