// `npm run bench`: the domain figures' page script (tests/bench/domain-page.ts), built with the
// renderer's target and minified as the app is, into BENCH_DOMAIN_OUT (out/bench-domain).
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { rendererConfig } from '../../vite.renderer.ts';

const root = resolve(import.meta.dirname, '../..');
const base = rendererConfig(resolve(root, 'renderer'));

export default defineConfig({
  define: base.define,
  build: {
    ...base.build,
    outDir: resolve(root, process.env.BENCH_DOMAIN_OUT ?? 'out/bench-domain'),
    emptyOutDir: true,
    minify: true,
    lib: {
      entry: resolve(import.meta.dirname, 'domain-page.ts'),
      formats: ['iife'],
      name: 'ascentDomainBenchBundle',
      fileName: () => 'domain.js',
    },
  },
});
