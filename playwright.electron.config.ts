// Playwright's Electron driver suite (tests/electron), run against out/ as built by
// `npx electron-vite build`. Where no Electron binary exists the suite reports itself
// skipped, with the reason, and still writes its JSON report for CI to count.
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'tests/electron',
  // One Electron at a time: the single-instance test depends on it, and launches are heavy.
  workers: 1,
  fullyParallel: false,
  retries: 0,
  forbidOnly: true,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  // Not test-results/ itself: Playwright empties its outputDir at start, which would delete
  // the other suites' reports.
  outputDir: 'test-results/electron-artifacts',
  reporter: [['list'], ['json', { outputFile: 'test-results/electron.json' }]],
});
