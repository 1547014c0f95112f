// @ts-check
import { defineConfig, envField } from 'astro/config';
import { loadEnv } from 'vite';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import pagefind from './src/integrations/pagefind.ts';
import essayCheck from './src/integrations/essay-check.ts';
import pageCsp from './src/integrations/page-csp.ts';
import preloadIslands from './src/integrations/preload-islands.ts';
import { model } from './src/instruments/source-model.ts';
import { assertValidModel } from './src/instruments/validate.ts';
import { endpointProblem } from './src/instruments/endpoint.ts';
import { readFileSync } from 'node:fs';
import { loadStudyInfo } from './src/instruments/study.ts';

// A broken framework model stops the build (and the dev server) before any page is made from it.
assertValidModel(model);

const { PUBLIC_RESPONSE_ENDPOINT, STUDY_INFO_FILE } = loadEnv(
  process.env['NODE_ENV'] ?? 'production',
  process.cwd(),
  '',
);
const endpointSetting = PUBLIC_RESPONSE_ENDPOINT || undefined;
const settingProblem = endpointSetting === undefined ? null : endpointProblem(endpointSetting);
if (settingProblem !== null)
  throw new Error(`PUBLIC_RESPONSE_ENDPOINT ${JSON.stringify(endpointSetting)} ${settingProblem}.`);
// A missing or invalid study information file stops the build with the file's name and the faulty fields.
loadStudyInfo(STUDY_INFO_FILE || undefined, (file) => readFileSync(file, 'utf8'));

// Every page's Content Security Policy is written by BaseLayout (src/components/page-policy.ts) and narrowed
// to the page's own inline code by page-csp.ts.
export default defineConfig({
  site: 'https://cultivate.example.org',
  trailingSlash: 'always',
  // Pages are rendered on one thread either way; with a few in flight, one renders while another's file is
  // being written, instead of the build waiting on every write (measured at 1,000 essays: `npm run bench`).
  build: { concurrency: 4 },
  // Astro's i18n routing: English at the root, Spanish under /es/ (src/pages/[...lang]/, SITE_LANGUAGES).
  i18n: { locales: ['en', 'es'], defaultLocale: 'en', routing: { prefixDefaultLocale: false } },
  integrations: [essayCheck(), mdx(), react(), preloadIslands(), pageCsp(), pagefind()],
  // Shiki highlights with inline styles, which the CSP forbids; the essays have no code to highlight.
  markdown: { syntaxHighlight: false },
  env: {
    schema: {
      // Where completed responses are posted: an https:// URL or a path on this site. Unset: responses stay on the respondent's device.
      // Checked above by the same rule as an instrument's own endpoint (src/instruments/endpoint.ts).
      PUBLIC_RESPONSE_ENDPOINT: envField.string({ context: 'client', access: 'public', optional: true }),
      // A JSON file of public facts about the study (src/instruments/study.ts), shown on every instrument page.
      // Unset: the pages say that no study is attached.
      STUDY_INFO_FILE: envField.string({ context: 'server', access: 'public', optional: true }),
      // `json` posts application/json; `text` posts the same JSON as text/plain, for endpoints that cannot
      // answer a CORS preflight (e.g. a Google Apps Script web app).
      PUBLIC_RESPONSE_FORMAT: envField.enum({
        context: 'client',
        access: 'public',
        values: ['json', 'text'],
        default: 'json',
      }),
    },
  },
});
