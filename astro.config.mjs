// @ts-check
import { defineConfig, envField } from 'astro/config';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import pagefind from './src/integrations/pagefind.ts';
import { model } from './src/instruments/model.ts';
import { assertValidModel } from './src/instruments/validate.ts';

// A broken framework model stops the build (and the dev server) before any page is made from it.
assertValidModel(model);

export default defineConfig({
  site: 'https://cultivate.example.org',
  trailingSlash: 'always',
  integrations: [mdx(), react(), pagefind()],
  env: {
    schema: {
      // Where completed responses are posted. Unset: responses stay on the respondent's device.
      PUBLIC_RESPONSE_ENDPOINT: envField.string({ context: 'client', access: 'public', optional: true, url: true }),
    },
  },
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        // Pagefind runs its search in a worker it builds from a blob.
        "worker-src 'self' blob:",
      ],
      scriptDirective: {
        // Pagefind's search core is WebAssembly.
        resources: ["'self'", "'wasm-unsafe-eval'"],
      },
    },
  },
});
