import { expect, test } from '@playwright/test';
import { analysisMessages } from '../../src/i18n/analysis.ts';
import { contentHash } from '../../src/instruments/hash.ts';
import { findInstrument } from '../../src/instruments/model.ts';
import { modelIn } from '../../src/instruments/source-model.ts';
import { expectAccessible, expectClean, watch } from './site.ts';
import { plannedAnswers } from './survey.ts';

const spanish = analysisMessages.es;
const selfAssessment = findInstrument('cop-self-assessment', modelIn('es'));

test.describe('the researchers’ analysis page and authoring guide in Spanish', () => {
  for (const path of ['/es/researchers/analyze/', '/es/researchers/authoring/']) {
    test(`${path} is in Spanish and axe-clean`, async ({ page }) => {
      const seen = await watch(page);
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('lang', 'es');
      await expectAccessible(page);
      expectClean(seen);
    });
  }

  test('a response file is analysed in Spanish, with the model’s Spanish names', async ({ page }) => {
    const seen = await watch(page);
    const hash = await contentHash(selfAssessment);
    // Ten responses, half answered in each language, so the grouping by language has two groups to show.
    const ndjson = Array.from({ length: 10 }, (_, i) =>
      JSON.stringify({
        payloadVersion: 1,
        responseId: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
        instrument: { id: selfAssessment.id, version: selfAssessment.version, hash },
        language: i % 2 === 0 ? 'es' : 'en',
        params: {},
        answers: plannedAnswers(selfAssessment, i * 7),
      }),
    ).join('\n');
    await page.goto('/es/researchers/analyze/');
    await page.getByLabel('Archivos de respuestas').setInputFiles({
      name: 'respuestas.ndjson',
      mimeType: 'application/x-ndjson',
      buffer: Buffer.from(ndjson),
    });
    const status = page.locator('response-analysis').getByRole('status');
    await expect(status).toContainText('10 respuesta(s) analizada(s) de 1 archivo(s)');

    const section = page.locator(`section[data-instrument="${selfAssessment.id}"]`);
    await expect(section.getByRole('heading', { level: 2 })).toHaveText(
      `${selfAssessment.title} (versión ${selfAssessment.version})`,
    );
    await expect(section.getByRole('heading', { name: spanish.constructScores })).toBeVisible();
    await expect(section.getByRole('heading', { name: spanish.reliabilityHeading })).toBeVisible();
    const means = section.getByRole('region', { name: spanish.meansCaption });
    await expect(means.getByRole('row', { name: new RegExp(`^${spanish.allResponses}`) })).toBeVisible();
    for (const construct of modelIn('es').constructs.filter((c) =>
      selfAssessment.sections.some((s) => s.items.some((item) => item.kind === 'scored' && item.construct === c.id)),
    )) {
      await expect(means.getByRole('columnheader', { name: construct.name, exact: true })).toBeVisible();
    }

    await page.getByRole('checkbox', { name: 'Idioma en que se respondió' }).check();
    await expect(means.getByRole('row', { name: /^language: es/ })).toBeVisible();
    await expect(means.getByRole('row', { name: /^language: en/ })).toBeVisible();
    await expect(section.getByText(spanish.invarianceNote)).toBeVisible();
    await expectAccessible(page);
    expectClean(seen);
  });
});
