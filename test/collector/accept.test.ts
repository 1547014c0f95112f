/**
 * acceptResponse against the catalogue the collector builds: every published version the model holds is
 * checked against its own items; versions the model does not hold are refused, naming the field.
 */
import { describe, expect, it } from 'vitest';
import { acceptResponse, currentCatalogue, type Catalogue } from '../../collector/accept.ts';
import { findInstrument, findVersion, versionsOf } from '../../src/instruments/model.ts';
import { responseSchemaV1 } from '../../src/instruments/payload.ts';
import { publishedHashes } from '../../src/instruments/published.ts';
import { NOT_APPLICABLE } from '../../src/instruments/scales.ts';
import { scoreResponse } from '../../src/instruments/score.ts';
import { SESSION_CODE } from '../../src/instruments/team-session.ts';
import { payload, selfAssessment } from '../support/collector-harness.ts';
import { storedResponses } from '../support/stored-responses.ts';
import { model } from '../../src/instruments/source-model.ts';

const catalogue = await currentCatalogue();

describe('the collector’s catalogue', () => {
  it('holds every version of every instrument the model has, the current one first, with its published hash', () => {
    expect(
      Object.fromEntries(
        [...catalogue.instruments].map(([id, versions]) => [
          id,
          Object.fromEntries([...versions].map(([version, entry]) => [version, entry.hash])),
        ]),
      ),
    ).toEqual(publishedHashes);
    expect([...catalogue.instruments.get('cop-self-assessment')!.keys()]).toEqual(
      versionsOf('cop-self-assessment', model).map((version) => version.version),
    );
    expect(versionsOf('cop-self-assessment', model)[0]).toBe(findInstrument('cop-self-assessment', model));
  });
});

describe('acceptResponse', () => {
  it('accepts the stored version 1 responses, scored with version 1’s rules as the device scored them', () => {
    const parameters = (id: string) => findVersion(id, '1.0.0', model)!.parameters.map((parameter) => parameter.name);
    const linked = storedResponses.filter((stored) =>
      Object.keys(stored.params).every((name) => parameters(stored.instrument.id).includes(name)),
    );
    expect(new Set(linked.map((stored) => stored.instrument.id))).toEqual(
      new Set(['cop-self-assessment', 'organizational-readiness']),
    );
    for (const stored of linked) {
      const verdict = acceptResponse(JSON.stringify(stored), catalogue);
      if (!verdict.ok) throw new Error(`${stored.responseId} refused: ${verdict.error}`);
      expect(verdict.response).toMatchObject({ instrumentVersion: '1.0.0', instrumentHash: stored.instrument.hash });
      const version1 = findVersion(stored.instrument.id, '1.0.0', model)!;
      expect(JSON.parse(verdict.response.scores)).toEqual(scoreResponse(version1, stored.answers, model));
      expect(JSON.parse(verdict.response.scores)).toEqual(stored.scores);
    }
    // The one stored with a link value no version defines is refused for that, whatever its version.
    const unlinked = storedResponses.find((stored) => !linked.includes(stored))!;
    expect(acceptResponse(JSON.stringify(unlinked), catalogue)).toMatchObject({ ok: false, field: 'params.role' });
  });

  it('accepts "don’t know" (-8) on a version 2 item and refuses "na" there, naming the answer', () => {
    const dontKnow = payload(selfAssessment);
    dontKnow.answers['dom_01'] = -8;
    expect(acceptResponse(JSON.stringify(dontKnow), catalogue).ok).toBe(true);
    const na = payload(selfAssessment);
    na.answers['dom_01'] = NOT_APPLICABLE;
    expect(acceptResponse(JSON.stringify(na), catalogue)).toEqual({
      ok: false,
      error: 'dom_01: "na" is not one of 1, 2, 3, 4, 5, -8',
      field: 'answers.dom_01',
    });
  });

  it('checks a version 1 response against version 1’s variables: an item only version 2 asks is refused', () => {
    const stored = storedResponses.find((p) => p.instrument.id === 'cop-self-assessment')!;
    const version2Only = Object.keys(payload(selfAssessment).answers).find((id) => !(id in stored.answers))!;
    const body = JSON.stringify({ ...stored, answers: { ...stored.answers, [version2Only]: 3 } });
    expect(acceptResponse(body, catalogue)).toEqual({
      ok: false,
      error: `${version2Only} is not a variable of cop-self-assessment 1.0.0 (see its codebook).`,
      field: `answers.${version2Only}`,
    });
  });

  it('refuses a version never published, naming the published ones', () => {
    const publishedVersions = Object.keys(publishedHashes['cop-self-assessment']!).join(', ');
    const body = payload(selfAssessment);
    body.instrument.version = '9.9.9';
    expect(acceptResponse(JSON.stringify(body), catalogue)).toEqual({
      ok: false,
      error: `cop-self-assessment has no published version 9.9.9 (published: ${publishedVersions}).`,
      field: 'instrument.version',
    });
  });

  it('refuses a version recorded as published that this collector’s model does not hold', () => {
    const hash = `sha256-${'1'.repeat(64)}`;
    const withOlder: Catalogue = {
      ...catalogue,
      published: {
        ...catalogue.published,
        'cop-self-assessment': { ...catalogue.published['cop-self-assessment'], '0.9.0': hash },
      },
    };
    const body = payload(selfAssessment);
    body.instrument = { ...body.instrument, version: '0.9.0', hash };
    expect(acceptResponse(JSON.stringify(body), withOlder)).toEqual({
      ok: false,
      error: `cop-self-assessment 0.9.0 was published, but this collector cannot check answers to it (it holds ${versionsOf(
        'cop-self-assessment',
        model,
      )
        .map((version) => version.version)
        .join(', ')}).`,
      field: 'instrument.version',
    });
  });

  it('refuses a hash other than the one published for the version', () => {
    const stored = storedResponses[0]!;
    const wrong = `sha256-${'0'.repeat(64)}`;
    const body = JSON.stringify({ ...stored, instrument: { ...stored.instrument, hash: wrong } });
    expect(acceptResponse(body, catalogue)).toEqual({
      ok: false,
      error: `${stored.instrument.id} 1.0.0 was published with content hash ${stored.instrument.hash}, not ${wrong}.`,
      field: 'instrument.hash',
    });
  });
});

describe('a response given in a team session', () => {
  const code = 'AbCdEfGhIjKlMnOpQrStU_';

  it('carries the session code into what is stored; without one the session is null', () => {
    const given = acceptResponse(JSON.stringify({ ...payload(), session: code }), catalogue);
    expect(given).toMatchObject({ ok: true, response: { session: code } });
    expect(acceptResponse(JSON.stringify(payload()), catalogue)).toMatchObject({
      ok: true,
      response: { session: null },
    });
  });

  it.each(['short', `${code}x`, 'AbCdEfGhIjKlMnOpQrStU/', 42])(
    'refuses the session %j, naming the field',
    (session) => {
      const verdict = acceptResponse(JSON.stringify({ ...payload(), session }), catalogue);
      expect(verdict).toMatchObject({ ok: false, field: 'session' });
    },
  );

  it('is in the published JSON Schema as an optional code of SESSION_CODE’s shape', () => {
    const properties = responseSchemaV1.properties as Record<string, { pattern?: string }>;
    expect(properties['session']).toMatchObject({ type: 'string', pattern: SESSION_CODE.source });
    expect(responseSchemaV1.required).not.toContain('session');
  });
});
