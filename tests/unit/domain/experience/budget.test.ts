// A role's budget as typed (reviewer's finding: "1,000,000" was refused as "Enter a number,
// for example 1.5."). A budget is a whole amount of money: digits grouped in thousands read one
// way only, so they are accepted; cents, odd groups and mixed separators are not read at all.
import { describe, expect, it } from 'vitest';
import {
  budgetTextErrors,
  parseBudgetAmount,
  validateRole,
  type Role,
} from '../../../../shared/domain/experience';

describe('parseBudgetAmount', () => {
  it.each<[string, number | null]>([
    ['', null],
    ['   ', null],
    ['250000', 250000],
    [' 250000 ', 250000],
    ['0', 0],
    ['1,000,000', 1000000],
    ['1 000 000', 1000000],
    ['1\u00a0000\u00a0000', 1000000], // no-break spaces, as many keyboards and copies give
    ['1\u202f000\u202f000', 1000000], // narrow no-break spaces (French)
    ["1'000'000", 1000000], // Swiss
    ['1’000’000', 1000000],
    ['1.000.000', 1000000], // much of Europe
    ['250,000', 250000],
    // In hours "1,000" may be 1 with a decimal comma; a budget is never written to three decimals.
    ['1,000', 1000],
    ['1.500', 1500],
    ['10,00,000', 1000000], // Indian lakhs
    ['1,00,000', 100000],
    ['-5,000', -5000], // read, for the validator to refuse as below zero
  ])('“%s” → %s', (typed, amount) => {
    expect(parseBudgetAmount(typed)).toBe(amount);
  });

  it.each([
    ['1500.50', 'cents'],
    ['1,50', 'two digits after the separator: a decimal'],
    ['10,00', 'a group of two at the end'],
    ['1,0000', 'a group of four'],
    ['1,000 000', 'separators mixed'],
    ['1,000.000', 'separators mixed'],
    ['1  000', 'two spaces'],
    [',000', 'no first group'],
    ['0,500', 'a first group of 0'],
    ['1000,000', 'a first group of four'],
    ['€1,000', 'a currency sign'],
    ['1m', 'a word'],
    ['1e6', 'an exponent'],
    ['nine', 'words'],
  ])('“%s” is not read (%s)', (typed) => {
    expect(parseBudgetAmount(typed)).toBeNaN();
  });
});

describe('validateRole: a budget is a whole amount', () => {
  const role = (amount: number): Role => ({
    id: 'r',
    title: 'PM',
    organisation: 'Contoso',
    industry: 'Health',
    start: '2022-03',
    end: '2023-01',
    roleTypes: ['leading-projects'],
    budget: { amount, currency: 'EUR' },
  });
  it.each<[number, string[]]>([
    [250000, []],
    [0, []],
    [1500.5, ['budget.amount:NOT_WHOLE']],
    [Number.NaN, ['budget.amount:NOT_A_NUMBER']],
    [-1, ['budget.amount:NEGATIVE']],
  ])('%s → %j', (amount, expected) => {
    expect(validateRole(role(amount), '2026-11-22').map((e) => `${e.field}:${e.code}`)).toEqual(
      expected,
    );
  });
});

// A currency typed with no amount was dropped unseen and the role saved with no budget.
describe('budgetTextErrors', () => {
  it.each<[string, string, string[]]>([
    ['', 'EUR', ['AMOUNT_MISSING']],
    ['  ', ' eur ', ['AMOUNT_MISSING']],
    ['', '', []],
    ['  ', '  ', []],
    ['250000', 'EUR', []],
    // An amount without a currency is validateRole's (CURRENCY_INVALID), not this rule's.
    ['250000', '', []],
  ])('amount “%s”, currency “%s” → %j', (amount, currency, codes) => {
    const errors = budgetTextErrors(amount, currency);
    expect(errors.map((e) => e.code)).toEqual(codes);
    expect(errors.every((e) => e.field === 'budget.amount')).toBe(true);
  });
});
