/**
 * Recorded renewals on the credential's page:
 * - one outside every renewal window (PMP earned 3 Feb 2017, expired 3 Feb 2021, renewed
 *   1 Mar 2021: domain-facts §1) is refused with words saying why and what to do, and nothing
 *   is saved;
 * - the recorded renewals are listed with the cycle each renewed, each with a Delete named by
 *   its date, whose Undo puts it back;
 * - the notice after recording a PRINCE2 renewal names the cycle the history shows, with the
 *   suite's later exam counted (§3).
 */
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { ReactElement } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatDate as day } from '../../../renderer/src/components/format';
import { UndoProvider } from '../../../renderer/src/components/undo';
import { resetUnsavedChanges } from '../../../renderer/src/components/unsaved-changes';
import { openStore, type Store } from '../../../renderer/src/db/database';
import {
  listHeld,
  saveHeld,
  type HeldRow,
} from '../../../renderer/src/db/repositories/credentials';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { CredentialDetail } from '../../../renderer/src/features/credentials/CredentialDetail';
import { PlatformProvider } from '../../../renderer/src/platform';
import type { HeldCredential } from '../../../shared/domain/credentials';
import { fakePlatform } from '../../db/backup-fakes';
import { freshName } from '../../db/helpers';

const SLOW = { timeout: 5000 };
let store: Store;

async function setUp(today: Date, label: string) {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(today);
  store = await openStore(freshName(label));
}

afterEach(async () => {
  cleanup();
  resetUnsavedChanges();
  vi.useRealTimers();
  store.db.close();
  await store.db.delete();
});

async function held(input: Omit<HeldCredential, 'id'>, asOf: string): Promise<HeldRow> {
  const saved = await saveHeld(store, input, asOf);
  if (!saved.ok) throw new Error('fixture');
  return saved.value;
}

function show(el: ReactElement) {
  render(
    <StoreProvider store={store}>
      <PlatformProvider platform={fakePlatform(null)}>
        <UndoProvider>
          <main>{el}</main>
        </UndoProvider>
      </PlatformProvider>
    </StoreProvider>,
  );
}

async function record(date: string) {
  const form = await screen.findByRole('form', { name: 'Record a renewal' }, SLOW);
  fireEvent.change(within(form).getByLabelText('Renewed on'), { target: { value: date } });
  fireEvent.click(within(form).getByRole('button', { name: 'Record renewal' }));
  return form;
}

describe('a renewal outside every renewal window', { timeout: 20_000 }, () => {
  it('is refused, saying the PMP expired before it and what to do', async () => {
    await setUp(new Date(2021, 5, 1, 9, 0), 'renewal-outside'); // 1 Jun 2021
    const pmp = await held(
      { credentialId: 'pmp', stage: 'earned', earnedDate: '2017-02-03' },
      '2021-06-01',
    );
    show(<CredentialDetail heldId={pmp.id} />);
    const form = await record('2021-03-01');
    await waitFor(
      () =>
        expect(form.textContent).toContain(
          `Nothing was saved: PMP expired on ${day('2021-02-03')}, so a renewal from that day on cannot renew it. If it was renewed in time, check the date you entered; if not, PMI asks for the exam again.`,
        ),
      SLOW,
    );
    expect(screen.queryByText(/^Renewal recorded/)).toBeNull();
    expect(await listHeld(store)).toEqual([pmp]);
  });
});

describe(
  'an earned-date edit that leaves a recorded renewal outside every window',
  { timeout: 20_000 },
  () => {
    it('is refused, naming the renewal and saying to correct it with Edit first', async () => {
      await setUp(new Date(2021, 5, 1, 9, 0), 'renewal-stranded-edit');
      const pmp = await held(
        {
          credentialId: 'pmp',
          stage: 'earned',
          earnedDate: '2017-02-03',
          renewals: [{ date: '2020-01-10' }],
        },
        '2021-06-01',
      );
      show(<CredentialDetail heldId={pmp.id} />);
      fireEvent.click(await screen.findByRole('button', { name: 'Edit stage and dates' }, SLOW));
      const form = await screen.findByRole('form', { name: 'Edit credential' }, SLOW);
      fireEvent.change(within(form).getByLabelText('Earned on (certification date)'), {
        target: { value: '2016-01-05' },
      });
      fireEvent.click(within(form).getByRole('button', { name: 'Save changes' }));
      // The earlier date asks first whether it was renewed every cycle: the holder records them.
      fireEvent.click(await within(form).findByLabelText(/^Not renewed every cycle/, {}, SLOW));
      fireEvent.click(within(form).getByRole('button', { name: 'Save changes' }));
      const alert = await within(form).findByText(/^Nothing was saved/, {}, SLOW);
      expect(alert.textContent).toBe(
        `Nothing was saved: your renewal of ${day('2020-01-10')} (“With these dates it would renew no cycle: it falls outside every renewal window. Correct its day first with Edit under Recorded renewals (or Delete it there if it does not apply), then change these dates again.”) was refused. Correct it on the credential’s page, or Cancel to keep what is stored.`,
      );
      expect(await listHeld(store)).toEqual([pmp]);

      // Doing as it says: the renewal's day put right with Edit (1 Dec 2019 is in cycle 1 as
      // stored, and in its suspension year with the new dates, §1), the new dates then save.
      fireEvent.click(within(form).getByRole('button', { name: 'Cancel' }));
      const discard = screen.queryByRole('alertdialog', { name: 'Discard your changes?' });
      if (discard)
        fireEvent.click(within(discard).getByRole('button', { name: 'Discard changes' }));
      const list = await screen.findByRole('region', { name: 'Recorded renewals' }, SLOW);
      fireEvent.click(
        within(list).getByRole('button', { name: `Edit the renewal of ${day('2020-01-10')}` }),
      );
      const edit = await within(list).findByRole(
        'form',
        { name: `Edit the renewal of ${day('2020-01-10')}` },
        SLOW,
      );
      fireEvent.change(within(edit).getByLabelText('Renewed on'), {
        target: { value: '2019-12-01' },
      });
      fireEvent.click(within(edit).getByRole('button', { name: 'Save renewal' }));
      await within(list).findByRole(
        'button',
        { name: `Edit the renewal of ${day('2019-12-01')}` },
        SLOW,
      );
      fireEvent.click(await screen.findByRole('button', { name: 'Edit stage and dates' }, SLOW));
      const again = await screen.findByRole('form', { name: 'Edit credential' }, SLOW);
      fireEvent.change(within(again).getByLabelText('Earned on (certification date)'), {
        target: { value: '2016-01-05' },
      });
      fireEvent.click(within(again).getByRole('button', { name: 'Save changes' }));
      await waitFor(async () => {
        const [saved] = await listHeld(store);
        expect(saved).toMatchObject({
          earnedDate: '2016-01-05',
          renewals: [{ date: '2019-12-01' }],
        });
      }, SLOW);
    });
  },
);

describe('a second renewal in a cycle already renewed', { timeout: 20_000 }, () => {
  it('is refused, naming the renewal already recorded and where to correct it', async () => {
    await setUp(new Date(2022, 5, 1, 9, 0), 'renewal-second'); // 1 Jun 2022
    const pmp = await held(
      {
        credentialId: 'pmp',
        stage: 'earned',
        earnedDate: '2017-02-03',
        renewals: [{ date: '2020-01-10' }],
      },
      '2022-06-01',
    );
    show(<CredentialDetail heldId={pmp.id} />);
    const form = await record('2020-01-20');
    await waitFor(
      () =>
        expect(form.textContent).toContain(
          `Nothing was saved: cycle 1 of PMP was already renewed on ${day('2020-01-10')}, and a second renewal in it renews nothing. If that date is wrong, correct it with its Edit under “Recorded renewals”.`,
        ),
      SLOW,
    );
    expect(await listHeld(store)).toEqual([pmp]);
  });
});

describe('the recorded renewals', { timeout: 20_000 }, () => {
  it('lists each with its cycle; Delete takes it out and Undo puts it back', async () => {
    await setUp(new Date(2024, 5, 1, 9, 0), 'renewal-list'); // 1 Jun 2024
    const pmp = await held(
      {
        credentialId: 'pmp',
        stage: 'earned',
        earnedDate: '2017-02-03',
        renewals: [{ date: '2020-01-10' }],
      },
      '2024-06-01',
    );
    show(<CredentialDetail heldId={pmp.id} />);
    const list = await screen.findByRole('region', { name: 'Recorded renewals' }, SLOW);
    expect(within(list).getByRole('listitem').textContent).toContain(
      `${day('2020-01-10')}: renewed cycle 1 (${day('2017-02-03')} – ${day('2020-02-02')})`,
    );
    await act(async () =>
      fireEvent.click(
        within(list).getByRole('button', {
          name: `Delete the renewal of ${day('2020-01-10')}`,
        }),
      ),
    );
    await waitFor(
      () => expect(screen.queryByRole('region', { name: 'Recorded renewals' })).toBeNull(),
      SLOW,
    );
    expect((await listHeld(store))[0]!.renewals).toEqual([]);
    expect(screen.queryByText(`Renewal of PMP on ${day('2020-01-10')} deleted.`)).not.toBeNull();
    await waitFor(() => expect(document.activeElement?.tagName).toBe('H1'), SLOW);

    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Undo' })));
    await screen.findByRole('region', { name: 'Recorded renewals' }, SLOW);
    expect((await listHeld(store))[0]!.renewals).toEqual([{ date: '2020-01-10' }]);
  });

  it('a Delete that would leave a later renewal renewing no cycle is refused, in words', async () => {
    await setUp(new Date(2024, 5, 1, 9, 0), 'renewal-list-strands');
    const pmp = await held(
      {
        credentialId: 'pmp',
        stage: 'earned',
        earnedDate: '2017-02-03',
        renewals: [{ date: '2020-01-10' }, { date: '2022-12-01' }],
      },
      '2024-06-01',
    );
    show(<CredentialDetail heldId={pmp.id} />);
    const list = await screen.findByRole('region', { name: 'Recorded renewals' }, SLOW);
    fireEvent.click(
      within(list).getByRole('button', { name: `Delete the renewal of ${day('2020-01-10')}` }),
    );
    const alert = await within(list).findByRole('alert', {}, SLOW);
    expect(alert.textContent).toBe(
      `Nothing was deleted: without the renewal of ${day('2020-01-10')}, your renewal of ${day('2022-12-01')} would renew no cycle. Delete that one first, or keep both.`,
    );
    expect(await listHeld(store)).toEqual([pmp]);
  });
});

describe('the notice after recording a PRINCE2 renewal', { timeout: 20_000 }, () => {
  it('names the cycle the history shows, the suite’s later exam counted', async () => {
    await setUp(new Date(2025, 1, 1, 9, 0), 'renewal-suite-notice'); // 1 Feb 2025
    const practitioner = await held(
      { credentialId: 'prince2-practitioner', stage: 'earned', earnedDate: '2023-03-01' },
      '2025-02-01',
    );
    await held(
      { credentialId: 'prince2-agile', stage: 'earned', earnedDate: '2024-06-01' },
      '2025-02-01',
    );
    show(<CredentialDetail heldId={practitioner.id} />);
    await record('2025-01-10');
    const notice = await screen.findByText(/^Renewal recorded/, {}, SLOW);
    expect(notice.textContent).toBe(
      `Renewal recorded: cycle 3 runs ${day('2027-06-02')} to ${day('2030-06-01')}.`,
    );
  });
});
