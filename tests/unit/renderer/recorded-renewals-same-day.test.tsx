/**
 * Recorded renewals sharing a day on the credential's page (PMP earned 3 Feb 2017: cycle 1 to
 * 2 Feb 2020, domain-facts §1), as stored before a second renewal of a day was refused:
 * - two recorded the same day are two rows (keys that do not clash), the second renewing no
 *   cycle, and Edit opens one form, under the row pressed;
 * - Delete beside a recorded renewal takes out that one, not the renewal Ascent assumed the
 *   same day (put right in the cycle history instead), as Edit does.
 */
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatDate as day } from '../../../renderer/src/components/format';
import { UndoProvider } from '../../../renderer/src/components/undo';
import { resetUnsavedChanges } from '../../../renderer/src/components/unsaved-changes';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { held as heldTable } from '../../../renderer/src/db/repositories/credential-rows';
import {
  listHeld,
  saveHeld,
  type HeldRow,
} from '../../../renderer/src/db/repositories/credentials';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { CredentialDetail } from '../../../renderer/src/features/credentials/CredentialDetail';
import { PlatformProvider } from '../../../renderer/src/platform';
import type { Renewal } from '../../../shared/domain/credentials';
import { fakePlatform } from '../../db/backup-fakes';
import { freshName } from '../../db/helpers';

const SLOW = { timeout: 5000 };
let store: Store;

afterEach(async () => {
  cleanup();
  resetUnsavedChanges();
  vi.restoreAllMocks();
  vi.useRealTimers();
  store.db.close();
  await store.db.delete();
});

/** The page of a PMP whose renewals were stored as given (straight to the table), 1 Jun 2024. */
async function page(
  label: string,
  renewals: Renewal[],
): Promise<{ row: HeldRow; list: HTMLElement }> {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2024, 5, 1, 9, 0));
  store = await openStore(freshName(label));
  const saved = await saveHeld(
    store,
    { credentialId: 'pmp', stage: 'earned', earnedDate: '2017-02-03' },
    '2024-06-01',
  );
  if (!saved.ok) throw new Error('fixture');
  const row: HeldRow = { ...saved.value, renewals };
  await heldTable(store).put(row);
  render(
    <StoreProvider store={store}>
      <PlatformProvider platform={fakePlatform(null)}>
        <UndoProvider>
          <main>
            <CredentialDetail heldId={row.id} />
          </main>
        </UndoProvider>
      </PlatformProvider>
    </StoreProvider>,
  );
  const list = await screen.findByRole('region', { name: 'Recorded renewals' }, SLOW);
  return { row, list };
}

describe('two renewals recorded on one day', { timeout: 20_000 }, () => {
  it('are two rows with their own keys, the second renewing no cycle', async () => {
    const warned = vi.spyOn(console, 'error');
    const { list } = await page('renewals-same-day', [
      { date: '2020-01-10' },
      { date: '2020-01-10' },
    ]);
    const clashes = warned.mock.calls.filter((call) =>
      call.some((part) => String(part).includes('same key')),
    );
    expect(clashes).toEqual([]);
    const rows = within(list).getAllByRole('listitem');
    expect(rows.map((li) => li.textContent)).toEqual([
      expect.stringContaining(
        `${day('2020-01-10')}: renewed cycle 1 (${day('2017-02-03')} – ${day('2020-02-02')})`,
      ),
      expect.stringContaining(`${day('2020-01-10')}: renews no cycle`),
    ]);
  });

  it('Edit on the second opens one form, in its row', async () => {
    const { list } = await page('renewals-same-day-edit', [
      { date: '2020-01-10' },
      { date: '2020-01-10' },
    ]);
    const edits = within(list).getAllByRole('button', {
      name: `Edit the renewal of ${day('2020-01-10')}`,
    });
    expect(edits).toHaveLength(2);
    fireEvent.click(edits[1]!);
    const form = await within(list).findByRole('form', {}, SLOW);
    expect(within(list).getAllByRole('form')).toHaveLength(1);
    const [first, second] = within(list).getAllByRole('listitem');
    expect(second!.contains(form)).toBe(true);
    expect(first!.contains(form)).toBe(false);
    const input = within(form).getByLabelText('Renewed on');
    await waitFor(() => expect(document.activeElement).toBe(input), SLOW);
  });
});

describe('a renewal recorded on the day of one Ascent assumed', { timeout: 20_000 }, () => {
  it('Delete takes out the recorded one; the assumed one stays', async () => {
    const { list } = await page('renewal-delete-beside-assumed', [
      { date: '2020-02-02', assumed: true },
      { date: '2020-02-02' },
    ]);
    expect(within(list).getAllByRole('listitem')).toHaveLength(1);
    await act(async () =>
      fireEvent.click(
        within(list).getByRole('button', { name: `Delete the renewal of ${day('2020-02-02')}` }),
      ),
    );
    await waitFor(
      () => expect(screen.queryByRole('region', { name: 'Recorded renewals' })).toBeNull(),
      SLOW,
    );
    expect((await listHeld(store))[0]!.renewals).toEqual([{ date: '2020-02-02', assumed: true }]);
  });
});
