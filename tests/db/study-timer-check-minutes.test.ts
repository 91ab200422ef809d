// A stopped timer that needs checking (past midnight, longer than 4 hours) asks how many
// minutes to log. The answer was checked only against a session's 16 hours, so a slip of the
// keyboard on a 45-minute run past midnight ("450" for "45") logged 7 h 30 min of study the
// timer never counted. What is logged from the timer is at most what the timer ran.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openStore, type Store } from '../../renderer/src/db/database';
import {
  getTimer,
  listSessions,
  logFocus,
  startFocus,
  stopFocus,
  type TimerRow,
} from '../../renderer/src/db/repositories/study-log';
import { freshName } from './helpers';

let store: Store;
beforeEach(async () => {
  store = await openStore(freshName('timer-check-minutes'));
});
afterEach(async () => {
  vi.useRealTimers();
  await store.db.delete();
});

function clockAt(y: number, month: number, d: number, h: number, min = 0) {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(y, month - 1, d, h, min));
}

async function startedAt(y: number, month: number, d: number, h: number, min = 0) {
  clockAt(y, month, d, h, min);
  await startFocus(store, null, 'Risk register');
  return (await getTimer(store)) as TimerRow;
}

describe('the minutes given for a timer run that was asked about', () => {
  it('are refused above what the timer ran, and nothing is written', async () => {
    const seen = await startedAt(2026, 11, 22, 23, 30);
    clockAt(2026, 11, 23, 0, 15);
    expect(await stopFocus(store)).toMatchObject({ run: { minutes: 45, check: 'NEXT_DAY' } });
    expect(await logFocus(store, 450, seen, '2026-11-23')).toEqual({
      ok: false,
      errors: { minutes: 'MORE_THAN_TIMER' },
    });
    expect(await listSessions(store)).toEqual([]);
    expect(await getTimer(store)).toEqual(seen);
  });

  it('are accepted up to what the timer ran', async () => {
    const seen = await startedAt(2026, 11, 22, 9);
    clockAt(2026, 11, 22, 14, 10); // 5 h 10 min: asked about as likely forgotten
    expect(await stopFocus(store)).toMatchObject({ run: { minutes: 310, check: 'LONG' } });
    const r = await logFocus(store, 310, seen, '2026-11-22');
    expect(r).toMatchObject({ ok: true, value: { minutes: 310, date: '2026-11-22' } });
  });
});
