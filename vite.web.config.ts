// The same renderer built as a web app (minified), served on 127.0.0.1 where Electron is absent.
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { rendererConfig } from './vite.renderer.ts';

const here = import.meta.dirname;
const base = rendererConfig(resolve(here, 'renderer'));
// WEB_OUT_DIR lets several builds live side by side (e.g. parallel test runs); out/web by default.
const outDir = resolve(here, process.env.WEB_OUT_DIR ?? 'out/web');

export default defineConfig({
  ...base,
  build: { ...base.build, outDir, emptyOutDir: true },
  preview: { host: '127.0.0.1', strictPort: true },
  server: { host: '127.0.0.1' },
});
