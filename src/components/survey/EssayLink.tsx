import { paths } from '../paths.ts';

export interface EssayLink {
  title: string;
  href: string;
}

/** A link to an essay by its title, or to "more about" the topic when the title is not known here. */
export function EssayLinkTo({
  slug,
  about,
  titles,
}: {
  slug: string;
  about: string;
  titles: (slug: string) => string | undefined;
}) {
  return <a href={paths.essay(slug)}>{titles(slug) ?? `Read more about ${about.toLowerCase()}`}</a>;
}
