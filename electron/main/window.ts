/**
 * The one place the main window and its options are made (DESIGN.md §6). Every
 * security-relevant web preference is spelled out, even where it equals Electron's default,
 * so that a future default change or a careless edit is caught by `assertSecureWindowOptions`
 * at start-up and by the unit test, instead of shipping.
 */
import { isAbsolute } from 'node:path';
import { BrowserWindow, type BrowserWindowConstructorOptions, type WebPreferences } from 'electron';

/** What each security-relevant web preference must be; the assertion compares against it. */
export const requiredWebPreferences = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webviewTag: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  spellcheck: false,
  // Middle-click would otherwise ask for new windows; they are denied anyway (security.ts),
  // this removes the event at the source as Electron's security checklist suggests.
  disableBlinkFeatures: 'Auxclick',
} as const satisfies WebPreferences;

/** Throws, naming every drifted option, unless `options` keep all security settings. */
export function assertSecureWindowOptions(options: BrowserWindowConstructorOptions): void {
  const prefs: Record<string, unknown> = { ...(options.webPreferences ?? {}) };
  const problems: string[] = [];
  for (const [key, expected] of Object.entries(requiredWebPreferences)) {
    if (prefs[key] !== expected) {
      problems.push(`${key} must be ${String(expected)} (is ${String(prefs[key])})`);
    }
  }
  const preload = prefs['preload'];
  if (typeof preload !== 'string' || !isAbsolute(preload) || !preload.endsWith('.cjs')) {
    // A sandboxed preload must be the single CommonJS bundle, addressed absolutely.
    problems.push('preload must be an absolute path to the CommonJS preload bundle');
  }
  if (problems.length > 0) {
    throw new Error(`Insecure BrowserWindow options: ${problems.join('; ')}`);
  }
}

/**
 * The options factory and the only `new BrowserWindow` in the app. The options are one
 * literal right beside the constructor on purpose: the static scanner (electronegativity, in
 * tests/security) follows a variable only to its declaration, so this is where it can read
 * the real values. The assertion runs before the window exists.
 */
export function createMainWindow(preloadPath: string): BrowserWindow {
  const options: BrowserWindowConstructorOptions = {
    title: 'Ascent',
    width: 1280,
    height: 820,
    // Below this the planner's two-column screens stop being usable.
    minWidth: 900,
    minHeight: 600,
    // Shown on 'ready-to-show' so the user never sees an empty white frame.
    show: false,
    backgroundColor: '#f7f7f5',
    webPreferences: {
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      spellcheck: false,
      disableBlinkFeatures: 'Auxclick',
      preload: preloadPath,
    },
  };
  assertSecureWindowOptions(options);
  const window = new BrowserWindow(options);
  window.once('ready-to-show', () => window.show());
  return window;
}
