/**
 * The works the essays cite. Essays name them by key in their `references` frontmatter and with
 * `<Cite id="…" />`; an unknown key fails the build.
 */
export interface Work {
  /** Surnames (and initials) as printed in a reference list, in order. */
  authors: readonly string[];
  year: number;
  title: string;
  /** Journal or edited volume, with volume, issue and pages where they apply. */
  container?: string;
  publisher?: string;
}

export const bibliography = {
  'wenger-1998': {
    authors: ['Wenger, E.'],
    year: 1998,
    title: 'Communities of Practice: Learning, Meaning, and Identity',
    publisher: 'Cambridge University Press',
  },
  'wenger-mcdermott-snyder-2002': {
    authors: ['Wenger, E.', 'McDermott, R.', 'Snyder, W. M.'],
    year: 2002,
    title: 'Cultivating Communities of Practice: A Guide to Managing Knowledge',
    publisher: 'Harvard Business School Press',
  },
  'wenger-trayner-de-laat-2011': {
    authors: ['Wenger, E.', 'Trayner, B.', 'de Laat, M.'],
    year: 2011,
    title: 'Promoting and Assessing Value Creation in Communities and Networks: A Conceptual Framework',
    publisher: 'Ruud de Moor Centrum, Open Universiteit',
  },
  'lave-wenger-1991': {
    authors: ['Lave, J.', 'Wenger, E.'],
    year: 1991,
    title: 'Situated Learning: Legitimate Peripheral Participation',
    publisher: 'Cambridge University Press',
  },
  'wheatley-2006': {
    authors: ['Wheatley, M. J.'],
    year: 2006,
    title: 'Leadership and the New Science: Discovering Order in a Chaotic World (3rd ed.)',
    publisher: 'Berrett-Koehler',
  },
  'senge-1990': {
    authors: ['Senge, P. M.'],
    year: 1990,
    title: 'The Fifth Discipline: The Art and Practice of the Learning Organization',
    publisher: 'Doubleday',
  },
  'mehta-2013': {
    authors: ['Mehta, J.'],
    year: 2013,
    title: 'From bureaucracy to profession: Remaking the educational sector for the twenty-first century',
    container: 'Harvard Educational Review, 83(3), 463–488',
  },
  'mintzberg-1979': {
    authors: ['Mintzberg, H.'],
    year: 1979,
    title: 'The Structuring of Organizations',
    publisher: 'Prentice-Hall',
  },
  'taylor-1911': {
    authors: ['Taylor, F. W.'],
    year: 1911,
    title: 'The Principles of Scientific Management',
    publisher: 'Harper & Brothers',
  },
  'nonaka-takeuchi-1995': {
    authors: ['Nonaka, I.', 'Takeuchi, H.'],
    year: 1995,
    title: 'The Knowledge-Creating Company',
    publisher: 'Oxford University Press',
  },
  'olivier-hipp-huffman-2010': {
    authors: ['Olivier, D. F.', 'Hipp, K. K.', 'Huffman, J. B.'],
    year: 2010,
    title: 'Assessing and analyzing schools as professional learning communities',
    container:
      'In K. K. Hipp & J. B. Huffman (Eds.), Demystifying Professional Learning Communities: School Leadership at Its Best',
    publisher: 'Rowman & Littlefield',
  },
  'shea-2014': {
    authors: ['Shea, C. M.', 'Jacobs, S. R.', 'Esserman, D. A.', 'Bruce, K.', 'Weiner, B. J.'],
    year: 2014,
    title: 'Organizational readiness for implementing change: a psychometric assessment of a new measure',
    container: 'Implementation Science, 9, 7',
  },
  'helfrich-2009': {
    authors: ['Helfrich, C. D.', 'Li, Y.-F.', 'Sharp, N. D.', 'Sales, A. E.'],
    year: 2009,
    title:
      'Organizational readiness to change assessment (ORCA): development of an instrument based on the Promoting Action on Research in Health Services (PARIHS) framework',
    container: 'Implementation Science, 4, 38',
  },
} as const satisfies Record<string, Work>;

export type WorkKey = keyof typeof bibliography;
export const workKeys = Object.keys(bibliography) as [WorkKey, ...WorkKey[]];

const surname = (author: string) => author.split(',')[0]!.trim();

/** Author–date label for running text: "Wenger, 1998", "Lave & Wenger, 1991", "Shea et al., 2014". */
export function citationLabel(work: Work): string {
  const names = work.authors.map(surname);
  const who = names.length === 1 ? names[0] : names.length === 2 ? `${names[0]} & ${names[1]}` : `${names[0]} et al.`;
  return `${who}, ${work.year}`;
}

/** Authors as printed in a reference list: "Wenger, E., McDermott, R., & Snyder, W. M." */
export function referenceAuthors(work: Work): string {
  const { authors } = work;
  if (authors.length === 1) return authors[0]!;
  return `${authors.slice(0, -1).join(', ')}, & ${authors.at(-1)}`;
}

export function lookUpWork(key: string): Work {
  const work = (bibliography as Record<string, Work>)[key];
  if (!work) {
    throw new Error(
      `Unknown bibliography key "${key}". Known keys: ${workKeys.join(', ')} (src/content/bibliography.ts).`,
    );
  }
  return work;
}
