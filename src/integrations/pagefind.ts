import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

/**
 * Indexes the built site with Pagefind's Node API once Astro has written it, so `astro build` alone
 * produces a searchable site. The dev server has no built HTML to index, so it says how to get search.
 */
export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'cultivate:pagefind',
    hooks: {
      'astro:server:start': ({ logger }) => {
        logger.info('Search is built from the finished site: run `npm start` (build, index, serve) to try it.');
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        try {
          const { index, errors } = await pagefind.createIndex();
          if (!index) throw new Error(errors.join('; '));
          const added = await index.addDirectory({ path: site });
          if (added.errors.length) throw new Error(added.errors.join('; '));
          const written = await index.writeFiles({ outputPath: `${site}pagefind` });
          if (written.errors.length) throw new Error(written.errors.join('; '));
          logger.info(`Indexed ${added.page_count} pages for search.`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
