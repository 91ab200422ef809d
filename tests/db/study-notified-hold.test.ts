import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openStore, type Store } from '../../renderer/src/db/database';
import {
  CLAIM_HOLD_MS,
  claimNotifications,
  confirmNotifications,
  releaseNotifications,
} from '../../renderer/src/db/repositories/study-notified';
import { dueReminders, type Deadline } from '../../shared/domain/study';
import { freshName } from './helpers';

/**
 * A claimed notification is not lost when its window goes before showing it (closed, or the
 * app quit, between the claim and the system's answer): the claim is held CLAIM_HOLD_MS, then
 * any window's next check takes it over. Only a notification shown (confirmNotifications)
 * counts for good. The met goal's key is notified once a year, so a claim left there would
 * otherwise lose that news for a year. Today is Sunday 22 Nov 2026.
 */
const DAY = '2026-11-22';
const deadlines: Deadline[] = [
  { id: 'exam:h1', kind: 'exam', date: '2026-11-25', title: 'PMP' },
  { id: 'goal:g1', kind: 'goal', date: '2027-06-01', title: 'Mentor', met: true },
];
const due = dueReminders(deadlines, DAY, 14);
const at = (minutes: number) => new Date(2026, 10, 22, 9, minutes);
const keys = (claimed: { key: string }[]) => claimed.map((r) => r.key).sort();

let name: string;
let a: Store;
let b: Store;
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(at(0));
  name = freshName('notified-hold');
  a = await openStore(name);
  b = await openStore(name);
});
afterEach(async () => {
  vi.useRealTimers();
  b.db.close();
  await a.db.delete();
});

describe('a claim whose window went before showing it', () => {
  it('is held a moment, then claimed again by the next check of another window', async () => {
    expect(keys(await claimNotifications(a, due, DAY))).toEqual(keys(due));
    // The first window closes here, its notifications never shown.
    vi.setSystemTime(new Date(at(0).getTime() + CLAIM_HOLD_MS - 1000));
    expect(await claimNotifications(b, due, DAY)).toEqual([]);
    vi.setSystemTime(new Date(at(0).getTime() + CLAIM_HOLD_MS + 1000));
    expect(keys(await claimNotifications(b, due, DAY))).toEqual(keys(due));
    expect(await a.db.table('notified').count()).toBe(2);
  });

  it('is claimed again at the next start, the met goal’s news as well', async () => {
    await claimNotifications(a, due, DAY);
    a.db.close();
    vi.setSystemTime(at(45));
    const c = await openStore(name);
    expect(keys(await claimNotifications(c, due, DAY))).toEqual(keys(due));
    c.db.close();
  });
});

describe('a notification shown', () => {
  it('counts for good once confirmed: the day’s key all day, the met goal’s for the year', async () => {
    const claimed = await claimNotifications(a, due, DAY);
    await confirmNotifications(a, claimed, DAY);
    vi.setSystemTime(new Date(2026, 10, 22, 23, 0));
    expect(await claimNotifications(b, due, DAY)).toEqual([]);
    const later = dueReminders(deadlines, '2026-12-20', 14).filter((r) => r.met);
    expect(later).toHaveLength(1);
    vi.setSystemTime(new Date(2026, 11, 20, 9, 0));
    expect(await claimNotifications(b, later, '2026-12-20')).toEqual([]);
  });

  it('is not given back by a late release from a window whose claim was taken over', async () => {
    const first = await claimNotifications(a, due, DAY);
    vi.setSystemTime(new Date(at(0).getTime() + CLAIM_HOLD_MS + 1000));
    const second = await claimNotifications(b, due, DAY);
    expect(keys(second)).toEqual(keys(due));
    await confirmNotifications(b, second, DAY);
    // The first window's system refused them at last: what the second showed stays shown.
    await releaseNotifications(a, first);
    expect(await claimNotifications(a, due, DAY)).toEqual([]);
  });

  it('is written as shown even when its claim row went meanwhile', async () => {
    const claimed = await claimNotifications(a, due, DAY);
    await a.db.table('notified').clear();
    await confirmNotifications(a, claimed, DAY);
    vi.setSystemTime(at(30));
    expect(await claimNotifications(b, due, DAY)).toEqual([]);
  });
});
