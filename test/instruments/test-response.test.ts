import { describe, expect, it } from 'vitest';
import { acceptResponse, currentCatalogue } from '../../collector/accept.ts';
import { publishedHash } from '../../src/instruments/hash.ts';
import { findInstrument, itemsOf } from '../../src/instruments/model.ts';
import { instruments, model } from '../../src/instruments/source-model.ts';
import { parseResponsePayload } from '../../src/instruments/payload.ts';
import { fill, placeholdersOf } from '../../src/i18n/catalogue.ts';
import { endpointMessages, testScriptMessages } from '../../src/i18n/endpoint.ts';
import { describeFailure, describeReply, freshTestCopy } from '../../src/instruments/test-reply.ts';
import { TEST_PARAMS, testAnswers, testPayload } from '../../src/instruments/test-response.ts';

const id = '3f2b8c1e-0a4d-4e5f-9b6a-7c8d9e0f1a2b';
const now = new Date('2026-11-23T09:30:00.000Z');

describe('the test response', () => {
  it.each(instruments.map((instrument) => [instrument.id, instrument] as const))(
    '%s: a fresh copy is a valid payload the collector stores, marked wave=test',
    async (_, instrument) => {
      const copy = freshTestCopy(testPayload(instrument, await publishedHash(instrument)), id, now, 'en-GB');
      expect(parseResponsePayload(copy).ok).toBe(true);
      const verdict = acceptResponse(JSON.stringify(copy), await currentCatalogue());
      expect(verdict).toMatchObject({ ok: true });
      expect(copy.params).toEqual(TEST_PARAMS);
      expect(copy.params['wave']).toBe('test');
      expect(copy).toMatchObject({ responseId: id, startedAt: now.toISOString(), locale: 'en-GB' });
    },
  );

  it('answers the coaching questions only after a Yes to the screener, as a respondent would', () => {
    const readiness = findInstrument('organizational-readiness', model);
    const answers = testAnswers(readiness);
    const coaching = readiness.sections.find((section) => section.askIf)!;
    expect(coaching.askIf!.values).toContain(answers[coaching.askIf!.item]);
    for (const item of coaching.items) expect(answers).toHaveProperty(item.id);
    expect(Object.keys(answers)).toHaveLength(itemsOf(readiness).length);
  });

  it('answers rated statements with the middle of the scale, so it never reads as a finding', () => {
    const answers = testAnswers(findInstrument('cop-self-assessment', model));
    expect(answers['dom_01']).toBe(3);
  });

  it('each copy has its own id and times, so an endpoint stores each test as a new response', async () => {
    const instrument = instruments[0]!;
    const payload = testPayload(instrument, await publishedHash(instrument));
    const later = new Date(now.getTime() + 60_000);
    const other = freshTestCopy(payload, '00000000-0000-4000-8000-00000000000a', later, 'fr');
    expect(other.responseId).not.toBe(freshTestCopy(payload, id, now, 'fr').responseId);
    expect(other.submittedAt).toBe(later.toISOString());
    expect(other.answers).toEqual(payload.answers);
  });
});

describe('what the researcher reads after a test', () => {
  const words = testScriptMessages.en;
  /** The part of a message before `{placeholder}`, filled with `values`: what a test can check of a longer message. */
  const upTo = (message: string, placeholder: string, values: Record<string, string>) =>
    fill(message.slice(0, message.indexOf(placeholder)), values);

  it('accepted: a 2xx whose body echoes the id', () => {
    const reply = describeReply(201, 'Created', JSON.stringify({ responseId: id, status: 'stored' }), id);
    expect(reply).toEqual({
      accepted: true,
      message: fill(words.replyAccepted, { status: '201 Created', responseId: id }),
    });
  });

  it('not confirmed: a 2xx without the id is what a captive portal or a static host sends', () => {
    const reply = describeReply(200, 'OK', '<html>Sign in</html>', id);
    expect(reply.accepted).toBe(false);
    expect(reply.message).toBe(fill(words.replyUnconfirmed, { status: '200 OK' }));
  });

  it('refused: quotes the server’s own error message', () => {
    const body = JSON.stringify({ error: 'wave is not a link parameter of x.', field: 'params.wave' });
    const reply = describeReply(400, 'Bad Request', body, id);
    expect(reply).toEqual({
      accepted: false,
      message: fill(words.replyRefused, { status: '400 Bad Request', message: 'wave is not a link parameter of x.' }),
    });
  });

  it('refused: quotes a text body, shortened, with control characters escaped', () => {
    const reply = describeReply(403, '', `Forbidden\u001b[2J${'x'.repeat(400)}`, id);
    expect(reply.message).toContain(upTo(words.replyRefused, '{message}', { status: '403' }) + 'Forbidden\\u001b[2J');
    expect(reply.message).toContain('…”');
    expect(reply.message.length).toBeLessThan(400);
  });

  it('refused with no body says so', () => {
    expect(describeReply(500, '', '', id).message).toBe(fill(words.replyRefusedSilently, { status: '500' }));
  });

  it('no answer at all: says whether it timed out or could not connect', () => {
    expect(describeFailure(true).message).toBe(words.replyTimedOut);
    expect(describeFailure(false).message).toBe(words.replyUnreachable);
    expect(describeFailure(false).accepted).toBe(false);
  });
});

describe('what the researcher reads on a Spanish page', () => {
  const words = testScriptMessages.es;

  it('the English catalogue is the outcomes’ own wording', () => {
    expect(describeReply(500, '', '', id, testScriptMessages.en)).toEqual(describeReply(500, '', '', id));
  });

  it('each outcome in Spanish, with the status, the id and the server’s own words', () => {
    const body = JSON.stringify({ responseId: id });
    expect(describeReply(201, 'Created', body, id, words)).toEqual({
      accepted: true,
      message: `Aceptada. El servidor respondió 201 Created y confirmó que tiene la respuesta de prueba ${id}.`,
    });
    expect(describeReply(200, 'OK', '<html>', id, words).message).toMatch(
      /^Sin confirmar\. El servidor respondió 200 OK, pero/,
    );
    expect(describeReply(400, '', JSON.stringify({ error: 'bad wave' }), id, words).message).toBe(
      'Rechazada. El servidor respondió 400. Su mensaje: “bad wave”',
    );
    expect(describeReply(500, '', '', id, words).message).toBe(
      'Rechazada. El servidor respondió 500. No dio ningún mensaje.',
    );
    expect(describeFailure(true, words).message).toBe('Sin respuesta. El servidor no respondió en 20 segundos.');
    expect(describeFailure(false, words).message).toMatch(/^Sin respuesta\. El navegador no pudo llegar/);
  });
});

describe('the endpoint notice’s catalogues', () => {
  it('have the same placeholders and code marks in every language', () => {
    const markers = (message: string) => [placeholdersOf(message), message.split('`').length];
    for (const messages of [endpointMessages, testScriptMessages]) {
      for (const [key, english] of Object.entries(messages.en)) {
        const spanish = (messages.es as Record<string, string>)[key]!;
        expect(spanish.trim(), key).not.toBe('');
        expect(markers(spanish), key).toEqual(markers(english));
      }
    }
  });
});
