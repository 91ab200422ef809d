import { cleanup, render, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Platform } from '../../../shared/platform';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { PlatformProvider } from '../../../renderer/src/platform';
import { ReminderNotifier } from '../../../renderer/src/features/study/ReminderNotifier';
import { fakePlatform } from '../../db/backup-fakes';
import { freshName } from '../../db/helpers';

/**
 * Two windows (or tabs) of the app on one database: each reminder is notified once, by one of
 * them, not once per window. Each window claims a notification in one read-write transaction
 * before showing it (claimNotifications), and only the window whose claim wrote the key shows
 * it. Here the second window checks while the first is still showing its notifications (read
 * but not yet written down, before); claims made at the same instant are driven in
 * tests/db/study-notified-claim.test.ts. Today is 22 Nov 2026.
 */
const SLOW = { timeout: 5000 };
let name: string;
let stores: Store[];
let shown: string[];

const platformThat = (show: (body: string) => Promise<boolean>): Platform => ({
  ...fakePlatform(null),
  notifications: {
    permission: () => 'granted',
    requestPermission: async () => 'granted',
    show: vi.fn(async (_title: string, body: string) => show(body)),
  },
});

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 22, 9, 0));
  name = freshName('reminders-two-windows');
  stores = [await openStore(name), await openStore(name)];
  shown = [];
  await stores[0]!.db.table('events').bulkPut([
    { id: 'soon', name: 'Chapter meeting', start: '2026-11-25' },
    { id: 'next', name: 'Study group', start: '2026-11-23' },
  ]);
  await stores[0]!.db.table('contacts').put({ id: 'sam', name: 'Sam Lee' });
  await stores[0]!.db
    .table('interactions')
    .put({ id: 'call', contactId: 'sam', date: '2026-11-01', followUp: '2026-11-19' });
});
afterEach(async () => {
  cleanup();
  vi.useRealTimers();
  stores[1]!.db.close();
  await stores[0]!.db.delete();
});

const windowOf = (store: Store, platform: Platform) => (
  <StoreProvider store={store}>
    <PlatformProvider platform={platform}>
      <ReminderNotifier />
    </PlatformProvider>
  </StoreProvider>
);

describe('reminders with two windows open', () => {
  it('notifies each item once when a second window checks while the first is notifying', async () => {
    // The first window's notifications wait on the system (a gate); the second window starts
    // meanwhile and checks the same reminders.
    let open = () => {};
    const gate = new Promise<void>((resolve) => (open = resolve));
    const fromFirst: string[] = [];
    const fromSecond: string[] = [];
    const first = platformThat(async (body) => {
      await gate;
      fromFirst.push(body);
      return true;
    });
    const second = platformThat(async (body) => (fromSecond.push(body), true));
    const secondAsked = vi.fn(() => 'granted' as const);
    second.notifications.permission = secondAsked;
    render(windowOf(stores[0]!, first));
    await waitFor(() => expect(first.notifications.show).toHaveBeenCalled(), SLOW);
    render(windowOf(stores[1]!, second));
    await waitFor(() => expect(secondAsked).toHaveBeenCalled(), SLOW);
    // Time for the second window's check to finish; whatever it shows arrives in it.
    await new Promise((r) => setTimeout(r, 300));
    open();
    await waitFor(() => expect(fromFirst).toHaveLength(3), SLOW);
    expect(fromSecond).toEqual([]);
    expect(await stores[0]!.db.table('notified').count()).toBe(3);
  });

  it('gives back a notification the system refused, so the other window can show it', async () => {
    const refusing = platformThat(async () => false);
    const first = render(windowOf(stores[0]!, refusing));
    await waitFor(() => expect(refusing.notifications.show).toHaveBeenCalledTimes(3), SLOW);
    await waitFor(async () => expect(await stores[0]!.db.table('notified').count()).toBe(0));
    first.unmount();
    render(
      windowOf(
        stores[1]!,
        platformThat(async (body) => (shown.push(body), true)),
      ),
    );
    await waitFor(() => expect(shown).toHaveLength(3), SLOW);
  });
});
