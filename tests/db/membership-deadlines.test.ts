// A membership's renewal day is a deadline (PRODUCT.md, study planner: "reminders for every
// deadline"): read at start-up by the renewal index, reminded, and exported to the calendar
// as an all-day event that another library (ical.js) reads back; a renewal moved on updates
// the same event, and an ended membership leaves the calendar. Today is 22 Nov 2026.
import ICAL from 'ical.js';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { formatDate } from '../../renderer/src/components/format';
import { openStore, type Store } from '../../renderer/src/db/database';
import {
  saveMembership,
  type MembershipRow,
} from '../../renderer/src/db/repositories/journal-network';
import { journalSources } from '../../renderer/src/db/study-hooks';
import { icsText } from '../../renderer/src/features/study/ics';
import { deadlineTitle, reminderText } from '../../renderer/src/features/study/messages';
import type { Membership } from '../../shared/domain/journal';
import {
  calendarItems,
  collectDeadlines,
  deadlineUid,
  dueReminders,
} from '../../shared/domain/study';
import { freshName } from './helpers';

const asOf = '2026-11-22';
let store: Store;
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-11-22T09:00:00Z'));
  store = await openStore(freshName('membership-deadlines'));
});
afterEach(async () => {
  vi.useRealTimers();
  await store.db.delete();
});

const iiba: Omit<Membership, 'id'> = {
  organisation: 'IIBA',
  since: '2025-11-27',
  renewal: '2026-11-27',
  endedOn: null,
  cost: null,
  notes: '',
};

async function save(m: Omit<Membership, 'id'> & { id?: string }): Promise<MembershipRow> {
  const saved = await saveMembership(store, m, asOf);
  if (!saved.ok) throw new Error('membership not saved');
  return saved.value;
}

/** The deadlines as the app works them out from what start-up reads of the journal. */
async function deadlines() {
  const journal = await journalSources(store);
  return collectDeadlines({ cycles: [], exams: [], goals: [], ...journal });
}

/** The calendar file the Study screen exports (deadlines from today on), read back. */
async function exported() {
  const ahead = (await deadlines()).filter((d) => d.date >= asOf);
  const items = calendarItems([], new Map(), ahead, {
    study: (t) => `Study: ${t}`,
    deadline: deadlineTitle,
  });
  const parsed = new ICAL.Component(ICAL.parse(icsText(items)));
  return parsed.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
}

describe('a membership renewal as a deadline', () => {
  it('is reminded with the association’s name and the days left', async () => {
    await save(iiba);
    const due = dueReminders(await deadlines(), asOf, 14);
    expect(due.map((r) => reminderText(r.deadline, r.daysLeft))).toEqual([
      `IIBA membership renews — in 5 days (${formatDate('2026-11-27')})`,
    ]);
    // Passed without being moved on: the membership lapsed, and the reminder says so.
    const later = dueReminders(await deadlines(), '2026-11-30', 14);
    expect(later.map((r) => reminderText(r.deadline, r.daysLeft))).toEqual([
      `Overdue: IIBA membership renewal, 3 days ago (${formatDate('2026-11-27')})`,
    ]);
  });

  it('is an all-day calendar event that ical.js reads back, updated in place when renewed', async () => {
    const row = await save(iiba);
    const [first, ...others] = await exported();
    expect(others).toEqual([]);
    expect(first!.uid).toBe(deadlineUid(`membership:${row.id}`));
    expect(first!.summary).toBe('IIBA membership renews');
    expect(first!.startDate.isDate).toBe(true);
    expect(first!.startDate.toString()).toBe('2026-11-27');
    expect(first!.endDate.toString()).toBe('2026-11-28');
    expect(first!.component.getFirstPropertyValue('categories')).toBe('Deadline');

    // Renewed: the day moves on a year. The same event, a later date, a higher SEQUENCE.
    vi.setSystemTime(new Date('2026-11-23T09:00:00Z'));
    await save({ ...iiba, id: row.id, renewal: '2027-11-27' });
    const [renewed, ...more] = await exported();
    expect(more).toEqual([]);
    expect(renewed!.uid).toBe(first!.uid);
    expect(renewed!.startDate.toString()).toBe('2027-11-27');
    expect(renewed!.sequence).toBeGreaterThan(first!.sequence);
  });

  it('leaves the calendar and the reminders once the membership ends, and never comes from one without a renewal day', async () => {
    const row = await save(iiba);
    await save({ ...iiba, organisation: 'PMI', renewal: null });
    expect((await exported()).map((e) => e.summary)).toEqual(['IIBA membership renews']);
    await save({ ...iiba, id: row.id, endedOn: '2026-11-25' });
    expect(await deadlines()).toEqual([]);
    expect(dueReminders(await deadlines(), asOf, 14)).toEqual([]);
  });
});
