import { catalogue } from './catalogue.ts';

/** The essay cards other pages list essays with. The essays themselves are written in English only. */
export const essayMessages = catalogue(
  { cardMeta: 'Essay {order} · {minutes} min read' },
  { es: { cardMeta: 'Ensayo {order} · {minutes} min de lectura' } },
);
