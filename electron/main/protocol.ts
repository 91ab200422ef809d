/**
 * The `app://ascent` scheme that serves the built renderer from out/renderer.
 *
 * Why a custom scheme rather than file://: file:// pages share one opaque origin with every
 * file on disk, cannot use a real CSP header, and behave inconsistently with IndexedDB. A
 * privileged standard + secure scheme gives the renderer a proper, stable origin.
 *
 * The origin `app://ascent` is fixed forever: IndexedDB belongs to it, and renaming the scheme
 * or host would orphan every user's database (DESIGN.md §5).
 */
import { readFile as fsReadFile } from 'node:fs/promises';
import { extname, isAbsolute, join, relative, resolve } from 'node:path';
import type { Protocol } from 'electron';
import { isWindowsDeviceName } from '../../shared/files/windows-device-name';
import { APP_HOST, APP_SCHEME } from './app-origin';
import { contentSecurityPolicyHeader } from './csp';

const MAX_URL_LENGTH = 4096;

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * What an `app://ascent/…` request asks for: a file under `rootDir`, a Windows device name
 * (answered 404 on every system, so the app behaves the same everywhere and never asks
 * Windows to open a device), or something that must be refused. Pure: it never touches the
 * disk.
 *
 * The raw URL is inspected rather than `new URL(...).pathname`, because the URL parser
 * silently resolves `..` and `%2e%2e` segments, which would hide a traversal attempt.
 * Paths without an extension are client-side routes and get index.html.
 */
export type AppRequest =
  { kind: 'file'; path: string } | { kind: 'device-name' } | { kind: 'refused' };

export function classifyAppRequest(rootDir: string, requestUrl: string): AppRequest {
  const refused = { kind: 'refused' } as const;
  if (typeof requestUrl !== 'string' || requestUrl.length > MAX_URL_LENGTH) return refused;
  const match = /^([a-z][a-z0-9+.-]*):\/\/([^/?#]*)([^?#]*)/i.exec(requestUrl);
  if (!match) return refused;
  const [, scheme = '', authority = '', rawPath = ''] = match;
  // Rejects other hosts, user names and ports in one comparison.
  if (scheme.toLowerCase() !== APP_SCHEME || authority.toLowerCase() !== APP_HOST) return refused;
  if (rawPath !== '' && !rawPath.startsWith('/')) return refused;

  const segments: string[] = [];
  for (const raw of rawPath.split('/').slice(1)) {
    // Encoded separators and NUL, or any backslash, have no business in an asset path.
    if (/%(2f|5c|00)/i.test(raw) || raw.includes('\\')) return refused;
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return refused;
    }
    // `:` would let a Windows drive letter or alternate data stream in.
    // eslint-disable-next-line no-control-regex
    if (segment === '.' || segment === '..' || /[\u0000-\u001f\u007f\\/:]/.test(segment)) {
      return refused;
    }
    if (segment !== '') segments.push(segment);
  }
  // A route named like a device ("/con") too: no page of the app is, and one answer for all.
  // The rule, with its source, is shared with suggested save names (windows-device-name.ts).
  if (segments.some(isWindowsDeviceName)) return { kind: 'device-name' };

  const last = segments.at(-1);
  const target =
    last === undefined || extname(last) === ''
      ? join(rootDir, 'index.html')
      : resolve(rootDir, ...segments);
  // Belt and braces: whatever happened above, never leave the root.
  const inside = relative(resolve(rootDir), resolve(target));
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) return refused;
  return { kind: 'file', path: resolve(target) };
}

/** The file an `app://ascent/…` request maps to, or null when it must not be read. */
export function resolveAppPath(rootDir: string, requestUrl: string): string | null {
  const request = classifyAppRequest(rootDir, requestUrl);
  return request.kind === 'file' ? request.path : null;
}

/** Headers on every response. */
export function securityHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicyHeader,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    // Files change only with an app update; never serve a stale bundle after one.
    'Cache-Control': 'no-cache',
  };
}

function textResponse(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: { ...securityHeaders(), 'Content-Type': 'text/plain; charset=utf-8' },
  });
}

export type ReadFile = (path: string) => Promise<Uint8Array>;

/** The request handler for the scheme; `readFile` is a parameter for tests. */
export function createAppProtocolHandler(
  rootDir: string,
  readFile: ReadFile = fsReadFile,
): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return textResponse(405, 'Method not allowed');
    }
    const asked = classifyAppRequest(rootDir, request.url);
    if (asked.kind === 'device-name') return textResponse(404, 'Not found');
    if (asked.kind === 'refused') return textResponse(400, 'Bad request');
    const filePath = asked.path;
    let body: Uint8Array;
    try {
      body = await readFile(filePath);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException | undefined)?.code;
      if (code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR') {
        return textResponse(404, 'Not found');
      }
      console.error('[protocol] could not read', filePath, error);
      return textResponse(500, 'Internal error');
    }
    const contentType = contentTypes[extname(filePath).toLowerCase()] ?? 'application/octet-stream';
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
      status: 200,
      headers: { ...securityHeaders(), 'Content-Type': contentType },
    });
  };
}

/**
 * Must run before the app is ready. `standard` gives real origins and relative URLs,
 * `secure` makes it a secure context (needed for crypto.randomUUID and IndexedDB in
 * Chromium's eyes), `supportFetchAPI` lets the renderer fetch its own assets. No CSP bypass,
 * no CORS, no service workers.
 */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Serves `rootDir` on `app://ascent`; call once the app is ready. */
export function serveApp(protocol: Pick<Protocol, 'handle'>, rootDir: string): void {
  protocol.handle(APP_SCHEME, createAppProtocolHandler(rootDir));
}
