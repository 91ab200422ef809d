import { describe, expect, it } from 'vitest';
import { compareContacts, compareMemberships } from '../../../../shared/domain/journal/list-order';

describe('compareContacts (names as a person reads them)', () => {
  it.each([
    ['ana Lima', 'Bram Jansen', -1],
    ['de Vries', 'Zhang Wei', -1],
    ['Émile Roux', 'Zhang Wei', -1],
    ['Emile Roux', 'Émile Roux', -1], // same name read alike: by id
    ['Team 9', 'Team 10', -1],
  ])('%s before %s', (x, y, sign) => {
    const a = { id: 'a', name: x };
    const b = { id: 'b', name: y };
    expect(Math.sign(compareContacts(a, b))).toBe(sign);
    expect(Math.sign(compareContacts(b, a))).toBe(-sign);
  });
});

describe('compareMemberships (association, then the earlier one)', () => {
  it.each([
    ['APM', '2024-01-01', 'iiba', '2020-01-01'],
    ['PMI', '2020-03-01', 'PMI', '2025-03-01'],
    ['PMI', '2025-03-01', 'PMI Netherlands Chapter', '2024-01-01'],
  ])('%s (%s) before %s (%s)', (o1, s1, o2, s2) => {
    const a = { id: 'z', organisation: o1, since: s1 };
    const b = { id: 'a', organisation: o2, since: s2 };
    expect(compareMemberships(a, b)).toBeLessThan(0);
    expect(compareMemberships(b, a)).toBeGreaterThan(0);
  });
});
