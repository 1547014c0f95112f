/**
 * Synthetic response files for the benchmarks and the analysis tests: realistic, seedable, and made
 * without Node, so a browser benchmark can make the same data.
 */
import { choicesOf, findScale, nonResponseChoicesOf } from '../../src/instruments/model.ts';
import type { Instrument, Item } from '../../src/instruments/types.ts';
import { model } from '../../src/instruments/source-model.ts';

/** mulberry32: small, fast and seedable, so the same seed always gives the same responses. */
export function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Roughly normal (sum of three uniforms), enough to give answers a realistic spread. */
const noise = (random: () => number) => (random() + random() + random() - 1.5) * 2;

const COMMUNITIES = 20;
const NON_RESPONSE_SHARE = 0.05;

/**
 * `count` response payloads as NDJSON. Answers come from each item's choices: a respondent's level on each
 * construct (shifted by their community) plus item noise, reverse-keyed items answered the other way, so
 * constructs hang together as real data do. About 5% of answers are one of the item's own non-response
 * answers (version 1's "na", or later versions' codes); optional context questions are sometimes skipped,
 * and a screened section is answered only after the answer that shows it, as the survey would.
 */
export function makeResponses(
  instrument: Instrument,
  count: number,
  seed: number,
  options: { hash?: string } = {},
): string {
  const random = prng(seed);
  const communityShift = Array.from({ length: COMMUNITIES }, () => noise(random) * 0.4);
  const lines: string[] = [];
  for (let i = 0; i < count; i++) {
    const community = i % COMMUNITIES;
    const levels = new Map<string, number>();
    const levelOf = (key: string) => {
      if (!levels.has(key)) levels.set(key, 3 + communityShift[community]! + noise(random) * 0.8);
      return levels.get(key)!;
    };
    const answers: Record<string, number | string> = {};
    const answerItem = (item: Item): void => {
      const choices = choicesOf(item, model);
      if (item.kind === 'context') {
        if (!item.required && random() < 0.1) return;
        answers[item.id] = choices[Math.floor(random() * choices.length)]!.value;
        return;
      }
      const nonResponse = nonResponseChoicesOf(item, model);
      // One draw decides whether and which, so version 1's single "na" keeps the sequence it always had.
      const draw = random();
      if (nonResponse.length > 0 && draw < NON_RESPONSE_SHARE) {
        answers[item.id] = nonResponse[Math.floor((draw / NON_RESPONSE_SHARE) * nonResponse.length)]!.value;
        return;
      }
      const values = findScale(item.scale, model).options.map((option) => Number(option.value));
      const min = Math.min(...values);
      const max = Math.max(...values);
      const level = levelOf(item.kind === 'scored' ? item.construct : `stage:${item.stage}`) + noise(random) * 0.7;
      const keyed = item.kind === 'scored' && item.reverse ? min + max - level : level;
      answers[item.id] = Math.min(max, Math.max(min, Math.round(keyed)));
    };
    for (const section of instrument.sections) {
      const { askIf } = section;
      if (askIf && !askIf.values.includes(answers[askIf.item]!)) continue;
      for (const item of section.items) answerItem(item);
    }
    const id = [8, 4, 4, 4, 12]
      .map((length) => Array.from({ length }, () => Math.floor(random() * 16).toString(16)).join(''))
      .join('-');
    lines.push(
      JSON.stringify({
        payloadVersion: 1,
        responseId: id,
        instrument: { id: instrument.id, version: instrument.version, ...(options.hash ? { hash: options.hash } : {}) },
        params: { community: `community-${String(community + 1).padStart(2, '0')}`, wave: String(1 + (i % 3)) },
        answers,
      }),
    );
  }
  return `${lines.join('\n')}\n`;
}
