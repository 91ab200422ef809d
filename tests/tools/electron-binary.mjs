/**
 * Finds the Electron executable the way node_modules/electron/index.js would, but WITHOUT
 * requiring that module: its index.js starts a download when the binary is absent, which
 * fails (slowly) on machines without internet. Electron ≥ 42 has no install script, so on a
 * fresh `npm ci` the binary is simply not there until something downloads it.
 *
 * Returns { path } or { missing: reason }.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const repoRoot = resolve(import.meta.dirname, '..', '..');

/** Mirrors getPlatformPath() in node_modules/electron/install.js. */
function defaultExecutable(platform) {
  if (platform === 'darwin' || platform === 'mas') return 'Electron.app/Contents/MacOS/Electron';
  if (platform === 'win32') return 'electron.exe';
  return 'electron';
}

export function findElectronBinary({
  root = repoRoot,
  env = process.env,
  platform = process.platform,
} = {}) {
  const electronDir = join(root, 'node_modules', 'electron');
  if (!existsSync(join(electronDir, 'package.json'))) {
    return { missing: 'the electron package is not installed (run npm ci)' };
  }
  const pathFile = join(electronDir, 'path.txt');
  const recorded = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) {
    const candidate = join(override, recorded || defaultExecutable(platform));
    return existsSync(candidate)
      ? { path: candidate }
      : { missing: `ELECTRON_OVERRIDE_DIST_PATH is set, but ${candidate} does not exist` };
  }
  if (!recorded) {
    return {
      missing:
        'node_modules/electron/path.txt is absent: the Electron binary was never downloaded ' +
        '(Electron fetches it on first start, which needs internet access to GitHub)',
    };
  }
  const candidate = join(electronDir, 'dist', recorded);
  return existsSync(candidate)
    ? { path: candidate }
    : { missing: `node_modules/electron/dist/${recorded} does not exist` };
}

// `node tests/tools/electron-binary.mjs` prints the answer (handy in CI logs).
if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const found = findElectronBinary();
  console.log(
    'path' in found ? `Electron binary: ${found.path}` : `No Electron binary: ${found.missing}`,
  );
}
