import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvLines } from '../../collector/export.ts';
import type { StoredResponse } from '../../collector/store.ts';
import { makeResponses } from '../../scripts/bench/synthetic-responses.ts';
import { choicesOf, itemsOf, versionsOf } from '../../src/instruments/model.ts';
import { model } from '../../src/instruments/source-model.ts';
import { readableHashes } from '../../src/instruments/hash.ts';
import { readResponses, type ResponseRecord } from '../../src/instruments/responses.ts';
import { NOT_APPLICABLE } from '../../src/instruments/scales.ts';
import { scoreResponse } from '../../src/instruments/score.ts';
import { labelledFile, rScript, spssSyntax, stataDo, type LabelledFile } from '../../src/instruments/stat-syntax.ts';
import type { Instrument } from '../../src/instruments/types.ts';

/**
 * The generated scripts run against a real export: each current instrument's collector CSV (made by the
 * collector's own csvLines from synthetic responses of every version, with version 1's "na", the codes −8 and −9
 * and a link value with quotes, a comma and an apostrophe) is read by PSPP with the SPSS syntax and by R with
 * the R script. Without PSPP or R these tests fail rather than skip: a skipped check reads as a passed one.
 * Stata is not free software, so its do-file is checked for its structure only (stat-syntax.test.ts).
 */

const PSPP = process.env['PSPP'] ?? 'pspp';
const RSCRIPT = process.env['RSCRIPT'] ?? 'Rscript';
const INSTALL = 'apt-get install pspp r-base-core';

const AWKWARD_COMMUNITY = 'O’Brien\'s "Math", Dept';

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function run(command: string, args: string[], cwd: string): Run {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', timeout: 120_000 });
  if (result.error) {
    const missing = (result.error as NodeJS.ErrnoException).code === 'ENOENT';
    throw new Error(
      missing
        ? `${command} is not installed: the generated scripts are tested by running them (Debian: ${INSTALL}; or set PSPP / RSCRIPT).`
        : `${command} could not run: ${result.error.message}`,
    );
  }
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A response as the collector stores it, scored with the version it answers. */
function stored(instrument: Instrument, hash: string, response: ResponseRecord, n: number): StoredResponse {
  const body = JSON.stringify({
    payloadVersion: 1,
    responseId: response.responseId,
    instrument: { id: instrument.id, version: instrument.version, hash },
    params: response.params,
    answers: response.answers,
  });
  return {
    responseId: response.responseId ?? `r-${n}`,
    instrumentId: instrument.id,
    instrumentVersion: instrument.version,
    instrumentHash: hash,
    params: response.params,
    scores: JSON.stringify(scoreResponse(instrument, response.answers, model)),
    body,
    bodySha256: '',
    canonicalSha256: '',
    submittedAt: `2026-03-0${(n % 9) + 1}T10:00:00.000Z`,
    receivedAt: `2026-03-0${(n % 9) + 1}T10:00:01.000Z`,
    deletedAt: null,
  };
}

/** One response per version that answers every item with its last choice: "na", −9 or −8 where offered. */
function lastChoices(instrument: Instrument): Record<string, number | string> {
  return Object.fromEntries(itemsOf(instrument).map((item) => [item.id, choicesOf(item, model).at(-1)!.value]));
}

interface Fixture {
  instrument: Instrument;
  file: LabelledFile;
  dir: string;
  rows: number;
}

const fixtures: Fixture[] = [];
const root = mkdtempSync(join(tmpdir(), 'cultivate-stat-syntax-'));

beforeAll(async () => {
  const hashes = await readableHashes();
  for (const instrument of model.instruments) {
    const versions = versionsOf(instrument.id, model);
    const hashOf = (version: Instrument) => hashes[version.id]![version.version]!;
    const records: StoredResponse[] = [];
    versions.forEach((version, v) => {
      const hash = hashOf(version);
      const { responses, rejected } = readResponses(
        [{ name: `${version.version}.ndjson`, text: makeResponses(version, 40, 7 + v, { hash }) }],
        hashes,
        { within: model },
      );
      expect(rejected).toEqual([]);
      const special: ResponseRecord = {
        ...responses[0]!,
        responseId: `special-${version.version}`,
        params: { ...responses[0]!.params, community: AWKWARD_COMMUNITY },
        answers: lastChoices(version),
      };
      [...responses, special].forEach((response) => records.push(stored(version, hash, response, records.length)));
    });
    async function* all() {
      yield* records;
    }
    let csv = '';
    for await (const piece of csvLines(versions, all())) csv += piece;
    const file = labelledFile(versions, hashOf);
    const dir = join(root, instrument.id);
    spawnSync('mkdir', ['-p', dir]);
    writeFileSync(join(dir, file.file), csv);
    writeFileSync(join(dir, 'labels.sps'), spssSyntax(file));
    writeFileSync(join(dir, 'labels.R'), rScript(file));
    writeFileSync(join(dir, 'labels.do'), stataDo(file));
    fixtures.push({ instrument, file, dir, rows: records.length });
  }
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe.each(model.instruments.map((instrument) => [instrument.id]))('generated scripts for %s', (id) => {
  const fixture = () => fixtures.find((f) => f.instrument.id === id)!;

  it('its export holds version 1’s "na" as −7 and the link value with quotes and a comma', () => {
    const { dir, file, instrument } = fixture();
    const csv = readFileSync(join(dir, file.file), 'utf8');
    expect(csv).toContain('"O’Brien\'s ""Math"", Dept"');
    expect(csv).not.toMatch(/(^|,)na(,|\r\n)/m);
    if (
      versionsOf(instrument.id, model).some((v) =>
        itemsOf(v).some((item) => item.kind !== 'context' && item.notApplicable),
      )
    )
      expect(csv).toMatch(/,-7,/);
    void NOT_APPLICABLE;
  });

  it('PSPP runs the SPSS syntax without an error or a warning, with labels and missing values in place', () => {
    const { dir, file, rows } = fixture();
    const item = file.variables.find((v) => v.missing.includes(-8) || v.missing.includes(-7))!;
    const category = file.variables.find((v) => v.type === 'text' && v.values.length > 0)!;
    const checks = [
      readFileSync(join(dir, 'labels.sps'), 'utf8'),
      'DISPLAY DICTIONARY.',
      `FREQUENCIES ${item.name} ${category.name}.`,
      'SHOW N.',
      "SAVE OUTFILE='labelled.sav'.",
      '',
    ].join('\n');
    writeFileSync(join(dir, 'check.sps'), checks);
    const result = run(PSPP, ['-O', 'format=txt', '-O', 'width=200', 'check.sps'], dir);
    const output = `${result.stdout}\n${result.stderr}`;
    expect(output, output).not.toMatch(/error|warning/i);
    expect(result.status, output).toBe(0);
    // Every column declared, its label and the missing values shown by PSPP itself.
    for (const v of file.variables) expect(output).toContain(v.name);
    expect(output).toContain('Strongly disagree');
    // DISPLAY DICTIONARY's row of the item ends in its missing values.
    expect(output).toMatch(new RegExp(`^\\|${item.name}\\s*\\|.*\\|${item.missing.join('; ')}\\s*\\|$`, 'm'));
    expect(output).toContain(category.values[0]!.label);
    expect(output).toContain(`N is ${rows}.`);
    expect(output).toContain('Missing');
  });

  it('R runs the R script: numbers stay numeric, codes become NA with the original kept, labels attached', () => {
    const { dir, file, rows } = fixture();
    const numbers = file.variables.filter((v) => v.type === 'number').map((v) => v.name);
    const coded = file.variables.filter((v) => v.missing.length > 0).map((v) => v.name);
    const labelledNames = file.variables.filter((v) => v.values.length > 0).map((v) => v.name);
    const check = `
file <- ${JSON.stringify(file.file)}
source("labels.R")
numbers <- c(${numbers.map((n) => JSON.stringify(n)).join(', ')})
coded <- c(${coded.map((n) => JSON.stringify(n)).join(', ')})
labelled <- c(${labelledNames.map((n) => JSON.stringify(n)).join(', ')})
cat("rows", nrow(responses), "\\n")
cat("columns", ncol(responses), "\\n")
cat("numeric", all(vapply(responses[numbers], is.numeric, logical(1))), "\\n")
cat("no codes left", all(vapply(responses[coded], function(x) !any(x %in% c(-7, -8, -9)), logical(1))), "\\n")
cat("codes kept", sum(vapply(responses[coded], function(x) sum(!is.na(attr(x, "nonresponse"))), numeric(1))), "\\n")
cat("labels", all(vapply(responses[labelled], function(x) length(attr(x, "labels")) > 0, logical(1))), "\\n")
cat("variable labels", all(vapply(responses, function(x) is.character(attr(x, "label")), logical(1))), "\\n")
cat("awkward", sum(responses$community == ${JSON.stringify(AWKWARD_COMMUNITY)}, na.rm = TRUE), "\\n")
cat("factor", nlevels(as_labelled_factor(responses[[coded[1]]])), "\\n")
`;
    writeFileSync(join(dir, 'check.R'), check);
    const result = run(RSCRIPT, ['--vanilla', 'check.R'], dir);
    const output = `${result.stdout}\n${result.stderr}`;
    expect(result.status, output).toBe(0);
    expect(result.stderr, output).not.toMatch(/warning|error/i);
    expect(result.stdout).toContain(`rows ${rows} `);
    expect(result.stdout).toContain(`columns ${file.variables.length} `);
    expect(result.stdout).toContain('numeric TRUE');
    expect(result.stdout).toContain('no codes left TRUE');
    expect(Number(/codes kept (\d+)/.exec(result.stdout)?.[1])).toBeGreaterThan(0);
    expect(result.stdout).toContain('labels TRUE');
    expect(result.stdout).toContain('variable labels TRUE');
    expect(result.stdout).toMatch(/awkward [1-9]/);
  });

  it('Rscript runs the R script on its own, with the export named on the command line', () => {
    const { dir, file } = fixture();
    const result = run(RSCRIPT, ['--vanilla', 'labels.R', file.file], dir);
    expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);
    expect(result.stderr).toBe('');
  });
});
