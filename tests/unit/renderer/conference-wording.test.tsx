// Review A9: only conferences recorded under Learning → Events count for the ladder's
// "conferences a year" (a conference logged only in the credit log does not). The rule stays;
// the next best action says where to record one.
import { describe, expect, it } from 'vitest';
import type { NextAction } from '../../../shared/domain/readiness';
import { actionText } from '../../../renderer/src/features/ladder/messages';

const attend = (count: number, gain = 0) =>
  ({
    code: 'ATTEND_CONFERENCE',
    count,
    by: '2027-03-13',
    requirementIds: ['q'],
    priority: 'essential',
    gain,
    deadline: '2027-03-13',
  }) as NextAction;

describe('the next best action for conferences a year', () => {
  it.each([
    [1, 0, 'Attend a conference by Mar 13, 2027 and record it under Learning → Events.'],
    [
      2,
      5,
      'Attend 2 conferences by Mar 13, 2027 and record them under Learning → Events (readiness +5).',
    ],
  ])('%i to go: %s', (count, gain, text) => {
    expect(actionText(attend(count, gain))).toBe(text);
  });
});
