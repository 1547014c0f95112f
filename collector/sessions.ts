/**
 * Team sessions on the collector's side: making codes and facilitator tokens, checking a facilitator's token
 * against the hash kept for it, reading a request to create a session, and turning a session's stored
 * responses into what the summary reads.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { normalizeLinkValue, parameterProblem } from '../src/instruments/link-parameters.ts';
import { SITE_LANGUAGES, UNSTATED_LANGUAGE, type Language } from '../src/instruments/languages.ts';
import { findVersion, type FrameworkModel } from '../src/instruments/model.ts';
import type { ResponsePayload } from '../src/instruments/payload.ts';
import type { ResponseRecord } from '../src/instruments/responses.ts';
import { modelIn } from '../src/instruments/source-model.ts';
import { DEFAULT_SESSION_RESPONSES, MIN_SESSION_RESPONSES } from '../src/instruments/team-session.ts';
import type { Instrument } from '../src/instruments/types.ts';
import type { Catalogue, Refusal } from './accept.ts';
import type { StoredResponse } from './store.ts';

/** The most responses a facilitator may ask to wait for. */
export const MAX_SESSION_RESPONSES = 1000;

/** 128 random bits: a session code (SESSION_CODE), shared with every respondent of the session. */
export const newSessionCode = (): string => randomBytes(16).toString('base64url');
/** 256 random bits: a facilitator token (FACILITATOR_TOKEN), kept by the facilitator alone. */
export const newFacilitatorToken = (): string => randomBytes(32).toString('base64url');

/** What the store keeps of a facilitator token: its sha256 in hex, never the token. */
export const tokenSha256 = (token: string): string => createHash('sha256').update(token).digest('hex');

/** Whether `Authorization: Bearer <token>` carries the token whose hash is kept, compared in constant time. */
export function facilitatorMatches(storedSha256: string, authorization: string | undefined): boolean {
  const given = /^Bearer (\S+)$/i.exec(authorization?.trim() ?? '')?.[1];
  if (given === undefined) return false;
  const expected = Buffer.from(storedSha256, 'hex');
  const actual = createHash('sha256').update(given).digest();
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}

/** The current version of a catalogue instrument. */
export function currentVersion(catalogue: Catalogue, id: string): Instrument | undefined {
  const versions = catalogue.instruments.get(id);
  return versions === undefined ? undefined : [...versions.values()][0]?.instrument;
}

/**
 * The language a summary is asked in (`?language=`, one of the site's languages): English when none is named,
 * as before the summary could be asked in another.
 */
export function summaryLanguage(query: URLSearchParams): Language | Refusal {
  const given = query.getAll('language');
  if (given.length === 0) return 'en';
  if (given.length > 1) return { error: 'language is given more than once.', field: 'language' };
  const language = SITE_LANGUAGES.find((candidate) => candidate === given[0]);
  return (
    language ?? {
      error: `language must be one of the site's languages: ${SITE_LANGUAGES.join(', ')}.`,
      field: 'language',
    }
  );
}

/**
 * The instrument and the model a summary in `language` is worded from. Scoring reads only ids and values, so
 * responses answered in any language are summarised together; a version not offered in the language keeps its
 * statements as written, with the framework's names in the language asked.
 */
export function summaryWording(
  instrument: Instrument,
  language: Language,
): { instrument: Instrument; within: FrameworkModel } {
  const within = modelIn(language);
  return { instrument: findVersion(instrument.id, instrument.version, within) ?? instrument, within };
}

export interface SessionRequest {
  instrument: Instrument;
  community: string;
  minResponses: number;
}

const FIELDS = new Set(['instrument', 'community', 'minResponses']);

/**
 * Reads `{instrument, community, minResponses?}`: a current instrument of the catalogue, a community value by
 * that instrument's `community` link parameter (normalised as link values are), and a whole number of
 * responses from MIN_SESSION_RESPONSES to MAX_SESSION_RESPONSES (DEFAULT_SESSION_RESPONSES when left out).
 */
export function parseSessionRequest(text: string, catalogue: Catalogue): SessionRequest | Refusal {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return { error: 'The body is not valid JSON.' };
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    return { error: 'Send a JSON object: {"instrument": "<id>", "community": "<name>", "minResponses": 5}.' };
  const fields = body as Record<string, unknown>;
  const extra = Object.keys(fields).find((key) => !FIELDS.has(key));
  if (extra !== undefined)
    return { error: `${JSON.stringify(extra).slice(0, 40)} is not part of a session request.`, field: extra };

  const id = fields['instrument'];
  const instrument = typeof id === 'string' ? currentVersion(catalogue, id) : undefined;
  if (instrument === undefined) {
    return {
      error: `instrument must be one of ${[...catalogue.instruments.keys()].join(', ')}.`,
      field: 'instrument',
    };
  }
  const parameter = instrument.parameters.find((candidate) => candidate.name === 'community');
  if (parameter === undefined)
    return { error: `${instrument.id} has no community link parameter for a session.`, field: 'instrument' };
  const given = fields['community'];
  if (typeof given !== 'string') return { error: 'community must be text: the community’s name.', field: 'community' };
  const community = normalizeLinkValue(given);
  const problem = parameterProblem(parameter, community);
  if (problem !== null) return { error: `The community value ${problem}.`, field: 'community' };

  const min = fields['minResponses'] ?? DEFAULT_SESSION_RESPONSES;
  if (typeof min !== 'number' || !Number.isInteger(min) || min < MIN_SESSION_RESPONSES || min > MAX_SESSION_RESPONSES) {
    return {
      error: `minResponses must be a whole number from ${MIN_SESSION_RESPONSES} to ${MAX_SESSION_RESPONSES}: a team view never shows fewer than ${MIN_SESSION_RESPONSES} responses.`,
      field: 'minResponses',
    };
  }
  return { instrument, community, minResponses: min };
}

/** A stored response as the summary reads it (the collector checked its answers on arrival). */
export function sessionRecord(response: StoredResponse, line: number): ResponseRecord {
  const { answers, language } = JSON.parse(response.body) as Pick<ResponsePayload, 'answers' | 'language'>;
  return {
    source: { file: 'session', line },
    responseId: response.responseId,
    instrument: { id: response.instrumentId, version: response.instrumentVersion, hash: response.instrumentHash },
    params: response.params,
    answers,
    language: language ?? UNSTATED_LANGUAGE,
  };
}
