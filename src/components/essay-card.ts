import { escape } from 'html-escaper';
import type { Essay } from '../content/queries.ts';
import { readingMinutes } from '../content/queries.ts';
import { paths } from './paths.ts';
import { fill } from '../i18n/catalogue.ts';
import { essayMessages } from '../i18n/essays.ts';
import type { Language } from '../instruments/languages.ts';
import { siteMessages } from '../i18n/site.ts';

/**
 * Each card as made once per build: every listing page (home, essays, each construct, in each language)
 * shows the same essays' cards again, some 17,000 cards for 2,000 distinct ones at 1,000 essays. Keyed by the
 * entry's data, which the content store hands out unchanged until the essay itself changes.
 */
const made = new WeakMap<Essay['data'], Map<string, string>>();

/**
 * An essay's card, in an `<li>` for a listing page's `<ul>` or `<ol>`, with its title at heading `level`.
 * Escaped with html-escaper, the escaper Astro itself uses for expressions. Left out of the search index: a
 * word from a card finds the essay itself, not every page that lists it (nor, through English cards, a page
 * in another language's index).
 */
export function essayCard(essay: Essay, language: Language, level: 2 | 3): string {
  let cards = made.get(essay.data);
  if (cards === undefined) {
    cards = new Map();
    made.set(essay.data, cards);
  }
  const key = `${language} ${level}`;
  let card = cards.get(key);
  if (card === undefined) {
    card = makeCard(essay, language, level);
    cards.set(key, card);
  }
  return card;
}

function makeCard(essay: Essay, language: Language, level: 2 | 3): string {
  // The essays are in English only: on another language's page each card marks its title and summary as
  // English, and its link says where it leads; on English pages the cards need no such marks.
  const english = language === 'en';
  const link = english
    ? `<a href="${escape(paths.essay(essay.id))}">${escape(essay.data.title)}</a>`
    : `<a href="${escape(paths.essay(essay.id))}" hreflang="en"><span lang="en">${escape(essay.data.title)}</span> ${escape(siteMessages[language].inEnglish)}</a>`;
  const meta = fill(essayMessages[language].cardMeta, {
    order: essay.data.order,
    minutes: readingMinutes(essay.body),
  });
  return (
    `<li><article class="card essay-card" data-pagefind-ignore><p class="meta">${escape(meta)}</p>` +
    `<h${level}>${link}</h${level}>` +
    `<p${english ? '' : ' lang="en"'}>${escape(essay.data.summary)}</p></article></li>`
  );
}
