import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { BrowserWindowConstructorOptions } from 'electron';

const fake = vi.hoisted(() => {
  const created: {
    options: BrowserWindowConstructorOptions;
    once: ReturnType<typeof vi.fn>;
    show: ReturnType<typeof vi.fn>;
  }[] = [];
  class BrowserWindow {
    once = vi.fn();
    show = vi.fn();
    constructor(options: BrowserWindowConstructorOptions) {
      created.push({ options, once: this.once, show: this.show });
    }
  }
  return { created, BrowserWindow };
});
vi.mock('electron', () => ({ BrowserWindow: fake.BrowserWindow }));

const { assertSecureWindowOptions, createMainWindow, requiredWebPreferences } =
  await import('../../../electron/main/window');

const preload = '/opt/Ascent/resources/app.asar/out/preload/index.cjs';

/** The options the factory really passes to `new BrowserWindow`. */
function factoryOptions(): BrowserWindowConstructorOptions {
  createMainWindow(preload);
  return structuredClone(fake.created.at(-1)!.options);
}

beforeEach(() => {
  fake.created.length = 0;
});

describe('createMainWindow', () => {
  it('creates one window with every isolation setting and the CommonJS preload', () => {
    const options = factoryOptions();
    expect(fake.created).toHaveLength(1);
    expect(options.webPreferences).toEqual({ ...requiredWebPreferences, preload });
    expect(options.webPreferences).toMatchObject({
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
    });
  });

  it('titles the window, keeps it hidden until ready, then shows it', () => {
    const options = factoryOptions();
    expect(options.title).toBe('Ascent');
    expect(options.show).toBe(false);
    expect(options.minWidth).toBeGreaterThanOrEqual(800);
    expect(options.minHeight).toBeGreaterThanOrEqual(500);
    const { once, show } = fake.created[0]!;
    expect(once).toHaveBeenCalledWith('ready-to-show', expect.any(Function));
    expect(show).not.toHaveBeenCalled();
    (once.mock.calls[0]![1] as () => void)();
    expect(show).toHaveBeenCalledOnce();
  });

  it('refuses to create a window from a relative preload path', () => {
    expect(() => createMainWindow('index.cjs')).toThrow(/preload/);
    expect(fake.created).toHaveLength(0);
  });
});

describe('assertSecureWindowOptions', () => {
  it('accepts what the factory makes', () => {
    expect(() => assertSecureWindowOptions(factoryOptions())).not.toThrow();
  });

  const drifts = Object.entries(requiredWebPreferences).flatMap(([key, value]) => [
    { key, drifted: typeof value === 'boolean' ? !value : '' },
    { key, drifted: undefined },
  ]);

  it.each(drifts)('throws when $key becomes $drifted', ({ key, drifted }) => {
    const options = factoryOptions();
    const prefs: Record<string, unknown> = { ...options.webPreferences, [key]: drifted };
    if (drifted === undefined) delete prefs[key];
    expect(() => assertSecureWindowOptions({ ...options, webPreferences: prefs as never })).toThrow(
      new RegExp(key),
    );
  });

  it('throws without webPreferences at all', () => {
    expect(() => assertSecureWindowOptions({ title: 'Ascent' })).toThrow(/contextIsolation/);
  });

  it.each([undefined, 'out/preload/index.cjs', '/abs/out/preload/index.mjs', '/abs/index.js'])(
    'throws for preload %s',
    (bad) => {
      const options = factoryOptions();
      const webPreferences = { ...options.webPreferences, preload: bad };
      expect(() => assertSecureWindowOptions({ ...options, webPreferences })).toThrow(/preload/);
    },
  );

  it('names every drifted option at once', () => {
    const options = factoryOptions();
    options.webPreferences = { ...options.webPreferences, sandbox: false, nodeIntegration: true };
    expect(() => assertSecureWindowOptions(options)).toThrow(/sandbox.*nodeIntegration/);
  });
});
