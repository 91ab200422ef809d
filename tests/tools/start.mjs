// `npm start`: the desktop app where an Electron binary is available (or can be fetched on
// first start); otherwise the same app built for the web and served on 127.0.0.1.
import { spawn, spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { findElectronBinary } from './electron-binary.mjs';

const root = resolve(import.meta.dirname, '../..');
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

function run(cmd, args) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

let found = findElectronBinary();
if ('missing' in found) {
  // Electron ≥ 42 fetches its binary on first start; try once, quietly, with a time limit.
  spawnSync(process.execPath, [resolve(root, 'node_modules/electron/install.js')], {
    cwd: root,
    stdio: 'ignore',
    timeout: 180_000,
  });
  found = findElectronBinary();
}

if ('path' in found) {
  const child = spawn(npx, ['electron-vite', 'preview'], { cwd: root, stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  console.log(
    `Electron is not available here (${found.missing}); starting Ascent as a web app instead.`,
  );
  run(npx, ['vite', 'build', '--config', 'vite.web.config.ts', '--logLevel', 'warn']);
  const port = process.env.PORT ?? '5199';
  const child = spawn(
    process.execPath,
    [resolve(root, 'tests/tools/serve-web.mjs'), '--port', port],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
  child.on('exit', (code) => process.exit(code ?? 0));
}
