import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Platform } from '../../../shared/platform';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { PlatformProvider } from '../../../renderer/src/platform';
import { ReminderNotifier } from '../../../renderer/src/features/study/ReminderNotifier';
import { RemindersPanel } from '../../../renderer/src/features/study/RemindersPanel';
import { formatDate } from '../../../renderer/src/components/format';
import { fakePlatform } from '../../db/backup-fakes';
import { freshName } from '../../db/helpers';

/**
 * Reminders (issue 7 part 4) with a fake clock and a fake platform: a system notification at
 * start for every item inside the lead time (14 days by default) and every overdue one, at
 * most once per item per day, and nothing for items further away or simply past.
 */
let store: Store;
let shown: string[];
let platform: Platform;

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 22, 9, 0)); // 22 Nov 2026, 09:00 local
  store = await openStore(freshName('reminders'));
  shown = [];
  platform = {
    ...fakePlatform(null),
    notifications: {
      permission: () => 'granted',
      requestPermission: async () => 'granted',
      show: vi.fn(async (_title: string, body: string) => (shown.push(body), true)),
    },
  };
  await store.db.table('events').bulkPut([
    { id: 'soon', name: 'Chapter meeting', start: '2026-11-25' },
    { id: 'far', name: 'Global summit', start: '2026-12-20' },
    { id: 'past', name: 'Webinar', start: '2026-11-20' },
  ]);
  await store.db.table('contacts').put({ id: 'sam', name: 'Sam Lee' });
  await store.db
    .table('interactions')
    .put({ id: 'call', contactId: 'sam', date: '2026-11-01', followUp: '2026-11-19' });
});
afterEach(async () => {
  cleanup();
  vi.useRealTimers();
  await store.db.delete();
});

const app = (children: React.ReactNode) => (
  <StoreProvider store={store}>
    <PlatformProvider platform={platform}>{children}</PlatformProvider>
  </StoreProvider>
);

describe('system notifications for reminders', () => {
  it('notifies at start for items inside the lead time and overdue ones, not for the rest', async () => {
    render(app(<ReminderNotifier />));
    await waitFor(() => expect(shown).toHaveLength(2));
    expect(shown).toEqual([
      `Overdue: Follow up with Sam Lee, 3 days ago (${formatDate('2026-11-19')})`,
      `Event: Chapter meeting — in 3 days (${formatDate('2026-11-25')})`,
    ]);
    expect(shown.join(' ')).not.toMatch(/Global summit|Webinar/);
  });

  it('notifies each item at most once a day, and again the next day', async () => {
    const first = render(app(<ReminderNotifier />));
    await waitFor(() => expect(shown).toHaveLength(2));
    first.unmount();

    // Same day, the app starts again; a new deadline arrives while it runs.
    render(app(<ReminderNotifier />));
    await store.db.table('events').put({ id: 'new', name: 'Study group', start: '2026-11-23' });
    await waitFor(() =>
      expect(shown).toContain(`Event: Study group — tomorrow (${formatDate('2026-11-23')})`),
    );
    expect(shown).toHaveLength(3);
    cleanup();

    vi.setSystemTime(new Date(2026, 10, 23, 9, 0));
    render(app(<ReminderNotifier />));
    await waitFor(() => expect(shown).toHaveLength(6));
    expect(shown.slice(3)).toEqual([
      `Overdue: Follow up with Sam Lee, 4 days ago (${formatDate('2026-11-19')})`,
      `Event: Study group — today (${formatDate('2026-11-23')})`,
      `Event: Chapter meeting — in 2 days (${formatDate('2026-11-25')})`,
    ]);
  });

  it('shows nothing while notifications are not allowed, and marks nothing as shown', async () => {
    platform = {
      ...platform,
      notifications: { ...platform.notifications, permission: () => 'default' },
    };
    render(
      app(
        <>
          <ReminderNotifier />
          <RemindersPanel />
        </>,
      ),
    );
    await screen.findByText(/Chapter meeting — in 3 days/);
    expect(shown).toEqual([]);
    expect(await store.db.table('notified').count()).toBe(0);
  });
});

describe('the in-app reminders panel', () => {
  it('lists overdue items first, marked as overdue, then what is coming', async () => {
    render(app(<RemindersPanel />));
    const items = await screen.findAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual([
      `Overdue: Follow up with Sam Lee, 3 days ago (${formatDate('2026-11-19')})`,
      `Event: Chapter meeting — in 3 days (${formatDate('2026-11-25')})`,
    ]);
    expect(items[0]!.className).toBe('overdue');
  });

  it('drops a follow-up once a later contact with the person is logged', async () => {
    await store.db
      .table('interactions')
      .put({ id: 'met', contactId: 'sam', date: '2026-11-21', followUp: null });
    render(app(<RemindersPanel />));
    const items = await screen.findAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual([
      `Event: Chapter meeting — in 3 days (${formatDate('2026-11-25')})`,
    ]);
  });
});

describe('a goal that has reached its target', () => {
  // Rule (Ascent): a goal whose measured progress has reached its target is no longer reminded
  // as due or overdue, nor are its open milestones; it is reminded as ready to be marked
  // achieved, with a link to the goal.
  const stamps = { createdAt: '2026-01-01T09:00:00.000Z', updatedAt: '2026-01-01T09:00:00.000Z' };
  const books = {
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
    targetDate: '2026-11-30',
    milestones: [{ id: 'half', title: 'Six books read', due: '2026-06-30', doneOn: null }],
    status: 'active',
    ...stamps,
  };
  /** Learning credits since March 2024: the entry that meets it is older than a year. */
  const credits = {
    ...books,
    id: 'credits',
    title: 'Log 10 learning hours',
    kind: 'education',
    target: {
      type: 'number',
      value: 10,
      unit: 'hours',
      measure: { source: 'learning-credits', area: 'all' },
    },
    startDate: '2024-03-01',
    targetDate: '2026-11-20',
    milestones: [],
  };
  const oldCourse = {
    id: 'old-course',
    date: '2024-06-01',
    title: 'Risk management course',
    type: 'course-or-training',
    amount: 12,
    unit: 'hours',
    status: 'earned',
    split: { waysOfWorking: 12, powerSkills: 0, businessAcumen: 0 },
    ...stamps,
  };

  it('says the target is reached, links to the goal and drops its overdue milestone', async () => {
    await store.db.table('goals').bulkPut([books, credits]);
    await store.db.table('activities').put(oldCourse);
    render(app(<RemindersPanel />));
    const link = await screen.findByRole('link', { name: 'Read twelve PM books' });
    expect(link.getAttribute('href')).toBe('#/goals/books');
    expect(link.closest('li')!.textContent).toBe(
      'Target reached: Read twelve PM books. Mark the goal as achieved when you are ready.',
    );
    const older = await screen.findByRole('link', { name: 'Log 10 learning hours' });
    expect(older.getAttribute('href')).toBe('#/goals/credits');
    const text = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(text.join(' ')).not.toMatch(/Overdue: Goal|Six books read/);
  });

  it('still calls a goal overdue while its target is not reached', async () => {
    await store.db.table('goals').put(credits);
    render(app(<RemindersPanel />));
    await screen.findByText(
      `Overdue: Goal: Log 10 learning hours, 2 days ago (${formatDate('2026-11-20')})`,
    );
    expect(screen.queryByRole('link', { name: 'Log 10 learning hours' })).toBeNull();
  });

  it('notifies that the target is reached, not that the goal is due', async () => {
    await store.db.table('goals').put(books);
    render(app(<ReminderNotifier />));
    await waitFor(() => expect(shown).toHaveLength(3));
    expect(shown).toContain(
      'Target reached: Read twelve PM books. Mark the goal as achieved when you are ready.',
    );
    expect(shown.join(' ')).not.toMatch(/Goal: Read twelve|Six books read/);
  });
});
