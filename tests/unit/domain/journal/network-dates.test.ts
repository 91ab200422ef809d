// Network dates (review of the Network screen): a follow-up is not before its interaction, a
// mentoring relationship has begun by today, and a membership's state on the Network screen is
// the state the ladder counts — one rule (membershipState over periodOn). Today 22 Nov 2026.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isFollowUpOverdue,
  membershipState,
  networkFacts,
  validateContact,
  validateInteraction,
  validateMembership,
  type MembershipState,
} from '../../../../shared/domain/journal';
import { currentOn } from '../../../../shared/domain/readiness';
import { contact, interaction, membership } from './fixtures';

const asOf = '2026-11-22';
const known = new Set(['p1']);
const codes = (errors: { field: string; code: string }[]) =>
  errors.map((e) => `${e.field}:${e.code}`);

describe('validateInteraction: the follow-up is not before the interaction', () => {
  it.each([
    ['no follow-up', '2026-11-10', null, []],
    ['a follow-up after the interaction', '2026-11-10', '2026-11-24', []],
    ['a follow-up on the interaction’s own day', '2026-11-10', '2026-11-10', []],
    ['a follow-up the day before', '2026-11-10', '2026-11-09', ['followUp:END_BEFORE_START']],
    [
      'a meeting on 10 Nov, follow-up 1 Nov',
      '2026-11-10',
      '2026-11-01',
      ['followUp:END_BEFORE_START'],
    ],
    ['a follow-up already passed, after the interaction', '2026-10-01', '2026-10-15', []],
    ['across a leap day', '2028-02-29', '2028-02-28', ['followUp:END_BEFORE_START']],
  ])('%s', (_name, date, followUp, expected) => {
    const today = date > asOf ? '2028-03-01' : asOf;
    expect(
      codes(validateInteraction(interaction({ kind: 'meeting', date, followUp }), known, today)),
    ).toEqual(expected);
  });

  it('an interaction in the future with an earlier follow-up: both problems are named', () => {
    expect(
      codes(
        validateInteraction(
          interaction({ date: '2026-12-01', followUp: '2026-11-30' }),
          known,
          asOf,
        ),
      ),
    ).toEqual(['date:IN_FUTURE', 'followUp:END_BEFORE_START']);
  });
});

describe('validateContact: mentoring has begun by today', () => {
  it.each([
    ['my mentor since today', contact({ relation: 'mentor', since: asOf }), []],
    ['my mentor since last year', contact({ relation: 'mentor', since: '2025-05-01' }), []],
    [
      'my mentor since tomorrow',
      contact({ relation: 'mentor', since: '2026-11-23' }),
      ['since:IN_FUTURE'],
    ],
    [
      'my mentor since 1 May 2027',
      contact({ relation: 'mentor', since: '2027-05-01' }),
      ['since:IN_FUTURE'],
    ],
    [
      'my mentee since next month',
      contact({ relation: 'mentee', since: '2026-12-22' }),
      ['since:IN_FUTURE'],
    ],
    [
      'future start and an end before it: both named',
      contact({ relation: 'mentor', since: '2027-05-01', until: '2027-04-01' }),
      ['since:IN_FUTURE', 'until:END_BEFORE_START'],
    ],
    // A plain contact has no mentoring dates to check (the form does not show them).
    ['a plain contact', contact({ relation: 'contact', since: null }), []],
  ])('%s', (_name, c, expected) => {
    expect(codes(validateContact(c, asOf))).toEqual(expected);
  });

  // A day already held (saved before the check existed, or restored) is kept as it is.
  it.each([
    ['kept as stored', '2027-05-01', '2027-05-01', []],
    ['changed to another future day', '2027-06-01', '2027-05-01', ['since:IN_FUTURE']],
    ['a future day typed over a past one', '2027-05-01', '2025-05-01', ['since:IN_FUTURE']],
    ['no day stored before', '2027-05-01', null, ['since:IN_FUTURE']],
  ])('stored mentor, since %s', (_name, since, stored, expected) => {
    const c = contact({ relation: 'mentor', since });
    expect(codes(validateContact(c, asOf, stored))).toEqual(expected);
  });
});

describe('validateMembership: a future start is allowed', () => {
  it.each([
    ['starts next month, no renewal', membership({ since: '2026-12-15', renewal: null }), []],
    ['starts 15 Jan 2027', membership({ since: '2027-01-15', renewal: null }), []],
    [
      'renewal before the start',
      membership({ since: '2027-01-15', renewal: '2027-01-14' }),
      ['renewal:END_BEFORE_START'],
    ],
    [
      'left before the start',
      membership({ since: '2025-03-01', renewal: null, endedOn: '2025-02-01' }),
      ['endedOn:END_BEFORE_START'],
    ],
  ])('%s', (_name, m, expected) => {
    expect(codes(validateMembership(m))).toEqual(expected);
  });
});

describe('membershipState: the state the Network screen shows', () => {
  const m = (since: string, renewal: string | null, endedOn: string | null = null) => ({
    since,
    renewal,
    endedOn,
  });
  it.each<[string, ReturnType<typeof m>, MembershipState]>([
    [
      'IPMA from 15 Jan 2027, no renewal: starts then',
      m('2027-01-15', null),
      { kind: 'starts', on: '2027-01-15' },
    ],
    ['starts tomorrow', m('2026-11-23', '2027-11-23'), { kind: 'starts', on: '2026-11-23' }],
    ['starts today: current', m(asOf, null), { kind: 'current' }],
    ['no renewal, no end: current', m('2020-01-01', null), { kind: 'current' }],
    ['renewal today: still current', m('2025-11-22', asOf), { kind: 'current' }],
    [
      'renewal yesterday: lapsed',
      m('2025-11-21', '2026-11-21'),
      { kind: 'lapsed', on: '2026-11-21' },
    ],
    ['left today: still current', m('2024-01-01', null, asOf), { kind: 'current' }],
    ['left yesterday', m('2024-01-01', null, '2026-11-21'), { kind: 'left', on: '2026-11-21' }],
    [
      'left and the renewal passed: left is said',
      m('2024-01-01', '2026-01-01', '2026-06-30'),
      { kind: 'left', on: '2026-06-30' },
    ],
    [
      'leaving later, the renewal passed: lapsed',
      m('2024-01-01', '2026-01-01', '2027-06-30'),
      { kind: 'lapsed', on: '2026-01-01' },
    ],
  ])('%s', (_name, days, expected) => {
    expect(membershipState(days, asOf)).toEqual(expected);
  });

  it('starting on a leap day: not yet the day before, current on it', () => {
    const leap = m('2028-02-29', null);
    expect(membershipState(leap, '2028-02-28')).toEqual({ kind: 'starts', on: '2028-02-29' });
    expect(membershipState(leap, '2028-02-29')).toEqual({ kind: 'current' });
  });

  it('is current exactly when readiness counts the membership (currentOn over networkFacts)', () => {
    const day = fc
      .integer({ min: 0, max: 2000 })
      .map((n) => new Date(Date.UTC(2024, 0, 1 + n)).toISOString().slice(0, 10));
    fc.assert(
      fc.property(
        day,
        fc.option(day, { nil: null }),
        fc.option(day, { nil: null }),
        day,
        (since, renewal, endedOn, today) => {
          const row = membership({ id: 'x', since, renewal, endedOn });
          const counted = currentOn(networkFacts([], [row], []).memberships, today);
          const state = membershipState(row, today);
          expect(state.kind === 'current').toBe(counted.includes('x'));
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('isFollowUpOverdue', () => {
  it.each([
    ['due tomorrow', '2026-11-23', false],
    ['due today: not yet overdue', asOf, false],
    ['due yesterday: overdue', '2026-11-21', true],
    ['a year ago', '2025-11-22', true],
  ])('%s', (_name, followUp, expected) => {
    expect(isFollowUpOverdue(followUp, asOf)).toBe(expected);
  });
});
