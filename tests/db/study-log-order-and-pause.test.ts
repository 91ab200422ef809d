// Logged study reads newest first: by day, then, within a day, by when each session was logged
// (not by its random id). Pause and Resume read and write the focus timer in one transaction,
// as Stop does: a timer stopped (in another window) between the read and the write is not put
// back.
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openStore, type Store } from '../../renderer/src/db/database';
import {
  addSession,
  getTimer,
  listSessions,
  pauseFocus,
  resumeFocus,
  startFocus,
  stopFocus,
  type TimerRow,
} from '../../renderer/src/db/repositories/study-log';
import { freshName } from './helpers';

let store: Store;
beforeEach(async () => {
  store = await openStore(freshName('study-log-order'));
});
afterEach(async () => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  await store.db.delete();
});

/** The wall clock, at a local time (timers stay real for IndexedDB). */
function clockAt(y: number, month: number, d: number, h: number, min = 0) {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(y, month - 1, d, h, min));
}

describe('the order of logged study', () => {
  it('newest first within a day too, whatever the ids; then the days before', async () => {
    // Ids that fall as the sessions are logged: ordered by id, a day would read oldest first.
    const ids = ['9', '8', '7', '6', '5'].map((n) => `00000000-0000-4000-8000-00000000000${n}`);
    vi.spyOn(crypto, 'randomUUID').mockImplementation(
      () => ids.shift() as ReturnType<typeof crypto.randomUUID>,
    );
    const log = async (h: number, date: string, topic: string) => {
      clockAt(2026, 11, 22, h);
      const r = await addSession(store, { planId: null, date, minutes: 30, topic }, '2026-11-22');
      expect(r.ok).toBe(true);
    };
    await log(8, '2026-11-22', 'Morning');
    await log(12, '2026-11-22', 'Lunch');
    // Back-filled in the afternoon for the day before: it still comes after today's.
    await log(15, '2026-11-21', 'Yesterday, typed in later');
    await log(18, '2026-11-22', 'Evening');
    await log(21, '2026-11-22', 'Night');

    expect((await listSessions(store)).map((s) => s.topic)).toEqual([
      'Night',
      'Evening',
      'Lunch',
      'Morning',
      'Yesterday, typed in later',
    ]);
  });
});

describe('Pause and Resume against a Stop in between', () => {
  /**
   * The focus timer is stopped (as another window would) right after Pause or Resume has read
   * it: the stop is started outside their work, on the next read of the timer table.
   */
  function stopOnNextRead(): { stopped: () => Promise<unknown> } {
    const table = store.db.table<TimerRow, string>('timer');
    const read = table.get.bind(table);
    let stop: Promise<unknown> | null = null;
    vi.spyOn(table, 'get').mockImplementation(((key: string) =>
      read(key).then((row) => {
        stop ??= Dexie.ignoreTransaction(() => stopFocus(store));
        return row;
      })) as typeof table.get);
    return { stopped: () => stop ?? Promise.reject(new Error('The timer was never read.')) };
  }

  it('a Pause does not bring back a timer stopped meanwhile', async () => {
    await startFocus(store, null, 'Risk register');
    const { stopped } = stopOnNextRead();
    await pauseFocus(store);
    await stopped();
    vi.restoreAllMocks();
    expect(await getTimer(store)).toBeNull();
  });

  it('a Resume does not bring back a timer stopped meanwhile', async () => {
    await startFocus(store, null, 'Risk register');
    await pauseFocus(store);
    const { stopped } = stopOnNextRead();
    await resumeFocus(store);
    await stopped();
    vi.restoreAllMocks();
    expect(await getTimer(store)).toBeNull();
  });

  it('with nothing in between, Pause and Resume still work', async () => {
    await startFocus(store, null, 'Risk register');
    await pauseFocus(store);
    expect((await getTimer(store))?.runningSince).toBeNull();
    await resumeFocus(store);
    expect((await getTimer(store))?.runningSince).toEqual(expect.any(String));
  });
});
