import { describe, expect, it } from 'vitest';
import { countedHours, validateActivity, type Activity } from '../../../../shared/domain/credits';
import { activity, course } from './fixtures';

const asOf = '2024-06-01';
const good = course('2024-05-01', { waysOfWorking: 6, powerSkills: 3.5, businessAcumen: 0.5 });

describe('validateActivity: valid input', () => {
  it.each<[string, Activity]>([
    ['a 10 h course split 6 / 3.5 / 0.5', good],
    [
      '15 h at 50 % split into 7.5',
      activity({
        date: asOf,
        amount: 15,
        relevantPercent: 50,
        split: { waysOfWorking: 0, powerSkills: 7.5, businessAcumen: 0 },
      }),
    ],
    [
      '1.5 CEU = 15 h',
      activity({
        date: asOf,
        amount: 1.5,
        unit: 'ceu',
        split: { waysOfWorking: 15, powerSkills: 0, businessAcumen: 0 },
      }),
    ],
    ['a planned activity next year', { ...good, date: '2025-03-01', status: 'planned' }],
    ['giving back without a split', activity({ date: asOf, type: 'volunteer', amount: 12.25 })],
    [
      'an education activity without a split (non-PMI credentials)',
      activity({ date: asOf, amount: 3 }),
    ],
    [
      'a practitioner period',
      activity({
        date: asOf,
        type: 'work-as-practitioner',
        amount: 8,
        practitionerPeriod: { start: '2023-01-01', end: '2024-05-31' },
      }),
    ],
    [
      '33 % of 10 h, rounded down to 3.25',
      activity({
        date: asOf,
        amount: 10,
        relevantPercent: 33,
        split: { waysOfWorking: 3.25, powerSkills: 0, businessAcumen: 0 },
      }),
    ],
    // 200 emoji are 400 UTF-16 units but 200 characters: within the limit.
    ['a title of 200 emoji', { ...good, title: '📘'.repeat(200) }],
  ])('accepts %s', (_name, value) => {
    expect(validateActivity(value, asOf)).toEqual([]);
  });
});

describe('validateActivity: bad input returns codes', () => {
  it.each<
    [string, Partial<Activity>, { field: string; code: string; expected?: number; actual?: number }]
  >([
    [
      'hours not in quarter steps',
      { amount: 1.3, split: null },
      { field: 'amount', code: 'HOURS_NOT_QUARTER' },
    ],
    [
      'CEUs that are not quarter hours',
      { amount: 0.33, unit: 'ceu', split: null },
      { field: 'amount', code: 'HOURS_NOT_QUARTER' },
    ],
    ['negative hours', { amount: -2, split: null }, { field: 'amount', code: 'NEGATIVE' }],
    ['zero hours', { amount: 0, split: null }, { field: 'amount', code: 'NOT_POSITIVE' }],
    [
      'hours that are not a number',
      { amount: Number.NaN, split: null },
      { field: 'amount', code: 'NOT_A_NUMBER' },
    ],
    [
      'a split that does not add up',
      { split: { waysOfWorking: 5, powerSkills: 4, businessAcumen: 0 } },
      { field: 'split', code: 'SPLIT_MISMATCH', expected: 10, actual: 9 },
    ],
    [
      'a split of the whole hours when only half is relevant',
      { relevantPercent: 50 },
      { field: 'split', code: 'SPLIT_MISMATCH', expected: 5, actual: 10 },
    ],
    [
      'a negative area',
      { split: { waysOfWorking: 12, powerSkills: -2, businessAcumen: 0 } },
      { field: 'split.powerSkills', code: 'NEGATIVE' },
    ],
    [
      'an area off the quarter steps',
      { split: { waysOfWorking: 9.9, powerSkills: 0.1, businessAcumen: 0 } },
      { field: 'split.waysOfWorking', code: 'HOURS_NOT_QUARTER' },
    ],
    ['a date that does not exist', { date: '2023-02-29' }, { field: 'date', code: 'DATE_INVALID' }],
    ['a date in another format', { date: '01/05/2024' }, { field: 'date', code: 'DATE_INVALID' }],
    [
      'an earned activity dated tomorrow',
      { date: '2024-06-02' },
      { field: 'date', code: 'EARNED_IN_FUTURE' },
    ],
    [
      'a reported claim dated tomorrow',
      { date: '2024-06-02', status: 'planned', claims: { pmp: 'reported' } },
      { field: 'date', code: 'EARNED_IN_FUTURE' },
    ],
    [
      'a start after the completion',
      { startDate: '2024-05-02' },
      { field: 'startDate', code: 'START_AFTER_END' },
    ],
    [
      'a share of 0 %',
      { relevantPercent: 0 },
      { field: 'relevantPercent', code: 'SHARE_OUT_OF_RANGE' },
    ],
    [
      'a share above 100 %',
      { relevantPercent: 120 },
      { field: 'relevantPercent', code: 'SHARE_OUT_OF_RANGE' },
    ],
    [
      'a share that leaves less than a quarter hour',
      { amount: 0.25, relevantPercent: 50, split: null },
      { field: 'relevantPercent', code: 'COUNTS_NOTHING' },
    ],
    ['an empty title', { title: '   ' }, { field: 'title', code: 'REQUIRED' }],
    [
      'a title of 201 characters',
      { title: 'x'.repeat(201) },
      { field: 'title', code: 'TOO_LONG', expected: 200, actual: 201 },
    ],
    [
      'a title of 201 emoji',
      { title: '📘'.repeat(201) },
      { field: 'title', code: 'TOO_LONG', expected: 200, actual: 201 },
    ],
    [
      'an unknown type',
      { type: 'seminar' as Activity['type'] },
      { field: 'type', code: 'UNKNOWN_VALUE' },
    ],
    [
      'an unknown unit',
      { unit: 'days' as Activity['unit'] },
      { field: 'unit', code: 'UNKNOWN_VALUE' },
    ],
    [
      'an unknown claim status',
      { status: 'done' as Activity['status'] },
      { field: 'status', code: 'UNKNOWN_VALUE' },
    ],
    [
      'an unknown per-credential status',
      { claims: { pmp: 'sent' as Activity['status'] } },
      { field: 'claims.pmp', code: 'UNKNOWN_VALUE' },
    ],
    [
      'more Ways of Working allocated than there is',
      { waysOfWorkingFor: { 'pmi-rmp': 7 } },
      {
        field: 'waysOfWorkingFor.pmi-rmp',
        code: 'ALLOCATION_EXCEEDS_WAYS_OF_WORKING',
        expected: 6,
        actual: 7,
      },
    ],
    [
      'a negative allocation',
      { waysOfWorkingFor: { 'pmi-sp': -1 } },
      { field: 'waysOfWorkingFor.pmi-sp', code: 'NEGATIVE' },
    ],
    [
      'a practitioner period on a course',
      { practitionerPeriod: { start: '2024-01-01', end: '2024-02-01' } },
      { field: 'practitionerPeriod', code: 'NOT_APPLICABLE' },
    ],
  ])('%s', (_name, change, error) => {
    expect(validateActivity({ ...good, ...change }, asOf)).toContainEqual(error);
  });

  it('a split on a giving-back activity', () => {
    const volunteer = activity({
      date: asOf,
      type: 'volunteer',
      amount: 5,
      split: { waysOfWorking: 0, powerSkills: 5, businessAcumen: 0 },
    });
    expect(validateActivity(volunteer, asOf)).toEqual([
      { field: 'split', code: 'SPLIT_ON_GIVING_BACK' },
    ]);
  });

  it('a practitioner period that ends before it starts', () => {
    const work = activity({
      date: asOf,
      type: 'work-as-practitioner',
      amount: 8,
      practitionerPeriod: { start: '2024-05-01', end: '2024-01-01' },
    });
    expect(validateActivity(work, asOf)).toEqual([
      { field: 'practitionerPeriod', code: 'START_AFTER_END' },
    ]);
  });

  it('returns codes only, never English text', () => {
    const errors = validateActivity({ ...good, amount: -1.3, title: '', date: 'x' }, asOf);
    expect(errors.length).toBeGreaterThan(2);
    for (const e of errors) expect(e.code).toMatch(/^[A-Z_]+$/);
  });
});

describe('countedHours (what the split must add up to)', () => {
  it.each<[number, Activity['unit'], number | undefined, number]>([
    [15, 'hours', 50, 7.5],
    [10, 'hours', 33, 3.25],
    [1.5, 'ceu', undefined, 15],
    [2, 'body-unit', 100, 2],
  ])('%s %s at %s %% → %s h', (amount, unit, relevantPercent, hours) => {
    expect(countedHours({ amount, unit, relevantPercent })).toBe(hours);
  });
});
