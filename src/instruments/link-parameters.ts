import type { LinkParameter } from './types.ts';

export interface LinkParameterProblem {
  name: string;
  label: string;
  message: string;
}

export interface LinkParameterCheck {
  /** Valid values, keyed by parameter name, in the instrument's order. */
  values: Record<string, string>;
  problems: LinkParameterProblem[];
}

/** A typed or linked value as it is checked and sent: Unicode NFC, surrounding space removed. */
export const normalizeLinkValue = (value: string): string => value.normalize('NFC').trim();

/** Why a value is not acceptable for a parameter, or null if it is. Shared by the respondent page and the link builder. */
export function parameterProblem(parameter: LinkParameter, value: string): string | null {
  if (value.length === 0) return 'is empty';
  if ([...value].length > parameter.maxLength) return `is longer than ${parameter.maxLength} characters`;
  // Wrapped so an alternation in the pattern cannot escape its anchors.
  if (!new RegExp(`^(?:${parameter.pattern})$`, 'u').test(value)) return 'contains characters that are not allowed';
  return null;
}

/**
 * The instrument's parameters found in a link's query. Unknown parameters are ignored; a parameter given
 * twice or with a bad value is reported and left out, never passed on.
 */
export function checkLinkParameters(parameters: readonly LinkParameter[], query: URLSearchParams): LinkParameterCheck {
  const values: Record<string, string> = {};
  const problems: LinkParameterProblem[] = [];
  for (const parameter of parameters) {
    const given = query.getAll(parameter.name);
    if (given.length === 0) continue;
    const report = (message: string) => problems.push({ name: parameter.name, label: parameter.label, message });
    if (given.length > 1) {
      report('is given more than once');
      continue;
    }
    const value = normalizeLinkValue(given[0]!);
    const problem = parameterProblem(parameter, value);
    if (problem) report(problem);
    else values[parameter.name] = value;
  }
  return { values, problems };
}
