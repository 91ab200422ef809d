/**
 * The dashboard's "Recent activity" lists the latest activities done, however many planned
 * ones were logged after them: five courses booked ahead hid two done ones (the card said
 * nothing was done recently), while four did not; and with nothing done yet, planned
 * activities logged lately are said to be planned, not "Nothing logged yet". Today 22 Nov 2026.
 */
import { act, cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { formatDate as day } from '../../../renderer/src/components/format';
import { UndoProvider } from '../../../renderer/src/components/undo';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { writesApplied } from '../../../renderer/src/db/patched-rows';
import { saveActivity } from '../../../renderer/src/db/repositories/activities';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { RecentActivity } from '../../../renderer/src/features/dashboard/RecentActivity';
import { PlatformProvider } from '../../../renderer/src/platform';
import { fakePlatform } from '../../db/backup-fakes';
import type { Activity } from '../../../shared/domain/credits';
import { freshName } from '../../db/helpers';

const SLOW = { timeout: 5000 };
const ASOF = '2026-11-22';
/** Longer than summary-source.ts waits before it keeps the windows in memory (1.5 s). */
const WARMED_UP_MS = 2_500;

let store: Store;

async function log(title: string, date: string, status: Activity['status']) {
  const saved = await saveActivity(
    store,
    {
      date,
      title,
      type: 'online-or-digital-media',
      amount: 1,
      unit: 'body-unit',
      split: { waysOfWorking: 1, powerSkills: 0, businessAcumen: 0 },
      status,
    },
    ASOF,
  );
  if (!saved.ok) throw new Error(`fixture ${title}: ${JSON.stringify(saved)}`);
}

/** Planned courses on the 10th of each month from January 2027. */
async function planned(n: number) {
  for (let i = 1; i <= n; i++) await log(`Booked course ${i}`, `2027-0${i}-10`, 'planned');
}

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 22, 9, 0)); // 22 Nov 2026
  store = await openStore(freshName('recent-planned'));
});

afterEach(async () => {
  cleanup();
  vi.useRealTimers();
  store.db.close();
  await store.db.delete();
});

async function showCard() {
  render(
    <StoreProvider store={store}>
      <PlatformProvider platform={fakePlatform(null)}>
        <UndoProvider>
          <main>
            <RecentActivity />
          </main>
        </UndoProvider>
      </PlatformProvider>
    </StoreProvider>,
  );
  return screen.findByRole('region', { name: 'Recent activity' }, SLOW);
}

const items = (card: HTMLElement) =>
  within(card)
    .queryAllByRole('listitem')
    .map((li) => li.textContent);

const doneLine = (title: string, date: string) =>
  `${title} ${day(date)} · Online or digital media · 1 hour`;

describe('Recent activity with planned activities logged ahead', { timeout: 20_000 }, () => {
  it('lists the done ones though five planned ones come after them', async () => {
    await log('Risk webinar', '2024-01-10', 'earned');
    await log('Agile book', '2024-02-10', 'earned');
    await planned(5);
    const card = await showCard();
    await within(card).findByText('Agile book', undefined, SLOW);
    expect(items(card)).toEqual([
      doneLine('Agile book', '2024-02-10'),
      doneLine('Risk webinar', '2024-01-10'),
    ]);
    expect(card.textContent).not.toContain('Nothing done recently');
  });

  it('keeps listing them when a fifth planned one is logged while the card is shown', async () => {
    await log('Risk webinar', '2024-01-10', 'earned');
    await planned(4);
    const card = await showCard();
    await within(card).findByText('Risk webinar', undefined, SLOW);
    // Once the app is idle, a save is judged into the figures kept in memory
    // (summary-source.ts) instead of reading them again: that way too.
    await new Promise((resolve) => setTimeout(resolve, WARMED_UP_MS));
    await log('Booked course 5', '2027-05-10', 'planned');
    await act(() => writesApplied(store.db, 2_000));
    expect(items(card)).toEqual([doneLine('Risk webinar', '2024-01-10')]);
    expect(card.textContent).not.toContain('Nothing done recently');
  });

  it('with nothing done yet, says what was logged lately is planned', async () => {
    await planned(2);
    const card = await showCard();
    await within(card).findByText(/Nothing done recently/, undefined, SLOW);
    expect(card.textContent).not.toContain('Nothing logged yet');
    expect(items(card)).toEqual([]);
  });
});
