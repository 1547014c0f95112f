/**
 * Reading responses from a Cultivate collector's export (`GET /api/responses?format=ndjson`) with its read
 * token, for the analysis page and the command-line tools. The answer is NDJSON of the payloads exactly as
 * received, so it goes through the same reader as a file; this module only fetches it and explains failures.
 */

/** Where to read from: the collector's address (its site root or its `/api/responses` path) and the read token. */
export interface CollectorSource {
  url: string;
  token: string;
  /** Only this instrument's responses. */
  instrument?: string;
}

/** A failure a researcher can act on, worded for both the page and the terminal. */
export class CollectorReadError extends Error {
  override name = 'CollectorReadError';
}

const EXPORT_PATH = '/api/responses';

/** The export URL for a source, or a CollectorReadError naming what is wrong with the address. */
export function collectorExportUrl(source: CollectorSource): URL {
  const given = source.url.trim();
  if (!URL.canParse(given))
    throw new CollectorReadError(`The collector address "${given}" is not a URL (e.g. http://127.0.0.1:4321).`);
  const base = new URL(given);
  if (base.protocol !== 'http:' && base.protocol !== 'https:') {
    throw new CollectorReadError(`The collector address must start with https:// or http://, not ${base.protocol}`);
  }
  if (base.username || base.password)
    throw new CollectorReadError(
      'The collector address must not carry a user name or password; the token is given on its own.',
    );
  const path = base.pathname.replace(/\/+$/, '');
  // A collector behind a proxy may live under a path prefix: keep it.
  const url = new URL(path.endsWith(EXPORT_PATH) ? path : `${path}${EXPORT_PATH}`, base.origin);
  url.searchParams.set('format', 'ndjson');
  if (source.instrument) url.searchParams.set('instrument', source.instrument);
  return url;
}

/** Why the collector refused, from its JSON error body when it sent one. */
async function refusal(response: Response): Promise<string> {
  const fallback = `The collector answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}.`;
  if (response.status === 401 || response.status === 403)
    return 'The collector did not accept the read token. Check COLLECTOR_TOKEN (or data/collector-token beside its database).';
  try {
    const body: unknown = await response.json();
    const error = typeof body === 'object' && body !== null ? (body as { error?: unknown }).error : undefined;
    return typeof error === 'string' ? `${fallback} ${error}` : fallback;
  } catch {
    return fallback;
  }
}

/**
 * The address of a collector that receives this site's responses at `endpoint`, when that is a path on the
 * site's own origin (what `npm start` builds); '' when the build posts elsewhere or nowhere.
 */
export function defaultCollectorAddress(endpoint: string | undefined, origin: string): string {
  if (!endpoint?.startsWith('/') || endpoint.startsWith('//')) return '';
  const path = endpoint.replace(/\/+$/, '');
  return `${origin}${path.endsWith(EXPORT_PATH) ? path.slice(0, -EXPORT_PATH.length) : path}`;
}

export interface FetchOptions {
  /**
   * The origins a page's Content-Security-Policy lets it connect to: any other is refused here with a
   * message, instead of failing as "unreachable" with a policy violation.
   */
  allowedOrigins?: readonly string[];
}

/**
 * The collector's export as a named text, ready for `readResponses`, with the origin it came from. The token goes only in the
 * Authorization header (never the URL, so it stays out of logs and history).
 */
export async function fetchCollectorResponses(
  source: CollectorSource,
  { allowedOrigins }: FetchOptions = {},
): Promise<{ name: string; text: string; origin: string }> {
  const url = collectorExportUrl(source);
  if (allowedOrigins && !allowedOrigins.includes(url.origin)) {
    throw new CollectorReadError(
      `This page may read only from ${allowedOrigins.join(' or ')} (its security policy), not ${url.origin}. Open the analysis page on the collector's own address, or use npm run analyze -- --url ${url.origin}.`,
    );
  }
  if (source.token.trim() === '')
    throw new CollectorReadError('A read token is needed to read responses from the collector.');
  let response: Response;
  try {
    response = await fetch(url, {
      headers: { authorization: `Bearer ${source.token.trim()}`, accept: 'application/x-ndjson' },
      credentials: 'omit',
      cache: 'no-store',
      referrerPolicy: 'no-referrer',
    });
  } catch {
    throw new CollectorReadError(`The collector at ${url.origin} could not be reached.`);
  }
  if (!response.ok) throw new CollectorReadError(await refusal(response));
  const type = response.headers.get('content-type') ?? '';
  if (!type.includes('ndjson'))
    throw new CollectorReadError(
      `${url.origin} did not answer with a collector export (content type "${type}"). Is this the collector's address?`,
    );
  let text: string;
  try {
    text = await response.text();
  } catch {
    // The connection broke while the export streamed: part of it is no basis for an analysis.
    throw new CollectorReadError(`The collector at ${url.origin} stopped sending before the export was complete.`);
  }
  // Named like a file so every rejection points at the export line it came from.
  return { name: `${url.origin}${url.pathname}.ndjson`, text, origin: url.origin };
}
