import { describe, expect, it } from 'vitest';
import { checkBlockChange, type BlockChange } from '../../../../shared/domain/study';

// Rule (Ascent, study review A14): a study block goes on today or a day still to come; a day
// already gone is refused, so the record of what was planned stays as it was.
const TODAY = '2026-11-22';
const ok: BlockChange = { date: '2026-11-25', start: '18:00', minutes: 60 };

describe('checkBlockChange', () => {
  it.each<[string, Partial<BlockChange>, string | null]>([
    ['a day still to come', {}, null],
    ['today', { date: TODAY }, null],
    ['yesterday', { date: '2026-11-21' }, 'DAY_PASSED'],
    ['a day long gone', { date: '2026-11-10' }, 'DAY_PASSED'],
    ['the last day of last year', { date: '2025-12-31' }, 'DAY_PASSED'],
    ['not a date', { date: '2026-02-30' }, 'DATE_INVALID'],
    ['an empty day', { date: '' }, 'DATE_INVALID'],
    ['a time that does not exist', { start: '24:00' }, 'TIME_INVALID'],
    ['15 minutes', { minutes: 15 }, null],
    ['16 hours', { start: '08:00', minutes: 960 }, null],
    ['no minutes', { minutes: 0 }, 'MINUTES_INVALID'],
    ['not a quarter hour', { minutes: 50 }, 'MINUTES_INVALID'],
    ['more than a day may hold', { minutes: 975 }, 'MINUTES_INVALID'],
    ['not a number', { minutes: Number.NaN }, 'MINUTES_INVALID'],
  ])('%s', (_name, patch, expected) => {
    expect(checkBlockChange({ ...ok, ...patch }, TODAY)).toBe(expected);
  });
  it('judges the day against the today it is given, across a year end', () => {
    expect(checkBlockChange({ ...ok, date: '2027-01-01' }, '2026-12-31')).toBeNull();
    expect(checkBlockChange({ ...ok, date: '2026-12-31' }, '2027-01-01')).toBe('DAY_PASSED');
  });
});

// Rule (Ascent, study planner): no study is planned on or after the plan's exam date (or goal
// target date), so a block is not moved there either; and a block is one sitting on one day,
// so it ends by midnight.
const EXAM = '2027-02-15';

describe('checkBlockChange before the exam and by midnight', () => {
  it.each<[string, Partial<BlockChange>, string | null]>([
    ['the day before the exam', { date: '2027-02-14' }, null],
    ['the exam day', { date: EXAM }, 'AFTER_DEADLINE'],
    ['the day after the exam', { date: '2027-02-16' }, 'AFTER_DEADLINE'],
    ['a year after the exam', { date: '2028-02-15' }, 'AFTER_DEADLINE'],
    ['a day gone says so first', { date: '2026-11-21' }, 'DAY_PASSED'],
    ['ends at 23:45', { start: '23:00', minutes: 45 }, null],
    ['ends at midnight exactly', { start: '23:00', minutes: 60 }, null],
    ['23:00 for 120 minutes', { start: '23:00', minutes: 120 }, 'PAST_MIDNIGHT'],
    ['23:45 for 30 minutes', { start: '23:45', minutes: 30 }, 'PAST_MIDNIGHT'],
    ['08:00 for 16 hours', { start: '08:00', minutes: 960 }, null],
    ['08:15 for 16 hours', { start: '08:15', minutes: 960 }, 'PAST_MIDNIGHT'],
    ['00:00 for 16 hours', { start: '00:00', minutes: 960 }, null],
  ])('%s', (_name, patch, expected) => {
    expect(checkBlockChange({ ...ok, ...patch }, TODAY, EXAM)).toBe(expected);
  });
  it('judges the exam day across a year end and a leap day', () => {
    expect(checkBlockChange({ ...ok, date: '2026-12-31' }, TODAY, '2027-01-01')).toBeNull();
    expect(checkBlockChange({ ...ok, date: '2027-01-01' }, TODAY, '2027-01-01')).toBe(
      'AFTER_DEADLINE',
    );
    expect(checkBlockChange({ ...ok, date: '2028-02-28' }, TODAY, '2028-02-29')).toBeNull();
    expect(checkBlockChange({ ...ok, date: '2028-02-29' }, TODAY, '2028-02-29')).toBe(
      'AFTER_DEADLINE',
    );
  });
  it('an exam already past leaves no day to move a block to', () => {
    expect(checkBlockChange({ ...ok, date: TODAY }, TODAY, TODAY)).toBe('AFTER_DEADLINE');
    expect(checkBlockChange({ ...ok, date: '2026-11-23' }, TODAY, '2026-11-01')).toBe(
      'AFTER_DEADLINE',
    );
  });
});
