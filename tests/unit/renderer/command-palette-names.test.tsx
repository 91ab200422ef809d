// The command palette's options are named by their own label only ("New activity", not
// "Create New activity"): the kind of command is said by the group the option sits in, which
// its heading names, so a screen reader reads "New activity, Create group".
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CommandPalette } from '../../../renderer/src/app/command-palette/CommandPalette';
import { paletteCommands } from '../../../renderer/src/app/command-palette/commands';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { freshName } from '../../db/helpers';

let store: Store;

beforeEach(async () => {
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  // jsdom lays nothing out; the palette keeps the chosen option in view.
  Element.prototype.scrollIntoView ??= function () {};
  store = await openStore(freshName('palette-names'));
});
afterEach(async () => {
  cleanup();
  await store.db.delete();
});

function openPalette(onRun = vi.fn()) {
  render(
    <StoreProvider store={store}>
      <CommandPalette onRun={onRun} onClose={vi.fn()} />
    </StoreProvider>,
  );
  return {
    onRun,
    combobox: screen.getByRole('combobox', { name: 'Go to or create' }),
    /** Every option's accessible name, in the order they are listed. */
    optionNames() {
      const names: string[] = [];
      screen.getAllByRole('option', { name: (name) => (names.push(name), true) });
      return names;
    },
  };
}

describe('command palette option names', () => {
  it('names each option by its label alone, in the order the commands are listed', () => {
    const { optionNames } = openPalette();
    expect(optionNames()).toEqual(paletteCommands().map((c) => c.label));
  });

  it('names “New activity” exactly by its label, inside the group named Create', () => {
    const { combobox, optionNames } = openPalette();
    fireEvent.change(combobox, { target: { value: 'new act' } });
    expect(optionNames()).toEqual(['New activity']);
    const create = screen.getByRole('group', { name: 'Create' });
    const option = within(create).getByRole('option', { name: 'New activity' });
    expect(option).toHaveProperty('textContent', 'New activity');
    expect(option.getAttribute('aria-selected')).toBe('true');
    expect(combobox.getAttribute('aria-activedescendant')).toBe(option.id);
  });

  it('shows one group per kind, named by its heading, holding that kind’s options', () => {
    openPalette();
    const groupNames: string[] = [];
    const groups = screen.getAllByRole('group', { name: (name) => (groupNames.push(name), true) });
    expect(groupNames).toEqual(['Go to', 'Create', 'Help']);
    for (const [i, group] of groups.entries()) {
      const labels = within(group)
        .getAllByRole('option')
        .map((o) => o.textContent);
      expect(labels).toEqual(
        paletteCommands()
          .filter((c) => c.group === groupNames[i])
          .map((c) => c.label),
      );
    }
  });

  it('moves with ↓ from the last “Go to” option into the Create group, and Enter runs it', () => {
    const { combobox, onRun } = openPalette();
    const goTo = within(screen.getByRole('group', { name: 'Go to' })).getAllByRole('option');
    for (let i = 0; i < goTo.length; i += 1) fireEvent.keyDown(combobox, { key: 'ArrowDown' });
    const first = within(screen.getByRole('group', { name: 'Create' })).getAllByRole('option')[0]!;
    expect(first.textContent).toBe('New activity');
    expect(first.getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(combobox, { key: 'Enter' });
    expect(onRun).toHaveBeenCalledWith(expect.objectContaining({ id: 'new-activity' }));
  });
});
