/**
 * The application menu. The template is built by a pure function so the items, accelerators
 * and commands are unit-tested; the app's own actions are sent to the renderer as
 * `menuCommandChannel` events, because the work (export, report, dialogs) lives there.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/ipc/contract';

export interface MenuOptions {
  appName: string;
  isMac: boolean;
  /** Reload and developer tools only exist in development builds. */
  isDev: boolean;
  send: (command: MenuCommand) => void;
}

function command(
  name: MenuCommand,
  label: string,
  send: MenuOptions['send'],
  accelerator?: string,
): MenuItemConstructorOptions {
  return { label, ...(accelerator ? { accelerator } : {}), click: () => send(name) };
}

function macAppMenu({ appName, send }: MenuOptions): MenuItemConstructorOptions {
  return {
    label: appName,
    submenu: [
      command('about', `About ${appName}`, send),
      { type: 'separator' },
      command('open-settings', 'Settings…', send, 'CmdOrCtrl+,'),
      { type: 'separator' },
      { role: 'services' },
      { type: 'separator' },
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      { type: 'separator' },
      { role: 'quit' },
    ],
  };
}

function fileMenu({ isMac, send }: MenuOptions): MenuItemConstructorOptions {
  return {
    label: 'File',
    submenu: [
      command('export-backup', 'Export backup…', send, 'CmdOrCtrl+Shift+E'),
      command('print-report', 'Print report…', send, 'CmdOrCtrl+P'),
      ...(isMac ? [] : [command('open-settings', 'Settings…', send, 'CmdOrCtrl+,')]),
      { type: 'separator' },
      // On macOS Quit lives in the app menu; File ends with Close as usual there.
      isMac ? { role: 'close' } : { role: 'quit' },
    ],
  };
}

function editMenu({ isMac, send }: MenuOptions): MenuItemConstructorOptions {
  return {
    label: 'Edit',
    submenu: [
      // Not `role: 'undo'`: that role only runs the page's text undo (webContents.undo()), so
      // Edit › Undo could never reach the app's own Undo after a delete. The renderer gets the
      // command and chooses: the focused text field's undo, else the Undo on offer. Chromium
      // shows each key press to the page first and gives the menu only those the page left
      // unhandled, so the renderer's own Ctrl/⌘+Z handler and this item never both act on one
      // press; renderer/src/components/undo.tsx guards against it anyway.
      command('undo', 'Undo', send, 'CmdOrCtrl+Z'),
      { role: 'redo' },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      ...(isMac ? [{ role: 'pasteAndMatchStyle' } as const] : []),
      { role: 'delete' },
      { type: 'separator' },
      { role: 'selectAll' },
    ],
  };
}

function viewMenu({ isDev }: MenuOptions): MenuItemConstructorOptions {
  const devItems: MenuItemConstructorOptions[] = isDev
    ? [
        { role: 'reload' },
        { role: 'forceReload' },
        { role: 'toggleDevTools' },
        { type: 'separator' },
      ]
    : [];
  return {
    label: 'View',
    submenu: [
      ...devItems,
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };
}

export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const { isMac, appName, send } = options;
  return [
    ...(isMac ? [macAppMenu(options)] : []),
    fileMenu(options),
    editMenu(options),
    viewMenu(options),
    ...(isMac ? [{ role: 'windowMenu' } as const] : []),
    {
      role: 'help',
      label: 'Help',
      submenu: [
        command('show-shortcuts', 'Keyboard shortcuts', send),
        { type: 'separator' },
        command('about', `About ${appName}`, send),
      ],
    },
  ];
}
