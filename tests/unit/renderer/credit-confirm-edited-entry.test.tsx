// The "Credit entries to confirm" panel shows the entry as it now is. With the panel open, an
// edit of its entry that changes the hours or the area draws the area fields afresh (the old
// figures would put the credit into the old area, or fail with "The areas must add up to the
// 3 hours."); an edit that changes neither keeps what was typed in the panel. In Learning (a
// book) and in Network (mentoring received). PMP earned 15 Jan 2025; today 22 Nov 2026.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { UndoProvider } from '../../../renderer/src/components/undo';
import { resetUnsavedChanges } from '../../../renderer/src/components/unsaved-changes';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { listActivities } from '../../../renderer/src/db/repositories/activities';
import { saveHeld } from '../../../renderer/src/db/repositories/credentials';
import { saveMedia } from '../../../renderer/src/db/repositories/journal';
import {
  saveContact,
  saveInteraction,
} from '../../../renderer/src/db/repositories/journal-network';
import { areaLabels } from '../../../renderer/src/features/credentials/messages';
import { LearningScreen } from '../../../renderer/src/features/learning/LearningScreen';
import { NetworkScreen } from '../../../renderer/src/features/network/NetworkScreen';
import { PlatformProvider } from '../../../renderer/src/platform';
import { fakePlatform } from '../../db/backup-fakes';
import { freshName } from '../../db/helpers';

const asOf = '2026-11-22';
const SLOW = { timeout: 10_000 };
const TEST = { timeout: 30_000 };
const PANEL = 'Credit entries to confirm';
let store: Store;

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 22, 10, 0)); // 22 Nov 2026, 10:00 local
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  store = await openStore(freshName('credit-confirm-edited'));
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

function show(element: React.ReactElement) {
  render(
    <StoreProvider store={store}>
      <PlatformProvider platform={fakePlatform(null)}>
        <UndoProvider>{element}</UndoProvider>
      </PlatformProvider>
    </StoreProvider>,
  );
}

/** The open panel, after "Propose credit entries" on the only entry. */
async function openPanel() {
  fireEvent.click(await screen.findByRole('button', { name: /^Propose credit entries/ }, SLOW));
  return screen.findByRole('region', { name: PANEL }, SLOW);
}

/** The panel's hours per area, as its fields show them. */
function areaFields(panel: HTMLElement) {
  return {
    waysOfWorking: (within(panel).getByLabelText(areaLabels.waysOfWorking) as HTMLInputElement)
      .value,
    powerSkills: (within(panel).getByLabelText(areaLabels.powerSkills) as HTMLInputElement).value,
    businessAcumen: (within(panel).getByLabelText(areaLabels.businessAcumen) as HTMLInputElement)
      .value,
  };
}

/** Edits the only entry in its form (`name`): `changes` by label, then its Save button. */
async function edit(name: string, save: string, changes: Record<string, string>) {
  fireEvent.click(await screen.findByRole('button', { name: /^Edit/ }, SLOW));
  const form = await screen.findByRole('form', { name }, SLOW);
  for (const [label, value] of Object.entries(changes))
    fireEvent.change(within(form).getByLabelText(label), { target: { value } });
  fireEvent.click(within(form).getByRole('button', { name: save }));
  await waitFor(() => expect(screen.queryByRole('form', { name })).toBeNull(), SLOW);
}

async function seedBook() {
  const saved = await saveMedia(
    store,
    {
      kind: 'reading',
      title: 'The PMO Handbook',
      author: 'J. Smith',
      date: '2026-06-01',
      hours: 2,
      area: 'waysOfWorking',
      link: '',
      notes: '',
    },
    { asOf },
  );
  if (!saved.ok) throw new Error('book not saved');
}

async function seedMentoring() {
  const contact = await saveContact(
    store,
    {
      name: 'Priya Shah',
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
  if (!contact.ok) throw new Error('contact not saved');
  const saved = await saveInteraction(
    store,
    {
      contactId: contact.value.id,
      date: '2026-11-20',
      kind: 'mentoring-received',
      notes: '',
      hours: 2,
      area: 'waysOfWorking',
      followUp: null,
    },
    { asOf },
  );
  if (!saved.ok) throw new Error('interaction not saved');
}

describe('a book whose credit entry waits to be confirmed', TEST, () => {
  it('edited to 3 hours in Power skills: the panel shows 3 in Power skills, and confirms it', async () => {
    await seedBook();
    show(<LearningScreen rest={['reading']} />);
    expect(areaFields(await openPanel())).toEqual({
      waysOfWorking: '2',
      powerSkills: '0',
      businessAcumen: '0',
    });

    await edit('Edit reading or listening', 'Save entry', { Hours: '3', Area: 'powerSkills' });
    const panel = await screen.findByRole('region', { name: PANEL }, SLOW);
    await waitFor(() => expect(within(panel).queryByText(/· 3 h ·/)).not.toBeNull(), SLOW);
    expect(areaFields(screen.getByRole('region', { name: PANEL }))).toEqual({
      waysOfWorking: '0',
      powerSkills: '3',
      businessAcumen: '0',
    });

    fireEvent.click(
      within(screen.getByRole('region', { name: PANEL })).getByRole('button', {
        name: 'Confirm credit entries',
      }),
    );
    await waitFor(() => expect(screen.queryByRole('region', { name: PANEL })).toBeNull(), SLOW);
    const [activity] = await listActivities(store);
    expect(activity?.split).toEqual({ waysOfWorking: 0, powerSkills: 3, businessAcumen: 0 });
  });

  it('edited in its notes only: what was typed in the panel stays', async () => {
    await seedBook();
    show(<LearningScreen rest={['reading']} />);
    const panel = await openPanel();
    fireEvent.change(within(panel).getByLabelText(areaLabels.waysOfWorking), {
      target: { value: '1.5' },
    });
    fireEvent.change(within(panel).getByLabelText(areaLabels.powerSkills), {
      target: { value: '0.5' },
    });

    await edit('Edit reading or listening', 'Save entry', { Notes: 'Chapter 4 is the one.' });
    expect(areaFields(await screen.findByRole('region', { name: PANEL }, SLOW))).toEqual({
      waysOfWorking: '1.5',
      powerSkills: '0.5',
      businessAcumen: '0',
    });
  });
});

describe('mentoring whose credit entry waits to be confirmed', TEST, () => {
  it('edited to 3 hours in Business acumen: the panel shows 3 in Business acumen', async () => {
    await seedMentoring();
    show(<NetworkScreen rest={['interactions']} />);
    expect(areaFields(await openPanel())).toEqual({
      waysOfWorking: '2',
      powerSkills: '0',
      businessAcumen: '0',
    });

    await edit('Edit interaction', 'Save interaction', {
      Hours: '3',
      'Area of the mentoring': 'businessAcumen',
    });
    const panel = await screen.findByRole('region', { name: PANEL }, SLOW);
    await waitFor(() => expect(within(panel).queryByText(/· 3 h ·/)).not.toBeNull(), SLOW);
    expect(areaFields(screen.getByRole('region', { name: PANEL }))).toEqual({
      waysOfWorking: '0',
      powerSkills: '0',
      businessAcumen: '3',
    });
  });

  it('edited in its notes only: what was typed in the panel stays', async () => {
    await seedMentoring();
    show(<NetworkScreen rest={['interactions']} />);
    const panel = await openPanel();
    fireEvent.change(within(panel).getByLabelText(areaLabels.powerSkills), {
      target: { value: '1' },
    });
    fireEvent.change(within(panel).getByLabelText(areaLabels.waysOfWorking), {
      target: { value: '1' },
    });

    await edit('Edit interaction', 'Save interaction', { Notes: 'Talked about stakeholders.' });
    expect(areaFields(await screen.findByRole('region', { name: PANEL }, SLOW))).toEqual({
      waysOfWorking: '1',
      powerSkills: '1',
      businessAcumen: '0',
    });
  });
});
