/**
 * Channel and menu-command names, kept free of any library so the preload bundle (which
 * imports them) stays a few kilobytes. The schemas live in contract.ts.
 */
export const channels = {
  appInfo: 'app:info',
  saveFile: 'file:save',
  openFile: 'file:open',
  openExternal: 'link:open-external',
  backupWrite: 'backup:write',
  backupList: 'backup:list',
  backupRead: 'backup:read',
  markerRead: 'marker:read',
  markerWrite: 'marker:write',
  reportPrintPdf: 'report:print-pdf',
  notifyShow: 'notify:show',
} as const;

/** Events main sends to the renderer (application menu). */
export const menuCommandChannel = 'menu:command';
export const menuCommands = [
  'export-backup',
  'print-report',
  'about',
  'open-settings',
  'show-shortcuts',
  // Edit › Undo (Ctrl/⌘+Z): the renderer decides between a text field's own undo and the
  // app's Undo of a delete, which main cannot see.
  'undo',
] as const;
export type MenuCommand = (typeof menuCommands)[number];
