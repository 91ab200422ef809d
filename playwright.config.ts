import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 4317);
const results = process.env.E2E_RESULTS ?? 'test-results';
// Debian's Chromium where it is installed (these machines cannot download Playwright's own).
// Its headless shell first: the same engine without the browser's window machinery, which
// runs the suite in about two thirds of the time on a two-core machine.
const systemChromium = [
  '/usr/bin/chromium-headless-shell',
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
].find((p) => existsSync(p));

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  // Two files at a time: every test has its own browser context (and so its own IndexedDB),
  // and the suite takes about two thirds of the time it takes alone. E2E_WORKERS=1 for one.
  workers: Math.max(1, Math.floor(Number(process.env.E2E_WORKERS) || 2)),
  retries: 0,
  forbidOnly: true,
  timeout: 30_000,
  // E2E_RESULTS lets parallel runs keep their results apart; test-results by default.
  reporter: [['list'], ['json', { outputFile: `${results}/e2e.json` }]],
  outputDir: `${results}/e2e-output`,
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    // One locale and time zone, so dates and numbers read the same on every machine.
    locale: 'en-GB',
    timezoneId: 'Europe/London',
    browserName: 'chromium',
    launchOptions: {
      ...(systemChromium ? { executablePath: systemChromium } : {}),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
    trace: 'off',
  },
  webServer: {
    command: `node tests/tools/serve-web.mjs --port ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
