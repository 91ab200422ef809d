/**
 * Lifecycle only: the order of start-up steps lives here, everything else in its own module.
 * Order matters: sandboxing and the privileged scheme must be declared before `ready`, and the
 * security guards must be installed before the first window exists.
 */
import { join } from 'node:path';
import { BrowserWindow, Menu, app, dialog, protocol, session, shell } from 'electron';
import { menuCommandChannel, type MenuCommand } from '../../shared/ipc/contract';
import { APP_START_URL, devServerUrl } from './app-origin';
import { registerIpc } from './ipc';
import { limitOpenExternal } from './link-rate-limit';
import { buildMenuTemplate } from './menu';
import { registerAppScheme, serveApp } from './protocol';
import { installSecurityGuards, isAppUrl } from './security';
import { BACKUP_FOLDER } from './backups/store';
import { recoverFromCrashes } from './crash-guard';
import { showStartupFailure, startupFailureText, writeStartupLog } from './startup-failure';
import { askBeforeDiscarding } from './unload-guard';
import { createMainWindow } from './window';

// The bundle is out/main/index.js; its siblings are out/preload and out/renderer.
const outDir = join(import.meta.dirname, '..');
const isMac = process.platform === 'darwin';

let mainWindow: BrowserWindow | null = null;

function openMainWindow(devUrl: string | undefined): void {
  const window = createMainWindow(join(outDir, 'preload', 'index.cjs'));
  mainWindow = window;
  askBeforeDiscarding(window, dialog);
  recoverFromCrashes(window, dialog);
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  // In development the electron-vite dev server serves the renderer with hot reload (its
  // IndexedDB is a different origin, so development data never mixes with real data).
  window.loadURL(devUrl ?? APP_START_URL).catch((error: unknown) => {
    console.error('[main] could not load the renderer', error);
  });
}

/** `use` of one of the app's folders, or null when even that fails (start-up went wrong). */
function pathOf(name: 'logs' | 'userData', use: (dir: string) => string | null): string | null {
  try {
    return use(app.getPath(name));
  } catch {
    return null;
  }
}

function sendMenuCommand(command: MenuCommand): void {
  const target = BrowserWindow.getFocusedWindow() ?? mainWindow;
  target?.webContents.send(menuCommandChannel, command);
}

function focusMainWindow(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
}

async function start(): Promise<void> {
  const devUrl = devServerUrl(process.env, app.isPackaged);
  await app.whenReady();
  if (process.platform === 'win32') app.setAppUserModelId('app.ascent.desktop');
  // One limit for every link that leaves the app, by window.open or by the IPC channel.
  const openExternal = limitOpenExternal((url) => shell.openExternal(url));
  installSecurityGuards({ app, session: session.defaultSession, openExternal, devUrl });
  serveApp(protocol, join(outDir, 'renderer'));
  registerIpc((url) => isAppUrl(url, devUrl), openExternal);
  const template = buildMenuTemplate({
    appName: 'Ascent',
    isMac,
    isDev: !app.isPackaged,
    send: sendMenuCommand,
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  openMainWindow(devUrl);
  app.on('activate', () => {
    // macOS: clicking the dock icon with no window open brings one back.
    if (BrowserWindow.getAllWindows().length === 0) openMainWindow(devUrl);
  });
}

// Every renderer is sandboxed, whatever a window's options say.
app.enableSandbox();
registerAppScheme(protocol);

// One instance only: two would share one IndexedDB and one backup folder.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', focusMainWindow);
  app.on('window-all-closed', () => {
    if (!isMac) app.quit();
  });
  start().catch((error: unknown) => {
    // Whatever happens while it is said, the process ends: left running with no window, it
    // would hold the single-instance lock and every later start would only focus nothing.
    try {
      console.error('[main] start-up failed', error);
      // Said, not just logged: without it Ascent would seem never to open.
      const logFile = pathOf('logs', (dir) =>
        writeStartupLog(dir, error, new Date(), app.getVersion()),
      );
      const backupsFolder = pathOf('userData', (dir) => join(dir, BACKUP_FOLDER));
      showStartupFailure(
        dialog,
        app.isReady(),
        startupFailureText(error, { logFile, backupsFolder }),
      );
    } finally {
      app.exit(1);
    }
  });
}
