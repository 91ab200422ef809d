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
    ['16 hours', { minutes: 960 }, null],
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
