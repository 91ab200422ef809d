import { describe, expect, it } from 'vitest';
import {
  alarmSignature,
  calendarItems,
  cancelledDeadlines,
  deadlineCancelSequence,
  deadlineUid,
  liveDeadlineSequence,
  sequenceOf,
  withDeadlineMemory,
  type CalendarItem,
  type Deadline,
  type ExportedDeadline,
} from '../../../../shared/domain/study';

const asOf = '2026-12-01';
const NOW = '2026-12-01T10:00:00.000Z';
const remembered = (over: Partial<ExportedDeadline> & { uid: string }): ExportedDeadline => ({
  date: '2027-01-25',
  title: 'PMP exam',
  sequence: sequenceOf('2026-11-20T08:00:00.000Z'),
  ...over,
});
const uids = (xs: readonly { uid: string }[]) => xs.map((x) => x.uid);
const labels = {
  study: (t: string) => (t ? `Study: ${t}` : 'Study'),
  deadline: (d: Deadline) => d.title,
};

describe('which remembered deadlines an export cancels (deadline-cancel.ts, Ascent rule)', () => {
  it.each([
    ['gone, its day ahead', '2027-01-25', false, true],
    ['gone, its day today', '2026-12-01', false, true],
    ['gone, its day yesterday (forgotten)', '2026-11-30', false, false],
    ['still exported', '2027-01-25', true, false],
    ['still exported today', '2026-12-01', true, false],
  ])('%s: cancelled = %s', (_, date, live, cancelled) => {
    const d = remembered({ uid: 'deadline-exam-h1@ascent.local', date });
    const out = cancelledDeadlines([d], new Set(live ? [d.uid] : []), asOf);
    expect(uids(out)).toEqual(cancelled ? [d.uid] : []);
  });

  it('keeps one entry per UID, the one with the highest sequence, sorted by day', () => {
    const out = cancelledDeadlines(
      [
        remembered({ uid: 'b', date: '2027-02-01', sequence: 5 }),
        remembered({ uid: 'a', date: '2027-03-01', sequence: 7 }),
        remembered({ uid: 'b', date: '2027-02-02', sequence: 9, title: 'Moved' }),
      ],
      new Set(),
      asOf,
    );
    expect(out.map((d) => [d.uid, d.date, d.title, d.sequence])).toEqual([
      ['b', '2027-02-02', 'Moved', 9],
      ['a', '2027-03-01', 'PMP exam', 7],
    ]);
  });
});

describe('the SEQUENCE of a deadline cancellation (RFC 5545 §3.8.7.4: the higher sequence wins)', () => {
  it.each([
    ['first cancelled, exported days before: the export time', 1000, undefined, sequenceOf(NOW)],
    [
      'first cancelled, exported in the same second: one above',
      sequenceOf(NOW),
      undefined,
      sequenceOf(NOW) + 1,
    ],
    [
      'first cancelled, sequence ahead of the clock: one above',
      sequenceOf(NOW) + 50,
      undefined,
      sequenceOf(NOW) + 51,
    ],
    ['already cancelled: the same sequence again', 4242, true as const, 4242],
  ])('%s', (_, sequence, cancelled, expected) => {
    const d = remembered({ uid: 'u', sequence, ...(cancelled ? { cancelled } : {}) });
    expect(deadlineCancelSequence(d, NOW)).toBe(expected);
  });

  /** A live deadline event as calendarItems gives it: the day, title and alarms remembered. */
  const live = (sequence: number, over: Partial<CalendarItem> = {}): CalendarItem => ({
    uid: 'u',
    date: '2027-01-25',
    title: 'PMP exam',
    category: 'deadline',
    sequence,
    ...over,
  });
  const seen = (over: Partial<ExportedDeadline>) =>
    remembered({ uid: 'u', alarmSignature: '', ...over });

  it.each([
    ['never exported: its own', 100, undefined, 100],
    ['exported with its own: the same', 100, seen({ sequence: 100 }), 100],
    ['changed since: its own, higher', 150, seen({ sequence: 100 }), 150],
    [
      'back after a cancellation, unchanged: above it',
      100,
      seen({ sequence: 300, cancelled: true }),
      301,
    ],
    ['back, once raised: stays raised', 100, seen({ sequence: 301 }), 301],
    [
      'back and changed after the cancellation: its own',
      400,
      seen({ sequence: 300, cancelled: true }),
      400,
    ],
  ])('a live deadline %s', (_, own, before, expected) => {
    expect(liveDeadlineSequence(live(own), before)).toBe(expected);
  });

  // RFC 5545 §3.8.7.4: the sequence grows when DTSTART, SUMMARY or the alarms change, even
  // when the record behind the deadline did not (a cycle ended unrenewed, a goal's target
  // reached, a new reminder lead in Settings).
  const alarms = [{ daysBefore: 14, description: 'PMP exam — in 14 days (25 Jan 2027)' }];
  it.each([
    ['moved to another day', live(100, { date: '2028-01-20' }), 101],
    ['given another title', live(100, { title: 'PMP: renew by 20 Jan 2028' }), 101],
    ['given an alarm', live(100, { alarms }), 101],
    ['with its own sequence already above', live(500, { date: '2028-01-20' }), 500],
    ['the same day, title and alarms', live(100), 100],
  ])('a live deadline %s, its record unchanged', (_, item, expected) => {
    expect(liveDeadlineSequence(item, seen({ sequence: 100 }))).toBe(expected);
  });

  it.each([
    ['alarms moved to another day', [{ daysBefore: 30, description: alarms[0]!.description }], 101],
    ['alarm text changed', [{ daysBefore: 14, description: 'PMP exam — soon' }], 101],
    ['alarm taken away', undefined, 101],
    ['alarms the same', alarms, 100],
  ])('a live deadline with its %s', (_, now, expected) => {
    const before = seen({ sequence: 100, alarmSignature: alarmSignature({ alarms }) });
    expect(liveDeadlineSequence(live(100, now ? { alarms: now } : {}), before)).toBe(expected);
  });

  it('remembered before alarms were: unknown, so raised once, then kept', () => {
    const old = remembered({ uid: 'u', sequence: 100 });
    expect(old.alarmSignature).toBeUndefined();
    expect(liveDeadlineSequence(live(100, { alarms }), old)).toBe(101);
    expect(liveDeadlineSequence(live(100), old)).toBe(101);
    const out = withDeadlineMemory([live(100, { alarms })], [old], asOf, NOW);
    expect(out.items[0]!.sequence).toBe(101);
    const again = withDeadlineMemory([live(100, { alarms })], out.remember, asOf, NOW);
    expect(again.items[0]!.sequence).toBe(101);
  });
});

describe('withDeadlineMemory: the file of an export and what it remembers', () => {
  const exam: Deadline = {
    id: 'exam:h1',
    kind: 'exam',
    date: '2027-01-25',
    title: 'PMP exam',
    changedAt: '2026-11-20T08:00:00.000Z',
  };
  const goal: Deadline = {
    id: 'goal:g1',
    kind: 'goal',
    date: '2027-03-01',
    title: 'Read six books',
    changedAt: '2026-11-21T08:00:00.000Z',
  };
  const items = (ds: Deadline[]) => calendarItems([], new Map(), ds, labels);

  it('the first export cancels nothing and remembers every deadline written', () => {
    const out = withDeadlineMemory(items([exam, goal]), [], asOf, NOW);
    expect(out.cancelled).toBe(0);
    expect(out.items.filter((i) => i.cancelled)).toEqual([]);
    expect(out.remember).toEqual([
      {
        uid: deadlineUid('exam:h1'),
        date: '2027-01-25',
        title: 'PMP exam',
        sequence: sequenceOf(exam.changedAt),
        alarmSignature: '',
      },
      {
        uid: deadlineUid('goal:g1'),
        date: '2027-03-01',
        title: 'Read six books',
        sequence: sequenceOf(goal.changedAt),
        alarmSignature: '',
      },
    ]);
  });

  it('a deadline gone since the last export is written cancelled, with its UID, day, title and a higher sequence', () => {
    const first = withDeadlineMemory(items([exam, goal]), [], asOf, NOW);
    const later = '2026-12-03T09:00:00.000Z';
    const second = withDeadlineMemory(items([goal]), first.remember, '2026-12-03', later);
    expect(second.cancelled).toBe(1);
    expect(second.items.filter((i) => i.cancelled)).toEqual([
      {
        uid: deadlineUid('exam:h1'),
        title: 'PMP exam',
        date: '2027-01-25',
        category: 'deadline',
        sequence: sequenceOf(later),
        cancelled: true,
      },
    ]);
    expect(sequenceOf(later)).toBeGreaterThan(first.remember[0]!.sequence);
    // Remembered as cancelled, so the next export writes the same cancellation again.
    const third = withDeadlineMemory(
      items([goal]),
      second.remember,
      '2026-12-04',
      '2026-12-04T09:00:00.000Z',
    );
    expect(third.items.find((i) => i.cancelled)!.sequence).toBe(sequenceOf(later));
    // Back unchanged: live again, above the cancellation.
    const fourth = withDeadlineMemory(
      items([exam, goal]),
      third.remember,
      '2026-12-05',
      '2026-12-05T09:00:00.000Z',
    );
    expect(fourth.cancelled).toBe(0);
    const back = fourth.items.find((i) => i.uid === deadlineUid('exam:h1'))!;
    expect(back.cancelled).toBeUndefined();
    expect(back.sequence).toBe(sequenceOf(later) + 1);
  });

  it('forgets a remembered deadline once its day has passed, and cancels it no more', () => {
    const first = withDeadlineMemory(items([exam]), [], asOf, NOW);
    const onTheDay = withDeadlineMemory(
      [],
      first.remember,
      '2027-01-25',
      '2027-01-25T08:00:00.000Z',
    );
    expect(onTheDay.cancelled).toBe(1);
    expect(onTheDay.remember.map((d) => d.cancelled)).toEqual([true]);
    const dayAfter = withDeadlineMemory(
      [],
      onTheDay.remember,
      '2027-01-26',
      '2027-01-26T08:00:00.000Z',
    );
    expect(dayAfter.items).toEqual([]);
    expect(dayAfter.remember).toEqual([]);
  });

  it('leaves study blocks as they are, and keeps the file in day order', () => {
    const block = {
      id: 'b1',
      planId: 'p',
      date: '2027-02-01',
      start: '18:00',
      minutes: 60,
      edited: false,
    };
    const first = withDeadlineMemory(items([exam, goal]), [], asOf, NOW);
    const withBlock = calendarItems([block], new Map([['p', 'PMP']]), [goal], labels);
    const out = withDeadlineMemory(withBlock, first.remember, asOf, NOW);
    expect(out.items.map((i) => [i.date, i.title, i.cancelled ?? false])).toEqual([
      ['2027-01-25', 'PMP exam', true],
      ['2027-02-01', 'Study: PMP', false],
      ['2027-03-01', 'Read six books', false],
    ]);
    expect(uids(out.remember)).toEqual([deadlineUid('exam:h1'), deadlineUid('goal:g1')]);
  });
});
