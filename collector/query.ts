import type { Refusal } from './accept.ts';
import type { ResponseFilter } from './store.ts';

export interface ExportQuery {
  format: 'ndjson' | 'csv';
  filter: ResponseFilter;
}

const PARAM_NAME = /^[a-z][a-z0-9_]*$/;

/** An ISO 8601 date or date-time, normalised to UTC so SQLite's text comparison and PostgreSQL agree. */
function instant(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(value)) return null;
  const time = Date.parse(value);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

/**
 * The filters of an export or count request: instrument, version, since, until (received time; since
 * inclusive, until exclusive) and param.<name>=<value>. Anything else is refused, naming the parameter,
 * rather than silently exporting more than was asked for.
 */
export function parseExportQuery(query: URLSearchParams): ExportQuery | Refusal {
  const filter: ResponseFilter = {};
  const params: Record<string, string> = {};
  let format: ExportQuery['format'] = 'ndjson';
  const seen = new Set<string>();
  for (const [key, value] of query) {
    if (seen.has(key)) return { error: `${key} is given more than once.`, field: key };
    seen.add(key);
    if (key === 'format') {
      if (value !== 'ndjson' && value !== 'csv') return { error: 'format must be ndjson or csv.', field: 'format' };
      format = value;
    } else if (key === 'instrument' || key === 'version') {
      if (value === '') return { error: `${key} is empty.`, field: key };
      filter[key] = value;
    } else if (key === 'since' || key === 'until') {
      const at = instant(value);
      if (at === null)
        return {
          error: `${key} must be an ISO 8601 date or date-time, e.g. 2026-11-23 or 2026-11-23T09:00:00Z.`,
          field: key,
        };
      filter[key] = at;
    } else if (key.startsWith('param.') && PARAM_NAME.test(key.slice(6))) {
      params[key.slice(6)] = value;
    } else {
      return { error: `${key} is not a filter (use instrument, version, since, until or param.<name>).`, field: key };
    }
  }
  if (Object.keys(params).length > 0) filter.params = params;
  return { format, filter };
}
