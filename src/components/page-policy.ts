import { endpointSource } from '../instruments/endpoint.ts';
import { model } from '../instruments/source-model.ts';

/**
 * Each page's Content Security Policy, written by BaseLayout as a meta tag; src/integrations/page-csp.ts then
 * adds the hashes of the page's own inline scripts and styles once the page is built. Written here rather than
 * by Astro's `security.csp`, which hashes every page's inline code while rendering it only for that integration
 * to replace the hashes (the policy's half of the build time a page took beyond a bare Astro page).
 */

/** What a page adds to the site's policy: sources for one directive each. */
export interface PolicyAdditions {
  connect?: readonly string[];
  script?: readonly string[];
  worker?: readonly string[];
}

/**
 * Responses may be posted only to the endpoints configured for this build, at their exact addresses: the
 * site's and any instrument's own, on every page, since any page may send a waiting response. Nothing a
 * visitor controls can widen this list. A path such as /api/responses (npm start's collector) is on the
 * page's own origin, which 'self' covers.
 */
function endpointSources(siteEndpoint: string | undefined): string[] {
  const sources = [siteEndpoint, ...model.instruments.map((instrument) => instrument.endpoint)].flatMap((endpoint) => {
    const source = endpoint === undefined ? null : endpointSource(endpoint);
    return source === null ? [] : [source];
  });
  return [...new Set(sources)];
}

/** The policy of a page of a site whose responses go to `siteEndpoint`, with the page's own additions. */
export function pagePolicy(siteEndpoint: string | undefined, additions: PolicyAdditions = {}): string {
  const directives: [string, ...string[]][] = [
    ['default-src', "'self'"],
    ['img-src', "'self'", 'data:'],
    ['font-src', "'self'"],
    ['object-src', "'none'"],
    ['base-uri', "'self'"],
    ['form-action', "'self'"],
    ['connect-src', "'self'", ...endpointSources(siteEndpoint), ...(additions.connect ?? [])],
    // The outbox's service worker (Background Sync) is a script of this site.
    ['worker-src', "'self'", ...(additions.worker ?? [])],
    ['script-src', "'self'", ...(additions.script ?? [])],
    ['style-src', "'self'"],
  ];
  return directives.map((directive) => [...new Set(directive)].join(' ')).join('; ');
}
