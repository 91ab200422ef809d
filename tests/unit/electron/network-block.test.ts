/**
 * No network, whatever the page does (DESIGN.md §6, "no remote origins"): the CSP is one line
 * of defence and only covers what a page loads; the session itself cancels every http(s),
 * ws(s) and ftp request, so a CSP edit, a stray prefetch or Chromium's own fetches cannot
 * reach the network either. Only the development server is let through, in development.
 */
import { describe, expect, it, vi } from 'vitest';
import type { Event, Session, WebContents } from 'electron';
import {
  NETWORK_URL_PATTERNS,
  installSecurityGuards,
  isAllowedNetworkRequest,
} from '../../../electron/main/security';

type RequestListener = (
  details: { url: string },
  callback: (response: { cancel?: boolean }) => void,
) => void;

function install(devUrl?: string) {
  let filter: { urls: string[] } | undefined;
  let listener: RequestListener | undefined;
  const session = {
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    setDevicePermissionHandler: vi.fn(),
    on: vi.fn(),
    webRequest: {
      onBeforeRequest: vi.fn((f: { urls: string[] }, fn: RequestListener) => {
        filter = f;
        listener = fn;
      }),
    },
  };
  const app = {
    on: vi.fn(
      (_name: 'web-contents-created', _fn: (event: Event, contents: WebContents) => void) =>
        undefined,
    ),
  };
  installSecurityGuards({
    app,
    session: session as unknown as Session,
    openExternal: vi.fn(),
    ...(devUrl ? { devUrl } : {}),
  });
  const cancelled = (url: string): boolean | undefined => {
    if (!listener) return undefined;
    let answer: boolean | undefined;
    listener({ url }, (response) => (answer = response.cancel === true));
    return answer;
  };
  return { filter: () => filter, cancelled };
}

describe('network requests', () => {
  it('a built app cancels every request that would leave the machine', () => {
    const { filter, cancelled } = install();
    expect(filter()?.urls).toEqual(expect.arrayContaining(NETWORK_URL_PATTERNS));
    for (const url of [
      'https://example.com/tracker.js',
      'http://localhost:5173/',
      'http://127.0.0.1:8080/x',
      'wss://example.com/socket',
      'ws://localhost:5173/',
      'ftp://example.com/file',
    ]) {
      expect(cancelled(url), url).toBe(true);
    }
  });

  it('covers the web and socket schemes, and leaves app:// to its own handler', () => {
    const { filter } = install();
    const urls = filter()?.urls ?? [];
    for (const scheme of ['http', 'https', 'ws', 'wss', 'ftp']) {
      expect(urls).toContain(`${scheme}://*/*`);
    }
    expect(urls.some((u) => u.startsWith('app:'))).toBe(false);
  });

  it('in development lets through only the dev server and its hot-reload socket', () => {
    const dev = 'http://localhost:5173/';
    const { cancelled } = install(dev);
    expect(cancelled('http://localhost:5173/src/main.tsx')).toBe(false);
    expect(cancelled('ws://localhost:5173/?token=abc')).toBe(false);
    expect(cancelled('http://localhost:5174/')).toBe(true);
    expect(cancelled('https://localhost:5173/')).toBe(true);
    expect(cancelled('http://user@localhost:5173/')).toBe(true);
    expect(cancelled('https://example.com/')).toBe(true);
  });

  it.each([
    ['https://example.com/', undefined, false],
    ['http://localhost:5173/', undefined, false],
    ['http://localhost:5173/x', 'http://localhost:5173/', true],
    ['ws://localhost:5173/', 'http://localhost:5173/', true],
    ['wss://localhost:5173/', 'http://localhost:5173/', false],
    ['wss://localhost:5173/', 'https://localhost:5173/', true],
    ['not a url', 'http://localhost:5173/', false],
    ['http://localhost:5173/', 'not a url', false],
  ])('isAllowedNetworkRequest(%s, dev %s) is %s', (url, dev, allowed) => {
    expect(isAllowedNetworkRequest(url, dev)).toBe(allowed);
  });
});
