/**
 * isLocalDate decides by arithmetic (issue 9: it runs for every activity in every cycle
 * evaluation). It must say exactly what a date-fns parse-and-format round trip says, for
 * every day number of every month across eight centuries (leap rules at 1700, 1900, 2000,
 * 2100, 2400 included).
 */
import { format, isValid, parse } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { isLocalDate } from '../../../../shared/dates';

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
