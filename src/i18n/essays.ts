import type { Language } from '../instruments/languages.ts';
import { catalogue } from './catalogue.ts';
import { siteMessages } from './site.ts';

/** The essay cards other pages list essays with. The essays themselves are written in English only. */
export const essayMessages = catalogue(
  { cardMeta: 'Essay {order} · {minutes} min read' },
  { es: { cardMeta: 'Ensayo {order} · {minutes} min de lectura' } },
);

/**
 * A link's label and `hreflang` for a page or file published in English only (essays, the researchers' pages,
 * codebooks): on another language's page the label says it leads to English. English pages get the label alone.
 */
export const englishOnlyLink = (language: Language, label: string) =>
  language === 'en'
    ? { label, hreflang: undefined }
    : { label: `${label} ${siteMessages[language].inEnglish}`, hreflang: 'en' };
