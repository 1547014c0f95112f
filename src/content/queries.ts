import { getCollection, type CollectionEntry } from 'astro:content';

export type Essay = CollectionEntry<'essays'>;

/** Essays in their reading order; equal orders would make previous/next ambiguous, so they fail. */
export async function getEssaysInOrder(): Promise<Essay[]> {
  const essays = (await getCollection('essays')).sort((a, b) => a.data.order - b.data.order);
  essays.forEach((essay, i) => {
    const next = essays[i + 1];
    if (next && next.data.order === essay.data.order) {
      throw new Error(
        `Essays "${essay.id}" and "${next.id}" both have order ${essay.data.order} (src/content/essays): give each a distinct position.`,
      );
    }
  });
  return essays;
}

/** Whole minutes at an unhurried 220 words a minute. */
export function readingMinutes(body: string | undefined): number {
  const words = (body ?? '').split(/\s+/).filter(Boolean).length;
  return Math.max(1, Math.round(words / 220));
}
