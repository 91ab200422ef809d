import { describe, expect, it } from 'vitest';
import type { WeeklyAvailability } from '../../../../shared/domain/profile/profile';
import {
  planStanding,
  planStudy,
  replanRemaining,
  withheldFor,
  type RemovedBlock,
  type StudyBlock,
  type StudyPlan,
} from '../../../../shared/domain/study';
import {
  checkBlockRemoval,
  removedStillAhead,
  withoutRemovedBlock,
  withRemovedBlock,
} from '../../../../shared/domain/study/block-removal';

// Rule (Ascent, study review A14, as for a move): a block on a day already gone is the record
// of what was planned and stays; a block on today or later may be removed.
describe('checkBlockRemoval', () => {
  it.each<[string, string, string, 'DAY_PASSED' | null]>([
    ['a day still to come', '2026-11-25', '2026-11-22', null],
    ['today', '2026-11-22', '2026-11-22', null],
    ['yesterday', '2026-11-21', '2026-11-22', 'DAY_PASSED'],
    ['the last day of last year', '2026-12-31', '2027-01-01', 'DAY_PASSED'],
    ['the first day of next year', '2027-01-01', '2026-12-31', null],
  ])('%s', (_name, date, asOf, expected) => {
    expect(checkBlockRemoval({ date }, asOf)).toBe(expected);
  });
});

const removed = (id: string, date: string, start = '18:00', planId = 'p1'): RemovedBlock => ({
  id,
  planId,
  date,
  start,
  minutes: 60,
});

// Rule (Ascent): the memory of removed blocks keeps only what a re-plan could still lay.
describe('the memory of removed blocks', () => {
  it.each<[string, unknown[], string, string[]]>([
    [
      'keeps today and later, in order of day and start',
      [removed('c', '2026-11-30'), removed('b', '2026-11-22', '19:15'), removed('a', '2026-11-22')],
      '2026-11-22',
      ['a', 'b', 'c'],
    ],
    [
      'forgets a day gone',
      [removed('a', '2026-11-21'), removed('b', '2026-11-22')],
      '2026-11-22',
      ['b'],
    ],
    [
      'keeps one entry per block',
      [removed('a', '2026-11-23'), removed('a', '2026-11-24')],
      '2026-11-22',
      ['a'],
    ],
    [
      'skips a damaged entry',
      [
        { id: 'x', planId: 'p1', date: '2026-11-31', start: '18:00', minutes: 60 },
        { id: 'y', planId: 'p1', date: '2026-11-23', start: '7pm', minutes: 60 },
        { id: 'z', planId: 'p1', date: '2026-11-23', start: '18:00', minutes: 0 },
        null,
        removed('a', '2026-11-23'),
      ],
      '2026-11-22',
      ['a'],
    ],
  ])('%s', (_name, list, asOf, ids) => {
    expect(removedStillAhead(list as RemovedBlock[], asOf).map((b) => b.id)).toEqual(ids);
  });
  it('adds a removal, replacing an earlier one of the same block, and forgets it on Undo', () => {
    const list = withRemovedBlock(
      [removed('a', '2026-11-23')],
      removed('a', '2026-11-25'),
      '2026-11-22',
    );
    expect(list).toEqual([removed('a', '2026-11-25')]);
    const two = withRemovedBlock(list, removed('b', '2026-11-24'), '2026-11-22');
    expect(two.map((b) => b.id)).toEqual(['b', 'a']);
    expect(withoutRemovedBlock(two, 'b', '2026-11-22')).toEqual([removed('a', '2026-11-25')]);
  });
});

describe('withheldFor', () => {
  const plan = { id: 'p1', deadline: '2026-12-01' };
  it.each<[string, RemovedBlock, boolean]>([
    ['its own block on the first day laid', removed('a', '2026-11-18'), true],
    ['the day before the deadline', removed('a', '2026-11-30'), true],
    ['the deadline itself', removed('a', '2026-12-01'), false],
    ['before the first day laid', removed('a', '2026-11-17'), false],
    ["another plan's block", removed('a', '2026-11-20', '18:00', 'p2'), false],
  ])('%s', (_name, entry, kept) => {
    expect(withheldFor(plan, [entry], '2026-11-18')).toEqual(
      kept ? [{ date: entry.date, start: entry.start, minutes: entry.minutes }] : [],
    );
  });
});

// Rule (Ascent, study planner): a block the user removed does not come back on a re-plan. Its
// time on its day is kept clear and that day holds that much less; the hours go elsewhere.
const weekly: WeeklyAvailability = { mon: 0, tue: 1, wed: 0, thu: 1, fri: 0, sat: 2, sun: 0 };
const planOf = (hours: number): StudyPlan => ({
  id: 'p1',
  title: 'PMP',
  target: { kind: 'exam', heldId: 'h1' },
  hoursNeeded: hours,
  start: '2026-11-16', // a Monday
  deadline: '2026-12-01',
  availabilityOverride: {},
  blackouts: [],
  sessionMinutes: 60,
  bufferDays: 0,
  dayStart: '18:00',
  status: 'active',
});
/** The plan's blocks as first laid (6 h: Tue 24 Nov stays free; 8 h: every hour is used). */
function laidFor(plan: StudyPlan): StudyBlock[] {
  return planStudy({
    minutesNeeded: plan.hoursNeeded * 60,
    from: plan.start,
    deadline: plan.deadline,
    bufferDays: 0,
    availability: weekly,
    blackouts: [],
    sessionMinutes: 60,
    dayStart: '18:00',
  }).blocks.map((b, i) => ({ ...b, id: `b${i}`, planId: 'p1', edited: false }));
}
const at = <B extends { date: string; start: string }>(
  blocks: readonly B[],
  date: string,
  start: string,
) => blocks.find((b) => b.date === date && b.start === start);
const sum = (xs: readonly { minutes: number }[]) => xs.reduce((s, x) => s + x.minutes, 0);

describe('re-planning after a block was removed', () => {
  const plan = planOf(6);
  const blocks = laidFor(plan);
  const gone = at(blocks, '2026-11-26', '18:00')!;
  const left = blocks.filter((b) => b.id !== gone.id);
  const input = {
    plan,
    availability: weekly,
    blocks: left,
    studiedMinutes: 0,
    studiedTodayMinutes: 0,
    asOf: '2026-11-18',
  };

  it('without the memory, the removed sitting would come straight back (why it is kept)', () => {
    const r = replanRemaining(input);
    expect(
      at([...r.kept, ...r.added, ...r.reused.map((x) => x.block)], gone.date, gone.start),
    ).toBeDefined();
  });

  it('keeps its day free and lays its hour on time still free', () => {
    const r = replanRemaining({ ...input, removed: [{ ...gone }] });
    const laid = r.result.blocks;
    expect(r.result.fits).toBe(true);
    expect(sum(laid)).toBe(6 * 60);
    expect(laid.filter((b) => b.date === '2026-11-26')).toEqual([]);
    expect(at(laid, '2026-11-24', '18:00')).toBeDefined();
  });

  it("ignores another plan's removed blocks", () => {
    const r = replanRemaining({ ...input, removed: [{ ...gone, planId: 'p2' }] });
    expect(at(r.result.blocks, gone.date, gone.start)).toBeDefined();
  });

  it('counts once the time of a block the user then moved into the removed place', () => {
    const plan8 = planOf(8);
    const all = laidFor(plan8);
    const out = at(all, '2026-11-21', '18:00')!;
    const moved = { ...at(all, '2026-11-17', '18:00')!, date: out.date, edited: true };
    const r = replanRemaining({
      ...input,
      plan: plan8,
      asOf: '2026-11-16',
      blocks: all.filter((b) => b.id !== out.id).map((b) => (b.id === moved.id ? moved : b)),
      removed: [{ ...out }],
    });
    expect(r.result.fits).toBe(true);
    const saturday = r.result.blocks.filter((b) => b.date === out.date);
    expect(saturday).toEqual([{ date: out.date, start: '19:15', minutes: 60 }]);
  });

  it('says a re-plan would not help when no other time is left, instead of offering one', () => {
    const plan8 = planOf(8);
    const all = laidFor(plan8);
    const out = at(all, '2026-11-28', '19:15')!;
    const standing = {
      plan: plan8,
      availability: weekly,
      blocks: all.filter((b) => b.id !== out.id),
      sessions: [],
      asOf: '2026-11-16',
    };
    expect(planStanding(standing).code).toBe('REPLAN_PLACES_ALL');
    const known = planStanding({ ...standing, removed: [{ ...out }] });
    expect(known.code).toBe('DOES_NOT_FIT');
    expect(known.offerReplan).toBe(false);
    expect(known.shortfallMinutes).toBe(60);
  });
});
