import { describe, expect, it } from 'vitest';
import { initialPhase, nextPhase, screenFor, type Phase } from '../../../src/components/survey/phase.ts';
import type { ResponsePayload } from '../../../src/instruments/payload.ts';
import type { Draft } from '../../../src/respond/drafts.ts';
import type { SessionCheck } from '../../../src/respond/session-status.ts';

const draft: Draft = {
  hash: 'h',
  answers: { q1: 3 },
  pageNo: 1,
  startedAt: '2026-06-01T09:00:00.000Z',
  savedAt: '2026-06-01T09:05:00.000Z',
};
const now = '2026-06-01T12:00:00.000Z';
const payload = { responseId: 'r1' } as ResponsePayload;
const ready: Phase = { name: 'ready', draft: null };
const answering: Phase = { name: 'answering', startedAt: now };
const done: Phase = { name: 'done', payload, kept: 'device' };

describe('the survey island’s phases', () => {
  it('starts answering at once when Start was pressed before the island mounted, unless a draft waits', () => {
    expect(initialPhase(null, true, now)).toEqual(answering);
    expect(initialPhase(null, false, now)).toEqual(ready);
    expect(initialPhase(draft, true, now)).toEqual({ name: 'ready', draft });
  });

  it('continues a draft from when it was started, and a fresh start from now', () => {
    expect(nextPhase({ name: 'ready', draft }, { type: 'start', draft, now })).toEqual({
      name: 'answering',
      startedAt: draft.startedAt,
    });
    expect(nextPhase({ name: 'ready', draft }, { type: 'start', draft: null, now })).toEqual(answering);
  });

  it('takes a late press of the static Start button only when no draft asks first', () => {
    expect(nextPhase(ready, { type: 'start-requested', now })).toEqual(answering);
    expect(nextPhase({ name: 'ready', draft }, { type: 'start-requested', now })).toEqual({ name: 'ready', draft });
    const earlier: Phase = { name: 'answering', startedAt: '2026-06-01T11:00:00.000Z' };
    expect(nextPhase(earlier, { type: 'start-requested', now })).toBe(earlier);
  });

  it('shows the report once a response is completed, with where it is kept', () => {
    expect(nextPhase(answering, { type: 'completed', payload, kept: 'memory' })).toEqual({
      name: 'done',
      payload,
      kept: 'memory',
    });
    expect(nextPhase(answering, { type: 'completed', payload, kept: null })).toEqual({
      name: 'done',
      payload,
      kept: null,
    });
    expect(nextPhase(ready, { type: 'completed', payload, kept: 'device' })).toBe(ready);
  });

  it('forgets the report when the page comes back from the back/forward cache, and nothing else', () => {
    expect(nextPhase(done, { type: 'restored-from-cache' })).toEqual(ready);
    expect(nextPhase(answering, { type: 'restored-from-cache' })).toBe(answering);
    expect(nextPhase(done, { type: 'start', draft: null, now })).toBe(done);
  });

  it('closes the survey or the report, and forgets any offered draft, when the answers are cleared', () => {
    for (const phase of [answering, done, { name: 'ready', draft } as Phase])
      expect(nextPhase(phase, { type: 'cleared' })).toEqual(ready);
  });

  it('goes back to the start screen, offering the saved draft, when Back leaves the first survey page', () => {
    expect(nextPhase(answering, { type: 'back-to-start', draft })).toEqual({ name: 'ready', draft });
    expect(nextPhase(done, { type: 'back-to-start', draft })).toBe(done);
    expect(nextPhase(ready, { type: 'back-to-start', draft })).toBe(ready);
  });
});

describe('the screen the page shows around the island', () => {
  const offering: Phase = { name: 'ready', draft };
  const phases = [ready, offering, answering, done];
  const refusing: SessionCheck[] = [
    { state: 'closed', community: 'c' },
    { state: 'unknown' },
    { state: 'other-instrument' },
  ];
  const letting: (SessionCheck | null)[] = [
    null,
    { state: 'open', community: 'c' },
    { state: 'unreachable' },
    { state: 'unsupported' },
  ];

  it('says the session will not count the answers, whatever the phase', () => {
    for (const session of refusing) for (const phase of phases) expect(screenFor(phase, session)).toBe('refused');
  });

  it('stays on the start screen while the session is being checked, whatever the phase', () => {
    for (const phase of phases) expect(screenFor(phase, { state: 'checking' })).toBe('start');
  });

  it('follows the phase once the session lets the respondent answer (or there is none)', () => {
    for (const session of letting) {
      expect(screenFor(ready, session)).toBe('start');
      expect(screenFor(offering, session)).toBe('resume');
      expect(screenFor(answering, session)).toBe('answering');
      expect(screenFor(done, session)).toBe('report');
    }
  });
});
