import { describe, expect, it } from 'vitest';
import {
  activityFromSession,
  blockUid,
  calendarItems,
  deadlineUid,
  elapsedMs,
  pauseTimer,
  resumeTimer,
  sessionCreditHours,
  startTimer,
  timerMinutes,
} from '../../../../shared/domain/study';

describe('focus timer', () => {
  const t0 = startTimer('p1', 'Risk', '2026-11-22T09:00:00.000Z');
  it('counts from the stored start, so a reload finds the right time', () => {
    expect(elapsedMs(t0, '2026-11-22T09:25:00.000Z')).toBe(25 * 60_000);
  });
  it('stops counting while paused and goes on after resume', () => {
    const paused = pauseTimer(t0, '2026-11-22T09:10:00.000Z');
    expect(elapsedMs(paused, '2026-11-22T12:00:00.000Z')).toBe(10 * 60_000);
    const resumed = resumeTimer(paused, '2026-11-22T12:00:00.000Z');
    expect(timerMinutes(resumed, '2026-11-22T12:20:29.000Z')).toBe(30);
  });
  it('logs at least a minute and never negative time', () => {
    expect(timerMinutes(t0, '2026-11-22T08:00:00.000Z')).toBe(1);
  });
});

describe('study time as credit', () => {
  it.each([
    [50, 0.75],
    [60, 1],
    [14, 0],
    [135, 2.25],
  ])('%i minutes count as %d hours', (minutes, hours) => {
    expect(sessionCreditHours(minutes)).toBe(hours);
  });
  it('makes a Read activity with the hours in the chosen area', () => {
    const a = activityFromSession(
      { date: '2026-11-20', minutes: 95, topic: ' Agile book ' },
      'read',
      'powerSkills',
      'PMP',
    );
    expect(a).toMatchObject({
      date: '2026-11-20',
      title: 'Agile book',
      type: 'read',
      amount: 1.5,
      unit: 'hours',
      split: { waysOfWorking: 0, powerSkills: 1.5, businessAcumen: 0 },
    });
  });
  it('refuses a session shorter than a quarter hour', () => {
    expect(
      activityFromSession(
        { date: '2026-11-20', minutes: 10, topic: '' },
        'read',
        'waysOfWorking',
        null,
      ),
    ).toBeNull();
  });
});

describe('calendar items', () => {
  const block = {
    id: 'b-1',
    planId: 'p1',
    date: '2026-11-23',
    start: '18:00',
    minutes: 60,
    edited: false,
  };
  const labels = {
    study: (t: string) => `Study: ${t}`,
    deadline: (d: { title: string }) => d.title,
  };
  it('keeps the UID when the block moves or the deadline changes date', () => {
    const before = calendarItems(
      [block],
      new Map([['p1', 'PMP']]),
      [{ id: 'exam:h1', kind: 'exam', date: '2026-12-01', title: 'PMP exam' }],
      labels,
    );
    const after = calendarItems(
      [{ ...block, date: '2026-11-25', start: '07:00' }],
      new Map([['p1', 'PMP']]),
      [{ id: 'exam:h1', kind: 'exam', date: '2026-12-08', title: 'PMP exam' }],
      labels,
    );
    expect(before.map((i) => i.uid)).toEqual(after.map((i) => i.uid));
    expect(before[0]).toMatchObject({
      uid: blockUid('b-1'),
      title: 'Study: PMP',
      start: '18:00',
      minutes: 60,
    });
    expect(before[1]).toMatchObject({ uid: deadlineUid('exam:h1'), category: 'deadline' });
  });
  it('makes UIDs of portable characters only', () => {
    expect(deadlineUid('milestone:g 1/x')).toBe('deadline-milestone:g-1-x@ascent.local');
  });
});
