import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { channels } from '../../../shared/ipc/contract';

/** A fake Electron that records the order of start-up steps. */
const fake = vi.hoisted(() => {
  type Listener = (...args: unknown[]) => void;
  const state = {
    steps: [] as string[],
    hasLock: true,
    appListeners: new Map<string, Listener>(),
    ipc: new Map<string, Listener>(),
    windows: [] as FakeWindow[],
    resolveReady: () => undefined as void,
  };
  class FakeWindow {
    options: unknown;
    listeners = new Map<string, Listener>();
    webContentsListeners = new Map<string, Listener>();
    webContents = {
      send: vi.fn(),
      on: (name: string, fn: Listener) => this.webContentsListeners.set(name, fn),
    };
    loadURL = vi.fn(async (url: string) => void state.steps.push(`load ${url}`));
    isMinimized = vi.fn(() => true);
    restore = vi.fn();
    show = vi.fn();
    focus = vi.fn();
    constructor(options: unknown) {
      this.options = options;
      state.steps.push('window');
      state.windows.push(this);
    }
    on = (name: string, fn: Listener) => this.listeners.set(name, fn);
    once = (name: string, fn: Listener) => this.listeners.set(name, fn);
    static getFocusedWindow = () => null;
    static getAllWindows = () => state.windows;
    static fromWebContents = () => null;
  }
  const step = (name: string) => () => void state.steps.push(name);
  const app = {
    isPackaged: true,
    enableSandbox: vi.fn(step('enableSandbox')),
    requestSingleInstanceLock: vi.fn(() => (state.steps.push('lock'), state.hasLock)),
    quit: vi.fn(step('quit')),
    exit: vi.fn(step('exit')),
    on: vi.fn((name: string, fn: Listener) => {
      state.steps.push(`app.on ${name}`);
      state.appListeners.set(name, fn);
    }),
    whenReady: vi.fn(() => new Promise<void>((resolve) => (state.resolveReady = resolve))),
    getName: () => 'Ascent',
    getVersion: () => '0.1.0',
    getPath: vi.fn((_name: string) => '/home/user/Documents'),
    isReady: vi.fn(() => false),
    setAppUserModelId: vi.fn(),
  };
  const session = {
    setPermissionRequestHandler: vi.fn(step('permissions')),
    setPermissionCheckHandler: vi.fn(),
    setDevicePermissionHandler: vi.fn(),
    on: vi.fn(),
    webRequest: { onBeforeRequest: vi.fn(step('network')) },
  };
  const electron = {
    app,
    BrowserWindow: FakeWindow,
    Menu: { buildFromTemplate: vi.fn((t: unknown) => t), setApplicationMenu: vi.fn(step('menu')) },
    protocol: {
      registerSchemesAsPrivileged: vi.fn(step('registerScheme')),
      handle: vi.fn((scheme: string) => void state.steps.push(`protocol.handle ${scheme}`)),
    },
    session: { defaultSession: session },
    ipcMain: {
      handle: vi.fn((channel: string, fn: Listener) => {
        state.steps.push(`ipc ${channel}`);
        state.ipc.set(channel, fn);
      }),
    },
    dialog: {
      showSaveDialog: vi.fn(),
      showOpenDialog: vi.fn(),
      showMessageBoxSync: vi.fn(),
      showErrorBox: vi.fn(),
    },
    shell: { openExternal: vi.fn() },
  };
  return { state, electron };
});
vi.mock('electron', () => ({ ...fake.electron, default: fake.electron }));

async function boot(hasLock: boolean) {
  vi.resetModules();
  Object.assign(fake.state, { steps: [], hasLock, windows: [] });
  fake.state.appListeners.clear();
  await import('../../../electron/main/index');
}

const flush = () => new Promise((r) => setTimeout(r, 0));

describe('main process lifecycle', () => {
  beforeEach(() => vi.clearAllMocks());
  afterEach(() => vi.restoreAllMocks());

  it('sandboxes and registers the scheme before ready, then starts in a safe order', async () => {
    await boot(true);
    expect(fake.state.steps.slice(0, 3)).toEqual(['enableSandbox', 'registerScheme', 'lock']);
    expect(fake.state.steps).not.toContain('window');
    fake.state.resolveReady();
    await flush();
    const steps = fake.state.steps;
    const at = (s: string) => steps.indexOf(s);
    expect(at('permissions')).toBeGreaterThan(at('lock'));
    expect(at('network')).toBeGreaterThan(at('lock'));
    expect(at('network')).toBeLessThan(at('window'));
    expect(at('app.on web-contents-created')).toBeLessThan(at('window'));
    expect(at('protocol.handle app')).toBeLessThan(at('window'));
    for (const channel of Object.values(channels))
      expect(at(`ipc ${channel}`)).toBeLessThan(at('window'));
    expect(at('menu')).toBeLessThan(at('window'));
    expect(at('load app://ascent/')).toBeGreaterThan(at('window'));
  });

  it('creates the one window through the secure factory', async () => {
    await boot(true);
    fake.state.resolveReady();
    await flush();
    expect(fake.state.windows).toHaveLength(1);
    const prefs = (fake.state.windows[0]!.options as { webPreferences: Record<string, unknown> })
      .webPreferences;
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false });
    expect(String(prefs.preload)).toMatch(
      /out[\\/]preload[\\/]index\.cjs$|preload[\\/]index\.cjs$/,
    );
  });

  it('a second instance quits at once and never creates a window', async () => {
    await boot(false);
    expect(fake.electron.app.quit).toHaveBeenCalled();
    expect(fake.electron.app.whenReady).not.toHaveBeenCalled();
    expect(fake.state.steps).not.toContain('window');
  });

  it('the first instance restores and focuses its window when another starts', async () => {
    await boot(true);
    fake.state.resolveReady();
    await flush();
    fake.state.appListeners.get('second-instance')!();
    const window = fake.state.windows[0]!;
    expect(window.restore).toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalled();
  });

  it('quits when the last window closes (outside macOS)', async () => {
    await boot(true);
    fake.state.appListeners.get('window-all-closed')!();
    expect(fake.electron.app.quit).toHaveBeenCalledTimes(process.platform === 'darwin' ? 0 : 1);
  });

  it('ignores ELECTRON_RENDERER_URL in a packaged app', async () => {
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173');
    try {
      await boot(true);
      fake.state.resolveReady();
      await flush();
      expect(fake.state.steps).toContain('load app://ascent/');
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it('sends menu commands to the focused (or main) window', async () => {
    await boot(true);
    fake.state.resolveReady();
    await flush();
    const template = fake.electron.Menu.buildFromTemplate.mock.calls[0]![0] as {
      label?: string;
      submenu?: { label?: string; click?: () => void }[];
    }[];
    const file = template.find((m) => m.label === 'File')!;
    file.submenu!.find((i) => i.label === 'Export backup…')!.click!();
    expect(fake.state.windows[0]!.webContents.send).toHaveBeenCalledWith(
      'menu:command',
      'export-backup',
    );
  });

  it('the main window asks before unsaved changes are discarded on close', async () => {
    await boot(true);
    fake.state.resolveReady();
    await flush();
    const listener = fake.state.windows[0]!.webContentsListeners.get('will-prevent-unload');
    expect(listener).toBeTypeOf('function');
    fake.electron.dialog.showMessageBoxSync.mockReturnValueOnce(0);
    const event = { preventDefault: vi.fn() };
    listener!(event);
    expect(event.preventDefault).toHaveBeenCalledOnce();
  });

  it('the main window offers a reload when its page crashes or hangs', async () => {
    await boot(true);
    fake.state.resolveReady();
    await flush();
    const window = fake.state.windows[0]!;
    expect(window.webContentsListeners.get('render-process-gone')).toBeTypeOf('function');
    expect(window.listeners.get('unresponsive')).toBeTypeOf('function');
  });

  it('window.open and the link channel share one limit on links opened', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await boot(true);
    fake.state.resolveReady();
    await flush();
    let windowOpen: ((details: { url: string }) => unknown) | undefined;
    fake.state.appListeners.get('web-contents-created')!(
      {},
      { on: vi.fn(), setWindowOpenHandler: (h: typeof windowOpen) => (windowOpen = h) },
    );
    const link = 'https://example.com/guide';
    expect(windowOpen!({ url: link })).toEqual({ action: 'deny' });
    const app = { senderFrame: { url: 'app://ascent/' }, sender: {} };
    expect(await fake.state.ipc.get(channels.openExternal)!(app, { url: link })).toEqual({
      ok: true,
      value: undefined,
    });
    await flush();
    expect(fake.electron.shell.openExternal).toHaveBeenCalledTimes(1);
    expect(warn).toHaveBeenCalledTimes(1);
  });

  describe('a start-up that fails', () => {
    let dir = '';
    beforeEach(async () => {
      dir = await mkdtemp(join(tmpdir(), 'ascent-lifecycle-'));
      fake.electron.app.getPath.mockImplementation((name: string) => join(dir, name));
    });
    afterEach(async () => {
      fake.electron.app.getPath.mockImplementation(() => '/home/user/Documents');
      await rm(dir, { recursive: true, force: true });
    });

    it('before ready: says so in plain words, the error last, before quitting', async () => {
      vi.spyOn(console, 'error').mockImplementation(() => undefined);
      fake.electron.app.whenReady.mockImplementationOnce(() =>
        Promise.reject(new Error('The app folder could not be read.')),
      );
      await boot(true);
      await flush();
      expect(fake.electron.dialog.showErrorBox).toHaveBeenCalledTimes(1);
      const [title, content] = fake.electron.dialog.showErrorBox.mock.calls[0] as [string, string];
      expect(title).toBe('Ascent could not start');
      expect(content).toMatch(/^Ascent could not start because of an unexpected problem\./);
      const log = join(dir, 'logs', 'startup-error.log');
      expect(
        content.endsWith(
          'Details, for a bug report: Error: The app folder could not be read. ' +
            `The full report is saved in ${log}.`,
        ),
      ).toBe(true);
      expect(content).toContain(join(dir, 'userData', 'backups'));
      expect(await readFile(log, 'utf8')).toContain('The app folder could not be read.');
      expect(fake.state.steps).toContain('exit');
    });

    it('once ready: a message box with the details as its secondary text', async () => {
      vi.spyOn(console, 'error').mockImplementation(() => undefined);
      fake.electron.app.isReady.mockReturnValue(true);
      fake.electron.session.defaultSession.setPermissionRequestHandler.mockImplementationOnce(
        () => {
          throw new Error('session gone');
        },
      );
      try {
        await boot(true);
        fake.state.resolveReady();
        await flush();
      } finally {
        fake.electron.app.isReady.mockReturnValue(false);
      }
      expect(fake.electron.dialog.showErrorBox).not.toHaveBeenCalled();
      expect(fake.electron.dialog.showMessageBoxSync).toHaveBeenCalledWith(
        expect.objectContaining({
          type: 'error',
          title: 'Ascent could not start',
          message: expect.stringMatching(/^Ascent could not start because/),
          detail: expect.stringMatching(/^Start Ascent again\..*Error: session gone\./s),
        }),
      );
      expect(fake.state.windows).toHaveLength(0);
      expect(fake.state.steps).toContain('exit');
    });

    it('a dialog that cannot be shown still ends the process (it would hold the lock)', async () => {
      vi.spyOn(console, 'error').mockImplementation(() => undefined);
      const fail = () => {
        throw new Error('no display');
      };
      fake.electron.dialog.showMessageBoxSync.mockImplementation(fail);
      fake.electron.dialog.showErrorBox.mockImplementation(fail);
      fake.electron.app.isReady.mockReturnValue(true);
      fake.electron.session.defaultSession.setPermissionRequestHandler.mockImplementationOnce(
        () => {
          throw new Error('session gone');
        },
      );
      try {
        await boot(true);
        fake.state.resolveReady();
        await flush();
      } finally {
        fake.electron.app.isReady.mockReturnValue(false);
        fake.electron.dialog.showMessageBoxSync.mockReset();
        fake.electron.dialog.showErrorBox.mockReset();
      }
      expect(fake.state.steps).toContain('exit');
    });
  });
});
