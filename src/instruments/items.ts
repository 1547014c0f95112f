import type { ContextItem, NonResponseId, ScoredItem, StageId, StageItem, Text } from './types.ts';

/**
 * Builders that give every item of a kind the same settings, so the instruments state only what differs
 * between items: id, construct or stage, wording and keying.
 */

/** Version 1's items offer one combined "don't know / not applicable". Frozen: their content is published. */
export const version1 = {
  scored: <T extends Text>(id: string, construct: string, text: T, reverse = false): ScoredItem<T> => ({
    id,
    kind: 'scored',
    construct,
    text,
    scale: 'agreement-5',
    reverse,
    notApplicable: true,
    required: true,
  }),
  stage: <T extends Text>(id: string, stage: StageId, text: T): StageItem<T> => ({
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
export function scored<T extends Text>(
  id: string,
  construct: string,
  text: T,
  options: ScoredOptions = {},
): ScoredItem<T> {
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

export function stageItem<T extends Text>(id: string, stage: StageId, text: T): StageItem<T> {
  return { id, kind: 'stage', stage, text, scale: 'agreement-5', nonResponse: DONT_KNOW, required: true };
}

export function context<T extends Text>(id: string, scale: string, text: T, required = false): ContextItem<T> {
  return { id, kind: 'context', text, scale, required };
}
