import { describe, expect, it } from 'vitest';
import { surveyMessages } from '../../src/i18n/survey.ts';
import { choicesOf, findVersion, itemsOf, withUnit } from '../../src/instruments/model.ts';
import { model, modelIn } from '../../src/instruments/source-model.ts';
import { buildPayload } from '../../src/instruments/payload.ts';
import { ratingText, reportView } from '../../src/instruments/report-view.ts';
import type { Instrument, Item, StageId } from '../../src/instruments/types.ts';

const version = (id: string, v: string): Instrument => findVersion(id, v, model)!;
const readiness = version('organizational-readiness', '2.0.0');
const selfAssessment = version('cop-self-assessment', '2.0.0');

type Answer = number | string | undefined;

/**
 * Answers every scored item with `scored(item)` and every stage item with `staged(item)`; context items as given.
 * Sections the context answers skip are left out, as the survey leaves them out.
 */
function answer(
  instrument: Instrument,
  scored: (item: Item) => Answer,
  context: Record<string, string> = {},
  staged: (item: Item) => Answer = () => undefined,
): Record<string, number | string> {
  const answers: Record<string, number | string> = {};
  for (const section of instrument.sections) {
    if (section.askIf && !section.askIf.values.includes(context[section.askIf.item] ?? '')) continue;
    for (const item of section.items) {
      const value = item.kind === 'scored' ? scored(item) : item.kind === 'stage' ? staged(item) : context[item.id];
      if (value !== undefined) answers[item.id] = value;
    }
  }
  return answers;
}

const payloadFor = (instrument: Instrument, answers: Record<string, number | string>, params = {}) =>
  buildPayload({
    within: model,
    instrument,
    hash: `sha256-${'0'.repeat(64)}`,
    params,
    answers,
    responseId: '3f2b8c1e-0a4d-4e5f-9b6a-7c8d9e0f1a2b',
    startedAt: '2026-11-23T09:00:00.000Z',
    submittedAt: '2026-11-23T09:10:00.000Z',
    locale: 'en-GB',
    language: 'en',
  });

/** Agreement that says `level` about the construct, whichever way the statement is worded. */
const keyed = (item: Item, level: number) => (item.kind === 'scored' && item.reverse ? 6 - level : level);
const constructOf = (item: Item) => (item.kind === 'scored' ? item.construct : '');

describe('readiness: stage fit', () => {
  const lowTime = (item: Item) => keyed(item, constructOf(item) === 'time-space-resources' ? 2 : 4);

  it('lists the story stage’s priorities with the respondent’s ratings and warns where a factor is below 3', () => {
    const payload = payloadFor(
      readiness,
      answer(readiness, lowTime, { scr_coaches: 'yes', community_vignette: 'coalescing' }),
    );
    const { fit } = reportView(readiness, payload, model);
    expect(fit?.kind).toBe('readiness');
    if (fit?.kind !== 'readiness') return;
    expect(fit.stage.id).toBe('coalescing');
    expect(fit.rows.map((row) => [row.construct.id, row.rating && ratingText(row.rating, surveyMessages.en)])).toEqual([
      ['room-for-emergence', 'Established, 4.0 of 5'],
      ['time-space-resources', 'Emerging, 2.0 of 5'],
      ['championing-leadership', 'Established, 4.0 of 5'],
    ]);
    expect(fit.warnings.map((w) => [w.construct.id, w.mean])).toEqual([['time-space-resources', 2]]);
    expect(fit.sources.length).toBeGreaterThan(0);
  });

  it('shows no stage and no priorities when the story question was skipped', () => {
    const payload = payloadFor(readiness, answer(readiness, lowTime, { scr_coaches: 'yes' }));
    expect(reportView(readiness, payload, model).fit).toEqual({ kind: 'no-story' });
  });

  it('has no fit section for version 1, which never asked for a story', () => {
    const v1 = version('organizational-readiness', '1.0.0');
    const payload = payloadFor(
      v1,
      answer(v1, (item) => keyed(item, 4), { ctx_role: 'member' }),
    );
    const view = reportView(v1, payload, model);
    expect(view.fit).toBeNull();
    expect(view.stage).toBeNull();
  });
});

describe('readiness: factors not asked', () => {
  it('says coaching was not asked, and why, when the respondent said there are no coaches', () => {
    const payload = payloadFor(
      readiness,
      answer(readiness, (item) => keyed(item, 4), { scr_coaches: 'no' }),
      {
        site: 'Hill School',
      },
    );
    const coaching = reportView(readiness, payload, model).constructs.find((view) => view.construct.id === 'coaching')!;
    expect(ratingText(coaching, surveyMessages.en)).toBe(
      'Not asked: you answered “No” to “Does Hill School have coaches who work with groups of staff?”',
    );
  });

  it('says a factor was not scored when too few of its statements were answered', () => {
    const payload = payloadFor(
      readiness,
      answer(readiness, (item) => (constructOf(item) === 'integration' ? -8 : keyed(item, 4)), { scr_coaches: 'yes' }),
    );
    const integration = reportView(readiness, payload, model).constructs.find((v) => v.construct.id === 'integration')!;
    expect(ratingText(integration, surveyMessages.en)).toBe('Not scored: too few answers');
  });
});

describe('strongest and weakest', () => {
  it('names the weakest factors, with their first moves, and the strongest', () => {
    const level = (item: Item) =>
      keyed(
        item,
        constructOf(item) === 'coaching' ? 5 : ['integration', 'mutual-adjustment'].includes(constructOf(item)) ? 1 : 3,
      );
    const { standOut } = reportView(
      readiness,
      payloadFor(readiness, answer(readiness, level, { scr_coaches: 'yes' })),
      model,
    );
    expect(standOut?.strongest.map((v) => v.construct.id)).toEqual(['coaching']);
    expect(standOut?.weakest.map((v) => v.construct.id)).toEqual(['mutual-adjustment', 'integration']);
    expect(standOut?.weakest.every((v) => (v.construct.firstMoves?.length ?? 0) > 0)).toBe(true);
  });

  it('names none when every scored factor has the same score', () => {
    const payload = payloadFor(
      readiness,
      answer(readiness, (item) => keyed(item, 3), { scr_coaches: 'no' }),
    );
    expect(reportView(readiness, payload, model).standOut).toBeNull();
  });
});

describe('statements that stand out', () => {
  it('flips reverse-worded statements, leaves out non-responses and breaks ties by question order', () => {
    const values: Record<string, number> = {
      prof_05: 5, // the best sign, asked first
      prof_08: 1, // reverse-worded: strong disagreement is as good a sign as prof_05
      emer_05: -8, // "don't know": never listed
      adj_05: 5,
      dial_05: 1, // the worst sign
      memb_08: 5, // reverse-worded: agreement is a sign of trouble
      know_05: 2,
    };
    const payload = payloadFor(
      readiness,
      answer(readiness, (item) => values[item.id] ?? 3, { scr_coaches: 'no' }),
      { site: 'Hill School' },
    );
    const { best, worst } = reportView(readiness, payload, model).statements;
    expect(best.map((s) => s.id)).toEqual(['prof_05', 'prof_08', 'adj_05']);
    expect(worst.map((s) => s.id)).toEqual(['dial_05', 'memb_08', 'know_05']);
    expect(best[1]).toMatchObject({ reverse: true, answer: 'Strongly disagree' });
    expect(best[0]!.text).toBe('Staff at Hill School are trusted to use their professional judgement.');
  });

  it('lists no neutral answers as good or bad signs', () => {
    const payload = payloadFor(
      readiness,
      answer(readiness, () => 3, { scr_coaches: 'no' }),
    );
    expect(reportView(readiness, payload, model).statements).toEqual({ best: [], worst: [] });
  });
});

describe('self-assessment: stage', () => {
  const stages = (levels: Partial<Record<StageId, number>>) => (item: Item) =>
    item.kind === 'stage' ? (levels[item.stage] ?? 2) : undefined;
  const scored = (item: Item) => keyed(item, 4);

  it('names a clear stage in full, with what matters most in the organization and a rule to explain it', () => {
    const answers = answer(selfAssessment, scored, { stage_vignette: 'maturing' }, stages({ maturing: 5 }));
    const view = reportView(selfAssessment, payloadFor(selfAssessment, answers), model);
    expect(view.stage).toMatchObject({ named: true, tentative: false, stage: { id: 'maturing' } });
    expect(view.stage?.rule).toEqual({ version: 2, minAnswered: 2, lead: 1 });
    expect(view.fit?.kind).toBe('stage');
    expect(view.fit?.kind === 'stage' && view.fit.rows.map((row) => row.construct.id)).toEqual([
      'knowledge-infrastructure',
      'professional-orientation',
      'permeable-membership',
    ]);
  });

  it('names no stage when the story disagrees, offers the two closest and mentions the story', () => {
    const answers = answer(
      selfAssessment,
      scored,
      { stage_vignette: 'potential' },
      stages({ maturing: 5, stewardship: 4 }),
    );
    const view = reportView(selfAssessment, payloadFor(selfAssessment, answers), model);
    expect(view.stage?.named).toBe(false);
    if (view.stage?.named !== false) return;
    expect(view.stage.closest.map((stage) => stage.id)).toEqual(['maturing', 'stewardship']);
    expect(view.stage.story?.id).toBe('potential');
    expect(view.fit).toBeNull();
  });

  it('does not mention the story when it names the stage agreed with most', () => {
    const answers = answer(
      selfAssessment,
      scored,
      { stage_vignette: 'maturing' },
      stages({ maturing: 4, stewardship: 4 }),
    );
    const view = reportView(selfAssessment, payloadFor(selfAssessment, answers), model);
    expect(view.stage).toMatchObject({ named: false, story: null });
  });

  it('names version 1’s top stage even when its lead is small, as a best guess', () => {
    const v1 = version('cop-self-assessment', '1.0.0');
    const payload = payloadFor(v1, answer(v1, scored, {}, stages({ coalescing: 4 })));
    // Two statements a stage give leads in half points, so a lead under the margin is set by hand.
    payload.scores.stage = { ...payload.scores.stage!, stage: 'coalescing', clarity: 'tentative', lead: 0.25 };
    const view = reportView(v1, payload, model);
    expect(view.stage).toMatchObject({ named: true, tentative: true, stage: { id: 'coalescing' } });
    expect(view.stage?.rule).toEqual({ version: 1, margin: 0.5 });
  });
});

describe('in Spanish', () => {
  const es = modelIn('es');
  const messages = surveyMessages.es;
  const readinessEs = findVersion('organizational-readiness', '2.1.0', es)!;
  const selfAssessmentEs = findVersion('cop-self-assessment', '2.1.0', es)!;
  const spanishPayload = (instrument: Instrument, answers: Record<string, number | string>, params = {}) => ({
    ...payloadFor(instrument, answers, params),
    language: 'es' as const,
  });

  it('words a rating with the band’s Spanish label, “de 5”, and why a construct has no score', () => {
    const payload = spanishPayload(
      readinessEs,
      answer(readinessEs, (item) => (constructOf(item) === 'integration' ? -8 : keyed(item, 4)), { scr_coaches: 'no' }),
      { site: 'Escuela del Cerro' },
    );
    const { constructs } = reportView(readinessEs, payload, es);
    const rated = constructs.find((view) => view.mean !== null)!;
    expect(ratingText(rated, messages)).toBe(`${rated.band!.label}, 4.0 de 5`);
    expect(readinessEs.scoring.bands.map((band) => band.label)).toContain(rated.band!.label);

    const integration = constructs.find((view) => view.construct.id === 'integration')!;
    expect(ratingText(integration, messages)).toBe('Sin puntaje: muy pocas respuestas');

    const screener = readinessEs.sections
      .flatMap((section) => section.items)
      .find((item) => item.id === 'scr_coaches')!;
    const no = choicesOf(screener, es).find((choice) => choice.value === 'no')!.text;
    const question = withUnit(screener.text, readinessEs, { site: 'Escuela del Cerro' });
    const coaching = constructs.find((view) => view.construct.id === 'coaching')!;
    expect(ratingText(coaching, messages)).toBe(`No se preguntó: usted respondió “${no}” a “${question}”`);
  });

  it('names constructs, stages, answers and the stage fit from the Spanish model', () => {
    const answers = answer(
      selfAssessmentEs,
      (item) => keyed(item, 4),
      { stage_vignette: 'maturing' },
      (item) => (item.kind === 'stage' ? (item.stage === 'maturing' ? 5 : 2) : undefined),
    );
    const view = reportView(selfAssessmentEs, spanishPayload(selfAssessmentEs, answers), es);
    const construct = (id: string) => es.constructs.find((candidate) => candidate.id === id)!;
    for (const { construct: shown } of view.constructs) expect(shown).toEqual(construct(shown.id));
    expect(view.stage).toMatchObject({ named: true, stage: es.stages.find((stage) => stage.id === 'maturing') });
    const fit = es.stageFit.find((row) => row.stage === 'maturing')!;
    expect(view.fit?.kind === 'stage' && view.fit.rows.map((row) => row.why)).toEqual(
      fit.priorities.map((priority) => priority.why),
    );
    expect(view.fit?.kind === 'stage' && view.fit.sources).toEqual(fit.sources);
    const items = new Map(itemsOf(selfAssessmentEs).map((item) => [item.id, item]));
    const statements = [...view.statements.best, ...view.statements.worst];
    expect(statements.length).toBeGreaterThan(0);
    for (const statement of statements) {
      const item = items.get(statement.id)!;
      expect(statement.text).toBe(item.text);
      expect(statement.answer).toBe(choicesOf(item, es).find((choice) => choice.value === answers[item.id])!.text);
    }
  });
});
