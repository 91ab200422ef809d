import { describe, expect, it } from 'vitest';
import { isoWeekday } from '../../../../shared/dates';
import type { WeeklyAvailability } from '../../../../shared/domain/profile/profile';
import {
  effectiveAvailability,
  matchBlocks,
  planStudy,
  replanRemaining,
  type StudyBlock,
  type StudyPlan,
} from '../../../../shared/domain/study';

const weekly: WeeklyAvailability = { mon: 2, tue: 2, wed: 2, thu: 2, fri: 2, sat: 0, sun: 0 };
const plan: StudyPlan = {
  id: 'p1',
  title: 'PMP',
  target: { kind: 'exam', heldId: 'h1' },
  hoursNeeded: 100,
  start: '2026-11-02',
  deadline: '2027-01-25',
  availabilityOverride: {},
  blackouts: [],
  sessionMinutes: 60,
  bufferDays: 2,
  dayStart: '18:00',
  status: 'active',
};

const laid = planStudy({
  minutesNeeded: plan.hoursNeeded * 60,
  from: plan.start,
  deadline: plan.deadline,
  bufferDays: plan.bufferDays,
  availability: weekly,
  blackouts: [],
  sessionMinutes: 60,
  dayStart: '18:00',
});
const blocks: StudyBlock[] = laid.blocks.map((b, i) => ({
  ...b,
  id: `b${i}`,
  planId: 'p1',
  edited: false,
}));
const sum = (xs: { minutes: number }[]) => xs.reduce((s, x) => s + x.minutes, 0);

describe('replanRemaining', () => {
  it('lays the hours not yet studied from today, keeping the past as it was', () => {
    const r = replanRemaining({
      plan,
      availability: weekly,
      blocks,
      studiedMinutes: 1200,
      studiedTodayMinutes: 0,
      asOf: '2026-11-23',
    });
    expect(r.from).toBe('2026-11-23');
    expect(r.remainingMinutes).toBe(100 * 60 - 1200);
    expect(sum(r.result.blocks)).toBe(100 * 60 - 1200);
    expect(r.result.blocks.every((b) => b.date >= '2026-11-23')).toBe(true);
    expect(r.kept).toEqual(blocks.filter((b) => b.date < '2026-11-23'));
  });
  it('starts at the plan start when re-planned before it', () => {
    const r = replanRemaining({
      plan,
      availability: weekly,
      blocks,
      studiedMinutes: 0,
      studiedTodayMinutes: 0,
      asOf: '2026-10-01',
    });
    expect(r.from).toBe('2026-11-02');
    expect(r.kept).toEqual([]);
  });
  it('plans nothing more once every hour is studied', () => {
    const r = replanRemaining({
      plan,
      availability: weekly,
      blocks,
      studiedMinutes: 7000,
      studiedTodayMinutes: 0,
      asOf: '2026-12-01',
    });
    expect(r.remainingMinutes).toBe(0);
    expect(r.result.blocks).toEqual([]);
  });
  it('says when the remaining hours no longer fit', () => {
    const r = replanRemaining({
      plan,
      availability: weekly,
      blocks,
      studiedMinutes: 0,
      studiedTodayMinutes: 0,
      asOf: '2027-01-11',
    });
    expect(r.result.fits).toBe(false);
    expect(r.result.shortfallMinutes).toBe(6000 - 10 * 120);
  });
});

describe('re-planning on a day with study logged', () => {
  // Rule (Ascent, replanStart): study logged today counts for today. Today gets no more than
  // its time left after it; once it covers what was planned for today (or all of today's
  // time) today is done, and the re-plan starts tomorrow with today's blocks kept as they were.
  const asOf = '2026-11-23'; // a Monday: 2 h available
  const on = (xs: readonly { date: string; minutes: number }[], day: string) =>
    sum(xs.filter((b) => b.date === day));
  const plannedToday = on(blocks, asOf);
  const replan = (logged: number, from: readonly StudyBlock[] = blocks) =>
    replanRemaining({
      plan,
      availability: weekly,
      blocks: from,
      studiedMinutes: 1200 + logged,
      studiedTodayMinutes: logged,
      asOf,
    });
  it('has something planned for today to begin with', () => {
    expect(plannedToday).toBeGreaterThan(30);
    expect(plannedToday).toBeLessThan(120);
  });
  it.each([
    ['nothing logged today: today keeps all its time', 0, asOf, 120],
    ['30 minutes logged, less than planned: today keeps what is left of it', 30, asOf, 90],
    [
      'as much as planned: today is done, the re-plan starts tomorrow',
      plannedToday,
      '2026-11-24',
      0,
    ],
    ['more than the day holds: the re-plan starts tomorrow', 150, '2026-11-24', 0],
  ] as const)('%s', (_name, logged, from, roomToday) => {
    const r = replan(logged);
    expect(r.from).toBe(from);
    expect(r.remainingMinutes).toBe(6000 - 1200 - logged);
    expect(sum(r.result.blocks)).toBe(6000 - 1200 - logged);
    expect(on(r.result.blocks, asOf)).toBeLessThanOrEqual(roomToday);
  });
  it('keeps today’s blocks as they were once today is done, and lays nothing more on today', () => {
    const r = replan(plannedToday);
    const todays = blocks.filter((b) => b.date === asOf);
    expect(r.kept).toEqual(expect.arrayContaining(todays));
    const touched = new Set([...r.reused.map((x) => x.id), ...r.removed]);
    expect(todays.some((b) => touched.has(b.id))).toBe(false);
    expect(r.result.blocks.every((b) => b.date > asOf)).toBe(true);
  });
  it('counts study on a day with nothing planned as covering it: the re-plan starts tomorrow', () => {
    const r = replan(
      15,
      blocks.filter((b) => b.date !== asOf),
    );
    expect(r.from).toBe('2026-11-24');
    expect(on(r.result.blocks, asOf)).toBe(0);
  });
  it('ignores today’s log when re-planning before the plan starts', () => {
    const r = replanRemaining({
      plan,
      availability: weekly,
      blocks,
      studiedMinutes: 60,
      studiedTodayMinutes: 60,
      asOf: '2026-10-01',
    });
    expect(r.from).toBe(plan.start);
  });
});

describe('availability changed mid-plan', () => {
  it('re-plans the rest on the new weekdays and leaves the earlier weeks alone', () => {
    const weekendsNow = effectiveAvailability({
      availability: weekly,
      override: { mon: 0, tue: 0, wed: 0, thu: 0, fri: 0, sat: 6, sun: 6 },
    });
    const r = replanRemaining({
      plan,
      availability: weekendsNow,
      blocks,
      studiedMinutes: 1200,
      studiedTodayMinutes: 0,
      asOf: '2026-12-01',
    });
    expect(new Set(r.result.blocks.map((b) => isoWeekday(b.date)))).toEqual(new Set([5, 6]));
    expect(r.kept.every((b) => isoWeekday(b.date) < 5)).toBe(true);
    expect(sum(r.result.blocks)).toBe(6000 - 1200);
  });
  it('applies a per-plan override only to the days it names', () => {
    expect(effectiveAvailability({ availability: weekly, override: { sat: 3 } })).toEqual({
      ...weekly,
      sat: 3,
    });
  });
});

describe('re-planning keeps the blocks the user placed', () => {
  // Rule (issue 7): a block the user moved or changed (`edited`) is never re-laid; new
  // sittings take over the ids of dropped blocks on the same day (stable calendar UIDs).
  const moved: StudyBlock = {
    id: 'mine',
    planId: 'p1',
    date: '2026-11-28',
    start: '09:00',
    minutes: 120,
    edited: true,
  };
  const withMine = [...blocks, moved];
  const r = replanRemaining({
    plan,
    availability: weekly,
    blocks: withMine,
    studiedMinutes: 1200,
    studiedTodayMinutes: 0,
    asOf: '2026-11-23',
  });
  it('keeps an edited block from today on and counts its minutes as planned', () => {
    expect(r.kept).toContainEqual(moved);
    expect(r.result.fixedMinutes).toBe(120);
    expect(sum(r.result.blocks)).toBe(6000 - 1200 - 120);
    expect([...r.reused.map((x) => x.id), ...r.removed]).not.toContain('mine');
  });
  it('gives each new sitting the id of a dropped block on the same day, and removes the rest', () => {
    const dropped = blocks.filter((b) => b.date >= '2026-11-23');
    const byId = new Map(dropped.map((b) => [b.id, b]));
    for (const { id, block } of r.reused) expect(byId.get(id)!.date).toBe(block.date);
    const used = new Set(r.reused.map((x) => x.id));
    expect(new Set([...used, ...r.removed])).toEqual(new Set(dropped.map((b) => b.id)));
    expect(r.reused.length + r.added.length).toBe(r.result.blocks.length);
    // The weekdays keep their 2 h: every day's sittings take over that day's old blocks.
    expect(r.added).toEqual([]);
  });
  it('drops an edited block on or after the exam: no study is planned then', () => {
    const late = { ...moved, id: 'late', date: '2027-01-25' };
    const again = replanRemaining({
      plan,
      availability: weekly,
      blocks: [...blocks, late],
      studiedMinutes: 0,
      studiedTodayMinutes: 0,
      asOf: '2026-11-23',
    });
    expect(again.removed).toContain('late');
    expect(again.result.fixedMinutes).toBe(0);
  });
  it('leaves an edited block from before today in the record, unchanged', () => {
    const past = { ...moved, id: 'past', date: '2026-11-10' };
    const again = replanRemaining({
      plan,
      availability: weekly,
      blocks: [...blocks, past],
      studiedMinutes: 0,
      studiedTodayMinutes: 0,
      asOf: '2026-11-23',
    });
    expect(again.kept).toContainEqual(past);
    expect(again.result.fixedMinutes).toBe(0);
  });
});

describe('matchBlocks', () => {
  const old = (id: string, date: string, start: string): StudyBlock => ({
    id,
    planId: 'p1',
    date,
    start,
    minutes: 60,
    edited: false,
  });
  const laid = (date: string, start: string) => ({ date, start, minutes: 60 });
  it.each([
    [
      'same day, same count',
      [laid('2026-12-01', '18:00')],
      [old('a', '2026-12-01', '18:00')],
      ['a'],
      0,
      [],
    ],
    [
      'two on a day, in start order',
      [laid('2026-12-01', '19:15'), laid('2026-12-01', '18:00')],
      [old('b', '2026-12-01', '19:15'), old('a', '2026-12-01', '18:00')],
      ['a', 'b'],
      0,
      [],
    ],
    [
      'a day with fewer sittings now',
      [laid('2026-12-01', '18:00')],
      [old('a', '2026-12-01', '18:00'), old('b', '2026-12-01', '19:15')],
      ['a'],
      0,
      ['b'],
    ],
    ['a new day', [laid('2026-12-02', '18:00')], [old('a', '2026-12-01', '18:00')], [], 1, ['a']],
  ] as const)('%s', (_name, newOnes, dropped, reusedIds, addedCount, removed) => {
    const m = matchBlocks(newOnes, dropped);
    expect(m.reused.map((x) => x.id)).toEqual(reusedIds);
    expect(m.added).toHaveLength(addedCount);
    expect(m.removed).toEqual(removed);
  });
  it('puts each reused id on a sitting of its own day', () => {
    const m = matchBlocks([laid('2026-12-01', '18:00')], [old('a', '2026-12-01', '07:00')]);
    expect(m.reused).toEqual([{ id: 'a', block: laid('2026-12-01', '18:00') }]);
  });
});

describe('moving the plan’s start to a later day', () => {
  // Rule (replan.ts, review: the old sittings stayed on the calendar): the new sittings go
  // from the new start, but every block from today on that the user did not place is
  // dropped, so the sittings laid for the old start go. The user's own blocks stay; those
  // between today and the new start are outside the plan's days and are not counted.
  // The reviewer's plan: 20 h, weekdays 2 h, laid from Mon 14 Dec 2026 for an exam on
  // 15 Feb 2027; on Sun 6 Dec its start is moved to Mon 4 Jan 2027.
  const today = '2026-12-06';
  const was: StudyPlan = {
    ...plan,
    hoursNeeded: 20,
    start: '2026-12-14',
    deadline: '2027-02-15',
  };
  const moved: StudyPlan = { ...was, start: '2027-01-04' };
  const old: StudyBlock[] = planStudy({
    minutesNeeded: 1200,
    from: was.start,
    deadline: was.deadline,
    bufferDays: 2,
    availability: weekly,
    blackouts: [],
    sessionMinutes: 60,
    dayStart: '18:00',
  }).blocks.map((b, i) => ({ ...b, id: `old${i}`, planId: 'p1', edited: false }));
  const mine = (id: string, date: string): StudyBlock => ({
    id,
    planId: 'p1',
    date,
    start: '07:00',
    minutes: 60,
    edited: true,
  });

  it('has old sittings between today and the new start to begin with', () => {
    expect(sum(old)).toBe(1200);
    expect(old.filter((b) => b.date < moved.start).length).toBeGreaterThan(0);
  });

  it.each<[string, StudyBlock[], string[], number]>([
    ['only laid sittings: all of them go', [], [], 0],
    [
      'a sitting the user placed before the new start: it stays, not counted',
      [mine('mine', '2026-12-21')],
      ['mine'],
      0,
    ],
    [
      'a sitting the user placed after the new start: it stays and counts',
      [mine('mine', '2027-01-06')],
      ['mine'],
      60,
    ],
    [
      'a sitting from before today: the record, it stays',
      [{ ...mine('past', '2026-12-01'), edited: false }],
      ['past'],
      0,
    ],
  ])('%s', (_name, extra, keptIds, fixedMinutes) => {
    const r = replanRemaining({
      plan: moved,
      availability: weekly,
      blocks: [...old, ...extra],
      studiedMinutes: 0,
      studiedTodayMinutes: 0,
      asOf: today,
    });
    expect(r.from).toBe(moved.start);
    expect(r.dropFrom).toBe(today);
    expect(r.kept.map((b) => b.id).sort()).toEqual(keptIds);
    expect(r.result.fixedMinutes).toBe(fixedMinutes);
    expect(r.result.blocks.every((b) => b.date >= moved.start)).toBe(true);
    expect(sum(r.result.blocks)).toBe(1200 - fixedMinutes);
    // Every old sitting is gone: its id taken over by a new one on its day, or removed.
    const gone = new Set([...r.reused.map((x) => x.id), ...r.removed]);
    expect(old.every((b) => gone.has(b.id))).toBe(true);
    expect(keptIds.some((id) => gone.has(id))).toBe(false);
    // What the calendar holds from today on is the plan's hours, no more.
    const stays = r.kept.filter((b) => b.date >= moved.start);
    expect(sum([...stays, ...r.result.blocks])).toBe(1200);
  });

  it('once the plan has started, drops from today as before', () => {
    const r = replanRemaining({
      plan: was,
      availability: weekly,
      blocks: old,
      studiedMinutes: 0,
      studiedTodayMinutes: 0,
      asOf: '2026-12-16',
    });
    expect(r.dropFrom).toBe('2026-12-16');
    expect(r.kept).toEqual(old.filter((b) => b.date < '2026-12-16'));
  });
});

describe('moving the start later on a day already studied', () => {
  // Rule (replan.ts, review: today's blocks went though the user studied on them): while the
  // plan's start is still to come the blocks laid for the old start go from today on, but
  // today's stay when the study logged today covers them (replanStart's test: the record of a
  // day studied). The plan started Mon 30 Nov 2026; on Mon 7 Dec, after studying, its start
  // is moved to Mon 4 Jan 2027.
  const today = '2026-12-07';
  const was: StudyPlan = { ...plan, hoursNeeded: 20, start: '2026-11-30', deadline: '2027-02-15' };
  const moved: StudyPlan = { ...was, start: '2027-01-04' };
  const old: StudyBlock[] = planStudy({
    minutesNeeded: 1200,
    from: was.start,
    deadline: was.deadline,
    bufferDays: 2,
    availability: weekly,
    blackouts: [],
    sessionMinutes: 60,
    dayStart: '18:00',
  }).blocks.map((b, i) => ({ ...b, id: `old${i}`, planId: 'p1', edited: false }));
  const todays = old.filter((b) => b.date === today);
  const replan = (logged: number) =>
    replanRemaining({
      plan: moved,
      availability: weekly,
      blocks: old,
      studiedMinutes: 300 + logged,
      studiedTodayMinutes: logged,
      asOf: today,
    });

  it('has blocks on today to begin with', () => {
    expect(sum(todays)).toBe(60);
  });

  it('keeps today’s blocks when today’s study covers them, and drops from tomorrow', () => {
    const r = replan(60);
    expect(r.from).toBe(moved.start);
    expect(r.dropFrom).toBe('2026-12-08');
    expect(r.kept).toEqual(expect.arrayContaining(todays));
    const touched = new Set([...r.reused.map((x) => x.id), ...r.removed]);
    expect(todays.some((b) => touched.has(b.id))).toBe(false);
    // The later sittings laid for the old start still go.
    const later = old.filter((b) => b.date > today);
    expect(later.length).toBeGreaterThan(0);
    expect(later.every((b) => touched.has(b.id))).toBe(true);
    expect(r.result.blocks.every((b) => b.date >= moved.start)).toBe(true);
  });

  it.each([
    ['nothing studied today', 0],
    ['less than today’s blocks', 30],
  ])('drops today’s blocks with the rest when %s', (_name, logged) => {
    const r = replan(logged);
    expect(r.dropFrom).toBe(today);
    expect(r.kept.filter((b) => b.date === today)).toEqual([]);
  });
});
