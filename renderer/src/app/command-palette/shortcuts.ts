export interface Shortcut {
  keys: string;
  does: string;
}

export interface ShortcutGroup {
  title: string;
  shortcuts: Shortcut[];
}

/** "Ctrl" on Windows and Linux, "⌘" on a Mac. */
export function modifierKey(platform: string = globalThis.navigator?.platform ?? ''): string {
  return /mac|iphone|ipad/i.test(platform) ? '⌘' : 'Ctrl';
}

/** Every keyboard shortcut in Ascent, as the Keyboard shortcuts dialog lists them. */
export function shortcutGroups(mod: string = modifierKey()): ShortcutGroup[] {
  return [
    {
      title: 'Anywhere',
      shortcuts: [
        { keys: `${mod}+K`, does: 'Open the command palette: go anywhere, create anything' },
        { keys: '?', does: 'Show these keyboard shortcuts (when you are not typing)' },
        { keys: 'Tab / Shift+Tab', does: 'Move to the next or previous control' },
        { keys: 'Tab, then Enter', does: 'On a fresh page: skip the sidebar to the content' },
        { keys: 'Escape', does: 'Close the open dialog or palette' },
        {
          keys: `${mod}+Z`,
          does: 'Undo the last change offered with Undo while it shows (not while typing or in a dialog)',
        },
      ],
    },
    {
      title: 'In the command palette',
      shortcuts: [
        { keys: '↑ / ↓', does: 'Choose the previous or next command' },
        { keys: 'Enter', does: 'Run the chosen command' },
        { keys: 'Escape', does: 'Close the palette and go back where you were' },
      ],
    },
    {
      title: 'In forms and dialogs',
      shortcuts: [
        { keys: 'Enter', does: 'Save the form, or press the focused button' },
        { keys: 'Space', does: 'Tick a checkbox or press the focused button' },
        { keys: '↑ / ↓', does: 'Choose in a list or between radio buttons' },
        {
          keys: 'Escape',
          does: 'Close an add or edit form, as Cancel does (asking first if you changed something)',
        },
      ],
    },
    {
      title: 'In the study week',
      shortcuts: [
        { keys: '← / →', does: 'Move to the previous or next day (from a day or a block)' },
        { keys: 'Page Up / Page Down', does: 'Show the previous or next week' },
        { keys: 'Home', does: 'Go back to this week' },
        { keys: 'Enter', does: 'Open the study block in focus' },
        { keys: 'Alt+← / Alt+→', does: 'Move the study block in focus a day (to today or later)' },
      ],
    },
    {
      title: 'Desktop app menu',
      shortcuts: [
        { keys: `${mod}+,`, does: 'Open Settings' },
        { keys: `${mod}+Shift+E`, does: 'Export a backup' },
        { keys: `${mod}+P`, does: 'Print a report' },
      ],
    },
  ];
}

/** Whether a key press belongs to a text field (shortcuts like "?" must not fire there). */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (!(target instanceof HTMLInputElement)) return false;
  return !['checkbox', 'radio', 'button', 'submit', 'reset', 'file', 'range', 'color'].includes(
    target.type,
  );
}
