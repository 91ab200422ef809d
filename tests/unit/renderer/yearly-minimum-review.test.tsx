/**
 * The reviewer's cases, in the app on 22 Nov 2026. CISA earned 1 Jun 2023, nothing logged: its
 * 3-year period ends 31 Dec 2026 (domain-facts §4: ≥ 120 CPE per period, ≥ 20 every calendar
 * year), so that day is one deadline, the cycle end, not also "20 CPEs due this year" beside it.
 * Reminders say every coming item in one shape. And Study › New study plan: focus starts on the
 * page heading, and Escape there is Cancel, as it is in the form's fields.
 */
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyProfileDraft } from '../../../shared/domain/profile/profile';
import { formatDate as day } from '../../../renderer/src/components/format';
import { UndoProvider } from '../../../renderer/src/components/undo';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { saveHeld } from '../../../renderer/src/db/repositories/credentials';
import { saveProfile } from '../../../renderer/src/db/repositories/profile';
import { setStudySettings } from '../../../renderer/src/db/repositories/settings';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { DeadlinesCard } from '../../../renderer/src/features/dashboard/DeadlinesCard';
import { RemindersPanel } from '../../../renderer/src/features/study/RemindersPanel';
import { StudyScreen } from '../../../renderer/src/features/study/StudyScreen';
import { PlatformProvider } from '../../../renderer/src/platform';
import { fakePlatform } from '../../db/backup-fakes';
import { freshName } from '../../db/helpers';

const SLOW = { timeout: 5000 };
let store: Store;

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 22, 9, 0));
  store = await openStore(freshName('yearly-minimum-review'));
});
afterEach(async () => {
  cleanup();
  vi.useRealTimers();
  window.location.hash = '';
  store.db.close();
  await store.db.delete();
});

const app = (children: React.ReactNode) =>
  render(
    <StoreProvider store={store}>
      <PlatformProvider platform={fakePlatform(null)}>
        <UndoProvider>
          <main>{children}</main>
        </UndoProvider>
      </PlatformProvider>
    </StoreProvider>,
  );

const items = (region: HTMLElement) =>
  within(region)
    .getAllByRole('listitem')
    .map((li) => li.textContent);

async function holdCisa() {
  const held = await saveHeld(
    store,
    { credentialId: 'cisa', stage: 'earned', earnedDate: '2023-06-01', renewals: [] },
    '2023-06-02',
  );
  if (!held.ok) throw new Error(JSON.stringify(held.errors));
}

describe('CISA in the period’s last year, 22 Nov 2026', { timeout: 20_000 }, () => {
  it('Reminders: the cycle end alone, in the one shape (lead 60 days)', async () => {
    await holdCisa();
    await setStudySettings(store, { reminderLeadDays: 60, weekStart: 'monday' });
    app(<RemindersPanel />);
    const region = await screen.findByRole('region', { name: 'Reminders' }, SLOW);
    await within(region).findByText(/CISA cycle ends/, undefined, SLOW);
    expect(items(region)).toEqual([`CISA cycle ends — in 39 days (${day('2026-12-31')})`]);
  });

  it('the dashboard’s Next deadlines: one entry for 31 Dec 2026', async () => {
    await holdCisa();
    app(<DeadlinesCard />);
    const card = await screen.findByRole('region', { name: 'Next deadlines' }, SLOW);
    await within(card).findByText(/CISA cycle ends/, undefined, SLOW);
    expect(items(card)).toEqual([`CISA cycle ends — ${day('2026-12-31')}, in 39 days`]);
  });
});

describe('Study › New study plan: Escape on the page heading', { timeout: 20_000 }, () => {
  it('is Cancel, before any Tab into the form', async () => {
    const profile = await saveProfile(store, {
      ...emptyProfileDraft(),
      currentRung: 'pmo-analyst',
      targetRung: 'pmo-director',
      education: 'bachelor',
    });
    if (!profile.ok) throw new Error('profile not saved');
    window.location.hash = '#/study/new';
    app(<StudyScreen rest={['new']} />);
    const heading = await screen.findByRole('heading', { level: 1, name: 'Plan your study' }, SLOW);
    // Where the app puts focus on a new page (focus-soon.ts, pageHeading).
    heading.tabIndex = -1;
    heading.focus();
    fireEvent.keyDown(heading, { key: 'Escape' });
    await waitFor(() => expect(window.location.hash).toBe('#/study'));
  });
});
