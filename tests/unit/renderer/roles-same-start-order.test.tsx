// Experience → "Your roles, latest first": roles that started in the same month are listed in
// one order (shared/domain/experience/order.ts), the one still going first, not in the order of
// their random ids.
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { UndoProvider } from '../../../renderer/src/components/undo';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { ExperienceScreen } from '../../../renderer/src/features/experience/ExperienceScreen';
import { PlatformProvider } from '../../../renderer/src/platform';
import { fakePlatform } from '../../db/backup-fakes';
import { freshName } from '../../db/helpers';

const SLOW = { timeout: 5000 };
const stamps = { createdAt: '2026-01-01T09:00:00.000Z', updatedAt: '2026-01-01T09:00:00.000Z' };
const role = (id: string, title: string, start: string, end: string | null) => ({
  id,
  title,
  organisation: 'Acme',
  industry: 'Energy',
  start,
  end,
  roleTypes: ['leading-projects'],
  ...stamps,
});

let store: Store;
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 22, 9, 0)); // 22 Nov 2026
  store = await openStore(freshName('roles-order'));
  // Ids that, read by start month then id, put the finished secondment above the role still going.
  await store.db
    .table('roles')
    .bulkPut([
      role('0-old', 'Project coordinator', '2018-01', '2021-12'),
      role('b-secondment', 'PMO analyst (secondment)', '2022-01', '2022-06'),
      role('a-current', 'Project manager', '2022-01', null),
    ]);
});
afterEach(async () => {
  cleanup();
  vi.useRealTimers();
  await store.db.delete();
});

describe('the Experience screen', { timeout: 20_000 }, () => {
  it('lists roles of the same start month with the one still going first', async () => {
    render(
      <StoreProvider store={store}>
        <PlatformProvider platform={fakePlatform(null)}>
          <UndoProvider>
            <ExperienceScreen />
          </UndoProvider>
        </PlatformProvider>
      </StoreProvider>,
    );
    const table = (await screen.findByText('Your roles, latest first', {}, SLOW)).closest('table')!;
    const rows = within(table)
      .getAllByRole('rowheader')
      .map((h) => h.textContent);
    expect(rows).toEqual([
      'Project manager, Acme',
      'PMO analyst (secondment), Acme',
      'Project coordinator, Acme',
    ]);
  });
});
