import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { buildMenuTemplate, type MenuOptions } from '../../../electron/main/menu';
import { menuCommands } from '../../../shared/ipc/contract';

function build(overrides: Partial<MenuOptions> = {}) {
  const send = vi.fn();
  const template = buildMenuTemplate({
    appName: 'Ascent',
    isMac: false,
    isDev: false,
    send,
    ...overrides,
  });
  return { template, send };
}

function submenu(template: MenuItemConstructorOptions[], label: string) {
  const menu = template.find((m) => m.label === label);
  expect(menu, `menu ${label}`).toBeDefined();
  return menu!.submenu as MenuItemConstructorOptions[];
}

function allItems(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((m) => [
    m,
    ...allItems((m.submenu as MenuItemConstructorOptions[]) ?? []),
  ]);
}

function click(item: MenuItemConstructorOptions) {
  (item.click as () => void)();
}

describe.each([false, true])('application menu (macOS: %s)', (isMac) => {
  it('has File with Export backup and Print report, sending their commands', () => {
    const { template, send } = build({ isMac });
    const file = submenu(template, 'File');
    const exportItem = file.find((i) => i.label === 'Export backup…')!;
    const printItem = file.find((i) => i.label === 'Print report…')!;
    expect(exportItem.accelerator).toBe('CmdOrCtrl+Shift+E');
    expect(printItem.accelerator).toBe('CmdOrCtrl+P');
    click(exportItem);
    click(printItem);
    expect(send.mock.calls).toEqual([['export-backup'], ['print-report']]);
    expect(file.at(-2)).toEqual({ type: 'separator' });
    expect(file.at(-1)).toEqual({ role: isMac ? 'close' : 'quit' });
  });

  it('has Help › Keyboard shortcuts sending "show-shortcuts"', () => {
    const { template, send } = build({ isMac });
    const item = submenu(template, 'Help').find((i) => i.label === 'Keyboard shortcuts')!;
    click(item);
    expect(send).toHaveBeenCalledWith('show-shortcuts');
  });

  it('has Help › About Ascent sending "about"', () => {
    const { template, send } = build({ isMac });
    const about = submenu(template, 'Help').find((i) => i.label === 'About Ascent')!;
    click(about);
    expect(send).toHaveBeenCalledWith('about');
  });

  it('has Edit › Undo (CmdOrCtrl+Z) first, sending "undo" to the renderer, not the undo role', () => {
    const { template, send } = build({ isMac });
    const edit = submenu(template, 'Edit');
    const undo = edit[0]!;
    expect(undo.label).toBe('Undo');
    expect(undo.accelerator).toBe('CmdOrCtrl+Z');
    // A role would make Electron ignore click and run only the page's text undo.
    expect(undo.role).toBeUndefined();
    expect(edit.filter((i) => i.accelerator === 'CmdOrCtrl+Z')).toHaveLength(1);
    click(undo);
    expect(send.mock.calls).toEqual([['undo']]);
    expect(edit[1]).toEqual({ role: 'redo' });
  });

  it('has standard Edit roles and View zoom and full-screen roles', () => {
    const { template } = build({ isMac });
    const editRoles = submenu(template, 'Edit').map((i) => i.role);
    expect(editRoles).toEqual(
      expect.arrayContaining(['redo', 'cut', 'copy', 'paste', 'selectAll']),
    );
    expect(editRoles).not.toContain('undo');
    const viewRoles = submenu(template, 'View').map((i) => i.role);
    expect(viewRoles).toEqual(
      expect.arrayContaining(['resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']),
    );
  });

  it('offers no reload and no developer tools in a production build', () => {
    const roles = allItems(build({ isMac, isDev: false }).template).map((i) => i.role);
    expect(roles).not.toContain('toggleDevTools');
    expect(roles).not.toContain('reload');
    expect(roles).not.toContain('forceReload');
  });

  it('offers reload and developer tools in development', () => {
    const roles = submenu(build({ isMac, isDev: true }).template, 'View').map((i) => i.role);
    expect(roles).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
  });

  it('only ever sends commands the renderer knows', () => {
    const { template, send } = build({ isMac });
    for (const item of allItems(template)) if (typeof item.click === 'function') click(item);
    // The preload forwards only these; anything else would be dropped on the way.
    for (const [command] of send.mock.calls) expect(menuCommands).toContain(command);
    expect(send.mock.calls.map(([command]) => command)).toContain('undo');
  });
});

describe('macOS app menu', () => {
  it('comes first, named after the app, with About and Quit', () => {
    const { template, send } = build({ isMac: true });
    expect(template[0]!.label).toBe('Ascent');
    const items = template[0]!.submenu as MenuItemConstructorOptions[];
    click(items.find((i) => i.label === 'About Ascent')!);
    expect(send).toHaveBeenCalledWith('about');
    expect(items.map((i) => i.role)).toEqual(expect.arrayContaining(['hide', 'unhide', 'quit']));
  });

  it('is absent elsewhere', () => {
    expect(build({ isMac: false }).template[0]!.label).toBe('File');
  });
});
