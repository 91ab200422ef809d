// A goal's card says how far its target date is, in whole days of the user's own day (goalDue):
// "112 days left", "1 day left", "due today", "7 days overdue" (in bold) — only while the goal
// is still to be achieved; an achieved or dropped goal, or one whose target is reached, shows
// its date alone. (The card showed the date only, and "Past its target date." once passed.)
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { formatDate } from '../../../renderer/src/components/format';
import { UndoProvider } from '../../../renderer/src/components/undo';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { GoalsScreen } from '../../../renderer/src/features/goals/GoalsScreen';
import { PlatformProvider } from '../../../renderer/src/platform';
import { fakePlatform } from '../../db/backup-fakes';
import { freshName } from '../../db/helpers';

const SLOW = { timeout: 5000 };
const stamps = { createdAt: '2026-01-01T09:00:00.000Z', updatedAt: '2026-01-01T09:00:00.000Z' };

/** A goal counted by the user: `have` of 12 books. */
const goal = (title: string, targetDate: string, status = 'active', have = 3) => ({
  id: title.toLowerCase().replace(/\W+/g, '-'),
  title,
  kind: 'custom',
  target: {
    type: 'number',
    value: 12,
    unit: 'custom',
    unitLabel: 'books',
    measure: { source: 'manual', current: have },
  },
  startDate: '2026-01-01',
  targetDate,
  milestones: [],
  status,
  ...stamps,
});

let store: Store;
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 22, 23, 30)); // 22 Nov 2026, 23:30 local
  store = await openStore(freshName('goal-days-left'));
  await store.db
    .table('goals')
    .bulkPut([
      goal('Read by March', '2027-03-14'),
      goal('Read by tomorrow', '2026-11-23'),
      goal('Read by today', '2026-11-22'),
      goal('Read by last week', '2026-11-15'),
      goal('Paused reading', '2026-11-21', 'paused'),
      goal('Achieved reading', '2026-11-15', 'achieved'),
      goal('Dropped reading', '2026-11-15', 'dropped'),
      goal('Reading done', '2026-11-15', 'active', 12),
    ]);
});
afterEach(async () => {
  cleanup();
  vi.useRealTimers();
  await store.db.delete();
});

async function dateLine(title: string): Promise<HTMLElement> {
  await screen.findByRole('heading', { name: title }, SLOW);
  const card = screen.getByRole('region', { name: title });
  return within(card).getByText(/Target date/, { selector: 'p' });
}

describe('a goal card’s days to its target date', { timeout: 20_000 }, () => {
  beforeEach(() => {
    render(
      <StoreProvider store={store}>
        <PlatformProvider platform={fakePlatform(null)}>
          <UndoProvider>
            <GoalsScreen />
          </UndoProvider>
        </PlatformProvider>
      </StoreProvider>,
    );
  });

  it.each([
    ['Read by March', 'Active', '2027-03-14', ' (112 days left).'],
    ['Read by tomorrow', 'Active', '2026-11-23', ' (1 day left).'],
    ['Read by today', 'Active', '2026-11-22', ' (due today).'],
    ['Read by last week', 'Active', '2026-11-15', ' (7 days overdue).'],
  ])('“%s” (%s, target %s) reads “…%s”', async (title, status, date, words) => {
    const line = await dateLine(title);
    expect(line.textContent).toBe(`Custom ${status} Target date ${formatDate(date)}${words}`);
  });

  it('says the days overdue in bold, and no longer “Past its target date.”', async () => {
    const line = await dateLine('Read by last week');
    expect(line.querySelector('strong')?.textContent).toBe('7 days overdue');
    expect(line.textContent).not.toContain('Past its target date');
  });

  it('only while still to be achieved: a paused goal too; achieved, dropped or reached not', async () => {
    const lines: [string, string | null][] = [];
    for (const title of ['Paused reading', 'Achieved reading', 'Dropped reading', 'Reading done'])
      lines.push([title, (await dateLine(title)).textContent]);
    expect(lines).toEqual([
      ['Paused reading', `Custom Paused Target date ${formatDate('2026-11-21')} (1 day overdue).`],
      ['Achieved reading', `Custom Achieved Target date ${formatDate('2026-11-15')}.`],
      ['Dropped reading', `Custom Dropped Target date ${formatDate('2026-11-15')}.`],
      ['Reading done', `Custom Active Target date ${formatDate('2026-11-15')}.`],
    ]);
  });
});
