/**
 * Security guards for every web page the app creates (DESIGN.md §6): the renderer may only
 * ever show the app's own origin, never open windows or webviews, and never receive a
 * permission. Links to the web go to the system browser, and only when they are plain https.
 */
import type { Event, Session, WebContents, WebRequest } from 'electron';
import { APP_HOST, APP_SCHEME } from './app-origin';

const MAX_EXTERNAL_URL_LENGTH = 2048;

function parseUrl(url: unknown): URL | null {
  if (typeof url !== 'string') return null;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * True when `url` belongs to the app: `app://ascent/…`, or (development only, when `devUrl`
 * is given) the electron-vite dev server's origin. Credentials and ports are refused so that
 * `app://evil@ascent` or `app://ascent:1` cannot pass for the app.
 */
export function isAppUrl(url: string, devUrl?: string): boolean {
  const parsed = parseUrl(url);
  if (!parsed || parsed.username || parsed.password) return false;
  if (parsed.protocol === `${APP_SCHEME}:`) {
    return parsed.hostname.toLowerCase() === APP_HOST && parsed.port === '';
  }
  const dev = devUrl ? parseUrl(devUrl) : null;
  return dev !== null && (dev.protocol === 'http:' || dev.protocol === 'https:')
    ? parsed.origin === dev.origin
    : false;
}

/**
 * True when `url` may be handed to the operating system's browser: https only (no file:,
 * javascript:, custom schemes that launch other programs, or cleartext http), a host name,
 * no user name or password (a classic way to disguise the real host), no whitespace or
 * control characters (which the URL parser would silently drop), and a sane length.
 */
export function isSafeExternalUrl(url: unknown): boolean {
  if (typeof url !== 'string' || url.length > MAX_EXTERNAL_URL_LENGTH) return false;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0020\u007f-\u009f]/.test(url)) return false;
  const parsed = parseUrl(url);
  if (!parsed) return false;
  return (
    parsed.protocol === 'https:' &&
    parsed.hostname.length > 0 &&
    parsed.username === '' &&
    parsed.password === ''
  );
}

export type OpenExternal = (url: string) => Promise<void>;

type GuardedContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

/** Applies the navigation, new-window and webview rules to one web contents. */
export function guardWebContents(
  contents: GuardedContents,
  openExternal: OpenExternal,
  devUrl?: string,
): void {
  const stayOnApp = (event: { url: string; preventDefault(): void }) => {
    if (!isAppUrl(event.url, devUrl)) event.preventDefault();
  };
  contents.on('will-navigate', stayOnApp);
  contents.on('will-frame-navigate', stayOnApp);
  contents.on('will-redirect', stayOnApp);
  // Webviews can host arbitrary content with their own preferences: never allowed.
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.on('select-bluetooth-device', (event, _devices, callback) => {
    event.preventDefault();
    callback('');
  });
  // No page ever gets a second window. A safe https link opens in the system browser.
  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) {
      openExternal(new URL(url).href).catch((error: unknown) => {
        console.error('[security] could not open external link', error);
      });
    }
    return { action: 'deny' };
  });
}

type GuardedSession = Pick<
  Session,
  'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler' | 'on'
>;

/** Denies every permission and device request: the app needs none of them. */
export function denyAllPermissions(session: GuardedSession): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  const cancel = (event: Event, callback: () => void) => {
    event.preventDefault();
    callback();
  };
  session.on('select-hid-device', (event, _details, callback) => cancel(event, callback));
  session.on('select-usb-device', (event, _details, callback) => cancel(event, callback));
  session.on('select-serial-port', (event, _ports, _contents, callback) =>
    cancel(event, () => callback('')),
  );
}

/**
 * Every scheme that reaches the network. The app's own `app://` requests match none of them
 * (its protocol handler serves those), nor do data:, blob: or devtools: ones.
 */
export const NETWORK_URL_PATTERNS = [
  'http://*/*',
  'https://*/*',
  'ws://*/*',
  'wss://*/*',
  'ftp://*/*',
];

/**
 * True only in development, for the electron-vite dev server: its own origin, and its
 * hot-reload WebSocket on the same host and port (ws: beside http:, wss: beside https:).
 */
export function isAllowedNetworkRequest(url: string, devUrl?: string): boolean {
  const dev = devUrl ? parseUrl(devUrl) : null;
  const parsed = parseUrl(url);
  if (!dev || !parsed || parsed.username || parsed.password || parsed.host !== dev.host) {
    return false;
  }
  const socket = dev.protocol === 'https:' ? 'wss:' : dev.protocol === 'http:' ? 'ws:' : null;
  return (
    (dev.protocol === 'http:' || dev.protocol === 'https:') &&
    (parsed.protocol === dev.protocol || parsed.protocol === socket)
  );
}

/**
 * Ascent works offline: the session cancels every network request, so nothing leaves the
 * machine even if the CSP were loosened by mistake or Chromium fetched something on its own.
 */
export function blockNetwork(webRequest: Pick<WebRequest, 'onBeforeRequest'>, devUrl?: string) {
  webRequest.onBeforeRequest({ urls: NETWORK_URL_PATTERNS }, (details, callback) => {
    const allowed = isAllowedNetworkRequest(details.url, devUrl);
    if (!allowed) console.warn('[security] blocked a network request', details.url.slice(0, 200));
    callback({ cancel: !allowed });
  });
}

export interface SecurityGuardDeps {
  app: {
    on(event: 'web-contents-created', listener: (event: Event, c: WebContents) => void): void;
  };
  session: GuardedSession & { webRequest: Pick<WebRequest, 'onBeforeRequest'> };
  openExternal: OpenExternal;
  devUrl?: string;
}

/**
 * Installs all guards (permissions, network, every web contents); call once, when the app is
 * ready and before any window exists.
 */
export function installSecurityGuards(deps: SecurityGuardDeps): void {
  denyAllPermissions(deps.session);
  blockNetwork(deps.session.webRequest, deps.devUrl);
  deps.app.on('web-contents-created', (_event, contents) =>
    guardWebContents(contents, deps.openExternal, deps.devUrl),
  );
}
