/**
 * The amounts offered instead of one off the quarter-hour steps, in the unit it was typed in
 * (domain-facts §1: hours in 0.25 steps; 1 CEU = 10 hours, so a quarter hour is 0.025 CEU).
 * Every figure is worked out by hand.
 */
import { describe, expect, it } from 'vitest';
import {
  amountStep,
  nearestAmounts,
  validateActivity,
  type AmountUnit,
} from '../../../../shared/domain/credits';
import { activity } from './fixtures';

describe('amountStep', () => {
  it.each([
    ['hours', 0.25],
    ['body-unit', 0.25],
    ['ceu', 0.025],
  ] as [AmountUnit, number][])('%s: a quarter hour is %s', (unit, step) => {
    expect(amountStep(unit)).toBe(step);
  });
});

describe('nearestAmounts', () => {
  it.each([
    // 0.33 CEU = 3.3 h: 3.25 h and 3.5 h are 0.325 and 0.35 CEU.
    [0.33, 'ceu', 0.325, 0.35],
    // 1.01 CEU = 10.1 h: 10 h and 10.25 h.
    [1.01, 'ceu', 1, 1.025],
    // 0.01 CEU = 0.1 h: nothing below, 0.25 h above.
    [0.01, 'ceu', null, 0.025],
    // 2.33 CEU = 23.3 h: 23.25 h and 23.5 h.
    [2.33, 'ceu', 2.325, 2.35],
    [1.1, 'hours', 1, 1.25],
    [3.3, 'hours', 3.25, 3.5],
    [0.1, 'hours', null, 0.25],
    [7.6, 'body-unit', 7.5, 7.75],
  ] as [number, AmountUnit, number | null, number][])(
    '%s %s: %s below, %s above',
    (amount, unit, below, above) => {
      expect(nearestAmounts(amount, unit)).toEqual({ below, above });
    },
  );

  it.each([
    [0.33, 'ceu'],
    [0.01, 'ceu'],
    [1.1, 'hours'],
  ] as [number, AmountUnit][])('%s %s: both amounts offered are taken as they are', (n, unit) => {
    const { below, above } = nearestAmounts(n, unit);
    for (const amount of [below, above].filter((x): x is number => x !== null)) {
      const errors = validateActivity(
        activity({ date: '2026-01-10', amount, unit, split: null }),
        '2026-11-22',
      );
      expect(errors.filter((e) => e.field === 'amount')).toEqual([]);
    }
  });
});
