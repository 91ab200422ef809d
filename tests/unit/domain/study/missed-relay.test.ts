import { describe, expect, it } from 'vitest';
import {
  missedBlocks,
  type MissedBlock,
  type MissedPlan,
  type MissedSession,
  type WallClock,
} from '../../../../shared/domain/study/missed';
import { studiedBeforeRelay } from '../../../../shared/domain/study/figures';
import { scheduleStatus } from '../../../../shared/domain/study/progress';

// Rule (Ascent, review A6, as the plan card's "behind" check applies it: scheduleStatus with
// studiedBeforeRelay): a re-plan made on a day already studied lays that day's blocks around
// the study logged by then, so that study is set against none of them; only study logged after
// the re-plan (or with no time recorded) counts for the blocks it laid.
const DAY = '2026-11-19'; // a Thursday
const RELAID_AT = '2026-11-19T11:00:00.000Z'; // the re-plan, that morning
const EVENING: WallClock = { date: DAY, time: '19:30' };
const NEXT_MORNING: WallClock = { date: '2026-11-20', time: '09:00' };

const block = (id: string, start: string, planId = 'p1', date = DAY) =>
  ({ id, planId, date, start, minutes: 60 }) satisfies MissedBlock;
const logged = (createdAt: string | undefined, planId = 'p1', date = DAY): MissedSession => ({
  planId,
  date,
  minutes: 60,
  ...(createdAt ? { createdAt } : {}),
});
const replanned = (replannedOn: string | null, id = 'p1'): MissedPlan => ({
  id,
  replannedOn,
  updatedAt: RELAID_AT,
});
const BEFORE = '2026-11-19T10:00:00.000Z';
const AFTER = '2026-11-19T20:00:00.000Z';

describe('missedBlocks after a re-plan on a day already studied', () => {
  it.each<[string, MissedBlock[], MissedSession[], MissedPlan[], string[], WallClock?]>([
    [
      'study logged before the re-plan is not the re-laid block’s: it is missed',
      [block('a', '18:00')],
      [logged(BEFORE)],
      [replanned(DAY)],
      ['a'],
    ],
    [
      'study logged after the re-plan covers it',
      [block('a', '18:00')],
      [logged(AFTER)],
      [replanned(DAY)],
      [],
    ],
    [
      'before and after: only the study after counts, in order of start',
      [block('b', '19:15'), block('a', '18:00')],
      [logged(BEFORE), logged(AFTER)],
      [replanned(DAY)],
      ['b'],
      NEXT_MORNING,
    ],
    [
      'logged in the very moment of the re-plan: before it (as the card counts it)',
      [block('a', '18:00')],
      [logged(RELAID_AT)],
      [replanned(DAY)],
      ['a'],
    ],
    [
      'a session with no time logged counts as after',
      [block('a', '18:00')],
      [logged(undefined)],
      [replanned(DAY)],
      [],
    ],
    [
      'the last re-plan laid from another day: this day’s study counts',
      [block('a', '18:00', 'p1', '2026-11-18')],
      [logged('2026-11-18T10:00:00.000Z', 'p1', '2026-11-18')],
      [replanned(DAY)],
      [],
    ],
    [
      'today’s study covered today, so the re-plan laid from tomorrow: it covers today',
      [block('a', '18:00')],
      [logged(BEFORE)],
      [replanned('2026-11-20')],
      [],
    ],
    [
      'another plan’s re-plan takes nothing from this plan’s study',
      [block('a', '18:00')],
      [logged(BEFORE)],
      [replanned(DAY, 'p2')],
      [],
    ],
    [
      'a plan never re-planned: every minute counts',
      [block('a', '18:00')],
      [logged(BEFORE)],
      [replanned(null)],
      [],
    ],
    ['no plans given: every minute counts', [block('a', '18:00')], [logged(BEFORE)], [], []],
  ])('%s', (_name, blocks, sessions, plans, expected, now = EVENING) => {
    expect([...missedBlocks(blocks, sessions, now, plans)].sort()).toEqual(expected);
  });

  it('agrees with the plan card: the day after, the block is missed and the plan is behind', () => {
    const plan = { ...replanned(DAY), updatedAt: RELAID_AT };
    const blocks = [block('a', '18:00')];
    const sessions = [{ ...logged(BEFORE), createdAt: BEFORE }];
    // The card (planStanding): judged from the re-plan's day, less the study it laid around.
    const laidAround = studiedBeforeRelay(plan, plan.updatedAt, sessions, DAY);
    const card = scheduleStatus(blocks, sessions, NEXT_MORNING.date, DAY, laidAround);
    expect(card.behind).toBe(true);
    expect([...missedBlocks(blocks, sessions, NEXT_MORNING, [plan])]).toEqual(['a']);
  });
});
