/**
 * app:// never asks the file system for a name Windows reads as a device (CON, PRN, AUX, NUL,
 * COM1–9, LPT1–9, with or without an extension): on Windows, `renderer\nul.js` is the NUL
 * device and `COM1` a serial port. Such a request is answered 404 on every system, without
 * the disk being read. The rule itself, with its source, is shared with suggested save names
 * and table-tested in tests/unit/files/windows-device-name.test.ts.
 */
import { join, resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import {
  classifyAppRequest,
  createAppProtocolHandler,
  resolveAppPath,
} from '../../../electron/main/protocol';

const root = resolve('/srv/ascent/out/renderer');

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
