import { describe, expect, it } from 'vitest';
import { isoWeekday } from '../../../../shared/dates';
import type { WeeklyAvailability } from '../../../../shared/domain/profile/profile';
import {
  effectiveAvailability,
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
      asOf: '2027-01-11',
    });
    expect(r.result.fits).toBe(false);
    expect(r.result.shortfallMinutes).toBe(6000 - 10 * 120);
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
