import type { Answers, InstrumentScores } from './score.ts';

/** What a completed response looks like on the wire (payload version 1). Nothing else is sent. */
export interface ResponsePayload {
  payloadVersion: 1;
  /** Made on the device; a response keeps it through every retry, so an endpoint can drop duplicates. */
  responseId: string;
  instrument: { id: string; version: string; hash: string };
  /** Valid link parameters only. */
  params: Record<string, string>;
  /** Keyed by codebook variable names; "na" for "don't know / not applicable". */
  answers: Answers;
  scores: InstrumentScores;
  startedAt: string;
  submittedAt: string;
  /** The browser's language, e.g. "en-GB". */
  locale: string;
}

const nullableNumber = { type: ['number', 'null'] };
const idList = { type: 'array', items: { type: 'string' } };

/** JSON Schema of ResponsePayload, published at /schemas/response-v1.json. */
export const responseSchemaV1 = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: '/schemas/response-v1.json',
  title: 'Cultivate response, payload version 1',
  type: 'object',
  additionalProperties: false,
  required: ['payloadVersion', 'responseId', 'instrument', 'params', 'answers', 'scores', 'startedAt', 'submittedAt', 'locale'],
  properties: {
    payloadVersion: { const: 1 },
    responseId: {
      description: 'A UUID made on the device; the same response always carries the same id.',
      type: 'string',
      pattern: '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$',
    },
    instrument: {
      type: 'object',
      additionalProperties: false,
      required: ['id', 'version', 'hash'],
      properties: {
        id: { type: 'string', pattern: '^[a-z][a-z0-9]*(-[a-z0-9]+)*$' },
        version: { type: 'string', pattern: '^\\d+\\.\\d+\\.\\d+$' },
        hash: { type: 'string', pattern: '^sha256-[0-9a-f]{64}$' },
      },
    },
    params: {
      description: 'Link parameters the instrument accepts, as validated on the device.',
      type: 'object',
      propertyNames: { pattern: '^[a-z][a-z0-9_]*$' },
      additionalProperties: { type: 'string', maxLength: 200 },
    },
    answers: {
      description: 'Answers keyed by codebook variable name: scale values, or "na" for don’t know / not applicable.',
      type: 'object',
      propertyNames: { pattern: '^[a-z][a-z0-9_]*$' },
      additionalProperties: { type: ['number', 'string'] },
    },
    scores: {
      type: 'object',
      additionalProperties: false,
      required: ['constructs'],
      properties: {
        constructs: {
          type: 'array',
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['construct', 'mean', 'answered', 'notApplicable', 'items', 'band'],
            properties: {
              construct: { type: 'string' },
              mean: nullableNumber,
              answered: { type: 'integer', minimum: 0 },
              notApplicable: { type: 'integer', minimum: 0 },
              items: { type: 'integer', minimum: 1 },
              band: { type: ['string', 'null'] },
            },
          },
        },
        stage: {
          type: 'object',
          additionalProperties: false,
          required: ['stage', 'clarity', 'lead', 'means'],
          properties: {
            stage: { type: ['string', 'null'] },
            clarity: { enum: ['clear', 'tentative', 'unclear'] },
            lead: nullableNumber,
            means: {
              type: 'array',
              items: {
                type: 'object',
                additionalProperties: false,
                required: ['stage', 'mean', 'answered'],
                properties: { stage: { type: 'string' }, mean: nullableNumber, answered: { type: 'integer', minimum: 0 } },
              },
            },
          },
        },
        readiness: {
          type: 'object',
          additionalProperties: false,
          required: ['overall', 'strongest', 'weakest'],
          properties: { overall: nullableNumber, strongest: idList, weakest: idList },
        },
      },
    },
    startedAt: { type: 'string', format: 'date-time' },
    submittedAt: { type: 'string', format: 'date-time' },
    locale: { type: 'string', maxLength: 35 },
  },
} as const;
