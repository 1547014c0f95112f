/**
 * What a completed response looks like on the wire (payload version 1): one Zod schema from which the
 * TypeScript type, the published JSON Schema (/schemas/response-v1.json) and the validation of a received
 * body all come, so the three cannot drift apart. Nothing else is sent.
 */
import { z } from 'zod';
import { LANGUAGES, type Language } from './languages.ts';
import { scoreResponse } from './score.ts';
import { SESSION_CODE } from './team-session.ts';
import type { Instrument } from './types.ts';
import type { FrameworkModel } from './model.ts';

// Before any schema is made: Zod probes for eval (`new Function`) when an object schema is built, and the
// site's Content Security Policy reports that probe as a violation in the browser even though Zod catches
// it. Interpreted parsing is plenty fast for one response at a time. Node has no such policy, and there the
// collector parses every received body: compiled parsers give the same results in about a third less time.
z.config({ jitless: globalThis.process?.versions?.node === undefined });

/** Codebook variable names and link parameter names. */
const VARIABLE_NAME = /^[a-z][a-z0-9_]*$/;
const variableName = z.string().regex(VARIABLE_NAME, {
  error: 'not a variable name (a lower-case letter, then lower-case letters, digits or _)',
});
const count = (least: number) => z.number().int().min(least);
const nullableMean = z.number().nullable();

const constructScoreSchema = z.strictObject({
  construct: z.string(),
  /** Mean of the answered items after reverse-keying; null when fewer than the minimum share were answered. */
  mean: nullableMean,
  /** Items answered with a scale value (a non-response answer does not count). */
  answered: count(0),
  /** Items answered "don't know" or "not applicable" (any non-response code). */
  notApplicable: count(0),
  items: count(1),
  /** Id of the descriptive band the mean falls in. */
  band: z.string().nullable(),
});

const stageEstimateSchema = z.strictObject({
  /** The stage the rule names; null when no stage stands out (then the top two stages by mean are the closest). */
  stage: z.string().nullable(),
  clarity: z.enum(['clear', 'tentative', 'unclear']),
  /** How far the top stage's mean is ahead of the next one. */
  lead: nullableMean,
  means: z.array(z.strictObject({ stage: z.string(), mean: nullableMean, answered: count(0) })),
});

const readinessProfileSchema = z.strictObject({
  /** Mean of the factor means that could be scored. */
  overall: nullableMean,
  /** Construct ids with the highest mean (several when tied). */
  strongest: z.array(z.string()),
  weakest: z.array(z.string()),
});

const instrumentScoresSchema = z.strictObject({
  constructs: z.array(constructScoreSchema),
  stage: stageEstimateSchema.optional(),
  readiness: readinessProfileSchema.optional(),
});

// Devices send toISOString() (UTC, milliseconds); an offset is accepted as RFC 3339 allows.
const timestamp = z.iso.datetime({
  offset: true,
  error: (issue) =>
    issue.code === 'invalid_format' ? 'expected an ISO 8601 date-time such as 2026-11-23T09:30:00.000Z' : undefined,
});

const responsePayloadSchema = z
  .strictObject({
    payloadVersion: z.literal(1),
    responseId: z
      .string()
      .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, {
        error: 'expected a lower-case UUID such as 3f2b8c1e-0a4d-4e5f-9b6a-7c8d9e0f1a2b',
      })
      .describe('A UUID made on the device; the same response always carries the same id.'),
    instrument: z.strictObject({
      id: z
        .string()
        .regex(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/, { error: 'expected an instrument id such as cop-self-assessment' }),
      version: z.string().regex(/^\d+\.\d+\.\d+$/, { error: 'expected a semantic version such as 1.2.0' }),
      hash: z
        .string()
        .regex(/^sha256-[0-9a-f]{64}$/, { error: 'expected "sha256-" and 64 lower-case hexadecimal digits' }),
    }),
    params: z
      .record(variableName, z.string().max(200))
      .describe('Link parameters the instrument accepts, as validated on the device.'),
    answers: z
      .record(variableName, z.union([z.number(), z.string()]))
      .describe(
        'Answers keyed by codebook variable name: scale values, or a non-response code: "na" (version 1 instruments: don’t know / not applicable), -8 (don’t know) or -9 (not applicable).',
      ),
    scores: instrumentScoresSchema,
    startedAt: timestamp,
    submittedAt: timestamp,
    /** The browser's language, e.g. "en-GB". */
    locale: z.string().max(35),
    language: z
      .enum(LANGUAGES)
      .optional()
      .describe(
        'The language the instrument was shown in. A response without it was answered in English: before this field existed only English was published.',
      ),
    session: z
      .string()
      .regex(SESSION_CODE, { error: 'expected a team session code: 22 letters, digits, - or _' })
      .optional()
      .describe('The team session the response was given in, from the link; left out otherwise.'),
  })
  .meta({ title: 'Cultivate response, payload version 1' });

export type ResponsePayload = z.infer<typeof responsePayloadSchema>;
export type ConstructScore = z.infer<typeof constructScoreSchema>;
export type StageEstimate = z.infer<typeof stageEstimateSchema>;
export type StageClarity = StageEstimate['clarity'];
export type ReadinessProfile = z.infer<typeof readinessProfileSchema>;
export type InstrumentScores = z.infer<typeof instrumentScoresSchema>;

/**
 * The JSON Schema of ResponsePayload, published at /schemas/response-v1.json. Two things Zod adds are left
 * out so the published meaning stays what version 1 always said: its own date-time pattern (the schema says
 * `format: date-time`, RFC 3339) and the safe-integer ceiling on counts.
 */
export const responseSchemaV1 = (() => {
  const { $schema, title, ...rest } = z.toJSONSchema(responsePayloadSchema, {
    target: 'draft-2020-12',
    override: ({ jsonSchema }) => {
      if (jsonSchema.format === 'date-time') delete jsonSchema.pattern;
      if (jsonSchema.type === 'integer' && jsonSchema.maximum === Number.MAX_SAFE_INTEGER) delete jsonSchema.maximum;
    },
  });
  return { $schema, $id: '/schemas/response-v1.json', title, ...rest };
})();

export type PayloadCheck = { ok: true; payload: ResponsePayload } | { ok: false; problems: string[] };

const article = (word: string) => (/^[aeiou]/.test(word) ? `an ${word}` : `a ${word}`);

/** What a value is, in words; text is never echoed, so no respondent's words reach a collector's log. */
function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return article(typeof value);
}

const expectedWords: Record<string, string> = { int: 'a whole number', record: 'an object' };
const expectedKind = (expected: string) => expectedWords[expected] ?? article(expected);

/** Messages for every issue a schema above does not word itself. */
const messageFor: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? 'missing'
        : `expected ${expectedKind(issue.expected)}, got ${kindOf(issue.input)}`;
    case 'invalid_union': {
      const kinds = issue.errors.flatMap((branch) =>
        branch.flatMap((inner) => (inner.code === 'invalid_type' ? [inner.expected] : [])),
      );
      return kinds.length === issue.errors.length
        ? `expected ${kinds.map(expectedKind).join(' or ')}, got ${kindOf(issue.input)}`
        : undefined;
    }
    case 'invalid_value': {
      const values = issue.values.map((value) => JSON.stringify(value));
      return values.length === 1 ? `expected ${values[0]}` : `expected one of ${values.join(', ')}`;
    }
    case 'too_big':
      return issue.origin === 'string'
        ? `expected at most ${issue.maximum} characters`
        : `expected at most ${issue.maximum}, got ${kindOf(issue.input)}`;
    case 'too_small':
      return issue.origin === 'string'
        ? `expected at least ${issue.minimum} characters`
        : `expected at least ${issue.minimum}, got ${kindOf(issue.input)}`;
    case 'invalid_key':
      return issue.issues[0]?.message;
    default:
      return undefined;
  }
};

/** `answers.dom_01`, `scores.constructs[0].mean`, `params["Bad Name"]` (quoted, control characters escaped). */
function pathText(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(the payload)';
  return path
    .map((key, i) => {
      if (typeof key === 'number') return `[${key}]`;
      const name = String(key);
      if (/^[A-Za-z_$][\w$]*$/.test(name)) return i === 0 ? name : `.${name}`;
      return `[${JSON.stringify(name)}]`;
    })
    .join('');
}

/**
 * Checks a received body (already parsed from JSON) against payload version 1. Each problem names the field
 * path, e.g. `answers.dom_01: expected a number or a string, got an object`.
 */
export function parseResponsePayload(value: unknown): PayloadCheck {
  const result = responsePayloadSchema.safeParse(value, { error: messageFor });
  if (result.success) return { ok: true, payload: result.data };
  const problems = result.error.issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => `${pathText([...issue.path, key])}: not part of payload version 1`)
      : [`${pathText(issue.path)}: ${issue.message}`],
  );
  return { ok: false, problems };
}

export interface PayloadParts {
  instrument: Instrument;
  /** The model the instrument is read from: its scales score the answers. */
  within: FrameworkModel;
  /** Content hash published with the build the respondent answered. */
  hash: string;
  /** Valid link parameters only. */
  params: Record<string, string>;
  /** Keyed by codebook variable names; "na" for "don't know / not applicable". */
  answers: Record<string, number | string>;
  /** Made on the device; a response keeps it through every retry, so an endpoint can drop duplicates. */
  responseId: string;
  startedAt: string;
  submittedAt: string;
  /** The browser's language, e.g. "en-GB". */
  locale: string;
  /** The language the instrument was shown in (the page's), not the browser's. */
  language: Language;
  /** The team session code from the link (SESSION_CODE), when the response is given in one. */
  session?: string;
}

/** The payload a device sends for one completed response, scored with the instrument's rules. */
export function buildPayload(parts: PayloadParts): ResponsePayload {
  const { instrument, within, hash, params, answers, responseId, startedAt, submittedAt, locale, language, session } =
    parts;
  return {
    payloadVersion: 1,
    responseId,
    instrument: { id: instrument.id, version: instrument.version, hash },
    params,
    answers,
    scores: scoreResponse(instrument, answers, within),
    startedAt,
    submittedAt,
    locale,
    language,
    ...(session === undefined ? {} : { session }),
  };
}
