// A credential added long after it was earned: the form asks whether it was renewed every
// cycle so far and says, live, what the save records ("Ascent will record 4 renewals … PMP
// then shows as active, in Cycle 5 …"), so a PMP earned in 2014 does not show as expired in
// cycle 1 (walk-through). Today is 22 Nov 2026; dates from domain-facts §1, §3, §4.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { UndoProvider } from '../../../renderer/src/components/undo';
import { formatDate, listText } from '../../../renderer/src/components/format';
import { resetUnsavedChanges } from '../../../renderer/src/components/unsaved-changes';
import { openStore, type Store } from '../../../renderer/src/db/database';
import {
  listHeld,
  saveHeld,
  type HeldRow,
} from '../../../renderer/src/db/repositories/credentials';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { AddCredentialForm } from '../../../renderer/src/features/credentials/AddCredentialForm';
import { PlatformProvider } from '../../../renderer/src/platform';
import { fakePlatform } from '../../db/backup-fakes';
import { freshName } from '../../db/helpers';

const TEST = { timeout: 30_000 };
const ASOF = '2026-11-22';

let store: Store;
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 22, 9, 0)); // 22 Nov 2026
  store = await openStore(freshName('keep-current'));
});
afterEach(async () => {
  cleanup();
  resetUnsavedChanges();
  vi.useRealTimers();
  store.db.close();
  await store.db.delete();
});

function show(existing?: HeldRow) {
  const onDone = vi.fn();
  render(
    <StoreProvider store={store}>
      <PlatformProvider platform={fakePlatform(null)}>
        <UndoProvider>
          <AddCredentialForm custom={[]} existing={existing} onDone={onDone} />
        </UndoProvider>
      </PlatformProvider>
    </StoreProvider>,
  );
  const form = screen.getByRole('form', {
    name: existing ? 'Edit credential' : 'Add a credential',
  });
  return { form, onDone };
}

const type = (form: HTMLElement, label: string | RegExp, value: string) =>
  fireEvent.change(within(form).getByLabelText(label), { target: { value } });
const box = (form: HTMLElement, acronym: string) =>
  within(form).findByLabelText<HTMLInputElement>(`I have renewed ${acronym} every cycle so far`);
const said = (form: HTMLElement) =>
  form.querySelector('.keep-current [aria-live="polite"]')?.textContent;
const dates = (...days: string[]) => listText(days.map((d) => formatDate(d)));
const span = (start: string, end: string) => `${formatDate(start)} – ${formatDate(end)}`;

async function fill(form: HTMLElement, credentialId: string, earned: string) {
  type(form, 'Credential', credentialId);
  type(form, /Earned on/, earned);
}

async function savedRenewals() {
  const [row] = await listHeld(store);
  return row?.renewals?.map((r) => r.date);
}

describe('adding a credential earned long ago', TEST, () => {
  it('PMP earned 15 Jun 2014, ticked: 4 renewals recorded, the current cycle is cycle 5', async () => {
    const { form, onDone } = show();
    await fill(form, 'pmp', '2014-06-15');
    const kept = await box(form, 'PMP');
    expect(kept.checked).toBe(true);
    expect(within(form).getByText(/PMP’s first cycle ended on/).textContent).toBe(
      `PMP’s first cycle ended on ${formatDate('2017-06-14')}. If you have renewed it each time, Ascent records those renewals, so it shows the cycle you are in today.`,
    );
    expect(said(form)).toBe(
      `Ascent will record 4 renewals, each on the last day of its cycle: ${dates('2017-06-14', '2020-06-14', '2023-06-14', '2026-06-14')}. PMP then shows as active, in Cycle 5: ${span('2026-06-15', '2029-06-14')}.`,
    );
    fireEvent.click(within(form).getByRole('button', { name: 'Add credential' }));
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(await listHeld(store)).toMatchObject([
      {
        credentialId: 'pmp',
        earnedDate: '2014-06-15',
        renewals: [
          { date: '2017-06-14', method: 'credits' },
          { date: '2020-06-14', method: 'credits' },
          { date: '2023-06-14', method: 'credits' },
          { date: '2026-06-14', method: 'credits' },
        ],
      },
    ]);
  });

  it('the words follow the earned date as it changes; no question while cycle 1 runs', async () => {
    const { form } = show();
    await fill(form, 'pmp', '2020-02-03');
    await box(form, 'PMP');
    expect(said(form)).toBe(
      `Ascent will record 2 renewals, each on the last day of its cycle: ${dates('2023-02-02', '2026-02-02')}. PMP then shows as active, in Cycle 3: ${span('2026-02-03', '2029-02-02')}.`,
    );
    type(form, /Earned on/, '2022-01-10');
    expect(said(form)).toBe(
      `Ascent will record 1 renewal, on the last day of its cycle: ${formatDate('2025-01-09')}. PMP then shows as active, in Cycle 2: ${span('2025-01-10', '2028-01-09')}.`,
    );
    // Earned 23 Nov 2023: cycle 1 ends today, so nothing has ended and nothing is asked.
    type(form, /Earned on/, '2023-11-23');
    expect(within(form).queryByText('Renewals so far')).toBeNull();
    expect(within(form).queryByLabelText(/every cycle so far/)).toBeNull();
  });

  it('unticked: no renewals, and the form says it will show as expired', async () => {
    const { form, onDone } = show();
    await fill(form, 'pmp', '2014-06-15');
    fireEvent.click(await box(form, 'PMP'));
    expect(said(form)).toBe(
      `Ascent will record no renewals. PMP then shows as expired (since ${formatDate('2018-06-15')}). Tick the box if you have renewed it.`,
    );
    expect(within(form).queryByLabelText(/not renewed that one yet/)).toBeNull();
    fireEvent.click(within(form).getByRole('button', { name: 'Add credential' }));
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(await savedRenewals()).toBeUndefined();
  });

  it('in the suspension year: “not renewed that one yet” leaves the last cycle to renew', async () => {
    const { form, onDone } = show();
    await fill(form, 'pmp', '2020-02-03');
    await box(form, 'PMP');
    const notYet = within(form).getByLabelText<HTMLInputElement>(
      `Except the cycle that ended on ${formatDate('2026-02-02')}: I have not renewed that one yet`,
    );
    expect(notYet.checked).toBe(false);
    fireEvent.click(notYet);
    expect(said(form)).toBe(
      `Ascent will record 1 renewal, on the last day of its cycle: ${formatDate('2023-02-02')}. PMP then shows as suspended: the cycle that ended on ${formatDate('2026-02-02')} can still be renewed until ${formatDate('2027-02-02')}; once it is, record the renewal on the credential’s page.`,
    );
    fireEvent.click(within(form).getByRole('button', { name: 'Add credential' }));
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(await savedRenewals()).toEqual(['2023-02-02']);
  });

  it('a lapsed CSM: ticked at first, the person clears it, nothing is recorded', async () => {
    const { form, onDone } = show();
    await fill(form, 'csm', '2020-03-01');
    const kept = await box(form, 'CSM');
    expect(kept.checked).toBe(true);
    expect(said(form)).toBe(
      `Ascent will record 3 renewals, each on the last day of its cycle: ${dates('2022-02-28', '2024-02-29', '2026-02-28')}. CSM then shows as active, in Cycle 4: ${span('2026-03-01', '2028-02-29')}.`,
    );
    fireEvent.click(kept);
    expect(said(form)).toBe(
      `Ascent will record no renewals. CSM then shows as expired (since ${formatDate('2022-03-01')}). Tick the box if you have renewed it.`,
    );
    fireEvent.click(within(form).getByRole('button', { name: 'Add credential' }));
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(await savedRenewals()).toBeUndefined();
  });

  it('PeopleCert: not ticked at first, since an unrenewed certificate stays valid', async () => {
    const { form } = show();
    await fill(form, 'prince2-foundation', '2017-05-10');
    expect((await box(form, 'PRINCE2 Foundation')).checked).toBe(false);
    expect(said(form)).toBe(
      `Ascent will record no renewals. PRINCE2 Foundation then shows as not current (since ${formatDate('2020-05-11')}). A certificate not renewed stays valid for PeopleCert. Tick the box if you have renewed it.`,
    );
    fireEvent.click(await box(form, 'PRINCE2 Foundation'));
    expect(said(form)).toBe(
      `Ascent will record 3 renewals, each on the last day of its cycle: ${dates('2020-05-10', '2023-05-10', '2026-05-10')}. PRINCE2 Foundation then shows as active, in Cycle 4: ${span('2026-05-11', '2029-05-10')}.`,
    );
  });

  it('an answer holds for its credential; choosing another starts from its likely answer', async () => {
    const { form } = show();
    await fill(form, 'pmp', '2014-06-15');
    fireEvent.click(await box(form, 'PMP'));
    expect((await box(form, 'PMP')).checked).toBe(false);
    type(form, 'Credential', 'cbap');
    expect((await box(form, 'CBAP')).checked).toBe(true);
  });

  it.each([
    ['a lifetime credential (CompTIA Project+)', 'Credential', 'comptia-project-plus'],
    ['a credential not earned yet', 'Stage', 'preparing'],
  ])('nothing is asked for %s', async (_name, label, value) => {
    const { form, onDone } = show();
    await fill(form, 'pmp', '2012-01-10');
    await box(form, 'PMP');
    type(form, label, value);
    expect(within(form).queryByLabelText(/every cycle so far/)).toBeNull();
    expect(within(form).queryByText('Renewals so far')).toBeNull();
    fireEvent.click(within(form).getByRole('button', { name: 'Add credential' }));
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(await savedRenewals()).toBeUndefined();
  });
});

describe('editing the stage or dates', TEST, () => {
  async function stored(earnedDate: string, stage: HeldRow['stage'] = 'earned') {
    const saved = await saveHeld(
      store,
      { credentialId: 'pmp', stage, examDate: null, earnedDate },
      ASOF,
    );
    if (!saved.ok) throw new Error('not saved');
    return saved.value;
  }

  it('an earned date moved years back asks, ticked, and adds the renewals', async () => {
    const { form, onDone } = show(await stored('2025-01-15'));
    type(form, /Earned on/, '2017-03-01');
    expect((await box(form, 'PMP')).checked).toBe(true);
    fireEvent.click(within(form).getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(await savedRenewals()).toEqual(['2020-02-29', '2023-02-28', '2026-02-28']);
  });

  it('a credential stored lapsed: no question for the exam date, not ticked for a new date', async () => {
    const { form, onDone } = show(await stored('2020-02-03'));
    type(form, /Earned on/, '2020-02-04');
    expect((await box(form, 'PMP')).checked).toBe(false);
    // Back to the stored earned date: only the exam date changes, and nothing is asked.
    type(form, /Earned on/, '2020-02-03');
    type(form, 'Exam date (optional)', '2020-01-20');
    expect(within(form).queryByLabelText(/every cycle so far/)).toBeNull();
    type(form, /Earned on/, '2020-02-04');
    fireEvent.click(within(form).getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(await savedRenewals()).toBeUndefined();
  });

  it('renewals already stored are kept; only the cycles after them get one', async () => {
    const withOne = await saveHeld(
      store,
      {
        credentialId: 'pmp',
        stage: 'preparing',
        earnedDate: null,
        renewals: [{ date: '2017-05-01' }],
      },
      ASOF,
    );
    if (!withOne.ok) throw new Error('not saved');
    const { form, onDone } = show(withOne.value);
    type(form, 'Stage', 'earned');
    type(form, /Earned on/, '2014-06-15');
    const kept = await box(form, 'PMP');
    expect(kept.checked).toBe(true);
    expect(within(form).getByText(/PMP’s cycle 2 ended on/).textContent).toContain(
      formatDate('2020-06-14'),
    );
    fireEvent.click(within(form).getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(await savedRenewals()).toEqual(['2017-05-01', '2020-06-14', '2023-06-14', '2026-06-14']);
  });
});
