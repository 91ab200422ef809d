import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../renderer/src/db/database';
import {
  claimNotifications,
  notifiedKeys,
  releaseNotifications,
} from '../../renderer/src/db/repositories/study-notified';
import { dueReminders, type Deadline } from '../../shared/domain/study';
import { freshName } from './helpers';

/**
 * Two windows (two stores on one database name) claim the same reminders at the same moment:
 * each key is claimed by one of them only, so each notification is shown once. Claims read
 * and write in one read-write transaction (claimNotifications).
 */
const deadlines: Deadline[] = [
  { id: 'exam:h1', kind: 'exam', date: '2026-11-25', title: 'PMP' },
  { id: 'follow-up:i1', kind: 'follow-up', date: '2026-11-19', title: 'Sam' },
  { id: 'goal:g1', kind: 'goal', date: '2027-06-01', title: 'Mentor', met: true },
];

let name: string;
let a: Store;
let b: Store;
beforeEach(async () => {
  name = freshName('notified-claim');
  a = await openStore(name);
  b = await openStore(name);
});
afterEach(async () => {
  b.db.close();
  await a.db.delete();
});

const keys = (claimed: { key: string }[]) => claimed.map((r) => r.key).sort();

describe('claiming notifications from two windows', () => {
  it.each(['2026-11-22', '2026-11-23'])(
    'gives each key to one window only when both claim at once (%s)',
    async (day) => {
      const due = dueReminders(deadlines, day, 14);
      expect(due).toHaveLength(3);
      const [first, second] = await Promise.all([
        claimNotifications(a, due, day),
        claimNotifications(b, due, day),
      ]);
      expect([...keys(first), ...keys(second)].sort()).toEqual(keys(due));
      expect(await a.db.table('notified').count()).toBe(3);
      expect(await claimNotifications(a, due, day)).toEqual([]);
      expect(await claimNotifications(b, due, day)).toEqual([]);
    },
  );

  it('at midnight, both windows on the new day: the new day’s keys go to one window', async () => {
    const yesterday = dueReminders(deadlines, '2026-11-22', 14);
    await claimNotifications(a, yesterday, '2026-11-22');
    const today = dueReminders(deadlines, '2026-11-23', 14);
    const claims = await Promise.all([
      claimNotifications(a, today, '2026-11-23'),
      claimNotifications(b, today, '2026-11-23'),
    ]);
    // The met goal was notified once already; the day's two items once more, by one window.
    expect(keys(claims.flat())).toEqual(['exam:h1@2026-11-23', 'follow-up:i1@2026-11-23']);
  });

  it('keeps yesterday’s keys, so a window still on yesterday does not notify again', async () => {
    const yesterday = dueReminders(deadlines, '2026-11-22', 14);
    await claimNotifications(a, yesterday, '2026-11-22');
    await claimNotifications(b, dueReminders(deadlines, '2026-11-23', 14), '2026-11-23');
    expect(await claimNotifications(a, yesterday, '2026-11-22')).toEqual([]);
    // Older days are pruned by a later claim.
    await claimNotifications(a, dueReminders(deadlines, '2026-11-25', 14), '2026-11-25');
    expect([...(await notifiedKeys(a, '2026-11-22'))]).toEqual(['goal:g1#met']);
    const ids = (await a.db.table('notified').toCollection().primaryKeys()) as string[];
    expect(ids.filter((id) => id.endsWith('@2026-11-22'))).toEqual([]);
  });

  it('gives back what could not be shown, for the next claim in either window', async () => {
    const due = dueReminders(deadlines, '2026-11-22', 14);
    const claimed = await claimNotifications(a, due, '2026-11-22');
    await releaseNotifications(a, claimed.slice(0, 1));
    expect(keys(await claimNotifications(b, due, '2026-11-22'))).toEqual(keys(claimed.slice(0, 1)));
  });

  it('claims a key once when the same reminder is asked for twice in one call', async () => {
    const due = dueReminders(deadlines.slice(0, 1), '2026-11-22', 14);
    expect(await claimNotifications(a, [...due, ...due], '2026-11-22')).toHaveLength(1);
  });
});
