import { existsSync } from 'node:fs';

const usualPaths = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

/**
 * The browser tests drive a system Chromium (downloads of Playwright's own browsers are not possible on
 * every machine). With none, the run fails with instructions instead of skipping.
 */
export function chromiumExecutable(): string {
  const install =
    'Install one (on Debian or Ubuntu: `sudo apt-get install -y chromium`) or set CHROMIUM_PATH to a Chromium or Chrome binary.';
  const fromEnv = process.env['CHROMIUM_PATH'];
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but no file is there.\n${install}`);
    return fromEnv;
  }
  const found = usualPaths.find((path) => existsSync(path));
  if (found) return found;
  throw new Error(
    [
      'The browser tests need Chromium and none was found.',
      `Looked for CHROMIUM_PATH and at: ${usualPaths.join(', ')}.`,
      install,
    ].join('\n'),
  );
}

/** Launch options for that Chromium: quiet on a closed network (no background requests, updates or sync). */
export function chromiumLaunchOptions() {
  return {
    executablePath: chromiumExecutable(),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  };
}
