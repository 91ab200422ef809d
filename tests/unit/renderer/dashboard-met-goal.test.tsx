/**
 * The Dashboard's "Next deadlines" and Study → Reminders keep a goal whose target is reached
 * by the same rule (stillAsked): after its target date has passed it stays on both, for 90
 * days, as ready to be marked achieved (never "Overdue"), with a link to the goal. Before,
 * the dashboard dropped it the day after its date while Reminders kept it. Both say it in the
 * same words (metGoalWords), "Target reached: X. Mark the goal as achieved when you are ready.":
 * the dashboard's "Goal: X (target reached) — 15 Nov 2026, 7 days ago." read as if the target had
 * been reached 7 days ago. Today is 22 Nov 2026.
 */
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { UndoProvider } from '../../../renderer/src/components/undo';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { DeadlinesCard } from '../../../renderer/src/features/dashboard/DeadlinesCard';
import {
  metGoalText,
  metGoalWords,
  reminderText,
} from '../../../renderer/src/features/study/messages';
import { RemindersPanel } from '../../../renderer/src/features/study/RemindersPanel';
import { PlatformProvider } from '../../../renderer/src/platform';
import { fakePlatform } from '../../db/backup-fakes';
import { freshName } from '../../db/helpers';

const SLOW = { timeout: 5000 };
const SAID = 'Target reached: Read twelve PM books. Mark the goal as achieved when you are ready.';
const stamps = { createdAt: '2026-01-01T09:00:00.000Z', updatedAt: '2026-01-01T09:00:00.000Z' };

const books = (targetDate: string) => ({
  id: 'books',
  title: 'Read twelve PM books',
  kind: 'custom',
  target: {
    type: 'number',
    value: 12,
    unit: 'custom',
    unitLabel: 'books',
    measure: { source: 'manual', current: 12 },
  },
  startDate: '2026-01-01',
  targetDate,
  milestones: [],
  status: 'active',
  ...stamps,
});

let store: Store;
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 22, 9, 0));
  store = await openStore(freshName('dashboard-met-goal'));
});
afterEach(async () => {
  cleanup();
  vi.useRealTimers();
  store.db.close();
  await store.db.delete();
});

function show() {
  render(
    <StoreProvider store={store}>
      <PlatformProvider platform={fakePlatform(null)}>
        <UndoProvider>
          <main>
            <DeadlinesCard />
            <RemindersPanel />
          </main>
        </UndoProvider>
      </PlatformProvider>
    </StoreProvider>,
  );
}

const region = (name: string) => screen.findByRole('region', { name }, SLOW);

describe('a goal whose target is reached, after its target date', () => {
  it('stays on the dashboard as on Reminders, to be marked achieved, not overdue', async () => {
    await store.db.table('goals').put(books('2026-11-15'));
    show();
    const reminders = await region('Reminders');
    await within(reminders).findByRole('link', { name: 'Read twelve PM books' }, SLOW);
    const card = await region('Next deadlines');
    const link = await within(card).findByRole('link', { name: 'Read twelve PM books' }, SLOW);
    expect(link.getAttribute('href')).toBe('#/goals/books');
    expect(link.closest('li')!.textContent).toBe(SAID);
    expect(card.textContent).not.toMatch(/Overdue|Nothing coming up|days ago/);
  });

  it('leaves both once its date is more than 90 days past', async () => {
    await store.db.table('goals').put(books('2026-08-23'));
    show();
    const card = await region('Next deadlines');
    await within(card).findByText(/Nothing coming up/, undefined, SLOW);
    const reminders = await region('Reminders');
    await within(reminders).findByText('Nothing due in that time.', undefined, SLOW);
  });

  it('says how far off a target date still ahead is, with the same advice', async () => {
    await store.db.table('goals').put(books('2026-11-30'));
    show();
    const card = await region('Next deadlines');
    const link = await within(card).findByRole('link', { name: 'Read twelve PM books' }, SLOW);
    expect(link.closest('li')!.textContent).toBe(SAID);
  });

  it('reads the same on the dashboard as on Reminders, both linked to the goal', async () => {
    await store.db.table('goals').put(books('2026-11-15'));
    show();
    const items = await Promise.all(
      ['Next deadlines', 'Reminders'].map(async (name) => {
        const link = await within(await region(name)).findByRole(
          'link',
          { name: 'Read twelve PM books' },
          SLOW,
        );
        expect(link.getAttribute('href')).toBe('#/goals/books');
        return link.closest('li')!.textContent;
      }),
    );
    expect(items).toEqual([SAID, SAID]);
  });
});

describe('metGoalWords: one wording for a goal whose target is reached', () => {
  it.each([
    ['Read twelve PM books', SAID],
    ['Pass in 2027', 'Target reached: Pass in 2027. Mark the goal as achieved when you are ready.'],
  ])('%s', (title, said) => {
    const w = metGoalWords(title);
    expect(w.title).toBe(title);
    expect(`${w.lead}${w.title}${w.end}`).toBe(said);
    expect(metGoalText(title)).toBe(said);
  });

  it('is what a reminder (and its notification) says, whatever the date', () => {
    const d = {
      kind: 'goal' as const,
      id: 'goal:books',
      title: 'Read twelve PM books',
      date: '2026-11-15',
      met: true as const,
    };
    expect(reminderText(d, -7)).toBe(SAID);
    expect(reminderText(d, 8)).toBe(SAID);
  });
});
