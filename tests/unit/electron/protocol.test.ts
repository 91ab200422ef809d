import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { contentSecurityPolicy as rendererCsp } from '../../../vite.renderer';
import { contentSecurityPolicy } from '../../../electron/main/csp';
import {
  createAppProtocolHandler,
  registerAppScheme,
  resolveAppPath,
  serveApp,
} from '../../../electron/main/protocol';

const root = resolve('/srv/ascent/out/renderer');
const index = join(root, 'index.html');

describe('resolveAppPath', () => {
  it.each([
    ['app://ascent', index],
    ['app://ascent/', index],
    ['app://ascent/index.html', index],
    ['app://ascent/assets/index-abc.js', join(root, 'assets/index-abc.js')],
    ['app://ascent/assets/index-abc.js?v=1#x', join(root, 'assets/index-abc.js')],
    ['app://ASCENT/assets/a.css', join(root, 'assets/a.css')],
    ['app://ascent/assets/my%20font.woff2', join(root, 'assets/my font.woff2')],
    // Client-side routes (no extension) get the app shell.
    ['app://ascent/credentials', index],
    ['app://ascent/credentials/pmp/cycle', index],
    ['app://ascent/settings/', index],
    ['app://ascent/.env', index],
  ])('%s → file', (url, expected) => {
    expect(resolveAppPath(root, url)).toBe(expected);
  });

  it.each([
    // Other origins and look-alikes.
    'app://evil/index.html',
    'app://ascent.evil/index.html',
    'app://user@ascent/index.html',
    'app://ascent:443/index.html',
    'app:ascent/index.html',
    'file:///etc/passwd',
    'https://ascent/index.html',
    'http://localhost:5173/',
    // Traversal, plain and encoded.
    'app://ascent/../../etc/passwd',
    'app://ascent/assets/../../../etc/passwd',
    'app://ascent/..',
    'app://ascent/./index.html',
    'app://ascent/%2e%2e/%2e%2e/etc/passwd',
    'app://ascent/%2E%2E/secret.txt',
    'app://ascent/.%2e/secret.txt',
    'app://ascent/assets%2f..%2f..%2fetc%2fpasswd',
    'app://ascent/assets%2F..%2Fsecret.js',
    'app://ascent/..%5c..%5csecret.js',
    'app://ascent/assets\\..\\..\\secret.js',
    'app://ascent/index.html%00.png',
    'app://ascent/a\u0000b.js',
    // Windows drive letters and streams.
    'app://ascent/C:/Windows/win.ini',
    'app://ascent/index.html::$DATA',
    // Malformed encodings and absurd lengths.
    'app://ascent/%E0%A4%A.js',
    `app://ascent/${'a'.repeat(5000)}.js`,
    '',
    'not a url',
  ])('refuses %s', (url) => {
    expect(resolveAppPath(root, url)).toBeNull();
  });

  it('never returns a path outside the root', () => {
    const attempts = ['..', '%2e%2e', '%252e%252e', '.%2E', '%2e.', 'a/../..', '%2fetc', '..%2f'];
    for (const a of attempts) {
      const result = resolveAppPath(root, `app://ascent/${a}/x.js`);
      if (result !== null) expect(result.startsWith(root)).toBe(true);
    }
  });
});

describe('app:// responses', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ascent-protocol-'));
    await mkdir(join(dir, 'assets'));
    await writeFile(join(dir, 'index.html'), '<!doctype html><title>Ascent</title>');
    await writeFile(join(dir, 'assets', 'app.js'), 'console.log(1)');
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  const get = (url: string, method = 'GET') =>
    createAppProtocolHandler(dir)(new Request(url, { method }));

  it('serves index.html with the strict CSP and nosniff', async () => {
    const response = await get('app://ascent/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp.startsWith(contentSecurityPolicy)).toBe(true);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-eval');
    expect(await response.text()).toContain('<title>Ascent</title>');
  });

  it('serves scripts as JavaScript', async () => {
    const response = await get('app://ascent/assets/app.js');
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await response.text()).toBe('console.log(1)');
  });

  it('answers a client-side route with the app shell', async () => {
    expect(await (await get('app://ascent/plan/next')).text()).toContain('Ascent');
  });

  it('answers 404 for a missing file, still with the security headers', async () => {
    const response = await get('app://ascent/assets/missing.js');
    expect(response.status).toBe(404);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('refuses traversal and other hosts without reading the disk', async () => {
    const readFile = vi.fn();
    const handler = createAppProtocolHandler(dir, readFile);
    // A plain object: `new Request` would normalise the dot segments away before we look.
    const raw = ['app://ascent/%2e%2e/%2e%2e/etc/passwd', 'app://other/index.html'];
    for (const url of raw) {
      expect((await handler({ method: 'GET', url } as Request)).status).toBe(400);
    }
    expect(readFile).not.toHaveBeenCalled();
  });

  it('stays inside the root after the URL parser has resolved dot segments', async () => {
    const readFile = vi.fn((path: string) =>
      Promise.reject(Object.assign(new Error(path), { code: 'ENOENT' })),
    );
    const handler = createAppProtocolHandler(dir, readFile);
    const response = await handler(new Request('app://ascent/../../etc/passwd.txt'));
    expect(response.status).toBe(404);
    expect(readFile).toHaveBeenCalledWith(join(dir, 'etc', 'passwd.txt'));
  });

  it('refuses methods other than GET and HEAD', async () => {
    expect((await get('app://ascent/', 'POST')).status).toBe(405);
    const head = await get('app://ascent/', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('answers 500, not a crash, when the disk fails', async () => {
    const failing = createAppProtocolHandler(dir, () => Promise.reject(new Error('EIO')));
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect((await failing(new Request('app://ascent/'))).status).toBe(500);
  });
});

describe('scheme registration', () => {
  it('registers app as standard, secure and fetch-capable, and nothing more', () => {
    const registerSchemesAsPrivileged = vi.fn();
    registerAppScheme({ registerSchemesAsPrivileged });
    expect(registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });

  it('serves the scheme through protocol.handle', () => {
    const handle = vi.fn();
    serveApp({ handle }, root);
    expect(handle).toHaveBeenCalledWith('app', expect.any(Function));
  });

  it('sends the same policy as the meta tag the renderer build writes', () => {
    expect(contentSecurityPolicy).toBe(rendererCsp);
  });
});
