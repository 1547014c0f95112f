import { paths } from '../paths.ts';

export interface EssayLink {
  title: string;
  href: string;
}

/** Essay titles by slug: the page's full list when it passes one, else the titles of the essays linked to constructs. */
export function essayTitleLookup(
  essaysByConstruct: Readonly<Record<string, readonly EssayLink[]>>,
  essayTitles: Readonly<Record<string, string>> = {},
): (slug: string) => string | undefined {
  const linked = Object.values(essaysByConstruct).flat();
  return (slug) => essayTitles[slug] ?? linked.find((essay) => essay.href === paths.essay(slug))?.title;
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
