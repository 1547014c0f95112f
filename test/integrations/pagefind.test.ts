import { describe, expect, it } from 'vitest';
import pagefindIntegration from '../../src/integrations/pagefind.ts';

describe('the Pagefind integration', () => {
  it('tells a developer on the dev server that search needs a build', () => {
    const messages: string[] = [];
    const logger = { info: (message: string) => messages.push(message) };
    const hook = pagefindIntegration().hooks['astro:server:start'] as unknown as (options: {
      logger: typeof logger;
    }) => void;
    hook({ logger });
    expect(messages.join('\n')).toMatch(/Search is built from the finished site: run `npm start`/);
  });
});
