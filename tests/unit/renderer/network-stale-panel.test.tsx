// The Network screen's "Credit entries to confirm" panel and interaction form, when the
// interaction is changed or deleted in another window (here: a repository write outside the
// screen), as on the Learning screen:
// - A: the panel shows, and confirms, the interaction as it is now, never the figures of when
//   it opened; one changed so it earns nothing offers nothing to confirm;
// - B: hours per area typed in the panel survive another interaction's save;
// - C: the edit form says the interaction was changed or deleted elsewhere, keeps what was
//   typed, and only a save after that replaces the change, or adds it again as a new one.
// PMP earned 15 Jan 2025; today 22 Nov 2026.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Interaction } from '../../../shared/domain/journal';
import { UndoProvider } from '../../../renderer/src/components/undo';
import { resetUnsavedChanges } from '../../../renderer/src/components/unsaved-changes';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { listActivities } from '../../../renderer/src/db/repositories/activities';
import { saveHeld } from '../../../renderer/src/db/repositories/credentials';
import { restoreEntry } from '../../../renderer/src/db/repositories/journal';
import {
  deleteInteraction,
  listInteractions,
  saveContact,
  saveInteraction,
  type InteractionRow,
} from '../../../renderer/src/db/repositories/journal-network';
import { NetworkScreen } from '../../../renderer/src/features/network/NetworkScreen';
import { PlatformProvider } from '../../../renderer/src/platform';
import { fakePlatform } from '../../db/backup-fakes';
import { freshName } from '../../db/helpers';

const asOf = '2026-11-22';
const SLOW = { timeout: 10_000 };
const TEST = { timeout: 30_000 };
const PANEL = 'Credit entries to confirm';

let store: Store;
let priya: string;
let tom: string;

async function contact(name: string): Promise<string> {
  const saved = await saveContact(
    store,
    {
      name,
      organisation: '',
      role: '',
      howMet: '',
      tags: [],
      relation: 'contact',
      since: null,
      until: null,
      notes: '',
    },
    asOf,
  );
  if (!saved.ok) throw new Error('contact not saved');
  return saved.value.id;
}

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 22, 10, 0)); // 22 Nov 2026, 10:00 local
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  store = await openStore(freshName('network-stale-panel'));
  priya = await contact('Priya Shah');
  tom = await contact('Tom Lee');
  const held = await saveHeld(
    store,
    { credentialId: 'pmp', stage: 'earned', earnedDate: '2025-01-15' },
    asOf,
  );
  if (!held.ok) throw new Error('credential not saved');
});
afterEach(async () => {
  cleanup();
  resetUnsavedChanges();
  vi.useRealTimers();
  await store.db.delete();
});

function show() {
  render(
    <StoreProvider store={store}>
      <PlatformProvider platform={fakePlatform(null)}>
        <UndoProvider>
          <NetworkScreen rest={['interactions']} />
        </UndoProvider>
      </PlatformProvider>
    </StoreProvider>,
  );
}

/** Mentoring received from Priya Shah, 20 Nov 2026, 2 h of Ways of Working. */
const mentoring = (): Omit<Interaction, 'id'> => ({
  contactId: priya,
  date: '2026-11-20',
  kind: 'mentoring-received',
  notes: '',
  hours: 2,
  area: 'waysOfWorking',
  followUp: null,
});

async function seed(input: Omit<Interaction, 'id'>): Promise<InteractionRow> {
  const saved = await saveInteraction(store, input, { asOf });
  if (!saved.ok) throw new Error('interaction not saved');
  return saved.value;
}

/** Saved "in another window": the interaction as `patch` makes it. */
async function changeElsewhere(seeded: InteractionRow, patch: Partial<Interaction>) {
  const { createdAt: _c, updatedAt: _u, ...row } = seeded;
  const saved = await saveInteraction(store, { ...row, ...patch }, { asOf });
  expect(saved.ok).toBe(true);
}

async function propose(name: RegExp) {
  const row = await screen.findByRole('row', { name }, SLOW);
  fireEvent.click(
    await within(row).findByRole('button', { name: /^Propose credit entries/ }, SLOW),
  );
  return screen.findByRole('region', { name: PANEL }, SLOW);
}

const areaField = (region: HTMLElement, label: string) =>
  within(region).getByLabelText<HTMLInputElement>(label);

function typeSplit(region: HTMLElement, ways: string, power: string) {
  fireEvent.change(areaField(region, 'Ways of Working'), { target: { value: ways } });
  fireEvent.change(areaField(region, 'Power Skills'), { target: { value: power } });
}

const splitShown = (region: HTMLElement) =>
  ['Ways of Working', 'Power Skills', 'Business Acumen'].map((l) => areaField(region, l).value);

describe('A: the confirm panel after its interaction changed in another window', TEST, () => {
  it('shows and confirms the mentoring as it is now (3 h Power Skills), saying it changed', async () => {
    const seeded = await seed(mentoring());
    show();
    const region = await propose(/Priya Shah/);
    expect(within(region).queryByText(/· 2 h ·/)).not.toBeNull();

    await changeElsewhere(seeded, { hours: 3, area: 'powerSkills' });
    await within(region).findByText(/· 3 h ·/, {}, SLOW);
    expect(
      within(region).queryByText(
        '“Mentoring I received with Priya Shah” was changed since its credit entries were proposed. The entries below show it as it is now.',
      ),
    ).not.toBeNull();
    expect(splitShown(region)).toEqual(['0', '3', '0']);

    fireEvent.click(within(region).getByRole('button', { name: 'Confirm credit entries' }));
    await waitFor(() => expect(screen.queryByRole('region', { name: PANEL })).toBeNull(), SLOW);
    const [credit] = await listActivities(store);
    expect(credit!.amount).toBe(3);
    expect(credit!.split).toEqual({ waysOfWorking: 0, powerSkills: 3, businessAcumen: 0 });
  });

  it('never confirms the old figures when Confirm is clicked just after the change', async () => {
    const seeded = await seed(mentoring());
    show();
    const region = await propose(/Priya Shah/);
    await changeElsewhere(seeded, { hours: 3, area: 'powerSkills' });
    // Clicked at once: the panel may not show the change yet; confirmCredits then refuses.
    fireEvent.click(within(region).getByRole('button', { name: 'Confirm credit entries' }));
    await waitFor(() => {
      const refused = within(region).queryByText(/was changed in another window just now/);
      const closed = !screen.queryByRole('region', { name: PANEL });
      expect(refused || closed).toBeTruthy();
    }, SLOW);
    // Either refused (nothing written, and the panel says why) or confirmed with the new
    // figures: never the 2 hours the panel opened with.
    const written = await listActivities(store);
    if (screen.queryByRole('region', { name: PANEL })) {
      expect(written).toEqual([]);
      expect(within(region).queryByText(/was changed in another window just now/)).not.toBeNull();
    } else {
      expect(written.map((a) => a.amount)).toEqual([3]);
    }
  });

  it('offers nothing to confirm once the mentoring is made a meeting elsewhere', async () => {
    const seeded = await seed(mentoring());
    show();
    const region = await propose(/Priya Shah/);
    await changeElsewhere(seeded, { kind: 'meeting' });
    await within(region).findByText(
      '“Meeting with Priya Shah” was changed since its credit entries were proposed and no longer earns any, so there is nothing to confirm.',
      {},
      SLOW,
    );
    expect(within(region).queryByRole('button', { name: 'Confirm credit entries' })).toBeNull();
    expect(await listActivities(store)).toHaveLength(0);
  });
});

describe('B: hours per area typed in the panel', TEST, () => {
  it('stay when another interaction is saved proposing nothing', async () => {
    await seed(mentoring());
    await seed({ ...mentoring(), contactId: tom, kind: 'meeting', hours: 1 });
    show();
    const region = await propose(/Priya Shah/);
    typeSplit(region, '1', '1');

    const other = await screen.findByRole('row', { name: /Tom Lee/ }, SLOW);
    fireEvent.click(within(other).getByRole('button', { name: /^Edit/ }));
    const form = screen.getByRole('form', { name: 'Edit interaction' });
    fireEvent.change(within(form).getByLabelText('Notes'), { target: { value: 'Lunch' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save interaction' }));
    await waitFor(
      () => expect(screen.queryByRole('form', { name: 'Edit interaction' })).toBeNull(),
      SLOW,
    );

    const still = screen.getByRole('region', { name: PANEL });
    expect(splitShown(still)).toEqual(['1', '1', '0']);
  });
});

const CHANGED =
  'This interaction was changed in another window after you opened this form. Saving will replace that change with what you see here; Cancel keeps it.';
const DELETED = /^This interaction was deleted in another window after you opened this form\./;

async function openEdit(name: RegExp) {
  const row = await screen.findByRole('row', { name }, SLOW);
  fireEvent.click(within(row).getByRole('button', { name: /^Edit/ }));
  const form = screen.getByRole('form', { name: 'Edit interaction' });
  fireEvent.change(within(form).getByLabelText('Notes'), { target: { value: 'Good advice' } });
  return form;
}

describe('C: the interaction form after the interaction changed in another window', TEST, () => {
  it('refuses to put back hours changed elsewhere unseen, says so, then replaces', async () => {
    const seeded = await seed({ ...mentoring(), kind: 'meeting' });
    show();
    const form = await openEdit(/Priya Shah/);
    await changeElsewhere(seeded, { hours: 3 });

    fireEvent.click(within(form).getByRole('button', { name: 'Save interaction' }));
    await within(form).findByText(CHANGED, {}, SLOW);
    let [stored] = await listInteractions(store);
    expect(stored!.hours).toBe(3);
    expect(within(form).getByLabelText<HTMLTextAreaElement>('Notes').value).toBe('Good advice');

    fireEvent.click(within(form).getByRole('button', { name: 'Save interaction' }));
    await waitFor(
      () => expect(screen.queryByRole('form', { name: 'Edit interaction' })).toBeNull(),
      SLOW,
    );
    [stored] = await listInteractions(store);
    expect(stored!.hours).toBe(2);
    expect(stored!.notes).toBe('Good advice');
  });

  it('does not bring back an interaction deleted elsewhere unseen; saved after that, it is new', async () => {
    const seeded = await seed({ ...mentoring(), kind: 'meeting' });
    show();
    const form = await openEdit(/Priya Shah/);
    const removed = await deleteInteraction(store, seeded.id, 'unlink');

    fireEvent.click(within(form).getByRole('button', { name: 'Save interaction' }));
    await within(form).findByText(DELETED, {}, SLOW);
    expect(await listInteractions(store)).toHaveLength(0);

    fireEvent.click(within(form).getByRole('button', { name: 'Save interaction' }));
    await waitFor(
      () => expect(screen.queryByRole('form', { name: 'Edit interaction' })).toBeNull(),
      SLOW,
    );
    const [again] = await listInteractions(store);
    expect(again!.id).not.toBe(seeded.id);
    expect(again!.notes).toBe('Good advice');
    // The other window's Undo still puts the deleted interaction back.
    expect(await restoreEntry(store, removed!)).toBe(true);
  });
});
