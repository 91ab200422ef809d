// A journal cost as typed (reviewer's finding: a course's cost "1,995" was saved as 1.995, a
// membership's "1,200" as 1.2). The whole part is read as a role's budget is (a separator
// followed by exactly three digits groups thousands); one or two digits after a decimal mark
// are cents.
import { describe, expect, it } from 'vitest';
import { parseBudgetAmount } from '../../../../shared/domain/experience';
import { parseCostAmount } from '../../../../shared/domain/journal';

describe('parseCostAmount', () => {
  it.each<[string, number | null]>([
    ['', null],
    ['  ', null],
    ['1995', 1995],
    [' 1995 ', 1995],
    ['0', 0],
    ['1,995', 1995], // the reviewer's course cost
    ['1,200', 1200], // the reviewer's membership cost
    ['1.995', 1995],
    ['1 995', 1995],
    ["1'995", 1995],
    ['1,000,000', 1000000],
    ['1,00,000', 100000],
    ['19.99', 19.99],
    ['19,99', 19.99],
    ['1.5', 1.5],
    ['1,5', 1.5],
    ['10,00', 10],
    ['0,50', 0.5],
    ['1,995.50', 1995.5],
    ['1.995,50', 1995.5],
    ['1 995,50', 1995.5],
    ["1'995.05", 1995.05],
    ['1000.5', 1000.5],
    ['-5.50', -5.5], // read, for the validator to refuse as below zero
    ['-1,200', -1200],
  ])('“%s” → %s', (typed, amount) => {
    expect(parseCostAmount(typed)).toBe(amount);
  });

  it.each([
    ['1.2345', 'four decimals'],
    ['1,5000', 'a group of four'],
    ['0,500', 'three digits after a first group of 0'],
    ['1,000,50', 'the grouping separator used as the decimal mark'],
    ['1.000.50', 'the grouping separator used as the decimal mark'],
    ['1,000.000', 'three decimals'],
    ['1,000 000', 'separators mixed'],
    ['.50', 'no whole part'],
    ['€20', 'a currency sign'],
    ['20 EUR', 'a currency code'],
    ['1e3', 'an exponent'],
    ['twenty', 'words'],
  ])('“%s” is not read (%s)', (typed) => {
    expect(parseCostAmount(typed)).toBeNaN();
  });

  it('reads every whole amount exactly as a budget does', () => {
    for (const typed of ['1,000', '1.500', '250 000', '10,00,000', '1,000,000', '42'])
      expect(parseCostAmount(typed)).toBe(parseBudgetAmount(typed));
  });
});
