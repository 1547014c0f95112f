import type { ResponseRecord } from './responses.ts';
import type { InstrumentScores } from './score.ts';
import { describe, type Description } from './statistics.ts';

/**
 * Change between waves for the same respondents, matched by the respondent code their links carry. Comparing
 * the means of two waves mixes who answered; pairing answers the question a community asks: did we move?
 */

export interface ConstructChange extends Description {
  construct: string;
  // `mean` is the mean change (later wave minus earlier), `sd` its SD, `n` the pairs with both scores.
}

export interface WaveChange {
  from: string;
  to: string;
  /** Respondent codes with exactly one response in each of the two waves. */
  paired: number;
  /** Codes with several responses in either wave: left out, since which to pair is not known. */
  ambiguous: number;
  constructs: ConstructChange[];
}

interface Scored {
  response: ResponseRecord;
  scores: InstrumentScores;
}

/** Numeric-aware so wave 10 follows wave 9; a fixed locale so every machine orders alike. */
const collator = new Intl.Collator('en', { numeric: true });

/**
 * Paired change between each wave and the next (in numeric-aware order), for responses carrying both a wave
 * and a respondent code; pairs of waves sharing no code are left out. Constructs are listed in the order the
 * scores give them.
 */
export function pairedChanges(scored: readonly Scored[], constructs: readonly string[]): WaveChange[] {
  const byWave = new Map<string, Map<string, Scored[]>>();
  for (const entry of scored) {
    const { wave, code } = entry.response.params;
    if (wave === undefined || code === undefined) continue;
    let codes = byWave.get(wave);
    if (!codes) byWave.set(wave, (codes = new Map()));
    const entries = codes.get(code);
    if (entries) entries.push(entry);
    else codes.set(code, [entry]);
  }
  const waves = [...byWave.keys()].sort(collator.compare);
  const changes = waves.slice(1).map((to, index) => {
    const from = waves[index]!;
    const before = byWave.get(from)!;
    const after = byWave.get(to)!;
    let ambiguous = 0;
    const pairs: [Scored, Scored][] = [];
    for (const [code, earlier] of before) {
      const later = after.get(code);
      if (!later) continue;
      if (earlier.length > 1 || later.length > 1) ambiguous++;
      else pairs.push([earlier[0]!, later[0]!]);
    }
    return {
      from,
      to,
      paired: pairs.length,
      ambiguous,
      constructs: constructs.map((construct, c) => {
        const changes: number[] = [];
        for (const [earlier, later] of pairs) {
          const a = earlier.scores.constructs[c]?.mean;
          const b = later.scores.constructs[c]?.mean;
          if (a !== undefined && a !== null && b !== undefined && b !== null) changes.push(b - a);
        }
        return { construct, ...describe(changes) };
      }),
    };
  });
  // Waves that share no respondent code (e.g. anonymous links) have nothing to pair: no table of zeros.
  return changes.filter((change) => change.paired + change.ambiguous > 0);
}
