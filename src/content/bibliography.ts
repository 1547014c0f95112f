/**
 * The works the essays cite. Essays name them by key in their `references` frontmatter and with
 * `<Cite id="…" />`; an unknown key fails the build. Each kind of work names what a reader needs to find it
 * (APA 7th edition): a book its publisher, an article its journal, volume and pages, a chapter its book,
 * editors and pages, a report its number, a web page its address.
 */
interface WorkBase {
  /** Surnames (and initials) as printed in a reference list, in order. */
  authors: readonly string[];
  year: number;
  title: string;
}

export type Work =
  | (WorkBase & {
      type: 'book';
      publisher: string;
      /** "3rd" for a third edition; left out for a first. */
      edition?: string;
      /** The authors are the book's editors. */
      edited?: true;
    })
  | (WorkBase & {
      type: 'article';
      journal: string;
      volume: string;
      issue?: string;
      /** Page range ("463–488"), or an online journal's article number (`article`). */
      pages?: string;
      article?: string;
    })
  | (WorkBase & {
      type: 'chapter';
      /** Editors as printed after "In": initials first ("K. K. Hipp"). */
      editors: readonly string[];
      book: string;
      pages: string;
      publisher: string;
    })
  | (WorkBase & {
      type: 'report';
      publisher: string;
      /** Series and number, as printed ("Rapport 18"). */ number: string;
    })
  | (WorkBase & { type: 'web'; site: string; url: string });

export const bibliography = {
  'wenger-1998': {
    type: 'book',
    authors: ['Wenger, E.'],
    year: 1998,
    title: 'Communities of Practice: Learning, Meaning, and Identity',
    publisher: 'Cambridge University Press',
  },
  'wenger-1998-systems-thinker': {
    type: 'article',
    authors: ['Wenger, E.'],
    year: 1998,
    title: 'Communities of practice: Learning as a social system',
    journal: 'The Systems Thinker',
    volume: '9',
    issue: '5',
    pages: '2–3',
  },
  'wenger-snyder-2000': {
    type: 'article',
    authors: ['Wenger, E. C.', 'Snyder, W. M.'],
    year: 2000,
    title: 'Communities of practice: The organizational frontier',
    journal: 'Harvard Business Review',
    volume: '78',
    issue: '1',
    pages: '139–145',
  },
  'wenger-mcdermott-snyder-2002': {
    type: 'book',
    authors: ['Wenger, E.', 'McDermott, R.', 'Snyder, W. M.'],
    year: 2002,
    title: 'Cultivating Communities of Practice: A Guide to Managing Knowledge',
    publisher: 'Harvard Business School Press',
  },
  'wenger-white-smith-2009': {
    type: 'book',
    authors: ['Wenger, E.', 'White, N.', 'Smith, J. D.'],
    year: 2009,
    title: 'Digital Habitats: Stewarding Technology for Communities',
    publisher: 'CPsquare',
  },
  'wenger-trayner-de-laat-2011': {
    type: 'report',
    authors: ['Wenger, E.', 'Trayner, B.', 'de Laat, M.'],
    year: 2011,
    title: 'Promoting and Assessing Value Creation in Communities and Networks: A Conceptual Framework',
    publisher: 'Ruud de Moor Centrum, Open Universiteit',
    number: 'Rapport 18',
  },
  'wenger-trayner-2015-introduction': {
    type: 'web',
    authors: ['Wenger-Trayner, E.', 'Wenger-Trayner, B.'],
    year: 2015,
    title: 'Introduction to communities of practice: A brief overview of the concept and its uses',
    site: 'Wenger-Trayner',
    url: 'https://www.wenger-trayner.com/introduction-to-communities-of-practice/',
  },
  'wenger-trayner-2015-landscapes': {
    type: 'book',
    authors: ['Wenger-Trayner, E.', 'Fenton-O’Creevy, M.', 'Hutchinson, S.', 'Kubiak, C.', 'Wenger-Trayner, B.'],
    year: 2015,
    title: 'Learning in Landscapes of Practice: Boundaries, Identity, and Knowledgeability in Practice-Based Learning',
    publisher: 'Routledge',
    edited: true,
  },
  'wenger-trayner-2020': {
    type: 'book',
    authors: ['Wenger-Trayner, E.', 'Wenger-Trayner, B.'],
    year: 2020,
    title: 'Learning to Make a Difference: Value Creation in Social Learning Spaces',
    publisher: 'Cambridge University Press',
  },
  'lave-wenger-1991': {
    type: 'book',
    authors: ['Lave, J.', 'Wenger, E.'],
    year: 1991,
    title: 'Situated Learning: Legitimate Peripheral Participation',
    publisher: 'Cambridge University Press',
  },
  'hord-1997': {
    type: 'book',
    authors: ['Hord, S. M.'],
    year: 1997,
    title: 'Professional Learning Communities: Communities of Continuous Inquiry and Improvement',
    publisher: 'Southwest Educational Development Laboratory',
  },
  'dufour-eaker-1998': {
    type: 'book',
    authors: ['DuFour, R.', 'Eaker, R.'],
    year: 1998,
    title: 'Professional Learning Communities at Work: Best Practices for Enhancing Student Achievement',
    publisher: 'National Educational Service',
  },
  'dufour-2004': {
    type: 'article',
    authors: ['DuFour, R.'],
    year: 2004,
    title: 'What is a “professional learning community”?',
    journal: 'Educational Leadership',
    volume: '61',
    issue: '8',
    pages: '6–11',
  },
  'stoll-2006': {
    type: 'article',
    authors: ['Stoll, L.', 'Bolam, R.', 'McMahon, A.', 'Wallace, M.', 'Thomas, S.'],
    year: 2006,
    title: 'Professional learning communities: A review of the literature',
    journal: 'Journal of Educational Change',
    volume: '7',
    issue: '4',
    pages: '221–258',
  },
  'vescio-ross-adams-2008': {
    type: 'article',
    authors: ['Vescio, V.', 'Ross, D.', 'Adams, A.'],
    year: 2008,
    title:
      'A review of research on the impact of professional learning communities on teaching practice and student learning',
    journal: 'Teaching and Teacher Education',
    volume: '24',
    issue: '1',
    pages: '80–91',
  },
  'bourhis-dube-jacob-2005': {
    type: 'article',
    authors: ['Bourhis, A.', 'Dubé, L.', 'Jacob, R.'],
    year: 2005,
    title: 'The success of virtual communities of practice: The leadership factor',
    journal: 'Electronic Journal of Knowledge Management',
    volume: '3',
    issue: '1',
    pages: '23–34',
  },
  'wheatley-2006': {
    type: 'book',
    authors: ['Wheatley, M. J.'],
    year: 2006,
    title: 'Leadership and the New Science: Discovering Order in a Chaotic World',
    edition: '3rd',
    publisher: 'Berrett-Koehler',
  },
  'senge-1990': {
    type: 'book',
    authors: ['Senge, P. M.'],
    year: 1990,
    title: 'The Fifth Discipline: The Art and Practice of the Learning Organization',
    publisher: 'Doubleday',
  },
  'mehta-2013': {
    type: 'article',
    authors: ['Mehta, J.'],
    year: 2013,
    title: 'From bureaucracy to profession: Remaking the educational sector for the twenty-first century',
    journal: 'Harvard Educational Review',
    volume: '83',
    issue: '3',
    pages: '463–488',
  },
  'mintzberg-1979': {
    type: 'book',
    authors: ['Mintzberg, H.'],
    year: 1979,
    title: 'The Structuring of Organizations',
    publisher: 'Prentice-Hall',
  },
  'taylor-1911': {
    type: 'book',
    authors: ['Taylor, F. W.'],
    year: 1911,
    title: 'The Principles of Scientific Management',
    publisher: 'Harper & Brothers',
  },
  'nonaka-takeuchi-1995': {
    type: 'book',
    authors: ['Nonaka, I.', 'Takeuchi, H.'],
    year: 1995,
    title: 'The Knowledge-Creating Company',
    publisher: 'Oxford University Press',
  },
  'olivier-hipp-huffman-2010': {
    type: 'chapter',
    authors: ['Olivier, D. F.', 'Hipp, K. K.', 'Huffman, J. B.'],
    year: 2010,
    title: 'Assessing and analyzing schools as professional learning communities',
    editors: ['K. K. Hipp', 'J. B. Huffman'],
    book: 'Demystifying Professional Learning Communities: School Leadership at Its Best',
    pages: '29–41',
    publisher: 'Rowman & Littlefield',
  },
  'shea-2014': {
    type: 'article',
    authors: ['Shea, C. M.', 'Jacobs, S. R.', 'Esserman, D. A.', 'Bruce, K.', 'Weiner, B. J.'],
    year: 2014,
    title: 'Organizational readiness for implementing change: A psychometric assessment of a new measure',
    journal: 'Implementation Science',
    volume: '9',
    article: '7',
  },
  'helfrich-2009': {
    type: 'article',
    authors: ['Helfrich, C. D.', 'Li, Y.-F.', 'Sharp, N. D.', 'Sales, A. E.'],
    year: 2009,
    title:
      'Organizational readiness to change assessment (ORCA): Development of an instrument based on the Promoting Action on Research in Health Services (PARIHS) framework',
    journal: 'Implementation Science',
    volume: '4',
    article: '38',
  },
} as const satisfies Record<string, Work>;

export type WorkKey = keyof typeof bibliography;
export const workKeys = Object.keys(bibliography) as [WorkKey, ...WorkKey[]];

const surname = (author: string) => author.split(',')[0]!.trim();

/** Who a citation names: "Wenger", "Lave & Wenger", "Shea et al.". */
function citedAuthors(work: Work): string {
  const names = work.authors.map(surname);
  return names.length === 1 ? names[0]! : names.length === 2 ? `${names[0]} & ${names[1]}` : `${names[0]} et al.`;
}

/**
 * The year as cited: with a letter when works by the same authors share a year ("1998a", "1998b", in title
 * order, as APA asks), so two citations of different works never read alike.
 */
const yearLabels = new Map<Work, string>();
{
  const works = Object.values(bibliography as Record<string, Work>);
  const sameCitation = Map.groupBy(works, (work) => `${work.authors.join(';')}|${work.year}`);
  for (const group of sameCitation.values()) {
    const ordered = [...group].sort((a, b) => a.title.localeCompare(b.title, 'en'));
    ordered.forEach((work, i) =>
      yearLabels.set(work, group.length === 1 ? String(work.year) : `${work.year}${String.fromCharCode(97 + i)}`),
    );
  }
}
export const yearLabel = (work: Work): string => yearLabels.get(work) ?? String(work.year);

/** Author–date label for running text: "Wenger, 1998a", "Lave & Wenger, 1991", "Shea et al., 2014". */
export function citationLabel(work: Work): string {
  return `${citedAuthors(work)}, ${yearLabel(work)}`;
}

/** Authors as printed in a reference list: "Wenger, E., McDermott, R., & Snyder, W. M." */
export function referenceAuthors(work: Work): string {
  const { authors } = work;
  const names = authors.length === 1 ? authors[0]! : `${authors.slice(0, -1).join(', ')}, & ${authors.at(-1)}`;
  return work.type === 'book' && work.edited ? `${names} (Eds.)` : names;
}

const names = (editors: readonly string[]) =>
  editors.length === 1 ? editors[0]! : `${editors.slice(0, -1).join(', ')} & ${editors.at(-1)}`;

/**
 * A reference after its authors and year, in three parts: text before the italic part, the italic part (a
 * book's or report's title, an article's journal and volume), and text after it.
 */
export function referenceParts(work: Work): { before: string; italic: string; after: string } {
  switch (work.type) {
    case 'book':
      return {
        before: '',
        italic: work.title,
        after: `${work.edition ? ` (${work.edition} ed.)` : ''}. ${work.publisher}.`,
      };
    case 'article': {
      const where = work.pages ?? `Article ${work.article}`;
      return {
        before: `${work.title}. `,
        italic: `${work.journal}, ${work.volume}`,
        after: `${work.issue ? `(${work.issue})` : ''}, ${where}.`,
      };
    }
    case 'chapter':
      return {
        before: `${work.title}. In ${names(work.editors)} (Ed${work.editors.length > 1 ? 's' : ''}.), `,
        italic: work.book,
        after: ` (pp. ${work.pages}). ${work.publisher}.`,
      };
    case 'report':
      return { before: '', italic: work.title, after: ` (${work.number}). ${work.publisher}.` };
    case 'web':
      return { before: '', italic: work.title, after: `. ${work.site}. ${work.url}` };
  }
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
