/**
 * The desktop shell as a user's machine runs it: the real Electron binary, the built app.
 * Skipped, with the reason printed, where no Electron binary is available.
 */
import { spawn } from 'node:child_process';
import { appArgs, appEnv, binary, expect, skipReason, test } from './fixtures';

type Bridge = Record<string, (request?: unknown) => Promise<unknown>>;

test.describe('desktop shell', () => {
  test.skip(skipReason !== undefined, skipReason ?? '');

  test('opens one visible window on app://ascent', async ({ electronApp, page }) => {
    expect(page.url()).toBe('app://ascent/');
    const state = await electronApp.evaluate(({ BrowserWindow }) => {
      const all = BrowserWindow.getAllWindows();
      return { count: all.length, visible: all[0]?.isVisible() ?? false };
    });
    expect(state).toEqual({ count: 1, visible: true });
  });

  test('the window keeps every security preference', async ({ electronApp, page }) => {
    // getLastWebPreferences is undocumented (gone from the typings), so it is read only if
    // this Electron still has it; the behaviour below is checked either way.
    const prefs = await electronApp.evaluate(({ BrowserWindow }) => {
      const contents = BrowserWindow.getAllWindows()[0]!.webContents as unknown as {
        getLastWebPreferences?: () => unknown;
      };
      const last = contents.getLastWebPreferences?.();
      return last ? (JSON.parse(JSON.stringify(last)) as Record<string, unknown>) : null;
    });
    if (prefs) {
      expect(prefs).toMatchObject({
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        nodeIntegrationInWorker: false,
        nodeIntegrationInSubFrames: false,
        webviewTag: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
      });
    } else {
      test.info().annotations.push({
        type: 'note',
        description: 'webContents.getLastWebPreferences is absent; checked by behaviour only',
      });
    }
    const behaviour = await page.evaluate(async () => {
      const g = globalThis as unknown as Record<string, unknown>;
      let fileReadable = true;
      try {
        await fetch('file:///etc/hostname');
      } catch {
        fileReadable = false;
      }
      return {
        // contextBridge hands the page a frozen copy, not the preload's own object.
        bridgeFrozen: Object.isFrozen(g['ascent']),
        webviewDefined: customElements.get('webview') !== undefined,
        fileReadable,
      };
    });
    expect(behaviour).toEqual({ bridgeFrozen: true, webviewDefined: false, fileReadable: false });
  });

  test('the page sees window.ascent with exactly its methods, and no Node', async ({ page }) => {
    const seen = await page.evaluate(() => {
      const g = globalThis as unknown as Record<string, unknown>;
      const ascent = g['ascent'] as Record<string, unknown> | undefined;
      return {
        keys: ascent ? Object.keys(ascent).sort() : null,
        require: typeof g['require'],
        process: typeof g['process'],
        module: typeof g['module'],
        Buffer: typeof g['Buffer'],
      };
    });
    expect(seen).toEqual({
      keys: [
        'appInfo',
        'backupList',
        'backupRead',
        'backupWrite',
        'markerRead',
        'markerWrite',
        'onMenuCommand',
        'openExternal',
        'openFile',
        'saveFile',
      ],
      require: 'undefined',
      process: 'undefined',
      module: 'undefined',
      Buffer: 'undefined',
    });
  });

  test('IPC answers through the bridge and refuses unsafe requests', async ({ page }) => {
    const answers = await page.evaluate(async () => {
      const ascent = (globalThis as unknown as { ascent: Bridge }).ascent;
      return {
        info: await ascent['appInfo']!(),
        link: await ascent['openExternal']!({ url: 'javascript:alert(1)' }),
        save: await ascent['saveFile']!({ suggestedName: '../../x', content: 'x' }),
      };
    });
    expect(answers.info).toMatchObject({ ok: true, value: { name: 'Ascent' } });
    expect(answers.link).toMatchObject({ ok: false, error: { code: 'NOT_ALLOWED' } });
    expect(answers.save).toMatchObject({ ok: false, error: { code: 'INVALID_PAYLOAD' } });
  });

  test('app:// responses carry the CSP and nosniff headers', async ({ page }) => {
    const headers = await page.evaluate(async () => {
      const response = await fetch('app://ascent/index.html');
      return {
        csp: response.headers.get('content-security-policy'),
        nosniff: response.headers.get('x-content-type-options'),
      };
    });
    expect(headers.csp).toContain("default-src 'self'");
    expect(headers.csp).not.toContain('unsafe-eval');
    expect(headers.nosniff).toBe('nosniff');
  });

  test('new windows are refused and the page cannot navigate away', async ({
    electronApp,
    page,
  }) => {
    // Record links instead of starting the system browser during tests.
    await electronApp.evaluate(({ shell }) => {
      const opened: string[] = [];
      (globalThis as unknown as { opened: string[] }).opened = opened;
      shell.openExternal = async (url: string) => void opened.push(url);
    });
    expect(await page.evaluate(() => window.open('https://example.com/') === null)).toBe(true);
    await page.evaluate(() => {
      window.location.href = 'https://example.com/elsewhere';
    });
    // A blocked navigation leaves the page alive and where it was.
    expect(await page.evaluate(() => location.href)).toBe('app://ascent/');
    const after = await electronApp.evaluate(({ BrowserWindow }) => ({
      windows: BrowserWindow.getAllWindows().length,
      opened: (globalThis as unknown as { opened: string[] }).opened,
    }));
    expect(after).toEqual({ windows: 1, opened: ['https://example.com/'] });
  });

  test('a second instance exits and the first keeps its window', async ({
    electronApp,
    page,
    userDataDir,
  }) => {
    expect(page.url()).toBe('app://ascent/');
    if (!('path' in binary)) throw new Error('unreachable: the suite is skipped without a binary');
    const sandbox = process.platform === 'linux' ? ['--no-sandbox'] : [];
    const second = spawn(binary.path, [...sandbox, ...appArgs(userDataDir)], {
      env: appEnv(),
      stdio: 'ignore',
    });
    const code = await new Promise<number | null>((resolveExit, reject) => {
      const timer = setTimeout(() => reject(new Error('the second instance did not exit')), 30_000);
      second.once('exit', (exitCode) => {
        clearTimeout(timer);
        resolveExit(exitCode);
      });
    });
    expect(code).toBe(0);
    const windows = await electronApp.evaluate(
      ({ BrowserWindow }) => BrowserWindow.getAllWindows().length,
    );
    expect(windows).toBe(1);
  });
});
