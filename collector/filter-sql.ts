import type { ResponseFilter } from './store.ts';

/**
 * The WHERE conditions of a filter, with values always bound as parameters. `placeholder(n)` writes the
 * dialect's n-th parameter (`?` or `$n`); `param(p)` the expression for one link parameter's value.
 */
export function filterConditions(
  filter: ResponseFilter,
  dialect: {
    placeholder: (n: number) => string;
    param: (placeholder: string) => string;
    time: (placeholder: string) => string;
  },
  firstIndex = 1,
): { conditions: string[]; values: string[] } {
  const conditions: string[] = [];
  const values: string[] = [];
  const bind = (value: string) => {
    values.push(value);
    return dialect.placeholder(firstIndex + values.length - 1);
  };
  if (!filter.includeDeleted) conditions.push('deleted_at IS NULL');
  if (filter.instrument !== undefined) conditions.push(`instrument_id = ${bind(filter.instrument)}`);
  if (filter.version !== undefined) conditions.push(`instrument_version = ${bind(filter.version)}`);
  if (filter.since !== undefined) conditions.push(`received_at >= ${dialect.time(bind(filter.since))}`);
  if (filter.session !== undefined) conditions.push(`session = ${bind(filter.session)}`);
  if (filter.until !== undefined) conditions.push(`received_at < ${dialect.time(bind(filter.until))}`);
  for (const [name, value] of Object.entries(filter.params ?? {})) {
    conditions.push(`${dialect.param(bind(name))} = ${bind(value)}`);
  }
  return { conditions, values };
}

export const whereClause = (conditions: readonly string[]) =>
  conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
