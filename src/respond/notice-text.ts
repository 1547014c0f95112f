import type { Language } from '../instruments/languages.ts';

/** What the site-wide outbox notice says. Pure, so every wording is unit-tested. */
export interface NoticeCounts {
  /** Responses the server refused (kept, not retried on their own). */
  refused: number;
  /** Responses that failed to send and will be tried again. */
  waiting: number;
}

/**
 * The notice's sentences in the page's language, each in the forms a count can take; OutboxFlush.astro
 * renders them from its catalogue, so the script on every page brings no catalogue with it.
 */
export interface NoticeMessages {
  language: Language;
  waiting: { one: string; other: string };
  refused: { one: string; other: string };
}

/** Empty when nothing needs the respondent's attention; else a sentence for each kind of response that waits. */
export function noticeText({ language, waiting, refused }: NoticeMessages, counts: NoticeCounts): string {
  const plural = new Intl.PluralRules(language);
  const sentence = (forms: NoticeMessages['waiting'], count: number) =>
    (plural.select(count) === 'one' ? forms.one : forms.other).replaceAll('{count}', String(count));
  return [
    counts.waiting > 0 ? sentence(waiting, counts.waiting) : '',
    counts.refused > 0 ? sentence(refused, counts.refused) : '',
  ]
    .filter((text) => text !== '')
    .join(' ');
}
