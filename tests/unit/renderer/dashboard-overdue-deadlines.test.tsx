/**
 * The Dashboard's "Next deadlines" with nothing ahead but things overdue (the bug report's
 * steps; today 22 Nov 2026): a goal with target date 15 Nov 2026 and a milestone due 10 Nov
 * 2026, a follow-up planned for 12 Nov 2026. The card lists them first, each saying "Overdue"
 * in words, as Study → Reminders does, and does not say there is nothing to do.
 */
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { formatDate as day } from '../../../renderer/src/components/format';
import { UndoProvider } from '../../../renderer/src/components/undo';
import { openStore, type Store } from '../../../renderer/src/db/database';
import {
  saveContact,
  saveInteraction,
} from '../../../renderer/src/db/repositories/journal-network';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { DeadlinesCard } from '../../../renderer/src/features/dashboard/DeadlinesCard';
import { PlatformProvider } from '../../../renderer/src/platform';
import { fakePlatform } from '../../db/backup-fakes';
import { freshName } from '../../db/helpers';

const SLOW = { timeout: 5000 };
const ASOF = '2026-11-22';
const stamps = { createdAt: '2026-01-01T09:00:00.000Z', updatedAt: '2026-01-01T09:00:00.000Z' };

let store: Store;

const goal = (status: string) => ({
  id: 'review',
  title: 'Lead a portfolio review',
  kind: 'custom',
  target: {
    type: 'number',
    value: 3,
    unit: 'custom',
    unitLabel: 'reviews',
    measure: { source: 'manual', current: 0 },
  },
  startDate: '2026-01-01',
  targetDate: '2026-11-15',
  milestones: [
    { id: 'm1', title: 'Shadow the PMO', due: '2026-11-10', doneOn: null },
    { id: 'm2', title: 'Read the handbook', due: '2026-11-05', doneOn: '2026-11-04' },
  ],
  status,
  ...stamps,
});

async function followUpWithSam(followUp: string) {
  const contact = await saveContact(
    store,
    {
      name: 'Sam Okafor',
      organisation: '',
      role: '',
      howMet: '',
      tags: [],
      relation: 'contact',
      since: null,
      until: null,
      notes: '',
    },
    ASOF,
  );
  if (!contact.ok) throw new Error('contact not saved');
  const saved = await saveInteraction(
    store,
    {
      contactId: contact.value.id,
      // A follow-up is not before its meeting: a far-past one follows a meeting that day.
      date: followUp < '2026-11-01' ? followUp : '2026-11-01',
      kind: 'meeting',
      notes: '',
      hours: 0,
      area: 'powerSkills',
      followUp,
    },
    { asOf: ASOF },
  );
  if (!saved.ok) throw new Error('interaction not saved');
}

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 22, 9, 0)); // 22 Nov 2026
  store = await openStore(freshName('dashboard-overdue'));
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
            <DeadlinesCard />
          </main>
        </UndoProvider>
      </PlatformProvider>
    </StoreProvider>,
  );
  return screen.findByRole('region', { name: 'Next deadlines' }, SLOW);
}

const EMPTY = /Nothing coming up/;

describe('Next deadlines with overdue items', { timeout: 20_000 }, () => {
  it('lists the overdue milestone, follow-up and goal first, in words, not the empty message', async () => {
    await store.db.table('goals').put(goal('active'));
    await followUpWithSam('2026-11-12');
    const card = await showCard();
    await within(card).findByText(/^Overdue: Milestone/, undefined, SLOW);
    expect(
      within(card)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      `Overdue: Milestone: Shadow the PMO — ${day('2026-11-10')}, 12 days ago`,
      `Overdue: Follow up with Sam Okafor — ${day('2026-11-12')}, 10 days ago`,
      `Overdue: Goal: Lead a portfolio review — ${day('2026-11-15')}, 7 days ago`,
    ]);
    expect(card.textContent).not.toContain('Read the handbook');
    expect(card.textContent).not.toMatch(EMPTY);
    expect(card.textContent).not.toContain('target date');
  });

  it('says nothing is due when the goal is paused and the follow-up is far past', async () => {
    await store.db.table('goals').put(goal('paused'));
    await followUpWithSam('2026-01-12');
    const card = await showCard();
    await within(card).findByText(EMPTY, undefined, SLOW);
    expect(within(card).queryAllByRole('listitem')).toEqual([]);
  });
});
