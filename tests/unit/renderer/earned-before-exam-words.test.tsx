// Moving a credential from "Exam booked" to "Earned" with an earned day before the stored exam
// date: the message says what to enter, not only what is wrong.
import { describe, expect, it } from 'vitest';
import { fieldErrorText } from '../../../renderer/src/features/credentials/messages';

describe('an earned date before the exam date', () => {
  it('says what to do', () => {
    expect(fieldErrorText('EARNED_BEFORE_EXAM')).toBe(
      'The earned date is before the exam date. Enter the day you passed the exam; if the exam moved, change the exam date to that day too.',
    );
  });
});
