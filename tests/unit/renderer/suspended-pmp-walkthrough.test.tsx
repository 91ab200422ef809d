/**
 * A user walk-through: a PMP earned 5 Dec 2023 whose cycle ended 4 Dec 2026 without a
 * recorded renewal, today 5 Dec 2026 — suspended, to be renewed by 4 Dec 2027 or it expires
 * (domain-facts §1) — with a 10 h PMI Global Summit planned for 20 Sept 2027.
 *
 * - Next deadlines names the day as the day to renew by, never as a cycle end.
 * - The card's days left say what they count down to; the pace is what the renewal needs.
 * - Recent activity lists what was done, not the planned summit.
 * - Recording the renewal closes the form with a notice of the cycle it started, puts focus
 *   on the credential's heading, and the planned summit's figures say "if done".
 */
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { UndoProvider } from '../../../renderer/src/components/undo';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { saveActivity } from '../../../renderer/src/db/repositories/activities';
import { saveHeld, type HeldRow } from '../../../renderer/src/db/repositories/credentials';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { CredentialDetail } from '../../../renderer/src/features/credentials/CredentialDetail';
import { DeadlinesCard } from '../../../renderer/src/features/dashboard/DeadlinesCard';
import { RecentActivity } from '../../../renderer/src/features/dashboard/RecentActivity';
import { reminderText } from '../../../renderer/src/features/study/messages';
import { formatDate as day } from '../../../renderer/src/components/format';
import { PlatformProvider } from '../../../renderer/src/platform';
import { createWebPlatform } from '../../../renderer/src/platform/web';
import type { Activity } from '../../../shared/domain/credits';
import { freshName } from '../../db/helpers';

const SLOW = { timeout: 5000 };
const ASOF = '2026-12-05';

let store: Store;
let held: HeldRow;

async function log(title: string, date: string, amount: number, status: Activity['status']) {
  const saved = await saveActivity(
    store,
    {
      date,
      title,
      type: 'course-or-training',
      amount,
      unit: 'hours',
      split: { waysOfWorking: amount / 2, powerSkills: amount / 2, businessAcumen: 0 },
      status,
    },
    ASOF,
  );
  if (!saved.ok) throw new Error(`fixture ${title}`);
}

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 11, 5, 9, 0)); // 5 Dec 2026
  store = await openStore(freshName('suspended-pmp'));
  const saved = await saveHeld(
    store,
    { credentialId: 'pmp', stage: 'earned', earnedDate: '2023-12-05', renewals: [] },
    ASOF,
  );
  if (!saved.ok) throw new Error('fixture');
  held = saved.value;
  await log('Risk workshop', '2026-11-20', 6, 'earned');
  await log('Agile webinar', '2025-03-10', 4, 'earned');
  await log('PMI Global Summit 2027', '2027-09-20', 10, 'planned');
});

afterEach(async () => {
  cleanup();
  vi.useRealTimers();
  store.db.close();
  await store.db.delete();
});

const app = (children: React.ReactNode) => (
  <StoreProvider store={store}>
    <PlatformProvider platform={createWebPlatform('0')}>
      <UndoProvider>
        {/* As in the app's shell: the page's heading is the one in main. */}
        <main>{children}</main>
      </UndoProvider>
    </PlatformProvider>
  </StoreProvider>
);

describe('the dashboard', { timeout: 20_000 }, () => {
  it('names the suspended PMP’s deadline as the day to renew by', async () => {
    render(app(<DeadlinesCard />));
    const card = await screen.findByRole('region', { name: 'Next deadlines' }, SLOW);
    expect(within(card).getByRole('listitem').textContent).toBe(
      `PMP: renew by ${day('2027-12-04')} or it expires — in 364 days`,
    );
    expect(card.textContent).not.toContain('cycle ends');
  });

  it('lists what was done as recent activity, not the planned summit', async () => {
    render(app(<RecentActivity />));
    const card = await screen.findByRole('region', { name: 'Recent activity' }, SLOW);
    expect(
      within(card)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      `Risk workshop ${day('2026-11-20')} · Course or training · 6 hours`,
      `Agile webinar ${day('2025-03-10')} · Course or training · 4 hours`,
    ]);
    expect(card.textContent).not.toContain('Summit');
  });
});

describe('the reminder of the day to renew by', () => {
  it('says it once, with the days left', () => {
    const d = {
      id: 'cycle:h',
      kind: 'cycle-end' as const,
      date: '2027-12-04',
      title: 'PMP',
      renewBy: true as const,
    };
    expect(reminderText(d, 3)).toBe(`PMP: renew by ${day('2027-12-04')} or it expires — in 3 days`);
    expect(reminderText({ ...d, renewBy: undefined }, 3)).toBe(
      `PMP cycle ends — in 3 days (${day('2027-12-04')})`,
    );
  });
});

describe('the credential page', { timeout: 20_000 }, () => {
  it('counts down to the renew-by date and gives the pace the renewal needs', async () => {
    render(app(<CredentialDetail heldId={held.id} />));
    const current = await screen.findByRole('region', { name: 'Current cycle' }, SLOW);
    const text = current.textContent ?? '';
    expect(text).toContain(
      `Cycle 1: ${day('2023-12-05')} – ${day('2026-12-04')} · Suspended · 364 days left to renew before it expires`,
    );
    // 10 PDUs counted (the summit is planned): 50 still missing over the 365 days to act,
    // 50 × 30.4375 / 365 = 4.17 a month, 50 × 7 / 365 = 0.96 a week: 4.2 and 1.0, both to
    // the tenth, rounded up.
    expect(text).toContain(
      `To renew by ${day('2027-12-04')}, earn the 50 PDUs still missing: about 4.2 PDUs a month (1.0 a week).`,
    );
    expect(text).not.toContain('To finish on time');
  });

  it('closes the renewal form with a notice of the new cycle, focus on the heading', async () => {
    render(app(<CredentialDetail heldId={held.id} />));
    const form = await screen.findByRole('form', { name: 'Record a renewal' }, SLOW);
    fireEvent.change(within(form).getByLabelText('Renewed on'), { target: { value: ASOF } });
    fireEvent.click(within(form).getByRole('button', { name: 'Record renewal' }));
    const notice = await screen.findByText(/^Renewal recorded: /, {}, SLOW);
    expect(notice.textContent).toBe(
      `Renewal recorded: cycle 2 runs ${day('2026-12-05')} to ${day('2029-12-04')}.`,
    );
    expect(notice.getAttribute('role')).toBe('status');
    expect(screen.queryByRole('form', { name: 'Record a renewal' })).toBeNull();
    expect(screen.queryByText(/Record the renewal once/)).toBeNull();
    const heading = screen.getByRole('heading', { level: 1 });
    await waitFor(() => expect(document.activeElement).toBe(heading), SLOW);
    expect(heading.textContent).toBe('PMP — Project Management Professional');

    // The new cycle's activities: the planned summit says what it would count.
    const activities = screen.getByRole('region', { name: 'Activities in cycle 2' });
    const summit = within(activities).getByRole('row', { name: /PMI Global Summit 2027/ });
    expect(
      within(summit)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(expect.arrayContaining(['Planned', '10 planned', '10 if done']));

    // Another renewal can be recorded from the same page (the notice stays otherwise).
    fireEvent.click(screen.getByRole('button', { name: 'Record another renewal' }));
    expect(await screen.findByRole('form', { name: 'Record a renewal' }, SLOW)).toBeDefined();
    expect(screen.queryByText(/^Renewal recorded: /)).toBeNull();
  });
});
