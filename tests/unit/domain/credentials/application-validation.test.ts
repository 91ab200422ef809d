/**
 * validateHeldCredential on the exam application's fields (application.ts): a real approval
 * date, not in the future, not after the exam date (the same day is fine); attempts a whole
 * number from 0 to 3. Both optional.
 */
import { describe, expect, it } from 'vitest';
import { validateHeldCredential, type HeldCredential } from '../../../../shared/domain/credentials';

const asOf = '2026-11-21';
const booked = (extra: Partial<HeldCredential>): HeldCredential => ({
  id: 'h',
  credentialId: 'pmp',
  stage: 'exam-booked',
  examDate: '2027-01-15',
  ...extra,
});

describe('validateHeldCredential: the exam application', () => {
  it.each<[string, Partial<HeldCredential>, string, string]>([
    [
      'an approval date that does not exist',
      { applicationApprovedDate: '2026-02-29' },
      'applicationApprovedDate',
      'DATE_INVALID',
    ],
    [
      'an approval date in the future',
      { applicationApprovedDate: '2026-11-22', examDate: null },
      'applicationApprovedDate',
      'APPROVED_IN_FUTURE',
    ],
    [
      'an approval after the exam date',
      { applicationApprovedDate: '2026-10-02', examDate: '2026-10-01' },
      'applicationApprovedDate',
      'APPROVED_AFTER_EXAM',
    ],
    [
      'an approval after the exam date, once earned too',
      {
        stage: 'earned',
        earnedDate: '2026-10-01',
        applicationApprovedDate: '2026-10-02',
        examDate: '2026-10-01',
      },
      'applicationApprovedDate',
      'APPROVED_AFTER_EXAM',
    ],
    ['four attempts', { examAttemptsUsed: 4 }, 'examAttemptsUsed', 'ATTEMPTS_OUT_OF_RANGE'],
    ['minus one attempt', { examAttemptsUsed: -1 }, 'examAttemptsUsed', 'ATTEMPTS_OUT_OF_RANGE'],
    ['half an attempt', { examAttemptsUsed: 1.5 }, 'examAttemptsUsed', 'ATTEMPTS_OUT_OF_RANGE'],
    [
      'attempts as text',
      { examAttemptsUsed: '2' as unknown as number },
      'examAttemptsUsed',
      'ATTEMPTS_OUT_OF_RANGE',
    ],
  ])('rejects %s', (_name, extra, field, code) => {
    expect(validateHeldCredential(booked(extra), asOf)).toEqual([{ field, code }]);
  });

  it.each<[string, Partial<HeldCredential>]>([
    ['neither given', {}],
    ['both empty', { applicationApprovedDate: null, examAttemptsUsed: null }],
    ['approved today, 0 attempts', { applicationApprovedDate: asOf, examAttemptsUsed: 0 }],
    [
      'approved on the exam day, 3 attempts',
      { applicationApprovedDate: '2026-11-01', examDate: '2026-11-01', examAttemptsUsed: 3 },
    ],
    [
      'approved with no exam date yet',
      { applicationApprovedDate: '2026-03-03', examDate: null, examAttemptsUsed: 1 },
    ],
  ])('accepts %s', (_name, extra) => {
    expect(validateHeldCredential(booked(extra), asOf)).toEqual([]);
  });
});
