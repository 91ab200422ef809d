// Serves the built web renderer (out/web) on 127.0.0.1. Used by `npm start` where Electron
// is not available and by the end-to-end tests. Usage: node serve-web.mjs [--port N]
import { resolve } from 'node:path';
import { existsSync } from 'node:fs';
import { preview } from 'vite';

const root = resolve(import.meta.dirname, '../..');
const portArg = process.argv.indexOf('--port');
const port = portArg > 0 ? Number(process.argv[portArg + 1]) : 5199;

if (!existsSync(resolve(root, process.env.WEB_OUT_DIR ?? 'out/web', 'index.html'))) {
  console.error('The web build is missing: run `npm run build:web` first.');
  process.exit(1);
}

const server = await preview({
  configFile: resolve(root, 'vite.web.config.ts'),
  preview: { host: '127.0.0.1', port, strictPort: true, open: false },
  logLevel: 'warn',
});
const url = server.resolvedUrls?.local[0] ?? `http://127.0.0.1:${port}/`;
console.log(`Ascent (web) is being served at ${url}`);

const stop = () => server.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
