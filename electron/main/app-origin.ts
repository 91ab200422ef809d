/**
 * Where the renderer lives. The origin `app://ascent` is fixed forever: IndexedDB (all of
 * the user's data) belongs to its origin, so changing the scheme or host would orphan every
 * existing database. Kept free of Electron imports so pure helpers and tests can use it.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'ascent';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
/** The URL the window loads in a built app. */
export const APP_START_URL = `${APP_ORIGIN}/`;

const loopbackHosts = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The electron-vite dev server URL, or undefined. Honoured only in an unpackaged app and only
 * for an http(s) loopback address: a packaged app must never be talked into loading a page
 * from elsewhere by an environment variable.
 */
export function devServerUrl(
  env: Record<string, string | undefined>,
  isPackaged: boolean,
): string | undefined {
  const raw = env['ELECTRON_RENDERER_URL'];
  if (isPackaged || !raw) return undefined;
  try {
    const url = new URL(raw);
    const webScheme = url.protocol === 'http:' || url.protocol === 'https:';
    return webScheme && loopbackHosts.has(url.hostname) ? url.href : undefined;
  } catch {
    return undefined;
  }
}
