// "Open in the credit log" from a credential's cycle (CredentialDetail) opens the log limited
// to that cycle: its counting window comes in the address (cycleLogQuery) and the log reads it,
// so "Total earned in view" is the cycle's, as the credential bar counts it (nothing capped
// here). Filtered by the credential alone, the rows run across cycles, and the caption no
// longer says they are before "the cycle's caps", as if they were one cycle's.
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findCredentialRule } from '../../../shared/catalog/credentials';
import { cycleLogQuery } from '../../../shared/domain/claims';
import { cyclesFor, type HeldWithRule } from '../../../shared/domain/credentials';
import { openStore, type Store } from '../../../renderer/src/db/database';
import type { CreditData } from '../../../renderer/src/db/credit-hooks';
import type { ActivityRow } from '../../../renderer/src/db/repositories/activities';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { UndoProvider } from '../../../renderer/src/components/undo';
import { LogView } from '../../../renderer/src/features/credit-log/LogView';
import { PlatformProvider } from '../../../renderer/src/platform';
import { fakePlatform } from '../../db/backup-fakes';
import { freshName } from '../../db/helpers';

const TODAY = '2024-06-01';
const STAMP = '2024-05-01T09:00:00.000Z';

let store: Store;
beforeEach(async () => {
  store = await openStore(freshName('log-cycle-link-totals'));
});
afterEach(async () => {
  cleanup();
  store.db.close();
  await store.db.delete();
});

// PMP passed 10 Jan 2020, renewed on 5 Jan 2023: cycle 2 from 10 Jan 2023 (domain-facts §1).
const pmp: HeldWithRule = {
  credential: {
    id: 'held-pmp',
    credentialId: 'pmp',
    stage: 'earned',
    earnedDate: '2020-01-10',
    renewals: [{ date: '2023-01-05' }],
  },
  rule: findCredentialRule('pmp')!,
};

const course = (id: string, date: string, hours: number): ActivityRow => ({
  id,
  title: id,
  type: 'course-or-training',
  date,
  amount: hours,
  unit: 'hours',
  status: 'earned',
  split: { waysOfWorking: hours, powerSkills: 0, businessAcumen: 0 },
  createdAt: STAMP,
  updatedAt: STAMP,
});
const activities = [
  course('Scheduling course', '2021-05-01', 6),
  course('Risk course', '2022-05-01', 4),
  course('Agile course', '2024-03-01', 5),
];

function openLog(query: string) {
  window.location.hash = `#/credit-log?${query}`;
  const data: CreditData = { held: [], custom: [], activities, withRules: [pmp] };
  render(
    <StoreProvider store={store}>
      <PlatformProvider platform={fakePlatform(null)}>
        <UndoProvider>
          <LogView data={data} today={TODAY} />
        </UndoProvider>
      </PlatformProvider>
    </StoreProvider>,
  );
}

const table = () => screen.getByRole('table');
const earnedInView = () => {
  const foot = within(table()).getAllByRole('rowgroup').at(-1)!;
  return within(foot).getAllByRole('row')[0]!.querySelectorAll('td')[0]!.textContent;
};
const caption = () => table().querySelector('caption')!.textContent;

describe('the credit log opened from a credential’s cycle', { timeout: 30_000 }, () => {
  it('shows that cycle only: the total in view is what the bar counts', async () => {
    const cycles = cyclesFor(pmp.credential, pmp.rule, TODAY);
    const current = cycles.at(-1)!;
    expect(current.index).toBe(1);
    openLog(cycleLogQuery('held-pmp', current));
    expect(screen.getByText(/^Showing /).textContent).toBe('Showing 1 activity of 3.');
    expect(earnedInView()).toBe('5');
    expect(caption()).toContain('as they count for PMP before the cycle’s caps');
    expect((screen.getByLabelText('From') as HTMLInputElement).value).toBe(current.countFrom);
    expect((screen.getByLabelText('To') as HTMLInputElement).value).toBe(current.countTo);
    // The bar above the table counts the same 5.
    const bar = screen.getByRole('region', { name: 'PMP current cycle' });
    await waitFor(() => expect(bar.textContent).toContain('5 PDUs counted of 60'));
  });

  it('filtered by the credential alone, the rows run across cycles and the caption says so', () => {
    openLog('credential=held-pmp');
    expect(earnedInView()).toBe('15');
    expect(caption()).toContain(
      'as they count for PMP across its cycles, before each cycle’s caps',
    );
    expect(caption()).not.toContain('before the cycle’s caps');
  });
});
