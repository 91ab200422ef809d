/**
 * Builds window.ascent from the IPC contract: exactly one method per channel and a menu
 * subscription. Nothing generic is exposed (no invoke(channel, …), never ipcRenderer itself),
 * so a compromised page can only ask for what the contract allows, and main validates even
 * that. Bundled into one CommonJS file: sandboxed preloads cannot load ES modules.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import {
  channels,
  menuCommandChannel,
  menuCommands,
  type MenuCommand,
} from '../../shared/ipc/channels';
import type { AscentBridge } from '../../shared/ipc/contract';

const knownCommands: ReadonlySet<string> = new Set<string>(menuCommands);

function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && knownCommands.has(value);
}

const bridge: AscentBridge = {
  appInfo: () => ipcRenderer.invoke(channels.appInfo),
  saveFile: (req) => ipcRenderer.invoke(channels.saveFile, req),
  openFile: (req) => ipcRenderer.invoke(channels.openFile, req),
  openExternal: (req) => ipcRenderer.invoke(channels.openExternal, req),
  backupWrite: (req) => ipcRenderer.invoke(channels.backupWrite, req),
  backupList: () => ipcRenderer.invoke(channels.backupList),
  backupRead: (req) => ipcRenderer.invoke(channels.backupRead, req),
  markerRead: () => ipcRenderer.invoke(channels.markerRead),
  markerWrite: (req) => ipcRenderer.invoke(channels.markerWrite, req),
  reportPrintPdf: (req) => ipcRenderer.invoke(channels.reportPrintPdf, req),
  notifyShow: (req) => ipcRenderer.invoke(channels.notifyShow, req),
  onMenuCommand(listener) {
    if (typeof listener !== 'function') throw new TypeError('onMenuCommand needs a function');
    // The IPC event is never handed to the page: it carries a reference to ipcRenderer.
    const forward = (_event: IpcRendererEvent, command: unknown) => {
      if (isMenuCommand(command)) listener(command);
    };
    ipcRenderer.on(menuCommandChannel, forward);
    return () => {
      ipcRenderer.removeListener(menuCommandChannel, forward);
    };
  },
};

contextBridge.exposeInMainWorld('ascent', bridge);
