import { beforeAll, describe, expect, it, vi } from 'vitest';
import { channels, menuCommandChannel, type AscentBridge } from '../../../shared/ipc/contract';

const electron = vi.hoisted(() => {
  type Listener = (...args: unknown[]) => void;
  const listeners = new Map<string, Set<Listener>>();
  const exposed = new Map<string, unknown>();
  return {
    exposed,
    listeners,
    emit: (channel: string, ...args: unknown[]) =>
      listeners.get(channel)?.forEach((fn) => fn({ sender: 'ipcRenderer itself' }, ...args)),
    contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api) },
    ipcRenderer: {
      invoke: vi.fn(async (..._args: unknown[]) => ({ ok: true, value: 'answer' })),
      on: (channel: string, fn: Listener) => {
        if (!listeners.has(channel)) listeners.set(channel, new Set());
        listeners.get(channel)!.add(fn);
      },
      removeListener: (channel: string, fn: Listener) => listeners.get(channel)?.delete(fn),
    },
  };
});
vi.mock('electron', () => ({
  contextBridge: electron.contextBridge,
  ipcRenderer: electron.ipcRenderer,
}));

let bridge: AscentBridge;
beforeAll(async () => {
  await import('../../../electron/preload/index');
  bridge = electron.exposed.get('ascent') as AscentBridge;
});

describe('preload bridge', () => {
  it('exposes only window.ascent', () => {
    expect([...electron.exposed.keys()]).toEqual(['ascent']);
  });

  it('has exactly one method per channel plus onMenuCommand, and nothing generic', () => {
    expect(Object.keys(bridge).sort()).toEqual([...Object.keys(channels), 'onMenuCommand'].sort());
    for (const value of Object.values(bridge)) expect(typeof value).toBe('function');
    expect(bridge).not.toHaveProperty('invoke');
    expect(bridge).not.toHaveProperty('ipcRenderer');
    // Spelled out, so a new method on window.ascent is always a deliberate change.
    expect(Object.keys(bridge).sort()).toEqual([
      'appInfo',
      'backupList',
      'backupRead',
      'backupWrite',
      'markerRead',
      'markerWrite',
      'notifyShow',
      'onMenuCommand',
      'openExternal',
      'openFile',
      'reportPrintPdf',
      'saveFile',
    ]);
  });

  it.each([
    ['appInfo', channels.appInfo, undefined],
    ['saveFile', channels.saveFile, { suggestedName: 'a.json', content: 'x' }],
    ['openFile', channels.openFile, { maxBytes: 10 }],
    ['openExternal', channels.openExternal, { url: 'https://example.com/' }],
    ['backupWrite', channels.backupWrite, { reason: 'daily', content: new Uint8Array([1, 2]) }],
    ['backupList', channels.backupList, undefined],
    ['backupRead', channels.backupRead, { fileName: 'a.ascent-backup' }],
    ['markerRead', channels.markerRead, undefined],
    [
      'markerWrite',
      channels.markerWrite,
      { hasRecords: true, updatedAt: '2026-11-22T10:15:03Z', appVersion: '0.1.0' },
    ],
    [
      'reportPrintPdf',
      channels.reportPrintPdf,
      { pageSize: 'A4', suggestedName: 'progress-report.pdf' },
    ],
    ['notifyShow', channels.notifyShow, { title: 'PMP exam in 3 days', body: 'Tuesday' }],
  ] as const)('%s invokes %s with the request only', async (method, channel, req) => {
    electron.ipcRenderer.invoke.mockClear();
    const call = bridge[method] as (r?: unknown) => Promise<unknown>;
    expect(await (req === undefined ? call() : call(req))).toEqual({ ok: true, value: 'answer' });
    expect(electron.ipcRenderer.invoke.mock.calls).toEqual([
      req === undefined ? [channel] : [channel, req],
    ]);
  });

  it('forwards known menu commands, drops anything else, never passes the IPC event', () => {
    const received: unknown[][] = [];
    const unsubscribe = bridge.onMenuCommand((...args: unknown[]) => received.push(args));
    electron.emit(menuCommandChannel, 'export-backup');
    electron.emit(menuCommandChannel, 'print-report');
    electron.emit(menuCommandChannel, 'rm -rf');
    electron.emit(menuCommandChannel, { command: 'about' });
    electron.emit(menuCommandChannel, undefined);
    electron.emit(menuCommandChannel, 'about');
    electron.emit(menuCommandChannel, 'undo');
    electron.emit(menuCommandChannel, 'Undo');
    expect(received).toEqual([['export-backup'], ['print-report'], ['about'], ['undo']]);
    unsubscribe();
    electron.emit(menuCommandChannel, 'about');
    expect(received).toHaveLength(4);
    expect(electron.listeners.get(menuCommandChannel)?.size).toBe(0);
  });

  it('keeps separate subscriptions apart', () => {
    const a = vi.fn();
    const b = vi.fn();
    const offA = bridge.onMenuCommand(a);
    const offB = bridge.onMenuCommand(b);
    offA();
    electron.emit(menuCommandChannel, 'about');
    expect(a).not.toHaveBeenCalled();
    expect(b).toHaveBeenCalledWith('about');
    offB();
  });

  it('refuses a listener that is not a function', () => {
    expect(() => bridge.onMenuCommand('alert' as never)).toThrow(TypeError);
  });
});
