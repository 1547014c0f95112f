import type { Table } from './csv.ts';
import { constructsOf, estimatesStage, findVersion, versionsOf, type FrameworkModel } from './model.ts';
import { rounded } from './numbers.ts';
import type { ResponseRecord } from './responses.ts';
import { scoreResponse, type InstrumentScores } from './score.ts';
import type { Instrument } from './types.ts';

/**
 * Scores as flat rows for CSV: one column per construct mean, count answered and band, then the stage
 * estimate or readiness profile. Column names are snake_case so statistics packages accept them.
 */
export type ScoreRow = Record<string, string | number>;

const snake = (id: string) => id.replace(/-/g, '_');

export function scoreColumns(instrument: Instrument, within: FrameworkModel): string[] {
  const columns = constructsOf(instrument, within).flatMap(({ id }) => [
    `${snake(id)}_mean`,
    `${snake(id)}_n`,
    `${snake(id)}_band`,
  ]);
  if (estimatesStage(instrument)) columns.push('stage_estimate', 'stage_clarity', 'stage_lead');
  if (instrument.scoring.readinessProfile)
    columns.push('readiness_overall', 'readiness_strongest', 'readiness_weakest');
  return columns;
}

export function scoreRow(scores: InstrumentScores): ScoreRow {
  const row: ScoreRow = {};
  for (const score of scores.constructs) {
    const name = snake(score.construct);
    row[`${name}_mean`] = rounded(score.mean);
    row[`${name}_n`] = score.answered;
    row[`${name}_band`] = score.band ?? '';
  }
  if (scores.stage) {
    row['stage_estimate'] = scores.stage.stage ?? '';
    row['stage_clarity'] = scores.stage.clarity;
    row['stage_lead'] = rounded(scores.stage.lead);
  }
  if (scores.readiness) {
    row['readiness_overall'] = rounded(scores.readiness.overall);
    row['readiness_strongest'] = scores.readiness.strongest.join(' ');
    row['readiness_weakest'] = scores.readiness.weakest.join(' ');
  }
  return row;
}

/**
 * One row per response, scored with the version it answers: identity (with that version), source, link
 * parameters, role, then every score. Responses to several instruments and versions share one table; a
 * column another instrument or version lacks is left empty.
 */
export function scoredTable(responses: readonly ResponseRecord[], within: FrameworkModel): Table {
  const versionOf = (response: ResponseRecord): Instrument => {
    const { id, version } = response.instrument;
    const instrument = findVersion(id, version, within);
    if (!instrument)
      throw new Error(
        `${response.source.file}:${response.source.line} answers ${id} ${version}, which the model does not hold.`,
      );
    return instrument;
  };
  const answered = new Set(responses.map(versionOf));
  // In the model's order, each instrument's current version first, so the columns do not depend on the rows' order.
  const used = within.instruments.flatMap((current) => versionsOf(current.id, within)).filter((i) => answered.has(i));
  const fields = [
    ...new Set([
      'response_id',
      'instrument_id',
      'instrument_version',
      'language',
      'source_file',
      'source_line',
      ...used.flatMap((instrument) => instrument.parameters.map((p) => p.name)),
      ...(used.some((instrument) => instrument.roleItem) ? ['role'] : []),
      ...used.flatMap((instrument) => scoreColumns(instrument, within)),
    ]),
  ];
  const rows = responses.map((response) => {
    const instrument = versionOf(response);
    const role = instrument.roleItem ? response.answers[instrument.roleItem] : undefined;
    return {
      response_id: response.responseId ?? '',
      instrument_id: instrument.id,
      instrument_version: instrument.version,
      language: response.language,
      source_file: response.source.file,
      source_line: response.source.line,
      ...response.params,
      ...(instrument.roleItem ? { role: role ?? '' } : {}),
      ...scoreRow(scoreResponse(instrument, response.answers, within)),
    } as Record<string, string | number>;
  });
  return { fields, rows };
}
