/**
 * isLocalDate decides by arithmetic (issue 9: it runs for every activity in every cycle
 * evaluation). It must say exactly what a date-fns parse-and-format round trip says, for
 * every day number of every month across eight centuries (leap rules at 1700, 1900, 2000,
 * 2100, 2400 included).
 */
import {
  addDays as dfAddDays,
  addMonths as dfAddMonths,
  addYears as dfAddYears,
  differenceInCalendarDays,
  format,
  isValid,
  parse,
} from 'date-fns';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  addYears,
  daysBetween,
  isLocalDate,
  isoWeekday,
} from '../../../../shared/dates';

const roundTrip = (s: string) => {
  const d = parse(s, 'yyyy-MM-dd', new Date(2000, 0, 1));
  return isValid(d) && format(d, 'yyyy-MM-dd') === s;
};
const pad = (n: number, w = 2) => String(n).padStart(w, '0');

describe('isLocalDate agrees with the date-fns calendar', () => {
  it.each([1600, 1700, 1900, 1999, 2000, 2023, 2024, 2100, 2400])('every day of %i', (year) => {
    const disagreements: string[] = [];
    for (let m = 0; m <= 13; m++) {
      for (let d = 0; d <= 32; d++) {
        const s = `${pad(year, 4)}-${pad(m)}-${pad(d)}`;
        if (isLocalDate(s) !== roundTrip(s)) disagreements.push(s);
      }
    }
    expect(disagreements).toEqual([]);
  });

  it('refuses the leap day of a century year that is not a leap year', () => {
    expect(isLocalDate('1900-02-29')).toBe(false);
    expect(isLocalDate('2000-02-29')).toBe(true);
    expect(isLocalDate('2100-02-29')).toBe(false);
  });
});

/**
 * Day arithmetic is plain integer arithmetic too (issue 9: cycles are worked out for every
 * credential at every start). It must give exactly the day date-fns gives from a local-midnight
 * Date, whatever the machine's time zone does to clocks.
 */
describe('day arithmetic agrees with date-fns', () => {
  const parsed = (s: string) => parse(s, 'yyyy-MM-dd', new Date(2000, 0, 1));
  const written = (d: Date) => format(d, 'yyyy-MM-dd');
  // A small deterministic generator: the same days on every run.
  let seed = 20261205;
  const next = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  const days: string[] = [
    '2024-02-29',
    '2023-01-31',
    '2000-02-29',
    '1900-02-28',
    '2100-02-28',
    '2023-12-31',
    '2024-03-31',
    '0001-01-01',
    '9999-12-31',
    '2026-03-29', // a spring-forward Sunday in Europe
    '2026-11-01', // a fall-back Sunday in North America
  ];
  for (let i = 0; i < 400; i++) {
    const y = 1600 + next(900);
    const m = 1 + next(12);
    const d = 1 + next(31);
    const s = `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
    if (isLocalDate(s)) days.push(s);
  }
  const steps = [
    -1000, -400, -366, -60, -31, -29, -12, -1, 0, 1, 11, 12, 13, 29, 36, 59, 100, 1461,
  ];

  it('addDays, addMonths and addYears land on the day date-fns lands on', () => {
    const disagreements: string[] = [];
    for (const day of days) {
      for (const n of steps) {
        const d = parsed(day);
        const cases: [string, string, Date][] = [
          ['addDays', addDays(day, n), dfAddDays(d, n)],
          ['addMonths', addMonths(day, n), dfAddMonths(d, n)],
          ['addYears', addYears(day, n % 50), dfAddYears(d, n % 50)],
        ];
        for (const [name, ours, theirs] of cases) {
          const year = theirs.getFullYear();
          if (year < 1 || year > 9999) continue;
          // A day the zone's clocks skipped whole (Kiritimati skipped 31 Dec 1994) has no
          // local midnight, so date-fns moves to the next day; the calendar day still exists.
          if (written(parsed(ours)) !== ours) continue;
          if (ours !== written(theirs)) disagreements.push(`${name}(${day}, ${n}) = ${ours}`);
        }
      }
    }
    expect(disagreements).toEqual([]);
  });

  it('daysBetween counts the calendar days date-fns counts', () => {
    const disagreements: string[] = [];
    for (let i = 0; i + 1 < days.length; i++) {
      const [a, b] = [days[i]!, days[i + 1]!];
      const theirs = differenceInCalendarDays(parsed(b), parsed(a));
      if (daysBetween(a, b) !== theirs) disagreements.push(`${a} → ${b}`);
    }
    expect(disagreements).toEqual([]);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2100-02-28', '2100-03-01')).toBe(1);
  });

  it('isoWeekday names the weekday date-fns names', () => {
    const disagreements = days.filter((day) => {
      const d = parsed(day);
      if (written(d) !== day) return false; // a day the zone skipped: no local midnight
      return isoWeekday(day) !== (d.getDay() + 6) % 7;
    });
    expect(disagreements).toEqual([]);
  });

  it('keeps a day that a time zone skipped', () => {
    expect(isoWeekday('1994-12-31')).toBe(5); // a Saturday, even where clocks skipped it
    expect(isoWeekday('1995-01-01')).toBe(6);
    expect(addYears('2023-12-31', -29)).toBe('1994-12-31');
    expect(addDays('1994-12-30', 1)).toBe('1994-12-31');
    expect(daysBetween('1994-12-30', '1995-01-01')).toBe(2);
  });

  it('still refuses what is not a calendar day', () => {
    expect(() => addDays('2023-02-29', 1)).toThrow(RangeError);
    expect(() => addMonths('2023-13-01', 1)).toThrow(RangeError);
    expect(() => daysBetween('2024-01-01', 'soon')).toThrow(RangeError);
  });
});
