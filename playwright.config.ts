import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
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
  // One file more at a time than there are cores (three on two): every test has its own
  // browser context (and so its own IndexedDB), and a test spends part of its time waiting on
  // the page, which another test's work fills; on two cores three workers ran the suite in
  // about five sixths of the time two took. E2E_WORKERS=1 for one.
  workers: Math.max(1, Math.floor(Number(process.env.E2E_WORKERS) || availableParallelism() + 1)),
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
