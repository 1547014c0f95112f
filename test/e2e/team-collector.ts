import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { test } from '@playwright/test';
import { removeDir, root, scratchDir, startCollector, type Collector } from '../support/collector-harness.ts';

const SITE_DIR = join(root, 'dist-e2e/collector');

/**
 * A collector of the test's own, with its own database, serving `npm start`'s build (dist-e2e/collector, made
 * by `npm run build:e2e`). Called at a spec's top level, it stops the collector after each test; the function it
 * returns starts one, first making sure the build has the page the test opens.
 */
export function collectorServingBuild(): (page: string) => Promise<Collector> {
  let collector: Collector | undefined;
  let dir: string | undefined;
  test.afterEach(async () => {
    await collector?.stop();
    if (dir) removeDir(dir);
    collector = dir = undefined;
  });
  return async (page) => {
    if (!existsSync(join(SITE_DIR, page, 'index.html')))
      throw new Error(`${SITE_DIR} holds no build with /${page}/: run \`npm run build:e2e\` first.`);
    dir = scratchDir();
    collector = await startCollector(dir, { COLLECTOR_SITE_DIR: SITE_DIR });
    return collector;
  };
}
