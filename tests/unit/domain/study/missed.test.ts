import { describe, expect, it } from 'vitest';
import {
  blockEnded,
  missedBlocks,
  type MissedBlock,
  type MissedSession,
  type WallClock,
} from '../../../../shared/domain/study/missed';

// Rule (Ascent, study planner: tracking against the plan in the week view): a block is missed
// when it has ended (its end minute has come) and no study logged for its plan on its day is
// left for it; a day's study covers that plan's blocks of the day in order of start time.
const NOW: WallClock = { date: '2026-11-19', time: '19:30' }; // a Thursday evening

const block = (id: string, date: string, start: string, minutes = 60, planId = 'p1') =>
  ({ id, planId, date, start, minutes }) satisfies MissedBlock;
const studied = (date: string, minutes: number, planId: string | null = 'p1') =>
  ({ planId, date, minutes }) satisfies MissedSession;

describe('missedBlocks', () => {
  it.each<[string, MissedBlock[], MissedSession[], string[], WallClock?]>([
    ['a day gone, nothing logged', [block('a', '2026-11-17', '18:00')], [], ['a']],
    [
      'a day gone, study logged for its plan that day',
      [block('a', '2026-11-17', '18:00')],
      [studied('2026-11-17', 60)],
      [],
    ],
    [
      'a day gone, study logged for another plan only',
      [block('a', '2026-11-17', '18:00')],
      [studied('2026-11-17', 60, 'p2')],
      ['a'],
    ],
    [
      'a day gone, study logged with no plan',
      [block('a', '2026-11-17', '18:00')],
      [studied('2026-11-17', 60, null)],
      ['a'],
    ],
    [
      'a day gone, study logged for its plan the day before',
      [block('a', '2026-11-17', '18:00')],
      [studied('2026-11-16', 60)],
      ['a'],
    ],
    [
      'a day gone, a session of no minutes',
      [block('a', '2026-11-17', '18:00')],
      [studied('2026-11-17', 0)],
      ['a'],
    ],
    ['today, ended an hour ago', [block('a', NOW.date, '17:30')], [], ['a']],
    ['today, ending this very minute', [block('a', NOW.date, '18:30')], [], ['a']],
    ['today, ending in a minute', [block('a', NOW.date, '18:31')], [], []],
    ['today, still to come', [block('a', NOW.date, '20:00')], [], []],
    ['a day still to come', [block('a', '2026-11-20', '08:00')], [], []],
    [
      'study logged for a day still to come covers nothing today',
      [block('a', NOW.date, '08:00')],
      [studied('2026-11-20', 60)],
      ['a'],
    ],
    [
      'two sittings, one logged: the first is covered, the second missed',
      [block('b', '2026-11-17', '19:15'), block('a', '2026-11-17', '18:00')],
      [studied('2026-11-17', 60)],
      ['b'],
    ],
    [
      'two sittings, 75 minutes logged: the second was begun',
      [block('a', '2026-11-17', '18:00'), block('b', '2026-11-17', '19:15')],
      [studied('2026-11-17', 45), studied('2026-11-17', 30)],
      [],
    ],
    [
      'a sitting cut short is not missed',
      [block('a', '2026-11-17', '18:00', 90)],
      [studied('2026-11-17', 15)],
      [],
    ],
    [
      'today: the morning logged in the evening covers the morning; the evening is still to come',
      [block('a', NOW.date, '07:00'), block('b', NOW.date, '20:00')],
      [studied(NOW.date, 60)],
      [],
    ],
    [
      'two plans on one day, each judged by its own study',
      [block('a', '2026-11-17', '18:00', 60, 'p1'), block('b', '2026-11-17', '19:15', 60, 'p2')],
      [studied('2026-11-17', 120, 'p2')],
      ['a'],
    ],
    [
      'a block ending at midnight, the next day',
      [block('a', '2026-12-31', '23:00')],
      [],
      ['a'],
      { date: '2027-01-01', time: '00:00' },
    ],
    [
      'a block ending at midnight, a minute before it',
      [block('a', '2026-12-31', '23:00')],
      [],
      [],
      { date: '2026-12-31', time: '23:59' },
    ],
    [
      'a leap day gone',
      [block('a', '2028-02-29', '18:00')],
      [studied('2028-03-01', 60)],
      ['a'],
      { date: '2028-03-01', time: '09:00' },
    ],
  ])('%s', (_name, blocks, sessions, expected, now = NOW) => {
    expect([...missedBlocks(blocks, sessions, now)].sort()).toEqual(expected);
  });

  it('is judged afresh: study logged later the same day takes the mark away', () => {
    const blocks = [block('a', NOW.date, '17:00')];
    expect(missedBlocks(blocks, [], NOW).has('a')).toBe(true);
    expect(missedBlocks(blocks, [studied(NOW.date, 30)], NOW).has('a')).toBe(false);
  });
});

describe('blockEnded', () => {
  it.each<[string, string, string, number, boolean]>([
    ['the day before', '2026-11-18', '23:00', 60, true],
    ['today, ended', NOW.date, '18:00', 60, true],
    ['today, ends now', NOW.date, '19:00', 30, true],
    ['today, running', NOW.date, '19:00', 45, false],
    ['tomorrow', '2026-11-20', '00:00', 15, false],
    ['a malformed start today is not judged ended', NOW.date, '7pm', 15, false],
  ])('%s', (_name, date, start, minutes, expected) => {
    expect(blockEnded({ date, start, minutes }, NOW)).toBe(expected);
  });
});
