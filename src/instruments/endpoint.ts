/**
 * Where completed responses may be posted: the one rule for the build's PUBLIC_RESPONSE_ENDPOINT and an
 * instrument's own `endpoint`. Either a path on the site's own server (`/api/responses`, what `npm start`
 * builds for its collector) or an https: URL; plain http: only to this machine, for local testing. No user
 * name or password (it would sit in every page), no whitespace.
 */

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Why `endpoint` cannot receive responses, as the end of a sentence naming it; null when it can. */
export function endpointProblem(endpoint: string): string | null {
  if (endpoint === '') return 'is empty';
  // eslint-disable-next-line no-control-regex -- control characters are what this rule refuses
  if (/[\s\u0000-\u001f\u007f\\]/.test(endpoint)) return 'contains whitespace, a control character or a backslash';
  if (endpoint.startsWith('/') && !endpoint.startsWith('//')) return null;
  const neither = 'is not an https:// URL nor a path on this site such as /api/responses';
  if (!URL.canParse(endpoint)) return neither;
  const url = new URL(endpoint);
  if (url.username !== '' || url.password !== '') return 'must not contain a user name or password';
  if (url.protocol === 'https:') return null;
  if (url.protocol === 'http:' && LOOPBACK.has(url.hostname)) return null;
  if (url.protocol === 'http:')
    return 'is not an https:// URL (plain http:// is allowed only for localhost, 127.0.0.1 and [::1])';
  return neither;
}

/** The origin a valid endpoint lives at, or null for a path on the site's own origin. */
export const endpointOrigin = (endpoint: string): string | null =>
  endpoint.startsWith('/') ? null : new URL(endpoint).origin;

/**
 * The CSP source expression that lets a page post to a valid endpoint and to no other address on its server,
 * or null for a path on the site's own origin ('self' covers it). A source with a path matches that path only
 * (the query is never compared); characters the CSP path grammar lacks (`;` `,` and a few others) are
 * percent-encoded, which browsers decode before comparing.
 */
export function endpointSource(endpoint: string): string | null {
  if (endpoint.startsWith('/')) return null;
  const url = new URL(endpoint);
  const path = url.pathname.replace(/[^\w\-.~!$&'()*+=:@/%]/g, (char) =>
    [...new TextEncoder().encode(char)].map((byte) => `%${byte.toString(16).toUpperCase().padStart(2, '0')}`).join(''),
  );
  return url.origin + path;
}

/**
 * Where a collector keeps its team sessions, from the endpoint it receives responses at: the endpoint's last
 * path segment `responses` replaced by `sessions` (`/api/responses` → `/api/sessions`), without its query or
 * fragment or a trailing slash. Null when there is no endpoint, or it is not a valid one ending in `responses`:
 * then it is no Cultivate collector, and no team session can be there.
 */
export function sessionsBase(endpoint: string | undefined): string | null {
  if (endpoint === undefined || endpointProblem(endpoint) !== null) return null;
  const local = endpoint.startsWith('/');
  const url = new URL(endpoint, 'http://localhost');
  const path = url.pathname.replace(/\/+$/, '');
  if (!/(^|\/)responses$/.test(path)) return null;
  const sessions = `${path.slice(0, -'responses'.length)}sessions`;
  return local ? sessions : url.origin + sessions;
}
