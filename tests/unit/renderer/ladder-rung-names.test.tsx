// Rungs may not share a name. A reviewer added "PMO Analyst" twice more and renamed a rung to
// an existing name: the Dashboard, Settings and "Remove PMO Analyst?" could no longer tell
// them apart. Now the name field refuses it (names compared trimmed, spaces as one, any case)
// and says what to do; an edit that would clash some other way (a reset) is refused too.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  addRung,
  defaultLadderPlan,
  newUserRung,
  updateRung,
  type LadderPlan,
} from '../../../shared/catalog/ladder-requirements';
import { emptyProfileDraft } from '../../../shared/domain/profile/profile';
import { UndoProvider } from '../../../renderer/src/components/undo';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { getLadderPlan, saveLadderPlan } from '../../../renderer/src/db/repositories/career';
import { saveProfile } from '../../../renderer/src/db/repositories/profile';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { LadderScreen } from '../../../renderer/src/features/ladder/LadderScreen';
import { freshName } from '../../db/helpers';

const SLOW = { timeout: 5000 };
const TEST = { timeout: 30_000 };

let store: Store;
beforeEach(async () => {
  store = await openStore(freshName('ladder-rung-names'));
  const saved = await saveProfile(store, {
    ...emptyProfileDraft(),
    currentRung: 'pmo-analyst',
    targetRung: 'pmo-director',
    education: 'bachelor',
  });
  if (!saved.ok) throw new Error('profile not saved');
});
afterEach(async () => {
  cleanup();
  await store.db.delete();
});

function show(rest: string[]) {
  render(
    <StoreProvider store={store}>
      <UndoProvider>
        <main>
          <LadderScreen rest={rest} />
        </main>
      </UndoProvider>
    </StoreProvider>,
  );
}

const names = async () => (await getLadderPlan(store)).rungs.map((r) => r.name);
const ok = (edit: ReturnType<typeof addRung>): LadderPlan => {
  if (!edit.ok) throw new Error('edit refused');
  return edit.value;
};

describe('adding a rung with a name the ladder has', TEST, () => {
  it.each([['PMO Analyst'], ['  pmo   analyst '], ['PMO ANALYST']])(
    '%j is refused at the field, which gets the focus; nothing is added',
    async (typed) => {
      show([]);
      const form = await screen.findByRole('form', { name: 'Add a rung of your own' }, SLOW);
      const field = within(form).getByLabelText('Name of the new rung');
      fireEvent.change(field, { target: { value: typed } });
      fireEvent.click(within(form).getByRole('button', { name: 'Add the rung' }));
      const said = 'You already have a rung called PMO Analyst. Give this one another name.';
      expect(await within(form).findByText(said)).toBeDefined();
      expect(field.getAttribute('aria-invalid')).toBe('true');
      expect(field.getAttribute('aria-describedby')).toContain(within(form).getByText(said).id);
      expect(document.activeElement).toBe(field);
      expect((field as HTMLInputElement).value).toBe(typed);
      expect((await names()).filter((n) => n.toLowerCase() === 'pmo analyst')).toHaveLength(1);
      expect(await names()).toHaveLength(5);
    },
  );

  it('a name of its own is added once; the same name again is refused', async () => {
    show([]);
    const form = await screen.findByRole('form', { name: 'Add a rung of your own' }, SLOW);
    const field = within(form).getByLabelText('Name of the new rung');
    fireEvent.change(field, { target: { value: 'Senior PMO Analyst' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Add the rung' }));
    await waitFor(async () => expect(await names()).toContain('Senior PMO Analyst'), SLOW);
    await screen.findByText(/^Added Senior PMO Analyst to your ladder\./, {}, SLOW);
    fireEvent.change(field, { target: { value: 'senior pmo analyst' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Add the rung' }));
    expect(
      await within(form).findByText(
        'You already have a rung called Senior PMO Analyst. Give this one another name.',
      ),
    ).toBeDefined();
    expect(await names()).toHaveLength(6);
  });
});

describe('renaming a rung on its page', TEST, () => {
  it('to another rung’s name is refused at the field; its own name in another case is kept', async () => {
    show(['pmo-director']);
    const form = await screen.findByRole('form', { name: 'Rename the rung' }, SLOW);
    const field = within(form).getByLabelText('Rung name');
    fireEvent.change(field, { target: { value: ' pmo manager' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save name' }));
    expect(
      await within(form).findByText(
        'You already have a rung called PMO Manager. Give this one another name.',
      ),
    ).toBeDefined();
    expect(document.activeElement).toBe(field);
    expect(await names()).toContain('PMO Director');

    fireEvent.change(field, { target: { value: 'PMO DIRECTOR' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save name' }));
    await waitFor(async () => expect(await names()).toContain('PMO DIRECTOR'), SLOW);
    expect(within(form).queryByText(/You already have a rung called/)).toBeNull();
  });
});

describe('resetting a rung to a default name a rung of your own has taken', TEST, () => {
  it('is refused with words that say which name and what to do', async () => {
    // PMO Analyst renamed, then a rung of your own called PMO Analyst.
    const renamed = ok(updateRung(defaultLadderPlan(), 'pmo-analyst', { name: 'Analyst' }));
    const plan = ok(addRung(renamed, newUserRung('mine', 'PMO Analyst'), 2));
    expect((await saveLadderPlan(store, plan)).ok).toBe(true);
    show(['pmo-analyst']);
    const reset = await screen.findByRole(
      'button',
      { name: 'Reset this rung to the default' },
      SLOW,
    );
    fireEvent.click(reset);
    expect((await screen.findByRole('alert', {}, SLOW)).textContent).toBe(
      'This would give two rungs the name PMO Analyst. Rename one of them first, then try again.',
    );
    expect(await names()).toContain('Analyst');
  });
});
