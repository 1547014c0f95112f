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

/**
 * Essay cards on the listing pages ask again for every essay on every page (thousands of times on a large
 * site), so each body is counted once.
 */
const minutesByBody = new Map<string, number>();

/** Whole minutes at an unhurried 220 words a minute. */
export function readingMinutes(body: string | undefined): number {
  const text = body ?? '';
  let minutes = minutesByBody.get(text);
  if (minutes === undefined) {
    minutes = Math.max(1, Math.round((text.match(/\S+/g)?.length ?? 0) / 220));
    minutesByBody.set(text, minutes);
  }
  return minutes;
}

// One formatter for every essay: toLocaleDateString builds a new one on each call, which is slow.
const longDate = new Intl.DateTimeFormat('en', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });

/** The date an essay was published, as the page prints it ("November 22, 2026"). */
export function publicationDate(date: Date): string {
  return longDate.format(date);
}
