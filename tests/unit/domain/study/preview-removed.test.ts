/**
 * The plan form's preview of an edit keeps the time of the plan's removed blocks free, as the
 * re-plan the save makes keeps it (replan.ts, withheldFor): "The plan fits" is never said on
 * time the save will not lay study on.
 *
 * Which removed blocks keep their time free (none before the first day laid, none on or after
 * the deadline) is table-tested on withheldFor itself (block-removal.test.ts): here a removed
 * hour on a day gone, or on or after the draft's exam date, could never show, as the planner
 * lays no study on those days with or without it.
 */
import { describe, expect, it } from 'vitest';
import type { WeeklyAvailability } from '../../../../shared/domain/profile/profile';
import {
  previewStudyPlan,
  replanRemaining,
  validatePlan,
  type PlanDraft,
  type RemovedBlock,
} from '../../../../shared/domain/study';

const TODAY = '2026-11-16'; // a Monday
const week: WeeklyAvailability = { mon: 0, tue: 1, wed: 0, thu: 1, fri: 0, sat: 2, sun: 0 };
// Tue 17, Thu 19, Sat 21 (2 h), Tue 24, Thu 26, Sat 28 (2 h): 8 h before Tue 1 Dec.
const draft: PlanDraft = {
  title: 'PMP exam',
  target: 'exam:h1',
  hoursNeeded: '8',
  start: TODAY,
  deadline: '2026-12-01',
  sessionMinutes: '60',
  bufferDays: '0',
  dayStart: '18:00',
  override: { mon: '', tue: '', wed: '', thu: '', fri: '', sat: '', sun: '' },
  blackouts: '',
};
const removed = (date: string, planId = 'p1', start = '18:00'): RemovedBlock => ({
  id: `r-${planId}-${date}`,
  planId,
  date,
  start,
  minutes: 60,
});

describe('previewStudyPlan of an edit, with removed blocks', () => {
  it.each<[string, Partial<PlanDraft>, RemovedBlock[], boolean, number]>([
    ['nothing removed: all 8 h fit', {}, [], true, 8 * 60],
    ['an hour removed on Thu 26: 7 h, an hour short', {}, [removed('2026-11-26')], false, 7 * 60],
    ['another plan’s removed hour changes nothing', {}, [removed('2026-11-26', 'p2')], true, 480],
    [
      'fewer hours needed: still fits around it',
      { hoursNeeded: '7' },
      [removed('2026-11-26')],
      true,
      7 * 60,
    ],
  ])('%s', (_name, over, gone, fits, available) => {
    const r = previewStudyPlan({ ...draft, ...over }, week, TODAY, {
      planId: 'p1',
      removed: gone,
    })!;
    expect(r.fits).toBe(fits);
    expect(r.availableMinutes).toBe(available);
    for (const g of gone.filter((b) => b.planId === 'p1'))
      expect(r.blocks.some((b) => b.date === g.date && b.start === g.start)).toBe(false);
  });

  it('says what the save’s re-plan finds', () => {
    const gone = [removed('2026-11-26')];
    const preview = previewStudyPlan(draft, week, TODAY, { planId: 'p1', removed: gone })!;
    const checked = validatePlan(draft);
    if (!checked.ok) throw new Error('draft not valid');
    const plan = { ...checked.value, id: 'p1', status: 'active' as const };
    const replan = replanRemaining({
      plan,
      availability: week,
      blocks: [],
      studiedMinutes: 0,
      studiedTodayMinutes: 0,
      removed: gone,
      asOf: TODAY,
    }).result;
    expect([preview.fits, preview.shortfallMinutes]).toEqual([
      replan.fits,
      replan.shortfallMinutes,
    ]);
    // A new plan (no edit): no removed block can be one of its own.
    expect(previewStudyPlan(draft, week, TODAY)!.fits).toBe(true);
  });
});
