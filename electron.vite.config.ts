import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import { rendererConfig } from './vite.renderer.ts';

const here = import.meta.dirname;

export default defineConfig({
  main: {
    build: {
      outDir: resolve(here, 'out/main'),
      rollupOptions: { input: { index: resolve(here, 'electron/main/index.ts') } },
    },
  },
  preload: {
    build: {
      outDir: resolve(here, 'out/preload'),
      rollupOptions: {
        input: { index: resolve(here, 'electron/preload/index.ts') },
        // Sandboxed preloads cannot load ES modules: one CommonJS file.
        output: { format: 'cjs', entryFileNames: '[name].cjs', inlineDynamicImports: true },
      },
    },
  },
  renderer: {
    ...rendererConfig(resolve(here, 'renderer')),
    build: {
      ...rendererConfig(resolve(here, 'renderer')).build,
      outDir: resolve(here, 'out/renderer'),
      rollupOptions: { input: { index: resolve(here, 'renderer/index.html') } },
    },
  },
});
