import { compareVersions, crosswalk } from './crosswalk.ts';
import { findVersion, itemsOf, type FrameworkModel } from './model.ts';
import type { ResponseRecord } from './responses.ts';
import { scaleValue } from './scales.ts';
import type { Instrument, Item } from './types.ts';

/**
 * Pooling responses to several versions of an instrument on the items every one of them asks unchanged. An
 * item keeps its id only while its wording, scale and keying stay the same (validation refuses otherwise), so
 * those answers mean the same whichever version asked them; everything else is left out of a pooled analysis.
 */

export interface Pool {
  /** The instrument cut down to the shared items, under the version analysed. */
  instrument: Instrument;
  /** The versions pooled, newest first. */
  versions: string[];
  /** The shared items' ids, in the instrument's order. */
  items: string[];
  /** The responses to every pooled version, each with its shared items' answers only, as if to `instrument`. */
  responses: ResponseRecord[];
}

/**
 * The responses to `instrument`'s id, pooled with `instrument` on the items all the versions they answer share.
 * Non-response answers count as missing: version 1's combined "na" cannot be told apart into the "don't know"
 * and "does not apply" of later versions, nor they merged back into it, so no version's codes are carried over.
 */
export function pool(instrument: Instrument, responses: readonly ResponseRecord[], within: FrameworkModel): Pool {
  const own = responses.filter((response) => response.instrument.id === instrument.id);
  const versions = [...new Set([instrument.version, ...own.map((response) => response.instrument.version)])].sort(
    (a, b) => compareVersions(b, a),
  );
  let shared = new Set(itemsOf(instrument).map((item) => item.id));
  for (const version of versions) {
    const other = findVersion(instrument.id, version, within);
    if (!other) throw new Error(`${instrument.id} has no version ${version} to pool.`);
    if (other !== instrument) shared = new Set(crosswalk(other, instrument).unchanged.filter((id) => shared.has(id)));
  }
  const ifShared = (id: string | undefined) => (id !== undefined && shared.has(id) ? id : undefined);
  const { roleItem, stageVignette, ...rest } = instrument;
  const role = ifShared(roleItem);
  const vignette = ifShared(stageVignette);
  const sections = instrument.sections
    .map((section) => ({ ...section, items: section.items.filter((item) => shared.has(item.id)) }))
    .filter((section) => section.items.length > 0);
  // With no stage statement shared, a pooled stage estimate would only ever say "unclear": leave it out.
  const { stageClearMargin, stageRule, ...scoring } = instrument.scoring;
  const keepsStages = sections.some((section) => section.items.some((item) => item.kind === 'stage'));
  const pooled: Instrument = {
    ...rest,
    scoring: keepsStages ? instrument.scoring : scoring,
    ...(role ? { roleItem: role } : {}),
    ...(vignette ? { stageVignette: vignette } : {}),
    sections,
  };
  const pooledItems = itemsOf(pooled);
  const items = pooledItems.map((item) => item.id);
  const keptAnswer = (item: Item, value: number | string | null | undefined) =>
    value === undefined || value === null ? null : item.kind === 'context' ? value : scaleValue(value);
  return {
    instrument: pooled,
    versions,
    items,
    responses: own.map((response) => {
      const answers: Record<string, number | string> = {};
      for (const item of pooledItems) {
        const value = keptAnswer(item, response.answers[item.id]);
        if (value !== null) answers[item.id] = value;
      }
      return { ...response, instrument: { ...response.instrument, version: instrument.version }, answers };
    }),
  };
}
