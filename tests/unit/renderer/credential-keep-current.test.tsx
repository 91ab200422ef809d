// A credential added long after it was earned: the form asks, as one choice, whether it was
// renewed every cycle so far and says, live, what the save records ("Ascent will record 4
// renewals … PMP then shows as active, in Cycle 5 …"), so a PMP earned in 2014 does not show
// as expired in cycle 1 (walk-through). A newest cycle still in its suspension year is left
// out until the person says they renewed it (one answer: "Renewed every cycle except the one
// that ended on …", never two ticks that read as contradicting each other); the renewals are
// saved as assumed, and a corrected earned date replaces them. Today is 22 Nov 2026; dates
// from domain-facts §1, §3, §4.
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { UndoProvider } from '../../../renderer/src/components/undo';
import {
  keepCurrentAnswer,
  renewalsToSave,
} from '../../../renderer/src/features/credentials/keep-current-words';
import { formatDate, listText } from '../../../renderer/src/components/format';
import { resetUnsavedChanges } from '../../../renderer/src/components/unsaved-changes';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { exportBackup, readBackupFile, restoreBackup } from '../../../renderer/src/db/backup';
import {
  listHeld,
  saveHeld,
  type HeldRow,
} from '../../../renderer/src/db/repositories/credentials';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { AddCredentialForm } from '../../../renderer/src/features/credentials/AddCredentialForm';
import { SETTLE_MS } from '../../../renderer/src/components/use-settled-date';
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
/** Types an earned date and leaves the field, as a person does before the next field. */
function enter(form: HTMLElement, value: string) {
  const field = within(form).getByLabelText(/Earned on/);
  fireEvent.change(field, { target: { value } });
  fireEvent.blur(field);
}
/** The question: a group of radio buttons named by its legend. */
const question = (form: HTMLElement, acronym: string) =>
  within(form).findByRole('group', { name: `Have you renewed ${acronym} every cycle so far?` });
const noQuestion = (form: HTMLElement) => {
  expect(within(form).queryByRole('group', { name: /every cycle so far/ })).toBeNull();
  expect(within(form).queryByRole('radio')).toBeNull();
};
/** Each answer offered, in order, with whether it is chosen. */
const answers = (form: HTMLElement) =>
  within(form)
    .getAllByRole<HTMLInputElement>('radio')
    .map((r) => [r.labels?.[0]?.textContent, r.checked]);
/** The answers chosen: always exactly one while the question is asked. */
const chosen = (form: HTMLElement) =>
  within(form)
    .getAllByRole<HTMLInputElement>('radio')
    .filter((r) => r.checked)
    .map((r) => r.labels?.[0]?.textContent);
const choose = (form: HTMLElement, label: string) =>
  fireEvent.click(within(form).getByRole('radio', { name: label }));
/** The polite live region under the question, there whether or not it says anything. */
function liveRegion(form: HTMLElement) {
  const region = form.querySelector('.keep-current [aria-live="polite"]');
  if (!region) throw new Error('no polite live region for the question');
  return region;
}
const said = (form: HTMLElement) => liveRegion(form).textContent;

const EVERY = 'Renewed every cycle';
const NONE = 'Not renewed every cycle: I will record my renewals myself';
const including = (ended: string) =>
  `Renewed every cycle, including the one that ended on ${formatDate(ended)}`;
const except = (ended: string) =>
  `Renewed every cycle except the one that ended on ${formatDate(ended)} (not renewed yet)`;
const chooseIncluding = (ended: string) =>
  ` If you have renewed it already, choose “${including(ended)}”.`;
const chooseEvery = ' If you have renewed it every cycle, choose “Renewed every cycle”.';
const chooseOneOf =
  ' If you have renewed it every cycle, choose one of the answers starting “Renewed every cycle”.';
const dates = (...days: string[]) => listText(days.map((d) => formatDate(d)));
const span = (start: string, end: string) => `${formatDate(start)} – ${formatDate(end)}`;

async function fill(form: HTMLElement, credentialId: string, earned: string) {
  type(form, 'Credential', credentialId);
  enter(form, earned);
}

/** Waits, with the real clock, longer than the earned date takes to settle. */
const pause = () => act(() => new Promise((resolve) => setTimeout(resolve, SETTLE_MS + 300)));

async function savedRenewals() {
  const [row] = await listHeld(store);
  return row?.renewals?.map((r) => r.date);
}

/** The saved renewals with their flag: [date, assumed]. */
async function savedWithFlag() {
  const [row] = await listHeld(store);
  return row?.renewals?.map((r) => [r.date, r.assumed === true]);
}

describe('adding a credential earned long ago', TEST, () => {
  it('PMP earned 15 Jun 2014: the cycle still in its suspension year is left out until the person says it was renewed', async () => {
    const { form, onDone } = show();
    await fill(form, 'pmp', '2014-06-15');
    await question(form, 'PMP');
    expect(within(form).getByText(/PMP’s first cycle ended on/).textContent).toBe(
      `PMP’s first cycle ended on ${formatDate('2017-06-14')}. If you have renewed it each time, Ascent records those renewals, so it shows the cycle you are in today.`,
    );
    // Cycle 4 ended 14 Jun 2026 and can be renewed until 14 Jun 2027 (§1): not assumed.
    expect(chosen(form)).toEqual([except('2026-06-14')]);
    expect(said(form)).toBe(
      `Ascent will record 3 renewals, each on the last day of its cycle: ${dates('2017-06-14', '2020-06-14', '2023-06-14')}. PMP then shows as suspended: the cycle that ended on ${formatDate('2026-06-14')} can still be renewed until ${formatDate('2027-06-14')}; once it is, record the renewal on the credential’s page.${chooseIncluding('2026-06-14')}`,
    );
    choose(form, including('2026-06-14'));
    expect(chosen(form)).toEqual([including('2026-06-14')]);
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
          { date: '2017-06-14', method: 'credits', assumed: true },
          { date: '2020-06-14', method: 'credits', assumed: true },
          { date: '2023-06-14', method: 'credits', assumed: true },
          { date: '2026-06-14', method: 'credits', assumed: true },
        ],
      },
    ]);
  });

  it('in its suspension year, PMP opens with one answer chosen: all but the cycle that ended on 14 Jun 2026', async () => {
    const { form } = show();
    await fill(form, 'pmp', '2014-06-15');
    const group = await question(form, 'PMP');
    // One choice, not two boxes ticked at once ("every cycle" and "not that one yet").
    expect(within(group).queryByRole('checkbox')).toBeNull();
    expect(answers(form)).toEqual([
      [including('2026-06-14'), false],
      [except('2026-06-14'), true],
      [NONE, false],
    ]);
    // Native radios sharing one name: the arrow keys move between them, one chosen at a time.
    const names = within(group)
      .getAllByRole<HTMLInputElement>('radio')
      .map((r) => r.name);
    expect(new Set(names).size).toBe(1);
    expect(names[0]).not.toBe('');
    choose(form, NONE);
    expect(chosen(form)).toEqual([NONE]);
    choose(form, except('2026-06-14'));
    expect(chosen(form)).toEqual([except('2026-06-14')]);
  });

  it.each([
    [including('2026-06-14'), ['2017-06-14', '2020-06-14', '2023-06-14', '2026-06-14']],
    [except('2026-06-14'), ['2017-06-14', '2020-06-14', '2023-06-14']],
    [NONE, undefined],
  ])('PMP earned 15 Jun 2014, “%s”: saves %j', async (answer, saved) => {
    const { form, onDone } = show();
    await fill(form, 'pmp', '2014-06-15');
    await question(form, 'PMP');
    // From another answer first, so the one under test is a change the person made.
    choose(form, answer === NONE ? including('2026-06-14') : NONE);
    choose(form, answer);
    expect(chosen(form)).toEqual([answer]);
    fireEvent.click(within(form).getByRole('button', { name: 'Add credential' }));
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(await savedRenewals()).toEqual(saved);
  });

  it.each([
    [EVERY, ['2022-02-28', '2024-02-29', '2026-02-28']],
    [NONE, undefined],
  ])(
    'CSM earned 1 Mar 2020, no cycle in a suspension year, “%s”: saves %j',
    async (answer, saved) => {
      const { form, onDone } = show();
      await fill(form, 'csm', '2020-03-01');
      await question(form, 'CSM');
      expect(answers(form).map(([label]) => label)).toEqual([EVERY, NONE]);
      choose(form, answer === NONE ? EVERY : NONE);
      choose(form, answer);
      expect(chosen(form)).toEqual([answer]);
      fireEvent.click(within(form).getByRole('button', { name: 'Add credential' }));
      await waitFor(() => expect(onDone).toHaveBeenCalled());
      expect(await savedRenewals()).toEqual(saved);
    },
  );

  it('the assumed flag survives a backup and its restore', async () => {
    const { form, onDone } = show();
    await fill(form, 'csm', '2020-03-01');
    await question(form, 'CSM');
    fireEvent.click(within(form).getByRole('button', { name: 'Add credential' }));
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    const { bytes } = await exportBackup(store, { appVersion: '0.3.0', now: new Date() });
    const read = await readBackupFile(bytes);
    if (!read.ok) throw new Error(`refused: ${JSON.stringify(read.problems)}`);
    const target = await openStore(freshName('keep-current-restored'));
    try {
      await restoreBackup(target, read.value);
      expect((await listHeld(target))[0]?.renewals).toEqual([
        { date: '2022-02-28', method: 'credits', assumed: true },
        { date: '2024-02-29', method: 'credits', assumed: true },
        { date: '2026-02-28', method: 'credits', assumed: true },
      ]);
    } finally {
      target.db.close();
      await target.db.delete();
    }
  });

  it('the words follow the earned date as it changes; no question while cycle 1 runs', async () => {
    const { form } = show();
    await fill(form, 'pmp', '2020-02-03');
    await question(form, 'PMP');
    expect(said(form)).toBe(
      `Ascent will record 1 renewal, on the last day of its cycle: ${formatDate('2023-02-02')}. PMP then shows as suspended: the cycle that ended on ${formatDate('2026-02-02')} can still be renewed until ${formatDate('2027-02-02')}; once it is, record the renewal on the credential’s page.${chooseIncluding('2026-02-02')}`,
    );
    // Cycle 1 ended 9 Jan 2025; its suspension year ended 9 Jan 2026: nothing left to choose.
    enter(form, '2022-01-10');
    expect(said(form)).toBe(
      `Ascent will record 1 renewal, on the last day of its cycle: ${formatDate('2025-01-09')}. PMP then shows as active, in Cycle 2: ${span('2025-01-10', '2028-01-09')}.`,
    );
    expect(answers(form)).toEqual([
      [EVERY, true],
      [NONE, false],
    ]);
    // Earned 23 Nov 2023: cycle 1 ends today, so nothing has ended and nothing is asked.
    enter(form, '2023-11-23');
    noQuestion(form);
  });

  it('not renewed every cycle: no renewals, and the form says it will show as expired', async () => {
    const { form, onDone } = show();
    await fill(form, 'pmp', '2014-06-15');
    await question(form, 'PMP');
    choose(form, NONE);
    expect(said(form)).toBe(
      `Ascent will record no renewals. PMP then shows as expired (since ${formatDate('2018-06-15')}).${chooseOneOf}`,
    );
    expect(chosen(form)).toEqual([NONE]);
    fireEvent.click(within(form).getByRole('button', { name: 'Add credential' }));
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(await savedRenewals()).toBeUndefined();
  });

  it('in the suspension year: the last cycle is left to renew unless the person says it was', async () => {
    const { form, onDone } = show();
    await fill(form, 'pmp', '2020-02-03');
    await question(form, 'PMP');
    expect(chosen(form)).toEqual([except('2026-02-02')]);
    fireEvent.click(within(form).getByRole('button', { name: 'Add credential' }));
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(await savedRenewals()).toEqual(['2023-02-02']);
  });

  it('in the suspension year, renewed it too: both renewals, and the current cycle is cycle 3', async () => {
    const { form, onDone } = show();
    await fill(form, 'pmp', '2020-02-03');
    await question(form, 'PMP');
    choose(form, including('2026-02-02'));
    expect(said(form)).toBe(
      `Ascent will record 2 renewals, each on the last day of its cycle: ${dates('2023-02-02', '2026-02-02')}. PMP then shows as active, in Cycle 3: ${span('2026-02-03', '2029-02-02')}.`,
    );
    fireEvent.click(within(form).getByRole('button', { name: 'Add credential' }));
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(await savedRenewals()).toEqual(['2023-02-02', '2026-02-02']);
  });

  it('only cycle 1 has ended, and it is in its suspension year: nothing is recorded unless the person says so', async () => {
    // PMP earned 1 Mar 2023: cycle 1 ended 28 Feb 2026, renewable until 28 Feb 2027 (§1).
    const { form, onDone } = show();
    await fill(form, 'pmp', '2023-03-01');
    await question(form, 'PMP');
    expect(chosen(form)).toEqual([except('2026-02-28')]);
    expect(said(form)).toBe(
      `Ascent will record no renewals. PMP then shows as suspended: the cycle that ended on ${formatDate('2026-02-28')} can still be renewed until ${formatDate('2027-02-28')}; once it is, record the renewal on the credential’s page.${chooseIncluding('2026-02-28')}`,
    );
    fireEvent.click(within(form).getByRole('button', { name: 'Add credential' }));
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(await savedRenewals()).toBeUndefined();
  });

  it('only cycle 1 has ended, and the person says it was renewed: one renewal, cycle 2', async () => {
    const { form, onDone } = show();
    await fill(form, 'pmp', '2023-03-01');
    await question(form, 'PMP');
    choose(form, including('2026-02-28'));
    expect(said(form)).toBe(
      `Ascent will record 1 renewal, on the last day of its cycle: ${formatDate('2026-02-28')}. PMP then shows as active, in Cycle 2: ${span('2026-03-01', '2029-02-28')}.`,
    );
    fireEvent.click(within(form).getByRole('button', { name: 'Add credential' }));
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(await savedWithFlag()).toEqual([['2026-02-28', true]]);
  });

  it('a year being typed is not worked out nor read out; a long list is summed up', async () => {
    const { form } = show();
    await fill(form, 'pmp', '2014-06-15');
    await question(form, 'PMP');
    const before = said(form);
    // Typing 1987 into the year passes through 0001, 0019 and 0198 (Chromium pads the year):
    // the question and its words stay those of 15 Jun 2014, even after a pause mid-year.
    for (const partial of ['0001-06-15', '0019-06-15', '0198-06-15']) {
      type(form, /Earned on/, partial);
      expect(said(form)).toBe(before);
    }
    await pause();
    expect(said(form)).toBe(before);
    expect(within(form).getByText(/PMP’s first cycle ended on/).textContent).toContain(
      formatDate('2017-06-14'),
    );
    type(form, /Earned on/, '1987-06-15');
    // 13 cycles ended; the newest (14 Jun 2026) is left out: 12 renewals, not 12 dates.
    await waitFor(() =>
      expect(said(form)).toBe(
        `Ascent will record 12 renewals, ${span('1990-06-14', '2023-06-14')}, each on the last day of its cycle. PMP then shows as suspended: the cycle that ended on ${formatDate('2026-06-14')} can still be renewed until ${formatDate('2027-06-14')}; once it is, record the renewal on the credential’s page.${chooseIncluding('2026-06-14')}`,
      ),
    );
    // Six are still listed one by one.
    enter(form, '2005-06-15');
    expect(said(form)).toBe(
      `Ascent will record 6 renewals, each on the last day of its cycle: ${dates('2008-06-14', '2011-06-14', '2014-06-14', '2017-06-14', '2020-06-14', '2023-06-14')}. PMP then shows as suspended: the cycle that ended on ${formatDate('2026-06-14')} can still be renewed until ${formatDate('2027-06-14')}; once it is, record the renewal on the credential’s page.${chooseIncluding('2026-06-14')}`,
    );
  });

  it('a year left half typed asks nothing and says nothing', async () => {
    const { form } = show();
    type(form, 'Credential', 'pmp');
    enter(form, '0198-06-15');
    noQuestion(form);
    expect(said(form)).toBe('');
  });

  it('a lapsed CSM: renewed every cycle at first, the person says not, nothing is recorded', async () => {
    const { form, onDone } = show();
    await fill(form, 'csm', '2020-03-01');
    await question(form, 'CSM');
    expect(answers(form)).toEqual([
      [EVERY, true],
      [NONE, false],
    ]);
    expect(said(form)).toBe(
      `Ascent will record 3 renewals, each on the last day of its cycle: ${dates('2022-02-28', '2024-02-29', '2026-02-28')}. CSM then shows as active, in Cycle 4: ${span('2026-03-01', '2028-02-29')}.`,
    );
    choose(form, NONE);
    expect(said(form)).toBe(
      `Ascent will record no renewals. CSM then shows as expired (since ${formatDate('2022-03-01')}).${chooseEvery}`,
    );
    fireEvent.click(within(form).getByRole('button', { name: 'Add credential' }));
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(await savedRenewals()).toBeUndefined();
  });

  it('PeopleCert: “not renewed” at first, since an unrenewed certificate stays valid', async () => {
    const { form } = show();
    await fill(form, 'prince2-practitioner', '2020-05-10');
    await question(form, 'PRINCE2 Practitioner');
    expect(answers(form)).toEqual([
      [EVERY, false],
      [NONE, true],
    ]);
    expect(said(form)).toBe(
      `Ascent will record no renewals. PRINCE2 Practitioner then shows as not current (since ${formatDate('2023-05-11')}). A certificate not renewed stays valid for PeopleCert.${chooseEvery}`,
    );
    choose(form, EVERY);
    expect(said(form)).toBe(
      `Ascent will record 2 renewals, each on the last day of its cycle: ${dates('2023-05-10', '2026-05-10')}. PRINCE2 Practitioner then shows as active, in Cycle 3: ${span('2026-05-11', '2029-05-10')}.`,
    );
  });

  it('PeopleCert: no renewal is asked about for a renew-by date before 1 Jan 2023', async () => {
    const { form } = show();
    await fill(form, 'prince2-practitioner', '2020-05-10');
    await question(form, 'PRINCE2 Practitioner');
    // Earned 10 May 2017: its first renew-by date, 10 May 2020, came before the rule (§3).
    enter(form, '2017-05-10');
    noQuestion(form);
  });

  it('PeopleCert: nothing is asked for a Foundation certificate from before 2023 (no renew-by)', async () => {
    const { form } = show();
    await fill(form, 'prince2-practitioner', '2020-05-10');
    await question(form, 'PRINCE2 Practitioner');
    // The same day for Foundation: renew-by dates began with exams from 1 Jan 2023 (§3, §5.4).
    type(form, 'Credential', 'prince2-foundation');
    noQuestion(form);
  });

  it('an answer holds for its credential; choosing another starts from its likely answer', async () => {
    const { form } = show();
    await fill(form, 'pmp', '2014-06-15');
    await question(form, 'PMP');
    choose(form, NONE);
    expect(chosen(form)).toEqual([NONE]);
    type(form, 'Credential', 'cbap');
    await question(form, 'CBAP');
    // IIBA also has a suspension year (§4): CBAP's cycle 4, ended 14 Jun 2026, is left out.
    expect(chosen(form)).toEqual([except('2026-06-14')]);
  });

  it.each([
    ['a lifetime credential (CompTIA Project+)', 'Credential', 'comptia-project-plus'],
    ['a credential not earned yet', 'Stage', 'preparing'],
  ])('nothing is asked for %s', async (_name, label, value) => {
    const { form, onDone } = show();
    await fill(form, 'pmp', '2012-01-10');
    await question(form, 'PMP');
    type(form, label, value);
    noQuestion(form);
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

  it('an earned date moved years back asks, all but the newest renewal chosen, and adds them', async () => {
    const { form, onDone } = show(await stored('2025-01-15'));
    enter(form, '2017-03-01');
    await question(form, 'PMP');
    // Cycle 3 ended 28 Feb 2026 and can be renewed until 28 Feb 2027: left out at first.
    expect(chosen(form)).toEqual([except('2026-02-28')]);
    fireEvent.click(within(form).getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(await savedRenewals()).toEqual(['2020-02-29', '2023-02-28']);
  });

  /** PMP added as earned 15 Jun 2014 and renewed every cycle: one renewal by hand, three assumed. */
  async function storedWithAssumed() {
    const saved = await saveHeld(
      store,
      {
        credentialId: 'pmp',
        stage: 'earned',
        examDate: null,
        earnedDate: '2014-06-15',
        renewals: [
          { date: '2017-05-01' },
          { date: '2020-06-14', method: 'credits', assumed: true },
          { date: '2023-06-14', method: 'credits', assumed: true },
          { date: '2026-06-14', method: 'credits', assumed: true },
        ],
      },
      ASOF,
    );
    if (!saved.ok) throw new Error('not saved');
    return saved.value;
  }

  it('an earned date moved later: the assumed renewals go, the one recorded by hand stays, and the question is asked again', async () => {
    const { form, onDone } = show(await storedWithAssumed());
    enter(form, '2015-03-01');
    // The stored answer was "renewed every cycle": chosen again. The hand renewal of 1 May
    // 2017 renews cycle 1 (1 Mar 2015 – 28 Feb 2018); cycles 2 and 3 ended since (§1).
    await question(form, 'PMP');
    expect(chosen(form)).toEqual([EVERY]);
    expect(within(form).getByText(/PMP’s cycle 2 ended on/).textContent).toContain(
      formatDate('2021-02-28'),
    );
    expect(said(form)).toBe(
      `Ascent takes out the 3 renewals it assumed for the earned date ${formatDate('2014-06-15')}; the renewal you recorded yourself stays. Ascent will record 2 renewals, each on the last day of its cycle: ${dates('2021-02-28', '2024-02-29')}. PMP then shows as active, in Cycle 4: ${span('2024-03-01', '2027-02-28')}.`,
    );
    fireEvent.click(within(form).getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    // Not 14 Jun 2026, which would renew cycle 4 early and leave today's cycle asking nothing.
    expect(await savedWithFlag()).toEqual([
      ['2017-05-01', false],
      ['2021-02-28', true],
      ['2024-02-29', true],
    ]);
  });

  it('an earned date moved so late that no cycle has ended: the assumed renewals go, and the form says so', async () => {
    const { form, onDone } = show(await storedWithAssumed());
    enter(form, '2016-06-15');
    await question(form, 'PMP');
    expect(chosen(form)).toEqual([EVERY]);
    enter(form, '2024-06-01');
    noQuestion(form);
    expect(within(form).getByText(/^Ascent takes out the 3 renewals it assumed/).textContent).toBe(
      `Ascent takes out the 3 renewals it assumed for the earned date ${formatDate('2014-06-15')}; the renewal you recorded yourself stays.`,
    );
    // Back to the stored date: nothing is taken out and nothing is asked.
    enter(form, '2014-06-15');
    expect(within(form).queryByText(/Ascent takes out/)).toBeNull();
    enter(form, '2024-06-01');
    fireEvent.click(within(form).getByRole('button', { name: 'Save changes' }));
    // The hand renewal of 1 May 2017 now comes before the earned date: the save says so.
    const message = `Your renewal of ${formatDate('2017-05-01')} comes before this date: use the date you earned it, or correct that renewal on the credential’s page.`;
    expect((await within(form).findByText(message)).textContent).toBe(message);
    expect(onDone).not.toHaveBeenCalled();
    enter(form, '2017-01-10');
    // Earned 10 Jan 2017: the hand renewal renews cycle 1; cycle 2 ended 9 Jan 2023 and its
    // suspension year is over, so the renewal of 9 Jan 2023 is asked about, chosen. Cycle 3
    // ended 9 Jan 2026 and can be renewed until 9 Jan 2027 (§1): left out at first.
    await question(form, 'PMP');
    expect(chosen(form)).toEqual([except('2026-01-09')]);
    fireEvent.click(within(form).getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(await savedWithFlag()).toEqual([
      ['2017-05-01', false],
      ['2023-01-09', true],
    ]);
  });

  it('a credential stored lapsed: no question for the exam date, “not renewed” for a new date', async () => {
    const { form, onDone } = show(await stored('2020-02-03'));
    enter(form, '2020-02-04');
    await question(form, 'PMP');
    expect(chosen(form)).toEqual([NONE]);
    // Back to the stored earned date: only the exam date changes, and nothing is asked.
    enter(form, '2020-02-03');
    type(form, 'Exam date (optional)', '2020-01-20');
    noQuestion(form);
    enter(form, '2020-02-04');
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
    enter(form, '2014-06-15');
    await question(form, 'PMP');
    expect(chosen(form)).toEqual([except('2026-06-14')]);
    expect(within(form).getByText(/PMP’s cycle 2 ended on/).textContent).toContain(
      formatDate('2020-06-14'),
    );
    choose(form, including('2026-06-14'));
    fireEvent.click(within(form).getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(await savedWithFlag()).toEqual([
      ['2017-05-01', false],
      ['2020-06-14', true],
      ['2023-06-14', true],
      ['2026-06-14', true],
    ]);
  });
});

describe('each combination of the two boxes the form used to show is one answer', () => {
  // What the save added before: nothing unless "I have renewed it every cycle so far" was
  // ticked; then all but the newest renewal while "I have not renewed that one yet" was ticked
  // and shown (the newest cycle in its suspension year), else all of them.
  const plan = {
    renewals: ['2017-06-14', '2020-06-14', '2023-06-14', '2026-06-14'].map((date) => ({
      date,
      method: 'credits' as const,
      assumed: true,
    })),
    stillRenewableUntil: null,
    lapseKind: 'expired' as const,
  };
  const oldBoxesSaved = (kept: boolean, lastOpen: boolean, notYet: boolean) =>
    !kept ? [] : lastOpen && notYet ? plan.renewals.slice(0, -1) : plan.renewals;

  it.each([
    [false, false, false, 'none'],
    [false, false, true, 'none'],
    [false, true, false, 'none'],
    [false, true, true, 'none'],
    [true, false, false, 'every'],
    [true, false, true, 'every'],
    [true, true, false, 'every'],
    [true, true, true, 'except-last'],
  ] as const)(
    'renewed every cycle %s, newest still renewable %s, not renewed yet %s: “%s”, saving the same renewals',
    (kept, lastOpen, notYet, expected) => {
      const answer = keepCurrentAnswer(kept, lastOpen, notYet);
      expect(answer).toBe(expected);
      expect(renewalsToSave({ plan, answer })).toEqual(oldBoxesSaved(kept, lastOpen, notYet));
    },
  );
});

describe('the earned date as it is typed', TEST, () => {
  async function stored(earnedDate: string) {
    const saved = await saveHeld(
      store,
      { credentialId: 'pmp', stage: 'earned', examDate: null, earnedDate },
      ASOF,
    );
    if (!saved.ok) throw new Error('not saved');
    return saved.value;
  }
  // Typing 1 Mar 2017 over a stored 15 Jan 2025 in Chromium: the year fills in digit by digit,
  // then the month and the day; each step after the year is a whole date nobody meant.
  const keys = ['0002-01-15', '0020-01-15', '0201-01-15', '2017-01-15', '2017-03-15', '2017-03-01'];

  it('the question waits until the date has stayed the same, and is not read out at each key', async () => {
    const { form } = show(await stored('2025-01-15'));
    for (const value of keys) {
      type(form, /Earned on/, value);
      noQuestion(form);
      expect(said(form)).toBe('');
    }
    // Left alone, without leaving the field: asked about 1 Mar 2017, not 15 Jan or 15 Mar.
    await question(form, 'PMP');
    expect(within(form).getByText(/PMP’s first cycle ended on/).textContent).toContain(
      formatDate('2020-02-29'),
    );
    expect(chosen(form)).toEqual([except('2026-02-28')]);
    expect(said(form)).toBe(
      `Ascent will record 2 renewals, each on the last day of its cycle: ${dates('2020-02-29', '2023-02-28')}. PMP then shows as suspended: the cycle that ended on ${formatDate('2026-02-28')} can still be renewed until ${formatDate('2027-02-28')}; once it is, record the renewal on the credential’s page.${chooseIncluding('2026-02-28')}`,
    );
  });

  it('typing over a date already asked about keeps the question for it until the new one is entered', async () => {
    const { form } = show();
    await fill(form, 'csm', '2020-03-01');
    await question(form, 'CSM');
    const before = said(form);
    // 1 Mar 2020 → 1 Jun 2020 → 10 Jun 2020: the middle date is not worked out nor said.
    type(form, /Earned on/, '2020-06-01');
    expect(said(form)).toBe(before);
    type(form, /Earned on/, '2020-06-10');
    expect(said(form)).toBe(before);
    await waitFor(() =>
      expect(said(form)).toBe(
        `Ascent will record 3 renewals, each on the last day of its cycle: ${dates('2022-06-09', '2024-06-09', '2026-06-09')}. CSM then shows as active, in Cycle 4: ${span('2026-06-10', '2028-06-09')}.`,
      ),
    );
  });

  it('leaving the field asks at once', async () => {
    const { form } = show(await stored('2025-01-15'));
    const field = within(form).getByLabelText(/Earned on/);
    fireEvent.change(field, { target: { value: '2017-03-01' } });
    noQuestion(form);
    fireEvent.blur(field);
    // At once: well before the date would settle by itself (once the credentials are read).
    const group = await within(form).findByRole(
      'group',
      { name: 'Have you renewed PMP every cycle so far?' },
      { timeout: SETTLE_MS - 300 },
    );
    expect(within(group).getAllByRole('radio').length).toBe(3);
    expect(chosen(form)).toEqual([except('2026-02-28')]);
  });

  /** The line beside the question when a save waited for it. */
  const waitingLine = (acronym: string, button: string) =>
    `Not saved yet: Ascent records renewals of ${acronym} from your answer to this question. Check it, then press “${button}” again.`;

  // Review: renewals were stored "as you said you renewed PMP every cycle" when the question
  // had never been on screen. The save now waits for it; the next press saves the answer shown.
  it('a save right after typing waits: the question shows, focused, nothing is saved; the next press saves the answer shown', async () => {
    const { form, onDone } = show(await stored('2025-01-15'));
    for (const value of keys) type(form, /Earned on/, value);
    noQuestion(form);
    fireEvent.click(within(form).getByRole('button', { name: 'Save changes' }));
    const group = await question(form, 'PMP');
    expect((await within(group).findByText(/^Not saved yet/)).textContent).toBe(
      waitingLine('PMP', 'Save changes'),
    );
    await waitFor(() => expect(document.activeElement).toBe(group));
    expect(chosen(form)).toEqual([except('2026-02-28')]);
    expect(onDone).not.toHaveBeenCalled();
    const [before] = await listHeld(store);
    expect([before?.earnedDate, before?.renewals]).toEqual(['2025-01-15', undefined]);

    fireEvent.click(within(form).getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    const [row] = await listHeld(store);
    expect(row?.earnedDate).toBe('2017-03-01');
    expect(await savedWithFlag()).toEqual([
      ['2020-02-29', true],
      ['2023-02-28', true],
    ]);
  });

  it('adding: an old date typed and Enter pressed at once asks first and stores nothing; the answer given is saved', async () => {
    const { form, onDone } = show();
    type(form, 'Credential', 'pmp');
    type(form, /Earned on/, '2017-03-01');
    // Enter in the date field: the form's submission, without leaving the field.
    fireEvent.submit(form);
    const group = await question(form, 'PMP');
    expect((await within(group).findByText(/^Not saved yet/)).textContent).toBe(
      waitingLine('PMP', 'Add credential'),
    );
    await waitFor(() => expect(document.activeElement).toBe(group));
    expect(onDone).not.toHaveBeenCalled();
    expect(await listHeld(store)).toEqual([]);

    choose(form, NONE);
    fireEvent.submit(form);
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(await listHeld(store)).toMatchObject([
      { credentialId: 'pmp', earnedDate: '2017-03-01' },
    ]);
    expect(await savedRenewals()).toBeUndefined();
  });

  it('a save right after retyping a date already asked about waits for the question about the new date', async () => {
    const { form, onDone } = show();
    await fill(form, 'pmp', '2014-06-15');
    await question(form, 'PMP');
    // The waiting line is not there while the question was seen.
    expect(within(form).queryByText(/^Not saved yet/)).toBeNull();
    // Shown for 15 Jun 2014: 14 Jun 2017, 2020 and 2023. Typed 3 Feb 2020 and saved at once.
    type(form, /Earned on/, '2020-02-03');
    fireEvent.click(within(form).getByRole('button', { name: 'Add credential' }));
    await waitFor(() =>
      expect(within(form).getByText(/PMP’s first cycle ended on/).textContent).toContain(
        formatDate('2023-02-02'),
      ),
    );
    // The line comes with the save's answer, which may be a moment after the question shows.
    expect((await within(form).findByText(/^Not saved yet/)).textContent).toBe(
      waitingLine('PMP', 'Add credential'),
    );
    expect(onDone).not.toHaveBeenCalled();
    expect(await listHeld(store)).toEqual([]);
    fireEvent.click(within(form).getByRole('button', { name: 'Add credential' }));
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    const [row] = await listHeld(store);
    expect(row?.earnedDate).toBe('2020-02-03');
    expect(await savedRenewals()).toEqual(['2023-02-02']);
  });

  it('a save refused right after typing shows the question for the date typed', async () => {
    const { form, onDone } = show();
    type(form, /Earned on/, '2014-06-15');
    fireEvent.click(within(form).getByRole('button', { name: 'Add credential' }));
    type(form, 'Credential', 'pmp');
    // The date was settled by the save: asked well before it would settle by itself.
    await within(form).findByRole(
      'group',
      { name: 'Have you renewed PMP every cycle so far?' },
      { timeout: SETTLE_MS - 300 },
    );
    expect(chosen(form)).toEqual([except('2026-06-14')]);
    expect(onDone).not.toHaveBeenCalled();
  });

  it('the live region is in the form, empty, before it has anything to say, and the same one fills', async () => {
    const { form } = show();
    const region = liveRegion(form);
    expect(region.textContent).toBe('');
    expect(region.getAttribute('aria-live')).toBe('polite');
    await fill(form, 'csm', '2020-03-01');
    await question(form, 'CSM');
    expect(liveRegion(form)).toBe(region);
    expect(region.textContent).toBe(
      `Ascent will record 3 renewals, each on the last day of its cycle: ${dates('2022-02-28', '2024-02-29', '2026-02-28')}. CSM then shows as active, in Cycle 4: ${span('2026-03-01', '2028-02-29')}.`,
    );
    // Nothing more to say: emptied, not removed.
    type(form, 'Stage', 'preparing');
    noQuestion(form);
    expect(liveRegion(form)).toBe(region);
    expect(region.textContent).toBe('');
  });

  it('an edit form opens with the live region in place and empty', async () => {
    const { form } = show(await stored('2025-01-15'));
    expect(said(form)).toBe('');
  });
});
