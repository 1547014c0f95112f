import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { essaySchema } from './content/essay-schema.ts';

export const collections = {
  essays: defineCollection({
    loader: glob({ pattern: '**/*.mdx', base: './src/content/essays' }),
    schema: essaySchema,
  }),
};
