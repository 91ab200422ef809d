// Defining a credential of your own: category minimums must fit in the credits needed per
// cycle (customCredentialSchema, as totalBelowMinimums for a built-in rule with your numbers).
// A minimum above the total is refused on that minimum, naming the most it can be; minimums
// that each fit but together pass the total are refused on the total, naming the least total
// they allow. Nothing is saved and what was typed stays.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UndoProvider } from '../../../renderer/src/components/undo';
import { resetUnsavedChanges } from '../../../renderer/src/components/unsaved-changes';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { listCustom } from '../../../renderer/src/db/repositories/credentials';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { CustomCredentialForm } from '../../../renderer/src/features/credentials/CustomCredentialForm';
import { PlatformProvider } from '../../../renderer/src/platform';
import { fakePlatform } from '../../db/backup-fakes';
import { freshName } from '../../db/helpers';

const SLOW = { timeout: 5000 };
const TEST = { timeout: 30_000 };

let store: Store;
beforeEach(async () => {
  store = await openStore(freshName('own-credential-minimums'));
});
afterEach(async () => {
  cleanup();
  resetUnsavedChanges();
  await store.db.delete();
});

function show() {
  render(
    <StoreProvider store={store}>
      <PlatformProvider platform={fakePlatform(null)}>
        <UndoProvider>
          <CustomCredentialForm onDone={() => {}} />
        </UndoProvider>
      </PlatformProvider>
    </StoreProvider>,
  );
  return screen.getByRole('form', { name: 'Define your own credential' });
}

/** Types a value into the field labelled `label`. */
const type = (form: HTMLElement, label: string, value: string) =>
  fireEvent.change(within(form).getByLabelText(label), { target: { value } });

/** The words shown under a field (its aria-describedby error), or null. */
function said(form: HTMLElement, label: string): string | null {
  const input = within(form).getByLabelText(label);
  if (input.getAttribute('aria-invalid') !== 'true') return null;
  const ids = (input.getAttribute('aria-describedby') ?? '').split(' ');
  return ids.map((id) => document.getElementById(id)?.textContent).find((t) => t) ?? null;
}

function fill(form: HTMLElement, total: string, mins: string[]) {
  type(form, 'Awarding body', 'APM');
  type(form, 'Short name', 'ChPP');
  type(form, 'Full name', 'Chartered Project Professional');
  type(form, 'Cycle length in months', '12');
  type(form, 'Credits needed per cycle', total);
  mins.forEach((min, i) => {
    fireEvent.click(within(form).getByRole('button', { name: 'Add a category' }));
    type(form, `Category ${i + 1} name`, `Category ${i + 1}`);
    type(form, `Category ${i + 1} minimum`, min);
  });
}

describe('category minimums that do not fit in the total', TEST, () => {
  it('a minimum of 30 in 20 per cycle: said on the minimum, with the most it can be', async () => {
    const form = show();
    fill(form, '20', ['30']);
    fireEvent.click(within(form).getByRole('button', { name: 'Save credential definition' }));
    await waitFor(
      () =>
        expect(said(form, 'Category 1 minimum')).toBe(
          'The minimum cannot be above the total per cycle: use 20 or less, or raise the total first.',
        ),
      SLOW,
    );
    expect(said(form, 'Credits needed per cycle')).toBeNull();
    expect((within(form).getByLabelText('Category 1 minimum') as HTMLInputElement).value).toBe(
      '30',
    );
    expect(await listCustom(store)).toEqual([]);
  });

  it('minimums of 15 and 10 in 20 per cycle: said on the total, with the least it can be', async () => {
    const form = show();
    fill(form, '20', ['15', '10']);
    fireEvent.click(within(form).getByRole('button', { name: 'Save credential definition' }));
    await waitFor(
      () =>
        expect(said(form, 'Credits needed per cycle')).toBe(
          'The total cannot be below what the minimums ask for: use 25 or more, or lower the minimums first.',
        ),
      SLOW,
    );
    expect(said(form, 'Category 1 minimum')).toBeNull();
    expect(await listCustom(store)).toEqual([]);

    type(form, 'Credits needed per cycle', '25');
    fireEvent.click(within(form).getByRole('button', { name: 'Save credential definition' }));
    await waitFor(async () => expect((await listCustom(store)).map((c) => c.total)).toEqual([25]));
  });
});
