import { afterAll, beforeAll, expect } from 'vitest';
import { post, read, removeDir, scratchDir, startCollector, type Collector } from './collector-harness.ts';
import type { ResponsePayload } from '../../src/instruments/payload.ts';

export interface StoredCollector {
  /** The running collector's address. */
  url: string;
  /** Its NDJSON export, saved as a file before the tests, for comparing a read by --url with a read of the file. */
  exportFile: string;
}

/**
 * A real collector for one test file: started before its tests with `bodies` stored (each must be a new
 * response), its export saved through `write`, and stopped afterwards.
 */
export function collectorWith(
  bodies: readonly ResponsePayload[],
  write: (name: string, text: string) => string,
): StoredCollector {
  const dir = scratchDir();
  const stored: StoredCollector = { url: '', exportFile: '' };
  let collector: Collector | undefined;
  beforeAll(async () => {
    collector = await startCollector(dir);
    stored.url = collector.url;
    for (const body of bodies) expect((await post(collector.url, body)).status).toBe(201);
    stored.exportFile = write(
      'collector-export.ndjson',
      await (await read(collector.url, '/api/responses?format=ndjson')).text(),
    );
  });
  afterAll(async () => {
    await collector?.stop();
    removeDir(dir);
  });
  return stored;
}
