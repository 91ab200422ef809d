/** The re-plan note says where the plan was laid from (study logged today counts for today). */
import { describe, expect, it } from 'vitest';
import { formatDate } from '../../../renderer/src/components/format';
import { replanFromText } from '../../../renderer/src/features/study/messages';

describe('replanFromText', () => {
  it.each([
    { from: '2026-11-22', expected: 'today' },
    { from: '2026-11-23', expected: 'tomorrow, as today’s study is done' },
  ])('laid from $from on 22 Nov 2026 → "$expected"', ({ from, expected }) => {
    expect(replanFromText(from, '2026-11-22')).toBe(expected);
  });

  it('names the day when the plan starts later', () => {
    expect(replanFromText('2027-01-04', '2026-11-22')).toBe(formatDate('2027-01-04'));
  });
});
