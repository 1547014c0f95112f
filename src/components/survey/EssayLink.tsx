import { fill } from '../../i18n/catalogue.ts';
import { useSurveyText } from './surveyText.tsx';

export interface EssayLink {
  title: string;
  href: string;
}

/**
 * A link to an essay, which is published in English only: on a page in another language it says so (in its
 * text and `hreflang`).
 */
export function EssayAnchor({ href, title }: { href: string; title: string }) {
  const { language, messages } = useSurveyText();
  return (
    <a href={href} hrefLang={language === 'en' ? undefined : 'en'}>
      {fill(messages.essayTitle, { title })}
    </a>
  );
}

/** A link to an essay by its title, or `fallback` ("more about" its topic) when the title is not known here. */
export function EssayLinkTo({
  slug,
  fallback,
  titles,
}: {
  slug: string;
  fallback: string;
  titles: (slug: string) => string | undefined;
}) {
  const { language, paths } = useSurveyText();
  const title = titles(slug);
  return title === undefined ? (
    <a href={paths.essay(slug)} hrefLang={language === 'en' ? undefined : 'en'}>
      {fallback}
    </a>
  ) : (
    <EssayAnchor href={paths.essay(slug)} title={title} />
  );
}
