// A credential whose stage still says the exam is to come after its exam day (the card asks
// for the outcome): examDayPassed.
import { describe, expect, it } from 'vitest';
import { examDayPassed, type HeldCredential } from '../../../../shared/domain/credentials';

describe('examDayPassed on 22 Nov 2026', () => {
  it.each<[HeldCredential['stage'], string | null, boolean]>([
    ['exam-booked', '2026-11-21', true],
    ['exam-booked', '2026-11-22', false],
    ['preparing', '2026-05-10', true],
    ['target', '2027-01-01', false],
    ['earned', '2026-05-10', false],
    ['exam-booked', null, false],
    ['exam-booked', 'not a date', false],
  ])('%s with exam %s → %s', (stage, examDate, expected) => {
    expect(examDayPassed({ stage, examDate }, '2026-11-22')).toBe(expected);
  });
});
