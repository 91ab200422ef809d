// `npm run bench` (tests/bench/run.mjs): the benchmark's browser runner. Not part of `npm test`.
import { defineConfig } from '@playwright/test';

const port = Number(process.env.BENCH_PORT ?? 4334);

export default defineConfig({
  testDir: '.',
  testMatch: 'bench.spec.ts',
  workers: 1,
  retries: 0,
  forbidOnly: true,
  timeout: 600_000,
  reporter: [['list']],
  outputDir: '../../test-results/bench-output',
  use: { baseURL: `http://127.0.0.1:${port}/`, actionTimeout: 120_000 },
  webServer: {
    command: `node tests/tools/serve-web.mjs --port ${port}`,
    cwd: '../..',
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
