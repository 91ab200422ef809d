/**
 * app:// never asks the file system for a name Windows reads as a device (CON, PRN, AUX, NUL,
 * COM1–9, LPT1–9, with or without an extension): on Windows, `renderer\nul.js` is the NUL
 * device and `COM1` a serial port. Such a request is answered 404 on every system, without
 * the disk being read.
 */
import { join, resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import {
  classifyAppRequest,
  createAppProtocolHandler,
  isWindowsDeviceName,
  resolveAppPath,
} from '../../../electron/main/protocol';

const root = resolve('/srv/ascent/out/renderer');

const devices = [
  'CON',
  'con',
  'PRN',
  'AUX',
  'NUL',
  'nul',
  ...Array.from({ length: 9 }, (_, i) => `COM${i + 1}`),
  ...Array.from({ length: 9 }, (_, i) => `LPT${i + 1}`),
  'com0',
  'Lpt0',
  'COM¹',
  'LPT³',
  'CONIN$',
  'conout$',
];

describe('isWindowsDeviceName', () => {
  it.each(devices)('%s, alone and with any extension', (name) => {
    for (const segment of [name, `${name}.js`, `${name}.tar.gz`, `${name}.`, `${name} .txt`]) {
      expect(isWindowsDeviceName(segment), segment).toBe(true);
    }
  });

  it.each([
    'console.js',
    'conf.json',
    'auxiliary.css',
    'null.js',
    'nully',
    'com10.js',
    'lpt10',
    'com',
    'COM1a.js',
    'my-con.js',
    'index.html',
    '.env',
    '',
  ])('%j is an ordinary name', (segment) => {
    expect(isWindowsDeviceName(segment)).toBe(false);
  });
});

describe('app:// requests naming a device', () => {
  const urls = [
    'app://ascent/CON',
    'app://ascent/nul.js',
    'app://ascent/assets/aux.css',
    'app://ascent/assets/COM1.woff2',
    'app://ascent/LPT9.txt',
    'app://ascent/prn/index.html',
    'app://ascent/assets/con.tar.gz',
    'app://ascent/assets/Nul%20.js',
    'app://ascent/%43%4F%4E.js', // "CON.js", percent-encoded
    'app://ascent/settings/com3',
  ];

  it.each(urls)('%s is not mapped to a file', (url) => {
    expect(classifyAppRequest(root, url)).toEqual({ kind: 'device-name' });
    expect(resolveAppPath(root, url)).toBeNull();
  });

  it.each(urls)(
    '%s is answered 404, with the security headers, and the disk is not read',
    async (url) => {
      const readFile = vi.fn(async () => new Uint8Array([1]));
      const response = await createAppProtocolHandler(
        root,
        readFile,
      )({
        method: 'GET',
        url,
      } as Request);
      expect(response.status).toBe(404);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(readFile).not.toHaveBeenCalled();
    },
  );

  it('names that only look alike are served as ever', async () => {
    const readFile = vi.fn(async () => new Uint8Array([1]));
    const handler = createAppProtocolHandler(root, readFile);
    for (const [url, file] of [
      ['app://ascent/assets/console.js', join(root, 'assets', 'console.js')],
      ['app://ascent/assets/null.css', join(root, 'assets', 'null.css')],
      ['app://ascent/assets/com10.js', join(root, 'assets', 'com10.js')],
    ] as const) {
      expect((await handler({ method: 'GET', url } as Request)).status).toBe(200);
      expect(readFile).toHaveBeenLastCalledWith(file);
    }
  });
});
