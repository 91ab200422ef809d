/**
 * "Is that right?" before saving: valid values unusual enough to be a typo (README,
 * Decisions; the largest cycle total comes from the catalogue, domain-facts §1, §3, §4).
 */
import { describe, expect, it } from 'vitest';
import {
  LARGEST_CYCLE_TOTAL,
  unusualActivity,
  validateActivity,
  type Activity,
  type UnusualCode,
} from '../../../../shared/domain/credits';
import { activity } from './fixtures';

const asOf = '2026-11-22';
const at = (over: Partial<Activity>) => activity({ date: '2026-10-01', amount: 6, ...over });

describe('unusualActivity', () => {
  it('the largest cycle total in the catalogue is ISACA’s 120 CPE', () => {
    expect(LARGEST_CYCLE_TOTAL).toBe(120);
  });

  it.each<[string, Partial<Activity>, UnusualCode[]]>([
    ['a 6-hour course', {}, []],
    ['exactly 120 hours', { amount: 120 }, []],
    ['120.25 hours', { amount: 120.25 }, ['MORE_THAN_A_CYCLE']],
    ['600 hours (6.00 mistyped)', { amount: 600 }, ['MORE_THAN_A_CYCLE']],
    ['12 CEU = 120 hours', { amount: 12, unit: 'ceu' }, []],
    ['12.5 CEU = 125 hours', { amount: 12.5, unit: 'ceu' }, ['MORE_THAN_A_CYCLE']],
    // The hours before the relevant share: 200 h at 50 % is still 200 hours typed.
    ['200 hours at 50 %', { amount: 200, relevantPercent: 50 }, ['MORE_THAN_A_CYCLE']],
    ['dated 1 January 1970', { date: '1970-01-01' }, []],
    ['dated 0202 (2022 mistyped)', { date: '0202-05-01' }, ['LONG_AGO']],
    ['dated 1969', { date: '1969-12-31' }, ['LONG_AGO']],
    ['planned five years ahead to the day', { date: '2031-11-22', status: 'planned' }, []],
    ['planned for 2062', { date: '2062-01-01', status: 'planned' }, ['FAR_AHEAD']],
    ['600 hours in 1900', { date: '1900-01-01', amount: 600 }, ['MORE_THAN_A_CYCLE', 'LONG_AGO']],
  ])('%s', (_name, over, codes) => {
    const a = at(over);
    // Only valid activities are asked about: each case is one validateActivity accepts.
    expect(validateActivity(a, asOf)).toEqual([]);
    expect(unusualActivity(a, asOf).map((u) => u.code)).toEqual(codes);
  });

  it('names the field to look at and, for hours, the figures to show', () => {
    expect(unusualActivity(at({ amount: 600 }), asOf)).toEqual([
      { code: 'MORE_THAN_A_CYCLE', field: 'amount', hours: 600, limit: 120 },
    ]);
    expect(unusualActivity(at({ date: '0202-05-01' }), asOf)).toEqual([
      { code: 'LONG_AGO', field: 'date' },
    ]);
  });
});
