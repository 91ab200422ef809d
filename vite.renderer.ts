// Renderer build settings shared by electron-vite (desktop) and the plain Vite web build.
import type { Plugin, UserConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const pkg = JSON.parse(readFileSync(resolve(import.meta.dirname, 'package.json'), 'utf8')) as {
  version: string;
};

/**
 * Strict Content-Security-Policy for built pages: no remote origins, no eval, no inline
 * script. Dev mode (the Vite dev server with hot reload) gets no meta tag so it keeps working.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "media-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "worker-src 'self' blob:",
].join('; ');

export function cspPlugin(): Plugin {
  return {
    name: 'ascent-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy },
          injectTo: 'head-prepend',
        },
      ],
    },
  };
}

export function rendererConfig(root: string): UserConfig {
  return {
    root,
    base: './',
    plugins: [react(), cspPlugin()],
    define: { __APP_VERSION__: JSON.stringify(pkg.version) },
    build: { target: 'chrome120', sourcemap: false },
  };
}
