import { createHash } from 'node:crypto';
import { canonicalJson } from '../src/instruments/canonical-json.ts';
import { publishedHash } from '../src/instruments/hash.ts';
import { parameterProblem } from '../src/instruments/link-parameters.ts';
import { itemsOf, versionsOf } from '../src/instruments/model.ts';
import { model } from '../src/instruments/source-model.ts';
import { parseResponsePayload } from '../src/instruments/payload.ts';
import { publishedHashes, type PublishedHashes } from '../src/instruments/published.ts';
import { answerProblems, scoreResponse } from '../src/instruments/score.ts';
import type { Instrument } from '../src/instruments/types.ts';
import type { StoredResponse } from './store.ts';

/** One version of an instrument with its content hash; `variables`: its codebook variable names. */
export interface CatalogueEntry {
  instrument: Instrument;
  hash: string;
  variables: ReadonlySet<string>;
}

/** Every instrument version this collector can check responses against: current and archived. */
export interface Catalogue {
  /** By instrument id, then version; each instrument's current version first. */
  instruments: ReadonlyMap<string, ReadonlyMap<string, CatalogueEntry>>;
  published: PublishedHashes;
}

export async function currentCatalogue(): Promise<Catalogue> {
  const entry = async (instrument: Instrument): Promise<[string, CatalogueEntry]> => [
    instrument.version,
    {
      instrument,
      hash: await publishedHash(instrument),
      variables: new Set(itemsOf(instrument).map((item) => item.id)),
    },
  ];
  const ids = model.instruments.map((instrument) => instrument.id);
  return {
    instruments: new Map(
      await Promise.all(
        ids.map(async (id) => [id, new Map(await Promise.all(versionsOf(id, model).map(entry)))] as const),
      ),
    ),
    published: publishedHashes,
  };
}

/** Why a body was refused: plain text, and the field to blame when there is one. Never echoes answers. */
export interface Refusal {
  error: string;
  field?: string;
}

export type Verdict =
  { ok: true; response: Omit<StoredResponse, 'receivedAt' | 'deletedAt'> } | ({ ok: false } & Refusal);

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const refuse = (error: string, field?: string): Verdict =>
  field === undefined ? { ok: false, error } : { ok: false, error, field };

/** The field path a payload problem starts with (`answers.dom_01: expected …`). */
function problemField(problem: string): string | undefined {
  const path = problem.slice(0, problem.indexOf(': '));
  return path === '(the payload)' || path === '' ? undefined : path;
}

/**
 * Checks one received body the way a researcher's tools will read it: payload version 1, an instrument
 * version and content hash the project has published, answers within that version's variables and
 * scales (a response to an earlier version, e.g. one that waited in an outbox, is checked against it),
 * link parameters by the instrument's rules. Accepted bodies are scored here with the same
 * module as the respondent's report.
 */
export function acceptResponse(body: string, catalogue: Catalogue): Verdict {
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (error) {
    // V8's message quotes the body; say only where it broke.
    const at = /position (\d+)/.exec((error as Error).message)?.[1];
    return refuse(`The body is not valid JSON${at === undefined ? '' : ` (at character ${at})`}.`);
  }
  const check = parseResponsePayload(value);
  if (!check.ok)
    return refuse(
      `The body is not a response payload (version 1): ${check.problems.join('; ')}`,
      problemField(check.problems[0]!),
    );
  const payload = check.payload;
  const { id, version, hash } = payload.instrument;

  const known = catalogue.instruments.get(id);
  if (!known) {
    return refuse(
      `"${id}" is not an instrument this collector knows (${[...catalogue.instruments.keys()].join(', ')}).`,
      'instrument.id',
    );
  }
  const publishedHash = catalogue.published[id]?.[version];
  if (publishedHash === undefined) {
    const versions = Object.keys(catalogue.published[id] ?? {}).join(', ');
    return refuse(`${id} has no published version ${version} (published: ${versions}).`, 'instrument.version');
  }
  if (publishedHash !== hash)
    return refuse(`${id} ${version} was published with content hash ${publishedHash}, not ${hash}.`, 'instrument.hash');
  const entry = known.get(version);
  if (!entry) {
    return refuse(
      `${id} ${version} was published, but this collector cannot check answers to it (it holds ${[...known.keys()].join(', ')}).`,
      'instrument.version',
    );
  }
  // The model's content must still be what was published under this version, or answers would be misread.
  if (entry.hash !== hash)
    return refuse(
      `${id} ${version} here has content hash ${entry.hash}, not the published ${hash}.`,
      'instrument.hash',
    );
  const { instrument, variables } = entry;

  const answers = Object.entries(payload.answers);
  // All answers are checked at once; only a body with a bad one is walked answer by answer, to name the first.
  if (answers.some(([name]) => !variables.has(name)) || answerProblems(instrument, payload.answers, model).length > 0) {
    for (const [name, answer] of answers) {
      if (!variables.has(name))
        return refuse(`${name} is not a variable of ${id} ${version} (see its codebook).`, `answers.${name}`);
      const problem = answerProblems(instrument, { [name]: answer }, model)[0];
      if (problem !== undefined) return refuse(problem, `answers.${name}`);
    }
  }
  for (const [name, given] of Object.entries(payload.params)) {
    const parameter = instrument.parameters.find((candidate) => candidate.name === name);
    if (!parameter) return refuse(`${name} is not a link parameter of ${id}.`, `params.${name}`);
    const problem = parameterProblem(parameter, given);
    if (problem !== null) return refuse(`The ${name} value ${problem}.`, `params.${name}`);
  }

  return {
    ok: true,
    response: {
      responseId: payload.responseId,
      instrumentId: id,
      instrumentVersion: version,
      instrumentHash: hash,
      params: payload.params,
      scores: JSON.stringify(scoreResponse(instrument, payload.answers, model)),
      body,
      bodySha256: sha256(body),
      canonicalSha256: sha256(canonicalJson(value)),
      submittedAt: payload.submittedAt,
      session: payload.session ?? null,
    },
  };
}
