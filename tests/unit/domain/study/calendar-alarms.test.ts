// When a deadline's calendar alarm goes off (alarmDaysFor, Ascent rule after issue 7 part 4:
// "reminders for every deadline"): work to finish by a date at the reminder lead chosen in
// Settings (REMINDER_LEAD_DAYS, 1–90), an exam that lead ahead and the day before, a course,
// event or follow-up the day before, a goal already reached never.
import { describe, expect, it } from 'vitest';
import {
  alarmDaysFor,
  calendarItems,
  deadlineKinds,
  type Deadline,
  type DeadlineKind,
} from '../../../../shared/domain/study';

describe('alarmDaysFor', () => {
  it.each<[DeadlineKind, number, number[]]>([
    ['cycle-end', 14, [14]],
    ['yearly-minimum', 14, [14]],
    ['application-end', 14, [14]],
    ['goal', 14, [14]],
    ['milestone', 14, [14]],
    ['membership', 14, [14]],
    ['exam', 14, [14, 1]],
    ['exam', 1, [1]],
    ['course', 14, [1]],
    ['event', 14, [1]],
    ['follow-up', 14, [1]],
    ['cycle-end', 1, [1]],
    ['cycle-end', 90, [90]],
    // A lead below the Settings minimum is read as 1 day, never 0 or less.
    ['cycle-end', 0, [1]],
  ])('%s with a %i-day lead: %j days before', (kind, lead, days) => {
    expect(alarmDaysFor({ kind }, lead)).toEqual(days);
  });

  it('a goal whose target is reached: none', () => {
    expect(alarmDaysFor({ kind: 'goal', met: true }, 14)).toEqual([]);
  });

  it('every kind has at least one alarm', () => {
    expect(deadlineKinds.filter((kind) => alarmDaysFor({ kind }, 7).length === 0)).toEqual([]);
  });
});

describe('calendarItems: alarms on deadlines only', () => {
  const exam: Deadline = { id: 'exam:h', kind: 'exam', date: '2027-02-10', title: 'PMP' };
  const labels = {
    study: (t: string) => `Study: ${t}`,
    deadline: (d: Deadline) => `${d.title} exam`,
    alarm: (d: Deadline, n: number) => `${d.title} exam, ${n} before`,
  };
  const block = {
    id: 'b',
    planId: 'p',
    date: '2027-02-01',
    start: '18:00',
    minutes: 60,
    edited: false,
  };

  it('carries the lead and its text on the deadline, none on the block', () => {
    const items = calendarItems([block], new Map([['p', 'PMP']]), [exam], labels, [], 10);
    expect(items.map((i) => [i.title, i.alarms ?? null])).toEqual([
      ['Study: PMP', null],
      [
        'PMP exam',
        [
          { daysBefore: 10, description: 'PMP exam, 10 before' },
          { daysBefore: 1, description: 'PMP exam, 1 before' },
        ],
      ],
    ]);
  });

  it('without alarm words, no alarms (a DISPLAY alarm needs its text)', () => {
    const { alarm: _unused, ...noAlarm } = labels;
    expect(calendarItems([], new Map(), [exam], noAlarm)[0]).not.toHaveProperty('alarms');
  });
});

describe('alarmDaysFor: never before the export’s day', () => {
  // `daysLeft`: days from the export's day to the deadline. The reviewer's case: a 60-day lead,
  // the CISA cycle end 39 days after the 22 Nov 2026 export.
  it.each<[DeadlineKind, number, number, number[]]>([
    ['cycle-end', 60, 39, [39]],
    ['cycle-end', 14, 39, [14]],
    ['cycle-end', 14, 14, [14]],
    ['cycle-end', 14, 13, [13]],
    ['cycle-end', 14, 1, [1]],
    ['exam', 60, 39, [39, 1]],
    ['exam', 14, 1, [1]],
    ['course', 14, 1, [1]],
    ['yearly-minimum', 90, 5, [5]],
    // The deadline is the export's day, or past: no day before it is left.
    ['cycle-end', 14, 0, []],
    ['exam', 14, 0, []],
    ['event', 14, 0, []],
    ['cycle-end', 14, -3, []],
  ])('%s, lead %i, %i days left: %j days before', (kind, lead, left, days) => {
    expect(alarmDaysFor({ kind }, lead, left)).toEqual(days);
  });

  it('calendarItems on the export’s day: the text says the alarm’s own count', () => {
    const cycle: Deadline = { id: 'cycle:c', kind: 'cycle-end', date: '2026-12-31', title: 'CISA' };
    const today: Deadline = { id: 'goal:t', kind: 'goal', date: '2026-11-22', title: 'Today' };
    const items = calendarItems(
      [],
      new Map(),
      [cycle, today],
      { study: () => '', deadline: (d) => d.title, alarm: (d, n) => `${d.title} in ${n} days` },
      [],
      60,
      '2026-11-22',
    );
    expect(items.map((i) => [i.title, i.alarms ?? null])).toEqual([
      ['Today', null],
      ['CISA', [{ daysBefore: 39, description: 'CISA in 39 days' }]],
    ]);
  });
});
