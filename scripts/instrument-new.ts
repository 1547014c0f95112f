/**
 * npm run instrument:new -- <id>
 *
 * Starts a new instrument: writes src/instruments/<id>.ts (one section of three scored agreement items on a
 * construct of the framework, every text a placeholder marked EDIT), lists it in src/instruments/source-model.ts,
 * records the hash of its version 1.0.0 in src/instruments/published.json and prints what to edit next. The
 * site then publishes its page, print version, codebooks, survey definition, scoring and analysis.
 *
 * Refuses (exit 2) an id that is not kebab-case, that an instrument already has, or whose file exists.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as prettier from 'prettier';
import ts from 'typescript';
import { findConstruct } from '../src/instruments/framework.ts';
import { inLanguage, type Localized } from '../src/instruments/languages.ts';
import { model } from '../src/instruments/source-model.ts';
import type { Instrument } from '../src/instruments/types.ts';
import {
  findModelProblems,
  formatModelProblems,
  instrumentFile,
  KEBAB_CASE,
  KEBAB_CASE_RULE,
  kebabCase,
} from '../src/instruments/validate.ts';
import { commandLine } from './cli.ts';
import { recordVersions } from './record-instruments.ts';

const cli = commandLine(
  "Usage: npm run instrument:new -- <id>   (the new instrument's id, kebab-case: e.g. team-climate)",
  {},
  { files: true },
);
if (cli.positionals.length > 1) cli.misuse(`Give one id, not ${cli.positionals.length}: ${cli.positionals.join(' ')}`);
const id = cli.positionals[0]!;

if (!KEBAB_CASE.test(id)) {
  const suggestion = kebabCase(id);
  cli.misuse(
    `"${id}" is not an instrument id: it must be ${KEBAB_CASE_RULE}${suggestion ? `, e.g. "${suggestion}"` : ''}.`,
  );
}
const existing = [...model.instruments, ...model.archive].find((instrument) => instrument.id === id);
if (existing) {
  cli.misuse(
    `"${id}" is already an instrument (${instrumentFile(existing, model)}): choose another id, or give that one a new version.`,
  );
}
const relativeFile = `src/instruments/${id}.ts`;
const file = fileURLToPath(new URL(`../${relativeFile}`, import.meta.url));
if (existsSync(file)) cli.misuse(`${relativeFile} already exists: choose another id.`);

const modelFile = fileURLToPath(new URL('../src/instruments/source-model.ts', import.meta.url));
const modelSource = readFileSync(modelFile, 'utf8');

/** The camelCase name of the instrument's export, unless a keyword or a name source-model.ts already uses needs a suffix. */
function exportName(): string {
  const camel = id.replace(/-([a-z0-9])/g, (_, letter: string) => letter.toUpperCase());
  const keyword = ts.identifierToKeywordKind(ts.factory.createIdentifier(camel)) !== undefined;
  const taken = keyword || new RegExp(`\\b${camel}\\b`).test(modelSource);
  return taken ? `${camel}Instrument` : camel;
}
const name = exportName();

// Items need a construct of the framework (validate.ts checks it); a new construct also needs an essay and a
// page, so the placeholder measures one that exists and the author chooses the real ones.
const construct = findConstruct('shared-domain');
const title = id[0]!.toUpperCase() + id.slice(1).replaceAll('-', ' ');

const moduleSource = `import type { Localized } from './languages.ts';
import type { Instrument } from './types.ts';
import { scored } from './items.ts';
import { descriptiveBandSource } from './bands.ts';
import { distributionParameterSource } from './parameters.ts';

/**
 * ${title}: started with \`npm run instrument:new\`. Replace every text marked EDIT with your own, then see
 * README.md, "Adapting or adding an instrument", for the checks and commands.
 */
export const ${name}: Instrument<Localized> = {
  id: '${id}',
  // Until it is first published, edit freely and record it again; after that, any change of wording, order,
  // scale or scoring needs a new version.
  version: '1.0.0',
  // The languages it is offered in: each text gives its words in every one of them.
  languages: ['en'],
  // EDIT: the title respondents and researchers see.
  title: { en: '${title}' },
  // EDIT: who it is for, in one sentence.
  audience: { en: 'Members of a community of practice who want to talk about what their shared work is for.' },
  // Three agreement items at about 10 seconds each, rounded up.
  minutes: 1,
  // EDIT: what the survey is about and how to answer.
  introduction: {
    en:
      'This short survey asks how clearly your community shares a purpose. ' +
      'Answer from what you see in your community today. If you cannot tell, choose “Don’t know”.',
  },
  // EDIT: what taking part means, in your own study's terms.
  consent: {
    en:
      'Taking part is your choice, and you can stop at any time. We do not ask for your name. ' +
      'Results are used for reflection and research, never to judge any one person.',
  },
  sections: [
    {
      id: 'shared-purpose',
      // EDIT: the section's title and the sentence shown above its questions.
      title: { en: 'Our shared purpose' },
      description: { en: 'These questions are about what your community works on together and why.' },
      items: [
        // EDIT: each statement. The second argument is the construct it scores (${construct.name}, defined in
        // src/instruments/framework.ts); every construct needs at least three items. An item id names one
        // question for good: a changed question gets a new id.
        scored('dom_01', '${construct.id}', { en: 'Members of our community agree on what our shared work is for.' }),
        scored('dom_02', '${construct.id}', { en: 'The topic our community shares matters to my own work.' }),
        scored('dom_03', '${construct.id}', { en: 'I am often unsure what our community is for.' }, { reverse: true }),
      ],
    },
  ],
  parameters: distributionParameterSource,
  // A construct is scored when at least two thirds of its items have an answer on the scale.
  scoring: { minAnsweredShare: 2 / 3, bands: descriptiveBandSource },
};
`;

/** The project's own formatting, so the files written pass `npm run lint` unchanged. */
async function formatted(path: string, source: string): Promise<string> {
  return prettier.format(source, { ...(await prettier.resolveConfig(path)), filepath: path });
}

/** source-model.ts with the new instrument imported and appended to `instruments`, or null if its shape is unfamiliar. */
function listedInModel(): string | null {
  const list = /(\n\s*instruments: \[)([^\]]*?)(,?\s*\])/;
  // After the last import of a value (an instrument module), not of types.
  const valueImport = /^import (?!type )[^;]*? from '\.\/[^']+';$/gm;
  const imports = [...modelSource.matchAll(valueImport)];
  if (!list.test(modelSource) || imports.length === 0) return null;
  const after = imports.at(-1)!.index + imports.at(-1)![0].length;
  const withImport = `${modelSource.slice(0, after)}\nimport { ${name} } from './${id}.ts';${modelSource.slice(after)}`;
  return withImport.replace(
    list,
    (_, open: string, listed: string, close: string) => `${open}${listed}, ${name}${close}`,
  );
}

writeFileSync(file, await formatted(file, moduleSource));
try {
  const module = (await import(pathToFileURL(file).href)) as Record<string, Instrument<Localized>>;
  const instrument = inLanguage(module[name]!, 'en');
  const problems = findModelProblems({ ...model, instruments: [...model.instruments, instrument] });
  if (problems.length > 0) throw new Error(`The new instrument is not valid:\n${formatModelProblems(problems)}`);
  const listed = listedInModel();
  if (listed === null) throw new Error(`Could not find the \`instruments\` list and the imports in ${modelFile}.`);
  writeFileSync(modelFile, await formatted(modelFile, listed));
  if (!(await recordVersions([instrument]))) throw new Error('Could not record its hash.');
} catch (error) {
  // Nothing half-made stays behind: the model file is rewritten only after every check has passed.
  rmSync(file);
  if (readFileSync(modelFile, 'utf8') !== modelSource) writeFileSync(modelFile, modelSource);
  console.error((error as Error).message);
  process.exit(1);
}

console.log(`
Wrote ${relativeFile}, listed it in src/instruments/source-model.ts and recorded ${id} 1.0.0 in src/instruments/published.json.

Next:
  1. Edit ${relativeFile}: every line marked EDIT (title, audience, introduction, consent, the section's title
     and description, each item's text). Each item names its construct, one of:
     ${model.constructs.map((c) => c.id).join(', ')}.
     Every construct needs at least three scored items; add sections and items as you need.
  2. Until ${id} is first published, record your edits under 1.0.0: delete "${id}" from
     src/instruments/published.json, then run \`npm run instruments:record\`. After publishing, give every
     change a new version instead.
  3. Check it: npm run check && npm run test:unit && npm run build. A problem stops the build with its file,
     item and field, and says how to fix it.
  4. See it: npm run dev, then /instruments/${id}/ (its print version, codebooks and survey definition are
     linked from there).
`);
