// A forgotten focus timer is never logged silently: stopping it writes nothing until the person
// says how many minutes they studied, and the session goes on the day the timer started.
// Discarding the timer hands back the row, so Undo can put it back running from its start.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openStore, type Store } from '../../renderer/src/db/database';
import {
  discardFocus,
  getTimer,
  listSessions,
  logFocus,
  restoreFocus,
  startFocus,
  stopFocus,
  type TimerRow,
} from '../../renderer/src/db/repositories/study-log';
import { freshName } from './helpers';

let store: Store;
beforeEach(async () => {
  store = await openStore(freshName('timer-stop'));
});
afterEach(async () => {
  vi.useRealTimers();
  await store.db.delete();
});

/** The wall clock, at a local time (timers stay real for IndexedDB). */
function clockAt(y: number, month: number, d: number, h: number, min = 0) {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(y, month - 1, d, h, min));
}

async function startedAt(y: number, month: number, d: number, h: number, min = 0) {
  clockAt(y, month, d, h, min);
  await startFocus(store, null, 'Risk register');
  return (await getTimer(store)) as TimerRow;
}

describe('Stop and log', () => {
  it('a short run is logged in one go, on the day it started', async () => {
    await startedAt(2026, 11, 22, 9);
    clockAt(2026, 11, 22, 9, 25);
    const r = await stopFocus(store);
    expect(r.logged).toMatchObject({ minutes: 25, date: '2026-11-22', source: 'timer' });
    expect(await getTimer(store)).toBeNull();
  });

  it('a timer left three days is not logged: it asks, and the timer keeps running', async () => {
    const before = await startedAt(2026, 11, 22, 9);
    clockAt(2026, 11, 25, 8, 3);
    const r = await stopFocus(store);
    expect(r).toMatchObject({
      logged: null,
      why: 'NEEDS_CHECK',
      run: { minutes: 4263, suggested: 960, date: '2026-11-22', check: 'OVER_MAXIMUM' },
    });
    expect(await listSessions(store)).toEqual([]);
    expect(await getTimer(store)).toEqual(before);
  });

  it('the minutes the person gives are logged on the day the timer started', async () => {
    const seen = await startedAt(2026, 11, 22, 9);
    clockAt(2026, 11, 25, 8, 3);
    const r = await logFocus(store, 90, seen, '2026-11-25');
    expect(r).toMatchObject({ ok: true, value: { minutes: 90, date: '2026-11-22' } });
    expect((await listSessions(store)).map((s) => [s.date, s.minutes, s.topic])).toEqual([
      ['2026-11-22', 90, 'Risk register'],
    ]);
    expect(await getTimer(store)).toBeNull();
  });

  it.each([
    ['961', 961],
    ['0', 0],
    ['not a whole number', 12.5],
  ])('refuses %s minutes, as the session form does, and writes nothing', async (_what, minutes) => {
    const seen = await startedAt(2026, 11, 22, 9);
    clockAt(2026, 11, 25, 8, 3);
    expect(await logFocus(store, minutes, seen, '2026-11-25')).toEqual({
      ok: false,
      errors: { minutes: 'OUT_OF_RANGE' },
    });
    expect(await listSessions(store)).toEqual([]);
    expect(await getTimer(store)).toEqual(seen);
  });

  it('a run past midnight asks too, and goes on the evening it started', async () => {
    const seen = await startedAt(2026, 11, 22, 23, 30);
    clockAt(2026, 11, 23, 0, 15);
    expect(await stopFocus(store)).toMatchObject({
      why: 'NEEDS_CHECK',
      run: { minutes: 45, date: '2026-11-22', check: 'NEXT_DAY' },
    });
    const r = await logFocus(store, 45, seen, '2026-11-23');
    expect(r).toMatchObject({ ok: true, value: { minutes: 45, date: '2026-11-22' } });
  });

  it('logs nothing when the timer was stopped or started again meanwhile', async () => {
    const seen = await startedAt(2026, 11, 22, 9);
    clockAt(2026, 11, 25, 8, 3);
    await discardFocus(store);
    expect(await logFocus(store, 90, seen, '2026-11-25')).toEqual({ ok: false, why: 'CHANGED' });
    await startFocus(store, null, 'Another');
    expect(await logFocus(store, 90, seen, '2026-11-25')).toEqual({ ok: false, why: 'CHANGED' });
    expect(await listSessions(store)).toEqual([]);
  });
});

describe('Discard', () => {
  it('hands back the timer, and putting it back keeps it running from its start', async () => {
    const before = await startedAt(2026, 11, 22, 9);
    clockAt(2026, 11, 22, 9, 40);
    const removed = await discardFocus(store);
    expect(removed).toEqual(before);
    expect(await getTimer(store)).toBeNull();
    expect(await restoreFocus(store, removed!)).toBe(true);
    expect(await getTimer(store)).toEqual(before);
    clockAt(2026, 11, 22, 9, 45);
    expect((await stopFocus(store)).logged).toMatchObject({ minutes: 45, date: '2026-11-22' });
  });

  it('does not put it back over a timer started since', async () => {
    await startedAt(2026, 11, 22, 9);
    const removed = await discardFocus(store);
    const newer = await startedAt(2026, 11, 22, 9, 5);
    expect(await restoreFocus(store, removed!)).toBe(false);
    expect(await getTimer(store)).toEqual(newer);
  });
});
