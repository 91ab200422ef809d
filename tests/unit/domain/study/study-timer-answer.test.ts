// The minutes given for a timer run that was asked about are at most what the timer ran
// (timerAnswerError, Ascent rule).
import { describe, expect, it } from 'vitest';
import { timerAnswerError } from '../../../../shared/domain/study';

describe('timerAnswerError', () => {
  it.each([
    [45, 45, null],
    [30, 45, null],
    [46, 45, 'MORE_THAN_TIMER'],
    [450, 45, 'MORE_THAN_TIMER'],
    [960, 4263, null],
  ] as const)('%i minutes given, %i on the timer: %s', (given, onTimer, expected) => {
    expect(timerAnswerError(given, onTimer)).toBe(expected);
  });
});
