/**
 * One team session on a collector, asked with the facilitator's token. The token is sent only in the
 * Authorization header and kept only here and in the page's address.
 */

/** A collector's answer: its status, its JSON body (null when there is none) and how long to wait when busy. */
export interface Answer {
  status: number;
  body: unknown;
  /** Seconds, from Retry-After; null when the collector named none. */
  retryAfter: number | null;
}

export class TeamCollector {
  readonly base: string;
  readonly session: string;
  /** Replaced when the facilitator asks for a new link. */
  token: string;

  constructor(base: string, session: string, token: string) {
    this.base = base;
    this.session = session;
    this.token = token;
  }

  /** Asks the collector about the session (`suffix` names what of it); throws only when it cannot be reached. */
  async call(method: string, suffix: string): Promise<Answer> {
    const response = await fetch(`${this.base}/${this.session}${suffix}`, {
      method,
      headers: { Authorization: `Bearer ${this.token}`, Accept: 'application/json' },
      cache: 'no-store',
      credentials: 'omit',
    });
    const body: unknown = await response.json().catch(() => null);
    const retry = Number(response.headers.get('Retry-After'));
    return { status: response.status, body, retryAfter: Number.isFinite(retry) && retry > 0 ? retry : null };
  }
}
