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
 * A window claims its reminders' notifications and closes before the system has shown them:
 * they are not lost. Once the claim's hold (CLAIM_HOLD_MS) has passed, the next window to check shows them,
 * and records them as shown, so none is shown a third time. Today is 22 Nov 2026.
 */
const SLOW = { timeout: 5000 };
let name: string;
let stores: Store[];

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
  name = freshName('reminders-window-closed');
  stores = [await openStore(name), await openStore(name)];
  await stores[0]!.db.table('events').bulkPut([
    { id: 'soon', name: 'Chapter meeting', start: '2026-11-25' },
    { id: 'next', name: 'Study group', start: '2026-11-23' },
  ]);
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

describe(
  'a window closed between claiming its notifications and showing them',
  { timeout: 15_000 },
  () => {
    it('leaves them to the next window once the claim’s hold has passed', async () => {
      // The system never answers the first window: it closes while waiting.
      const closing = platformThat(() => new Promise<boolean>(() => {}));
      const first = render(windowOf(stores[0]!, closing));
      await waitFor(() => expect(closing.notifications.show).toHaveBeenCalled(), SLOW);
      first.unmount();

      // Ten minutes on: a running window's next check (CHECK_EVERY_MS), well past the hold.
      vi.setSystemTime(new Date(2026, 10, 22, 9, 10));
      const shown: string[] = [];
      render(
        windowOf(
          stores[1]!,
          platformThat(async (body) => (shown.push(body), true)),
        ),
      );
      await waitFor(() => expect(shown).toHaveLength(2), SLOW);
      expect(shown.join('\n')).toContain('Chapter meeting');
      expect(shown.join('\n')).toContain('Study group');
      // Recorded as shown, not merely claimed: no later check takes them over again.
      await waitFor(async () => {
        const rows = await stores[1]!.db.table('notified').toArray();
        expect(rows.map((r: { pending?: true }) => r.pending ?? false)).toEqual([false, false]);
      }, SLOW);
    });
  },
);
