// "Current credential cycle" on the Reports screen offers only the cycles in force today. A
// CSM earned 1 Feb 2016 and never renewed ended its 2-year cycle on 31 Jan 2018 (domain-facts
// §4); a PMP earned 15 Jan 2025 runs to 14 Jan 2028 (§1). Listed first, the lapsed CSM was
// chosen by the option and the report gave way to "No credential has a cycle running today".
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { HeldCredential } from '../../../shared/domain/credentials';
import { formatDate } from '../../../renderer/src/components/format';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { saveHeld } from '../../../renderer/src/db/repositories/credentials';
import { saveProfile } from '../../../renderer/src/db/repositories/profile';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { ReportsScreen } from '../../../renderer/src/features/reports/ReportsScreen';
import { PlatformProvider } from '../../../renderer/src/platform';
import { fakePlatform } from '../../db/backup-fakes';
import { freshName } from '../../db/helpers';

const TODAY = '2026-11-22';
const NO_CYCLE = 'No credential has a cycle running today';

let store: Store;
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 22, 9, 0)); // 22 Nov 2026
  store = await openStore(freshName('report-current-cycle'));
  await saveProfile(store, {
    name: 'Sam Rivera',
    currentRung: 'pmo-analyst',
    targetRung: 'pmo-manager',
    education: 'bachelor',
    gacAccredited: false,
    weeklyAvailability: { mon: '1', tue: '0', wed: '0', thu: '0', fri: '0', sat: '0', sun: '0' },
  });
  // Stored in this order, the lapsed CSM is listed first.
  const held: HeldCredential[] = [
    { id: 'a-csm', credentialId: 'csm', stage: 'earned', earnedDate: '2016-02-01' },
    { id: 'b-pmp', credentialId: 'pmp', stage: 'earned', earnedDate: '2025-01-15' },
  ];
  for (const h of held) expect(await saveHeld(store, h, TODAY)).toMatchObject({ ok: true });
});
afterEach(async () => {
  cleanup();
  vi.useRealTimers();
  await store.db.delete();
});

describe('Reports: the current credential cycle', () => {
  it('offers only the PMP, whose cycle runs today, and reports on its cycle', async () => {
    render(
      <StoreProvider store={store}>
        <PlatformProvider platform={fakePlatform(null)}>
          <ReportsScreen />
        </PlatformProvider>
      </StoreProvider>,
    );
    const option = await screen.findByRole(
      'radio',
      { name: /^Current credential cycle/ },
      { timeout: 10_000 },
    );
    fireEvent.click(option);

    // One cycle to choose: no Credential list, the PMP's cycle named beside the option.
    expect(option.closest('label')!.textContent).toBe('Current credential cycle (PMP cycle 1)');
    expect(screen.queryByRole('combobox', { name: 'Credential' })).toBeNull();

    // The report follows the choice in the background: it names the PMP's cycle once there.
    const header = () =>
      screen
        .getByRole('article', { name: 'Progress report: Sam Rivera' })
        .querySelector('.report-header p')!
        .textContent!.replace(/\s+/g, ' ');
    await waitFor(
      () =>
        expect(header()).toContain(
          `Current credential cycle: PMP cycle 1, ${formatDate('2025-01-15')} to ` +
            `${formatDate('2028-01-14')}.`,
        ),
      { timeout: 10_000 },
    );
    expect(document.body.textContent).not.toContain(NO_CYCLE);
    expect(screen.queryByRole('alert')).toBeNull();
  }, 30_000);
});
