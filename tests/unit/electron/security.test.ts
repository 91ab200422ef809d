import { describe, expect, it, vi } from 'vitest';
import type { Session, WebContents } from 'electron';
import {
  denyAllPermissions,
  guardWebContents,
  installSecurityGuards,
  isAppUrl,
  isSafeExternalUrl,
} from '../../../electron/main/security';
import { devServerUrl } from '../../../electron/main/app-origin';

const dev = 'http://localhost:5173/';

describe('isAppUrl', () => {
  it.each([
    ['app://ascent/', undefined, true],
    ['app://ascent/index.html', undefined, true],
    ['app://ascent/credentials/pmp?tab=2#x', undefined, true],
    ['app://ASCENT/', undefined, true],
    ['app://evil/', undefined, false],
    ['app://ascent.evil/', undefined, false],
    ['app://user@ascent/', undefined, false],
    ['app://ascent:1/', undefined, false],
    ['https://ascent/', undefined, false],
    ['file:///work/out/renderer/index.html', undefined, false],
    ['http://localhost:5173/', undefined, false],
    ['http://localhost:5173/', dev, true],
    ['http://localhost:5173/src/main.tsx', dev, true],
    ['http://localhost:5174/', dev, false],
    ['http://127.0.0.1:5173/', dev, false],
    ['https://localhost:5173/', dev, false],
    ['http://user:pw@localhost:5173/', dev, false],
    ['app://ascent/', dev, true],
    ['javascript:alert(1)', dev, false],
    ['about:blank', undefined, false],
    ['', undefined, false],
    ['not a url', dev, false],
  ])('%s (dev %s) → %s', (url, devUrl, expected) => {
    expect(isAppUrl(url, devUrl)).toBe(expected);
  });

  it('ignores a dev URL that is not http(s)', () => {
    expect(isAppUrl('file:///tmp/x', 'file:///tmp/x')).toBe(false);
  });
});

describe('isSafeExternalUrl', () => {
  it.each([
    ['https://www.pmi.org/certifications', true],
    ['https://example.com', true],
    ['https://example.com:8443/a?b=c#d', true],
    ['http://www.pmi.org/', false],
    ['javascript:alert(1)', false],
    ['JAVASCRIPT:alert(1)', false],
    ['file:///etc/passwd', false],
    ['data:text/html,<script>alert(1)</script>', false],
    ['app://ascent/', false],
    ['mailto:someone@example.com', false],
    ['ms-settings:', false],
    ['smb://server/share', false],
    ['https://user:pass@example.com/', false],
    ['https://user@example.com/', false],
    ['https:///path-only', true], // the parser reads "path-only" as the host; still plain https
    [' https://example.com', false],
    ['https://exa mple.com', false],
    ['https://example.com/\n', false],
    ['https://example.com/\u0000', false],
    [`https://example.com/${'a'.repeat(3000)}`, false],
    ['//example.com', false],
    ['example.com', false],
    ['', false],
  ])('%s → %s', (url, expected) => {
    expect(isSafeExternalUrl(url)).toBe(expected);
  });

  it.each([undefined, null, 42, {}, ['https://example.com']])('refuses non-string %j', (v) => {
    expect(isSafeExternalUrl(v)).toBe(false);
  });
});

describe('devServerUrl', () => {
  it('uses ELECTRON_RENDERER_URL only when unpackaged and on loopback http(s)', () => {
    expect(devServerUrl({ ELECTRON_RENDERER_URL: dev }, false)).toBe(dev);
    expect(devServerUrl({ ELECTRON_RENDERER_URL: dev }, true)).toBeUndefined();
    expect(devServerUrl({ ELECTRON_RENDERER_URL: 'https://evil.example/' }, false)).toBeUndefined();
    expect(devServerUrl({ ELECTRON_RENDERER_URL: 'file:///tmp/x.html' }, false)).toBeUndefined();
    expect(devServerUrl({ ELECTRON_RENDERER_URL: 'garbage' }, false)).toBeUndefined();
    expect(devServerUrl({}, false)).toBeUndefined();
  });
});

type Listener = (...args: unknown[]) => void;

function fakeContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: ((d: { url: string }) => { action: string }) | undefined;
  const contents = {
    on: (name: string, fn: Listener) => listeners.set(name, fn),
    setWindowOpenHandler: (fn: typeof openHandler) => {
      openHandler = fn;
    },
  };
  const emit = (name: string, ...args: unknown[]) => listeners.get(name)!(...args);
  const navigate = (name: string, url: string) => {
    const event = { url, preventDefault: vi.fn() };
    emit(name, event);
    return event.preventDefault.mock.calls.length > 0;
  };
  return {
    contents: contents as unknown as WebContents,
    emit,
    navigate,
    open: (url: string) => openHandler!({ url }),
  };
}

describe('guardWebContents', () => {
  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])(
    '%s: stays on the app origin and blocks everything else',
    (event) => {
      const { contents, navigate } = fakeContents();
      guardWebContents(contents, vi.fn());
      expect(navigate(event, 'app://ascent/plan')).toBe(false);
      expect(navigate(event, 'https://evil.example/')).toBe(true);
      expect(navigate(event, 'file:///etc/passwd')).toBe(true);
      expect(navigate(event, 'http://localhost:5173/')).toBe(true);
    },
  );

  it('allows the dev server only when it is the dev URL', () => {
    const { contents, navigate } = fakeContents();
    guardWebContents(contents, vi.fn(), dev);
    expect(navigate('will-navigate', 'http://localhost:5173/')).toBe(false);
    expect(navigate('will-navigate', 'http://localhost:9999/')).toBe(true);
  });

  it('denies every new window and sends only safe https links to the browser', async () => {
    const openExternal = vi.fn(() => Promise.resolve());
    const { contents, open } = fakeContents();
    guardWebContents(contents, openExternal);
    expect(open('https://www.pmi.org/')).toEqual({ action: 'deny' });
    for (const url of ['http://x.org/', 'file:///etc/passwd', 'app://ascent/', 'javascript:1']) {
      expect(open(url)).toEqual({ action: 'deny' });
    }
    expect(openExternal).toHaveBeenCalledTimes(1);
    expect(openExternal).toHaveBeenCalledWith('https://www.pmi.org/');
  });

  it('survives the browser failing to open', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { contents, open } = fakeContents();
    guardWebContents(contents, () => Promise.reject(new Error('no browser')));
    expect(open('https://example.com/')).toEqual({ action: 'deny' });
    await new Promise((r) => setTimeout(r, 0));
  });

  it('prevents every webview and cancels bluetooth chooser requests', () => {
    const { contents, emit } = fakeContents();
    guardWebContents(contents, vi.fn());
    const event = { preventDefault: vi.fn() };
    emit('will-attach-webview', event, {}, {});
    expect(event.preventDefault).toHaveBeenCalled();
    const callback = vi.fn();
    emit('select-bluetooth-device', { preventDefault: vi.fn() }, [{ deviceId: 'x' }], callback);
    expect(callback).toHaveBeenCalledWith('');
  });
});

function fakeSession() {
  const handlers: Record<string, Listener> = {};
  const listeners = new Map<string, Listener>();
  const session = {
    setPermissionRequestHandler: (fn: Listener) => (handlers.request = fn),
    setPermissionCheckHandler: (fn: Listener) => (handlers.check = fn),
    setDevicePermissionHandler: (fn: Listener) => (handlers.device = fn),
    on: (name: string, fn: Listener) => listeners.set(name, fn),
    webRequest: { onBeforeRequest: (_filter: unknown, fn: Listener) => (handlers.network = fn) },
  };
  return { session: session as unknown as Session, handlers, listeners };
}

describe('denyAllPermissions', () => {
  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'hid'])(
    'denies a %s request and check',
    (permission) => {
      const { session, handlers } = fakeSession();
      denyAllPermissions(session);
      const callback = vi.fn();
      handlers.request!({}, permission, callback, {});
      expect(callback).toHaveBeenCalledWith(false);
      expect(handlers.check!({}, permission, 'app://ascent', {})).toBe(false);
      expect(handlers.device!({ deviceType: 'usb', origin: 'app://ascent' })).toBe(false);
    },
  );

  it('cancels HID, USB and serial choosers', () => {
    const { session, listeners } = fakeSession();
    denyAllPermissions(session);
    for (const name of ['select-hid-device', 'select-usb-device']) {
      const event = { preventDefault: vi.fn() };
      const callback = vi.fn();
      listeners.get(name)!(event, { deviceList: [] }, callback);
      expect(event.preventDefault).toHaveBeenCalled();
      expect(callback).toHaveBeenCalledWith();
    }
    const callback = vi.fn();
    listeners.get('select-serial-port')!({ preventDefault: vi.fn() }, [], {}, callback);
    expect(callback).toHaveBeenCalledWith('');
  });
});

describe('installSecurityGuards', () => {
  it('guards every web contents created from then on, and the session', () => {
    let created: Listener | undefined;
    const app = { on: vi.fn((_: string, fn: Listener) => (created = fn)) };
    const { session, handlers } = fakeSession();
    installSecurityGuards({ app, session, openExternal: vi.fn() });
    expect(app.on).toHaveBeenCalledWith('web-contents-created', expect.any(Function));
    expect(handlers.request).toBeDefined();
    const { contents, navigate } = fakeContents();
    created!({}, contents);
    expect(navigate('will-navigate', 'https://evil.example/')).toBe(true);
  });
});
