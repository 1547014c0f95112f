import type { Instrument } from '../../src/instruments/types.ts';

/** A small instrument for tests: only what a test relies on is spelled out; the rest is filled in. */
export const fixtureInstrument = (
  fields: Pick<Instrument, 'id' | 'sections' | 'parameters' | 'scoring'> & Partial<Instrument>,
): Instrument => ({
  version: '1.0.0',
  languages: ['en'],
  title: 'Fixture',
  audience: 'Tests.',
  minutes: 1,
  introduction: 'A fixture.',
  consent: 'A fixture.',
  ...fields,
});
