/**
 * The plan form's preview lays a plan as savePlan does (preview.ts): from its start, or from
 * today when the start has passed, since days already gone hold no study (planner.ts,
 * suggestedStart). Review: a plan started five weeks back counted 25 sittings on days gone,
 * said "The plan fits", and once saved its card said "behind by 20 h".
 */
import { describe, expect, it } from 'vitest';
import type { WeeklyAvailability } from '../../../../shared/domain/profile/profile';
import { previewStudyPlan, type PlanDraft } from '../../../../shared/domain/study';

const TODAY = '2026-12-06'; // a Sunday
const weekdays2h: WeeklyAvailability = { mon: 2, tue: 2, wed: 2, thu: 2, fri: 2, sat: 0, sun: 0 };
const draft: PlanDraft = {
  title: 'PMP exam',
  target: 'exam:h1',
  hoursNeeded: '40',
  start: '2026-11-02',
  deadline: '2027-01-11',
  sessionMinutes: '60',
  bufferDays: '2',
  dayStart: '18:00',
  override: { mon: '', tue: '', wed: '', thu: '', fri: '', sat: '', sun: '' },
  blackouts: '',
};
const sum = (xs: { minutes: number }[]) => xs.reduce((s, x) => s + x.minutes, 0);

describe('previewStudyPlan: lays from today when the start has passed', () => {
  // From Mon 7 Dec to Fri 8 Jan (exam Mon 11 Jan, two free days): 25 weekdays, 50 h; from
  // Mon 14 Dec, 20 weekdays, 40 h.
  it.each<[string, Partial<PlanDraft>, string | null, boolean, number]>([
    ['the reviewer’s plan, started 2 Nov', {}, '2026-12-07', true, 50 * 60],
    ['the same plan starting today', { start: TODAY }, '2026-12-07', true, 50 * 60],
    [
      'a start still to come: from that start',
      { start: '2026-12-14' },
      '2026-12-14',
      true,
      40 * 60,
    ],
    ['more hours than the days left hold', { hoursNeeded: '60' }, '2026-12-07', false, 50 * 60],
    // Review: accepted as fitting. No day is left: nothing is laid and it does not fit.
    ['an exam already gone', { start: '2026-10-01', deadline: '2026-11-01' }, null, false, 0],
  ])('%s', (_name, over, first, fits, available) => {
    const r = previewStudyPlan({ ...draft, ...over }, weekdays2h, TODAY)!;
    expect(r.fits).toBe(fits);
    expect(r.availableMinutes).toBe(available);
    expect(r.blocks[0]?.date ?? null).toBe(first);
    expect(r.blocks.every((b) => b.date >= TODAY)).toBe(true);
    if (fits) expect(sum(r.blocks)).toBe(Number(over.hoursNeeded ?? draft.hoursNeeded) * 60);
  });
  it('suggests no start before today for a plan that does not fit', () => {
    const r = previewStudyPlan({ ...draft, hoursNeeded: '60' }, weekdays2h, TODAY)!;
    expect(r.options?.startBy).toBeNull();
  });
});
