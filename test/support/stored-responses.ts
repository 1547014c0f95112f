import { readFileSync } from 'node:fs';
import type { ResponsePayload } from '../../src/instruments/payload.ts';

/**
 * Responses as devices sent them under payload version 1 and endpoints stored them: both instruments, "na"
 * answers, UTC and offset timestamps, no answers at all, every answer "na". Kept as written, so a change to
 * the payload schema is tested against what is already out there.
 */
export const storedResponses: ResponsePayload[] = readFileSync(
  new URL('./stored-responses-v1.ndjson', import.meta.url),
  'utf8',
)
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as ResponsePayload);
