// An open form and the other records around it, on the Experience and Network screens:
// - opening another record (another row's Edit) while the form holds changes asks "Discard your
//   changes?" first, with the words and buttons of the app's other unsaved-changes questions;
//   "Keep editing" keeps the form, what was typed and the focus in it; "Discard changes"
//   switches; with no changes it switches at once;
// - deleting the record whose form is open closes that form, so a Save cannot bring the record
//   back; Undo puts the record back as it was, but never over one saved again since the
//   delete (another window, say): the toast then says why it was not put back.
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { ReactElement } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DiscardDialog } from '../../../renderer/src/components/DiscardDialog';
import { UndoProvider } from '../../../renderer/src/components/undo';
import {
  hasUnsavedChanges,
  resetUnsavedChanges,
} from '../../../renderer/src/components/unsaved-changes';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { listRoles, saveRole, type RoleRow } from '../../../renderer/src/db/repositories/career';
import {
  listMemberships,
  saveMembership,
  type MembershipRow,
} from '../../../renderer/src/db/repositories/journal-network';
import { ExperienceScreen } from '../../../renderer/src/features/experience/ExperienceScreen';
import { NetworkScreen } from '../../../renderer/src/features/network/NetworkScreen';
import { PlatformProvider } from '../../../renderer/src/platform';
import { fakePlatform } from '../../db/backup-fakes';
import { freshName } from '../../db/helpers';

const asOf = '2026-11-22';
const SLOW = { timeout: 10_000 };
let store: Store;

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 22, 10, 0)); // 22 Nov 2026, 10:00 local
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
    this.removeAttribute('open');
  };
  store = await openStore(freshName('form-switch-delete'));
});
afterEach(async () => {
  cleanup();
  resetUnsavedChanges();
  vi.useRealTimers();
  await store.db.delete();
});

function show(element: ReactElement) {
  render(
    <StoreProvider store={store}>
      <PlatformProvider platform={fakePlatform(null)}>
        <UndoProvider>
          {element}
          <DiscardDialog />
        </UndoProvider>
      </PlatformProvider>
    </StoreProvider>,
  );
}

/** Focus a control the way a keyboard user reaches it, then press it. */
function press(control: HTMLElement) {
  control.focus();
  fireEvent.click(control);
}

/** Types into a field the user has put the focus in. */
function type(field: HTMLElement, value: string) {
  field.focus();
  fireEvent.change(field, { target: { value } });
}

const question = () => screen.queryByRole('alertdialog', { name: 'Discard your changes?' });

/** The question as the user reads it: title, words and buttons. */
function questionWords(): string[] {
  const dialog = screen.getByRole('alertdialog', { name: 'Discard your changes?' });
  return [
    within(dialog).getByRole('heading').textContent ?? '',
    dialog.querySelector('p')?.textContent ?? '',
    ...within(dialog)
      .getAllByRole('button')
      .map((b) => b.textContent ?? ''),
  ];
}

const asked = [
  'Discard your changes?',
  'You have changes in this form that are not saved. If you close it now, they are lost.',
  'Keep editing',
  'Discard changes',
];

/** The toast's words (the notice with Undo). */
const toast = () => screen.getByRole('status').textContent ?? '';

describe('Experience: switching the role form', { timeout: 30_000 }, () => {
  async function role(title: string, start: string): Promise<RoleRow> {
    const saved = await saveRole(
      store,
      {
        title,
        organisation: 'Contoso',
        industry: 'Healthcare',
        start,
        end: null,
        roleTypes: ['leading-projects'],
      },
      asOf,
    );
    if (!saved.ok) throw new Error('role not saved');
    return saved.value;
  }

  it('Add a role with typing, then Edit PM: asks first; Keep editing keeps the typing', async () => {
    await role('PM', '2020-01');
    show(<ExperienceScreen />);
    press(await screen.findByRole('button', { name: 'Add a role' }, SLOW));
    const adding = await screen.findByRole('form', { name: 'Add a role' });
    const organisation = within(adding).getByLabelText('Organisation');
    type(organisation, 'Fabrikam');

    press(screen.getByRole('button', { name: /^Edit PM/ }));
    expect(questionWords()).toEqual(asked);
    fireEvent.click(screen.getByRole('button', { name: 'Keep editing' }));

    expect(question()).toBeNull();
    const still = screen.getByRole('form', { name: 'Add a role' });
    expect(within(still).getByLabelText('Organisation')).toHaveProperty('value', 'Fabrikam');
    expect(screen.queryByRole('form', { name: 'Edit role' })).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(organisation));

    // Asked again, "Discard changes" opens PM's form.
    press(screen.getByRole('button', { name: /^Edit PM/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Discard changes' }));
    const editing = await screen.findByRole('form', { name: 'Edit role' });
    expect(within(editing).getByLabelText('Job title')).toHaveProperty('value', 'PM');
    expect(screen.queryByRole('form', { name: 'Add a role' })).toBeNull();
  });

  it('with no changes, Edit switches at once; after typing, Edit asks', async () => {
    await role('PM', '2020-01');
    await role('QA lead', '2018-01');
    show(<ExperienceScreen />);
    press(await screen.findByRole('button', { name: /^Edit PM/ }, SLOW));
    await screen.findByRole('form', { name: 'Edit role' });
    press(screen.getByRole('button', { name: /^Edit QA lead/ }));
    expect(question()).toBeNull();
    const form = screen.getByRole('form', { name: 'Edit role' });
    await waitFor(() =>
      expect(within(form).getByLabelText('Job title')).toHaveProperty('value', 'QA lead'),
    );

    type(within(form).getByLabelText('Job title'), 'QA lead (renamed)');
    press(screen.getByRole('button', { name: /^Edit PM/ }));
    expect(questionWords()).toEqual(asked);
    fireEvent.click(screen.getByRole('button', { name: 'Keep editing' }));
    expect(
      within(screen.getByRole('form', { name: 'Edit role' })).getByLabelText('Job title'),
    ).toHaveProperty('value', 'QA lead (renamed)');
  });
});

describe('Experience: deleting the role being edited', { timeout: 30_000 }, () => {
  async function pm(): Promise<RoleRow> {
    const saved = await saveRole(
      store,
      {
        title: 'PM',
        organisation: 'Contoso',
        industry: 'Healthcare',
        start: '2020-01',
        end: null,
        roleTypes: ['leading-projects'],
      },
      asOf,
    );
    if (!saved.ok) throw new Error('role not saved');
    return saved.value;
  }

  it('closes its form; Undo puts back the role as it was before the delete', async () => {
    await pm();
    show(<ExperienceScreen />);
    press(await screen.findByRole('button', { name: /^Edit PM/ }, SLOW));
    const form = await screen.findByRole('form', { name: 'Edit role' });
    type(within(form).getByLabelText('Job title'), 'PM renamed');

    press(screen.getByRole('button', { name: /^Delete PM/ }));
    await waitFor(() => expect(toast()).toContain('Deleted “PM”.'), SLOW);
    await waitFor(() => expect(screen.queryByRole('form', { name: 'Edit role' })).toBeNull());
    expect(question()).toBeNull();
    expect(hasUnsavedChanges()).toBe(false);
    expect(screen.getByRole('button', { name: 'Add a role' }).textContent).toBe('Add a role');

    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect((await listRoles(store)).map((r) => r.title)).toEqual(['PM']));
    await screen.findByRole('button', { name: /^Edit PM/ }, SLOW);
  });

  it('Undo never writes over the role saved again since the delete, and says so', async () => {
    const was = await pm();
    show(<ExperienceScreen />);
    press(await screen.findByRole('button', { name: /^Delete PM/ }, SLOW));
    await waitFor(() => expect(toast()).toContain('Deleted “PM”.'), SLOW);
    // Saved again with the same id meanwhile (an edit form still open in another window).
    const again = await saveRole(store, { ...was, title: 'PM renamed' }, asOf);
    expect(again.ok).toBe(true);

    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() =>
      expect(toast()).toContain(
        '“PM” was not put back: it was saved again after it was deleted, so the saved version is kept.',
      ),
    );
    expect((await listRoles(store)).map((r) => r.title)).toEqual(['PM renamed']);
  });
});

describe('Network memberships', { timeout: 30_000 }, () => {
  async function membership(organisation: string): Promise<MembershipRow> {
    const saved = await saveMembership(
      store,
      {
        organisation,
        since: '2025-11-27',
        renewal: '2027-11-27',
        endedOn: null,
        cost: null,
        notes: '',
      },
      asOf,
    );
    if (!saved.ok) throw new Error('membership not saved');
    return saved.value;
  }
  const rowOf = (organisation: string) =>
    screen.findByRole('row', { name: new RegExp(organisation) }, SLOW);

  it('Add a membership with typing, then Edit IIBA: asks; Keep editing keeps it', async () => {
    await membership('IIBA');
    show(<NetworkScreen rest={['memberships']} />);
    press(await screen.findByRole('button', { name: 'Add a membership' }, SLOW));
    const adding = await screen.findByRole('form', { name: 'Add a membership' });
    const name = within(adding).getByLabelText('Association or chapter');
    type(name, 'PMI Ireland');

    press(within(await rowOf('IIBA')).getByRole('button', { name: /^Edit/ }));
    expect(questionWords()).toEqual(asked);
    fireEvent.click(screen.getByRole('button', { name: 'Keep editing' }));
    expect(
      within(screen.getByRole('form', { name: 'Add a membership' })).getByLabelText(
        'Association or chapter',
      ),
    ).toHaveProperty('value', 'PMI Ireland');
    await waitFor(() => expect(document.activeElement).toBe(name));

    press(within(await rowOf('IIBA')).getByRole('button', { name: /^Edit/ }));
    act(() => fireEvent.click(screen.getByRole('button', { name: 'Discard changes' })));
    const editing = await screen.findByRole('form', { name: 'Edit membership' });
    expect(within(editing).getByLabelText('Association or chapter')).toHaveProperty(
      'value',
      'IIBA',
    );
  });

  it('deleting the membership being edited closes its form; Undo refuses over a later save', async () => {
    const was = await membership('IIBA');
    show(<NetworkScreen rest={['memberships']} />);
    press(within(await rowOf('IIBA')).getByRole('button', { name: /^Edit/ }));
    const form = await screen.findByRole('form', { name: 'Edit membership' });
    type(within(form).getByLabelText('Association or chapter'), 'IIBA renamed');

    press(within(await rowOf('IIBA')).getByRole('button', { name: /^Delete/ }));
    await waitFor(() => expect(toast()).toContain('Deleted “IIBA”.'), SLOW);
    await waitFor(() => expect(screen.queryByRole('form', { name: 'Edit membership' })).toBeNull());
    expect(hasUnsavedChanges()).toBe(false);

    // Saved again with the same id meanwhile (another window): Undo leaves that one alone.
    const again = await saveMembership(store, { ...was, organisation: 'IIBA Dublin' }, asOf);
    expect(again.ok).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() =>
      expect(toast()).toContain(
        '“IIBA” was not put back: it was saved again after it was deleted, so the saved version is kept.',
      ),
    );
    expect((await listMemberships(store)).map((m) => m.organisation)).toEqual(['IIBA Dublin']);
  });
});
