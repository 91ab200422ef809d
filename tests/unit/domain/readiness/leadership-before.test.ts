/**
 * Issue 9: leadership training summed up to a day and kept (the dashboard's start-up reads
 * only the later courses) gives exactly the hours and the evidence of the whole log.
 */
import { describe, expect, it } from 'vitest';
import type { Activity } from '../../../../shared/domain/credits';
import { leadershipBefore, leadershipTrainingHours } from '../../../../shared/domain/readiness';
import { activityRows, careerStart } from '../../../bench/dataset/credits';
import { presets } from '../../../bench/dataset/presets';
import { createRandom } from '../../../bench/dataset/random';

const today = '2026-11-22';

function log(seed: number): Activity[] {
  const preset = presets.medium;
  const { activities } = activityRows(
    createRandom(seed),
    preset,
    careerStart(preset, today),
    today,
  );
  // Newest first, as the whole log is listed.
  return (activities as unknown as Activity[]).sort((a, b) =>
    a.date !== b.date ? (a.date < b.date ? 1 : -1) : a.id < b.id ? 1 : -1,
  );
}

describe('leadership training from a kept aggregate equals the whole log', () => {
  const all = log(4);
  const whole = leadershipTrainingHours(all, today);

  it('the whole log has leadership training to sum', () => {
    expect(whole.hours).toBeGreaterThan(0);
    expect(whole.activityIds.length).toBeGreaterThan(10);
  });

  it.each(['2010-01-01', '2023-03-09', '2026-11-21', '2026-11-22'])(
    'summed up to %s, the later courses read',
    (upTo) => {
      const before = leadershipBefore(all, upTo);
      const later = all.filter((a) => a.date > upTo);
      expect(leadershipTrainingHours(later, today, before)).toEqual(whole);
      // The earlier courses may be there too: they are not counted twice.
      expect(leadershipTrainingHours(all, today, before)).toEqual(whole);
    },
  );

  it('an aggregate kept beyond the day asked about is not used', () => {
    const before = leadershipBefore(all, today);
    const earlier = '2020-06-30';
    expect(leadershipTrainingHours(all, earlier, before)).toEqual(
      leadershipTrainingHours(all, earlier),
    );
  });

  it('asked again about the same list, the answer is worked out once and stays the same', () => {
    const list = [...all];
    const first = leadershipTrainingHours(list, today);
    // Handed out as it is, and nobody may change it.
    expect(() => {
      (first.activityIds as string[]).length = 0;
    }).toThrow(TypeError);
    expect(leadershipTrainingHours(list, today)).toEqual(whole);
    // Another day, or another kept aggregate, is not answered from the first.
    expect(leadershipTrainingHours(list, '2010-01-01').hours).toBeLessThan(whole.hours);
    const before = leadershipBefore(all, '2023-03-09');
    expect(leadershipTrainingHours(list, today, before)).toEqual(whole);
  });

  it('a list grown in place is summed again', () => {
    const list = all.filter((a) => a.date <= '2020-01-01');
    const earlier = leadershipTrainingHours(list, today);
    const course = {
      ...all.find((a) => a.type === 'course-or-training' && (a.split?.powerSkills ?? 0) > 0)!,
      id: 'grown-1',
      date: '2026-11-01',
      status: 'earned' as const,
    };
    list.push(course);
    const grown = leadershipTrainingHours(list, today);
    expect(grown.hours).toBe(earlier.hours + course.split!.powerSkills);
    expect(grown.activityIds).toContain('grown-1');
  });
});
