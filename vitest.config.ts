import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// Domain tests run twice, under two distant time zones, so that a calendar day can never
// move with the clock's zone (DESIGN.md §4).
//
// The domain and renderer projects run their files without a fresh module graph per file
// (isolate: false): a file's set-up (jsdom, React, the app's modules) cost several times its
// tests, and neither mocks modules. Spies and stubbed globals are put back after every test,
// and the renderer's set-up file (tests/unit/renderer/setup.ts) puts back the window and the
// app's module state a test can change. Tests open databases of their own names.
const domainZones = ['Pacific/Kiritimati', 'America/Los_Angeles'];

export default defineConfig({
  test: {
    // At least two workers. Vitest's default leaves one core to its main process, which on the
    // two-core machines CI runs on meant one worker and a core mostly idle: the suite took
    // about twice as long.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    projects: [
      ...domainZones.map((tz) => ({
        test: {
          name: `unit-domain (${tz})`,
          include: ['tests/unit/domain/**/*.test.ts'],
          environment: 'node',
          env: { TZ: tz },
          isolate: false,
          restoreMocks: true,
          unstubGlobals: true,
        },
      })),
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          exclude: ['tests/unit/domain/**', 'tests/unit/renderer/**'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'unit-renderer',
          include: ['tests/unit/renderer/**/*.test.tsx'],
          environment: 'jsdom',
          setupFiles: ['tests/db/setup.ts', 'tests/unit/renderer/setup.ts'],
          isolate: false,
          restoreMocks: true,
          unstubGlobals: true,
        },
      },
      {
        test: {
          name: 'db',
          include: ['tests/db/**/*.test.ts'],
          environment: 'node',
          setupFiles: ['tests/db/setup.ts'],
        },
      },
    ],
  },
});
