import type { FrameworkModel } from '../../src/instruments/model.ts';
import type { Item } from '../../src/instruments/types.ts';

/** A type with every `readonly` removed, so a test can break a copy of the model. */
export type Draft<T> = T extends readonly (infer U)[]
  ? Draft<U>[]
  : T extends object
    ? { -readonly [K in keyof T]: Draft<T[K]> }
    : T;
export type DraftModel = Draft<FrameworkModel>;
export type DraftInstrument = DraftModel['instruments'][number];
export type DraftItem = Draft<Item>;
