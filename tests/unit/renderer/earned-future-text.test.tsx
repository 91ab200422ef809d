import { describe, expect, it } from 'vitest';
import { fieldErrorText } from '../../../renderer/src/features/credentials/messages';

describe('a date in the future', () => {
  it('on a credential, points to the stages of a credential not earned yet', () => {
    expect(fieldErrorText('EARNED_IN_FUTURE', { field: 'earnedDate' })).toBe(
      'This date is in the future. Use the day you earned it; a credential not earned yet is "Preparing" or "Exam booked".',
    );
  });

  it('on an activity, points to marking it as planned', () => {
    expect(fieldErrorText('EARNED_IN_FUTURE', { field: 'date' })).toBe(
      'This date is in the future. Use today or an earlier date, or mark the activity as planned.',
    );
  });
});
