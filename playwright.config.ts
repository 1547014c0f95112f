import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './test/e2e/chromium.ts';
import { ports } from './test/e2e/ports.ts';

/**
 * Browser tests against real builds (made by `npm run build:e2e`): one posting responses to a local
 * test endpoint with faults on demand, and one with no endpoint configured, as a fresh `npm start` is.
 */
const preview = (outDir: string, port: number) => ({
  command: `astro preview --outDir ${outDir} --host 127.0.0.1 --port ${port} --ignore-lock`,
  url: `http://127.0.0.1:${port}/`,
  reuseExistingServer: false,
  timeout: 60_000,
});

export default defineConfig({
  testDir: 'test/e2e',
  fullyParallel: true,
  workers: 2,
  timeout: 90_000,
  forbidOnly: !!process.env['CI'],
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${ports.site}`,
    trace: 'off',
    launchOptions: chromiumLaunchOptions(),
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined } }],
  webServer: [
    {
      command: `node test/e2e/endpoint-server.ts ${ports.endpoint}`,
      url: `http://127.0.0.1:${ports.endpoint}/__lanes/health`,
      reuseExistingServer: false,
    },
    preview('dist-e2e/endpoint', ports.site),
    preview('dist-e2e/local', ports.localSite),
  ],
});
