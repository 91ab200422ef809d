/**
 * Launches the built app (out/) with Playwright's Electron driver, each test in a fresh
 * user-data folder so no test sees another's IndexedDB or holds another's instance lock.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { _electron, test as base, type ElectronApplication, type Page } from '@playwright/test';
import { findElectronBinary } from '../tools/electron-binary.mjs';

export const repoRoot = resolve(import.meta.dirname, '..', '..');
export const binary = findElectronBinary();
export const skipReason =
  'missing' in binary ? `no Electron binary on this machine: ${binary.missing}` : undefined;

if (skipReason) console.log(`[electron suite] SKIPPED: ${skipReason}`);

/** The environment for the app: never the dev server, never "run as node". */
export function appEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && key !== 'ELECTRON_RENDERER_URL' && key !== 'ELECTRON_RUN_AS_NODE') {
      env[key] = value;
    }
  }
  return env;
}

/** Arguments that start the app in `repoRoot` (package.json "main" → out/main/index.js). */
export function appArgs(userDataDir: string): string[] {
  return [repoRoot, `--user-data-dir=${userDataDir}`];
}

/**
 * Starts the built app on `userDataDir`. The electronApp fixture uses it; a test that must
 * prepare the user-data folder before the app starts asks for userDataDir and calls it itself.
 */
export async function launchApp(userDataDir: string): Promise<ElectronApplication> {
  if (!('path' in binary)) throw new Error(skipReason);
  if (!existsSync(join(repoRoot, 'out', 'main', 'index.js'))) {
    throw new Error('out/main/index.js is missing: run `npx electron-vite build` first');
  }
  return _electron.launch({
    executablePath: binary.path,
    args: appArgs(userDataDir),
    cwd: repoRoot,
    env: appEnv(),
  });
}

export const test = base.extend<{
  userDataDir: string;
  electronApp: ElectronApplication;
  page: Page;
}>({
  // Playwright requires a destructuring pattern even when a fixture uses no other fixture.
  // eslint-disable-next-line no-empty-pattern
  userDataDir: async ({}, use) => {
    const dir = await mkdtemp(join(tmpdir(), 'ascent-electron-'));
    await use(dir);
    await rm(dir, { recursive: true, force: true });
  },
  electronApp: async ({ userDataDir }, use) => {
    const app = await launchApp(userDataDir);
    await use(app);
    await app.close();
  },
  page: async ({ electronApp }, use) => {
    const page = await electronApp.firstWindow();
    await page.waitForLoadState('domcontentloaded');
    await use(page);
  },
});

export { expect } from '@playwright/test';
