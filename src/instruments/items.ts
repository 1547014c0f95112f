import type { ContextItem, ScoredItem, StageId, StageItem } from './types.ts';

/**
 * Builders that give every item of a kind the same settings, so the instruments state only what differs
 * between items: id, construct or stage, wording and keying.
 */

/** A scored agreement item: "don't know / not applicable" is the way out, so an answer is required. */
export function scored(id: string, construct: string, text: string, reverse = false): ScoredItem {
  return { id, kind: 'scored', construct, text, scale: 'agreement-5', reverse, notApplicable: true, required: true };
}

export function stageItem(id: string, stage: StageId, text: string): StageItem {
  return { id, kind: 'stage', stage, text, scale: 'agreement-5', notApplicable: true, required: true };
}

export function context(id: string, scale: string, text: string, required = false): ContextItem {
  return { id, kind: 'context', text, scale, required };
}
