// A ladder experience requirement asking for more months than its window holds can never be
// met (experienceOutlook: NEED_EXCEEDS_WINDOW; domain-facts §2 counts unique months inside
// the window). The edit form refuses it beside "Months of experience", saying what to do, and
// saves nothing; months that fit the window save.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyProfileDraft } from '../../../shared/domain/profile/profile';
import { UndoProvider } from '../../../renderer/src/components/undo';
import { resetUnsavedChanges } from '../../../renderer/src/components/unsaved-changes';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { getLadderPlan } from '../../../renderer/src/db/repositories/career';
import { saveProfile } from '../../../renderer/src/db/repositories/profile';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { LadderScreen } from '../../../renderer/src/features/ladder/LadderScreen';
import { freshName } from '../../db/helpers';

/** fake-indexeddb and live queries take a while on a busy machine. */
const SLOW = { timeout: 15_000 };
const TEST = { timeout: 60_000 };

let store: Store;
beforeEach(async () => {
  store = await openStore(freshName('ladder-months-window'));
  const saved = await saveProfile(store, {
    ...emptyProfileDraft(),
    currentRung: 'pmo-analyst',
    targetRung: 'pmo-director',
    education: 'bachelor',
  });
  if (!saved.ok) throw new Error('profile not saved');
});
afterEach(() => {
  cleanup();
  resetUnsavedChanges();
  store?.db.close();
});

function show() {
  render(
    <StoreProvider store={store}>
      <UndoProvider>
        <LadderScreen rest={['pmo-manager']} />
      </UndoProvider>
    </StoreProvider>,
  );
}

/** The words shown under a field (its aria-describedby error), or null. */
function said(form: HTMLElement, label: string): string | null {
  const input = within(form).getByLabelText(label);
  if (input.getAttribute('aria-invalid') !== 'true') return null;
  const ids = (input.getAttribute('aria-describedby') ?? '').split(' ');
  return ids.map((id) => document.getElementById(id)?.textContent).find((t) => t) ?? null;
}

async function editLeading(months: string, window: string) {
  await screen.findByRole('row', { name: /^3 years of leading projects/ }, SLOW);
  fireEvent.click(screen.getByRole('button', { name: 'Edit 3 years of leading projects' }));
  const form = screen.getByRole('form', { name: 'Edit 3 years of leading projects' });
  fireEvent.change(within(form).getByLabelText('Months of experience'), {
    target: { value: months },
  });
  fireEvent.change(within(form).getByLabelText('Counted over the last … months'), {
    target: { value: window },
  });
  fireEvent.click(within(form).getByRole('button', { name: 'Save requirement' }));
  return form;
}

const leading = async () =>
  (await getLadderPlan(store)).rungs
    .find((r) => r.id === 'pmo-manager')!
    .requirements.find((q) => q.id === 'experience-leading');

describe('months of experience above the window', TEST, () => {
  it('60 months in the last 24: refused beside the months, nothing saved', async () => {
    show();
    const form = await editLeading('60', '24');
    await waitFor(
      () =>
        expect(said(form, 'Months of experience')).toBe(
          'A window of 24 months holds at most 24 months of experience: widen the window or lower the months.',
        ),
      SLOW,
    );
    expect(said(form, 'Counted over the last … months')).toBeNull();
    expect(await leading()).toMatchObject({ months: 36, windowMonths: null });
    expect(screen.queryByRole('row', { name: /in the last 2 years/ })).toBeNull();
  });

  it('24 months in the last 24 saves', async () => {
    show();
    await editLeading('24', '24');
    // Saving and the live read after it are slow on a busy machine.
    await waitFor(
      async () => expect(await leading()).toMatchObject({ months: 24, windowMonths: 24 }),
      { timeout: 15_000 },
    );
    await screen.findByRole(
      'row',
      { name: /^2 years of leading projects in the last 2 years/ },
      { timeout: 15_000 },
    );
  });
});
