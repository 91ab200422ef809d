// The one rule for "current" (memberships and mentors): from the first day through the last,
// both included; a record starting later is not current yet. Today 22 Nov 2026.
import { describe, expect, it } from 'vitest';
import { evaluateRequirement } from '../../../../shared/domain/readiness';
import { periodOn } from '../../../../shared/domain/readiness/records';
import { membershipState, networkFacts } from '../../../../shared/domain/journal';
import { readinessInput } from '../eligibility/fixtures';
import { req } from './fixtures';

const asOf = '2026-11-22';

describe('periodOn', () => {
  it.each([
    ['starts tomorrow', '2026-11-23', null, 'not-started'],
    ['starts next year, ends later', '2027-01-15', '2028-01-15', 'not-started'],
    ['starts today', asOf, null, 'current'],
    ['ends today', '2025-01-01', asOf, 'current'],
    ['no end', '2020-01-01', null, 'current'],
    ['ended yesterday', '2025-01-01', '2026-11-21', 'ended'],
    ['one day long, today', asOf, asOf, 'current'],
  ])('%s', (_name, since, until, expected) => {
    expect(periodOn(since, until, asOf)).toBe(expected);
  });
});

describe('a membership starting later: the ladder and the Network screen agree', () => {
  it('IPMA from 15 Jan 2027 with no renewal date: not met today, "starts" on the screen', () => {
    const ipma = { id: 'ipma', since: '2027-01-15', renewal: null, endedOn: null };
    const network = networkFacts([], [ipma], []);
    const judged = (day: string) =>
      evaluateRequirement(
        req('r', { kind: 'memberships', count: 1 }),
        readinessInput({ asOf: day, network }),
      );
    expect(judged(asOf)).toMatchObject({ have: 0, need: 1, met: false });
    expect(membershipState(ipma, asOf)).toEqual({ kind: 'starts', on: '2027-01-15' });
    // From its first day both count it.
    expect(judged('2027-01-15')).toMatchObject({ have: 1, need: 1, met: true });
    expect(membershipState(ipma, '2027-01-15')).toEqual({ kind: 'current' });
  });
});
