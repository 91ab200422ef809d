/**
 * A PMI exam application after approval (domain-facts §2, B): one year of eligibility, up to
 * three attempts. Worked examples with the boundary days: the last day, the day after, a
 * leap-day approval, an exam booked on and after the last day, attempts 0 to 3.
 */
import { describe, expect, it } from 'vitest';
import { findExamRule } from '../../../../shared/catalog/exams';
import {
  applicationAttempts,
  applicationStatus,
  applicationValidityOf,
  type ApplicationInput,
  type ApplicationProblem,
} from '../../../../shared/domain/credentials';

const pmp = findExamRule('pmp')!;
const input = (
  approvedOn: string | null,
  attemptsUsed: number | null = null,
  examDate: string | null = null,
): ApplicationInput => ({ approvedOn, attemptsUsed, examDate });

describe('applicationStatus: the last day of eligibility (domain-facts §2)', () => {
  it.each<[string, string, string]>([
    ['3 Mar 2026 → the day before the anniversary', '2026-03-03', '2027-03-02'],
    ['1 Jan → 31 Dec of the same year', '2026-01-01', '2026-12-31'],
    ['a leap day keeps its whole year: 29 Feb 2028 → 28 Feb 2029', '2028-02-29', '2029-02-28'],
    ['1 Mar 2027 → 29 Feb 2028 (leap year)', '2027-03-01', '2028-02-29'],
    ['31 Dec 2026 → 30 Dec 2027', '2026-12-31', '2027-12-30'],
  ])('%s', (_name, approvedOn, until) => {
    expect(applicationStatus(pmp, input(approvedOn), approvedOn)?.eligibleUntil).toBe(until);
  });
});

describe('applicationStatus: days left, attempts left and problems', () => {
  const approved = '2026-03-03'; // eligible until 2027-03-02
  it.each<
    [
      string,
      ApplicationInput,
      string,
      { daysLeft: number | null; attemptsLeft: number; problems: ApplicationProblem[] },
    ]
  >([
    [
      'the approval day itself: a full year ahead',
      input(approved, 0),
      '2026-03-03',
      { daysLeft: 364, attemptsLeft: 3, problems: [] },
    ],
    [
      'the brief’s example: 101 days left, one attempt used',
      input(approved, 1),
      '2026-11-21',
      { daysLeft: 101, attemptsLeft: 2, problems: [] },
    ],
    [
      'the last day: 0 days left, still eligible',
      input(approved, 2),
      '2027-03-02',
      { daysLeft: 0, attemptsLeft: 1, problems: [] },
    ],
    [
      'the day after the last: eligibility ended',
      input(approved, 1),
      '2027-03-03',
      {
        daysLeft: -1,
        attemptsLeft: 2,
        problems: [{ code: 'ELIGIBILITY_ENDED', eligibleUntil: '2027-03-02' }],
      },
    ],
    [
      'an exam booked on the last day is fine',
      input(approved, 0, '2027-03-02'),
      '2026-11-21',
      { daysLeft: 101, attemptsLeft: 3, problems: [] },
    ],
    [
      'an exam booked the day after the last day',
      input(approved, 0, '2027-03-03'),
      '2026-11-21',
      {
        daysLeft: 101,
        attemptsLeft: 3,
        problems: [
          { code: 'EXAM_AFTER_ELIGIBILITY', examDate: '2027-03-03', eligibleUntil: '2027-03-02' },
        ],
      },
    ],
    [
      'ended with an exam after the end: only “ended” (re-applying is what is left)',
      input(approved, 0, '2027-04-01'),
      '2027-03-10',
      {
        daysLeft: -8,
        attemptsLeft: 3,
        problems: [{ code: 'ELIGIBILITY_ENDED', eligibleUntil: '2027-03-02' }],
      },
    ],
    [
      'all three attempts used',
      input(approved, 3),
      '2026-11-21',
      {
        daysLeft: 101,
        attemptsLeft: 0,
        problems: [{ code: 'ATTEMPTS_USED_UP', attemptsAllowed: 3 }],
      },
    ],
    [
      'attempts used up and ended: both said',
      input(approved, 3),
      '2027-05-01',
      {
        daysLeft: -60,
        attemptsLeft: 0,
        problems: [
          { code: 'ELIGIBILITY_ENDED', eligibleUntil: '2027-03-02' },
          { code: 'ATTEMPTS_USED_UP', attemptsAllowed: 3 },
        ],
      },
    ],
    [
      'attempts without an approval date: no end date, attempts still counted',
      input(null, 3, '2027-03-03'),
      '2026-11-21',
      {
        daysLeft: null,
        attemptsLeft: 0,
        problems: [{ code: 'ATTEMPTS_USED_UP', attemptsAllowed: 3 }],
      },
    ],
  ])('%s', (_name, given, asOf, expected) => {
    expect(applicationStatus(pmp, given, asOf)).toMatchObject(expected);
  });

  it('says the approval, the end and the attempts as given', () => {
    expect(applicationStatus(pmp, input(approved, null), '2026-11-21')).toEqual({
      approvedOn: approved,
      eligibleUntil: '2027-03-02',
      daysLeft: 101,
      attemptsUsed: null,
      attemptsAllowed: 3,
      attemptsLeft: 3,
      problems: [],
    });
  });

  it('has nothing to say without an approval date or attempts, or for a non-PMI exam', () => {
    expect(applicationStatus(pmp, input(null, null, '2027-01-01'), '2026-11-21')).toBeNull();
    const prince2 = findExamRule('prince2-practitioner')!;
    expect(applicationStatus(prince2, input(approved, 1), '2026-11-21')).toBeNull();
  });

  it('reads the year from the rule it is given (a different number moves the end)', () => {
    const sixMonths = {
      applicationValidityMonths: { ...pmp.applicationValidityMonths!, value: 6 },
    };
    expect(applicationStatus(sixMonths, input(approved), approved)?.eligibleUntil).toBe(
      '2026-09-02',
    );
  });
});

describe('applicationValidityOf: a credential id to its exam’s application rule', () => {
  it.each<[string, number | null]>([
    ['pmp', 12],
    ['capm', 12],
    ['pmi-acp', 12],
    ['pmi-pmocp', 12],
    ['prince2-practitioner', null],
    ['prince2-foundation', null],
    ['some-own-credential', null],
  ])('%s → %s months', (id, months) => {
    expect(applicationValidityOf(id)?.value ?? null).toBe(months);
  });

  it('three attempts, sourced like the year (domain-facts §2, B)', () => {
    expect(applicationAttempts).toMatchObject({ value: 3, confidence: 'B', facts: '§2' });
  });
});
