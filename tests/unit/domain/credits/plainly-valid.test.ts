/**
 * Issue 9: a prepared log asks validateActivity only where plainlyValid is not sure. The quick
 * check must never call an activity valid that validateActivity refuses, and must be sure of
 * the activities a long log is made of (or the log is checked twice over for nothing).
 */
import { describe, expect, it } from 'vitest';
import { validateActivity, type Activity } from '../../../../shared/domain/credits';
import { countedQuarters } from '../../../../shared/domain/credits/activity';
import { readActivity } from '../../../../shared/domain/credits/read-activity';
import { plainlyValid } from '../../../../shared/domain/credits/validate-activity';
import { generateCareer, BENCH_TODAY } from '../../../bench/dataset';
import { activity, course } from './fixtures';

const asOf = '2024-06-01';
const quick = (a: Activity, day = asOf) => {
  const r = readActivity(a);
  return plainlyValid(r, countedQuarters(r), day);
};

describe('plainlyValid: sure of the usual activities', () => {
  it.each<[string, Activity]>([
    ['a course split across the areas', course(asOf, { waysOfWorking: 6, powerSkills: 3.5 })],
    ['a course without a split', activity({ date: asOf, amount: 3 })],
    ['giving back', activity({ date: asOf, type: 'volunteer', amount: 12.25 })],
    ['1.5 CEU split into 15 h', course(asOf, { waysOfWorking: 15 }, { amount: 1.5, unit: 'ceu' })],
    ['a share of 50 %', course(asOf, { powerSkills: 5 }, { amount: 10, relevantPercent: 50 })],
    ['planned next year', course('2025-03-01', { powerSkills: 2 }, { status: 'planned' })],
  ])('%s', (_name, a) => {
    expect(validateActivity(a, asOf)).toEqual([]);
    expect(quick(a)).toBe(true);
  });

  it('every activity of a generated career (the benchmark’s shapes)', () => {
    const log = generateCareer('medium', 3).activities as unknown as Activity[];
    expect(log.length).toBeGreaterThan(1000);
    const unsure = log.filter((a) => !quick(a, BENCH_TODAY));
    expect(unsure.filter((a) => validateActivity(a, BENCH_TODAY).length === 0)).toEqual([]);
  });
});

/** Values that break (or may break) each field the check reads. */
const bad: Record<string, unknown[]> = {
  title: ['', '   ', ' x', '\u00a0x', 'x'.repeat(201), 42, undefined, '😀'],
  type: ['lecture', '', undefined, 'volunteer'],
  date: ['2024-02-30', '2024-6-01', '2024-06-02', '2030-01-01', '', null, 20240601],
  startDate: ['2024-06-02', 'x', '2024-05-01'],
  unit: ['minutes', '', undefined, 'ceu', 'body-unit'],
  amount: [0, -1, 1.3, Number.NaN, Infinity, '3', 0.1, 0.05, 2.5],
  relevantPercent: [0, -5, 101, 1, Number.NaN, '50', 33, 100],
  split: [
    { waysOfWorking: 1, powerSkills: 1, businessAcumen: 1 },
    { waysOfWorking: -1, powerSkills: 3, businessAcumen: 0 },
    { waysOfWorking: 0.3, powerSkills: 2.7, businessAcumen: 0 },
    { waysOfWorking: 3, powerSkills: 0, businessAcumen: undefined },
    { waysOfWorking: 0, powerSkills: 0, businessAcumen: 0 },
    null,
  ],
  status: ['done', '', 'planned', undefined],
  claims: [{ pmp: 'planned' }, { pmp: 'nonsense' }],
  waysOfWorkingFor: [{ pmp: 1 }, { pmp: 9 }],
  practitionerPeriod: [{ start: '2024-01-01', end: '2023-01-01' }],
  categories: [{ iiba: 'academic' }, { iiba: '' }, { iiba: 42 }, 'academic', '', 0, null, []],
};

describe('plainlyValid: never sure of an activity validateActivity refuses', () => {
  const bases: Activity[] = [
    course(asOf, { waysOfWorking: 2, powerSkills: 1 }),
    activity({ date: asOf, type: 'volunteer', amount: 3 }),
    activity({ date: asOf, amount: 3, unit: 'ceu' }),
  ];
  for (const [field, values] of Object.entries(bad)) {
    it(`with a changed ${field}`, () => {
      let refused = 0;
      for (const base of bases)
        for (const value of values) {
          const a = { ...base, [field]: value } as Activity;
          const errors = validateActivity(a, asOf);
          if (errors.length > 0) {
            refused++;
            expect({ field, value, quick: quick(a) }).toEqual({ field, value, quick: false });
          }
        }
      // The table really holds values that are refused.
      expect(refused).toBeGreaterThan(0);
    });
  }

  it('with two fields changed at once', () => {
    const fields = Object.keys(bad);
    let refused = 0;
    for (const f of fields)
      for (const g of fields) {
        if (f >= g) continue;
        for (const x of bad[f]!)
          for (const y of bad[g]!) {
            const a = { ...bases[0]!, [f]: x, [g]: y } as Activity;
            if (validateActivity(a, asOf).length === 0) continue;
            refused++;
            if (quick(a)) expect({ f, x, g, y }).toEqual('refused by validateActivity');
          }
      }
    expect(refused).toBeGreaterThan(1000);
  });
});
