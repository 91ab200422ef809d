// The last day of an approved PMI exam application (domain-facts §2, B: one year) is a
// deadline: listed ahead, and overdue once passed (the person re-applies), until the
// credential is earned.
import { describe, expect, it } from 'vitest';
import { applicationEndOf, type HeldCredential } from '../../../../shared/domain/credentials';
import {
  collectDeadlines,
  dueReminders,
  type DeadlineSources,
} from '../../../../shared/domain/study';

const empty: DeadlineSources = {
  cycles: [],
  exams: [],
  goals: [],
  courses: [],
  events: [],
  followUps: [],
  memberships: [],
};

const held = (extra: Partial<HeldCredential>): HeldCredential => ({
  id: 'h',
  credentialId: 'pmp',
  stage: 'exam-booked',
  examDate: '2027-01-15',
  applicationApprovedDate: '2026-03-03',
  ...extra,
});

describe('applicationEndOf', () => {
  it.each<[string, Partial<HeldCredential>, string | null]>([
    ['approved 3 Mar 2026: until 2 Mar 2027', {}, '2027-03-02'],
    [
      'approved 29 Feb 2024: until 28 Feb 2025',
      { applicationApprovedDate: '2024-02-29' },
      '2025-02-28',
    ],
    ['no approval date', { applicationApprovedDate: null }, null],
    ['earned: no deadline left', { stage: 'earned', earnedDate: '2026-12-01' }, null],
    ['not a PMI exam (CSM)', { credentialId: 'csm' }, null],
    ['preparing', { stage: 'preparing' }, '2027-03-02'],
  ])('%s', (_, extra, expected) => {
    expect(applicationEndOf(held(extra), '2026-11-22')).toBe(expected);
  });
});

describe('the application deadline', () => {
  const sources: DeadlineSources = {
    ...empty,
    exams: [{ heldId: 'h', name: 'PMP', date: '2027-01-15', applicationEnd: '2027-03-02' }],
  };

  it('is collected beside the exam, with a stable id', () => {
    expect(collectDeadlines(sources).map((d) => [d.id, d.kind, d.date, d.title])).toEqual([
      ['exam:h', 'exam', '2027-01-15', 'PMP'],
      ['application:h', 'application-end', '2027-03-02', 'PMP'],
    ]);
  });

  it('is reminded ahead and overdue once passed', () => {
    const all = collectDeadlines(sources);
    const ahead = dueReminders(all, '2027-02-20', 14);
    // (The exam of 15 Jan 2027 has passed too: the credential is not earned yet.)
    expect(ahead.map((r) => [r.deadline.kind, r.daysLeft, r.overdue])).toEqual([
      ['exam', -36, true],
      ['application-end', 10, false],
    ]);
    const after = dueReminders(all, '2027-03-10', 14);
    expect(after.map((r) => [r.deadline.kind, r.daysLeft, r.overdue])).toEqual([
      ['exam', -54, true],
      ['application-end', -8, true],
    ]);
  });
});
