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
      `Event: Chapter meeting in 3 days (${formatDate('2026-11-25')})`,
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
      expect(shown).toContain(`Event: Study group tomorrow (${formatDate('2026-11-23')})`),
    );
    expect(shown).toHaveLength(3);
    cleanup();

    vi.setSystemTime(new Date(2026, 10, 23, 9, 0));
    render(app(<ReminderNotifier />));
    await waitFor(() => expect(shown).toHaveLength(6));
    expect(shown.slice(3)).toEqual([
      `Overdue: Follow up with Sam Lee, 4 days ago (${formatDate('2026-11-19')})`,
      `Event: Study group today (${formatDate('2026-11-23')})`,
      `Event: Chapter meeting in 2 days (${formatDate('2026-11-25')})`,
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
    await screen.findByText(/Chapter meeting in 3 days/);
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
      `Event: Chapter meeting in 3 days (${formatDate('2026-11-25')})`,
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
      `Event: Chapter meeting in 3 days (${formatDate('2026-11-25')})`,
    ]);
  });
});
