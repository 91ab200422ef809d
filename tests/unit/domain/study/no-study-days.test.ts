import { describe, expect, it } from 'vitest';
import {
  checkBlockChange,
  replanRemaining,
  type StudyBlock,
  type StudyPlan,
} from '../../../../shared/domain/study';

// Ascent rule (study review): a day the plan lists as having no study holds none. A re-plan
// (or a saved edit) drops a block the user placed on such a day, as it drops one on or after
// the exam, and a block is not moved onto one (replan.ts, block-change.ts).
const plan: StudyPlan = {
  id: 'p1',
  title: 'PMP',
  target: { kind: 'exam', heldId: 'h1' },
  hoursNeeded: 10,
  start: '2026-12-01',
  deadline: '2027-01-25',
  availabilityOverride: {},
  blackouts: ['2026-12-24', '2026-12-25'],
  sessionMinutes: 60,
  bufferDays: 2,
  dayStart: '18:00',
  status: 'active',
};
const weekly = { mon: 1, tue: 1, wed: 1, thu: 1, fri: 1, sat: 0, sun: 0 };
const own = (id: string, date: string): StudyBlock => ({
  id,
  planId: 'p1',
  date,
  start: '10:00',
  minutes: 60,
  edited: true,
});

describe('a block the user placed, at a re-plan (replanRemaining)', () => {
  it.each([
    ['on a day with no study: dropped, its hour laid elsewhere', '2026-12-24', false],
    ['on another day: kept where it is', '2026-12-23', true],
  ])('%s', (_, date, kept) => {
    const r = replanRemaining({
      plan,
      availability: weekly,
      blocks: [own('mine', date)],
      studiedMinutes: 0,
      studiedTodayMinutes: 0,
      asOf: '2026-12-07',
    });
    expect(r.kept.some((b) => b.id === 'mine')).toBe(kept);
    expect(r.result.fixedMinutes).toBe(kept ? 60 : 0);
    const onNoStudyDays = r.result.blocks.filter((b) => plan.blackouts.includes(b.date));
    expect(onNoStudyDays).toEqual([]);
    // Every hour is still planned, and a dropped block's id is remembered or taken over.
    const laid = r.result.blocks.reduce((s, b) => s + b.minutes, 0);
    expect(laid + r.result.fixedMinutes).toBe(600);
    if (!kept) expect([...r.removed, ...r.reused.map((x) => x.id)]).toContain('mine');
  });
});

describe('moving a block (checkBlockChange with the plan’s days with no study)', () => {
  const change = (date: string) => ({ date, start: '18:00', minutes: 60 });
  it.each([
    ['onto a day with no study', '2026-12-25', 'NO_STUDY_DAY'],
    ['onto the day before it', '2026-12-23', null],
    ['onto a day gone (that reason first)', '2026-12-01', 'DAY_PASSED'],
    ['onto the exam day (that reason first)', '2027-01-25', 'AFTER_DEADLINE'],
  ])('%s: %s', (_, date, expected) => {
    expect(checkBlockChange(change(date), '2026-12-07', plan.deadline, plan.blackouts)).toBe(
      expected,
    );
  });
  it('without the plan’s days (a caller that does not know them), only the other checks', () => {
    expect(checkBlockChange(change('2026-12-25'), '2026-12-07', plan.deadline)).toBeNull();
  });
});
