// The report's study "planned so far" is the Study screen's (study/progress.ts,
// scheduleStatus): blocks before the report date against everything studied up to and
// including it. A plan with 1 h yesterday (studied) and 2 h tonight read "planned 3 h, done
// 1 h" in the report while the Study screen said it was on track: tonight's block can still be
// studied, so it is planned still to come, with what lies after the report date.
import { describe, expect, it } from 'vitest';
import { studySection, type StudyTime } from '../../../../shared/domain/report';
import { scheduleStatus } from '../../../../shared/domain/study';

const asOf = '2026-11-22';
const plans = [{ id: 'p', title: 'PMP renewal', status: 'active' as const, hoursNeeded: 60 }];
const t = (date: string, minutes: number, planId: string | null = 'p'): StudyTime => ({
  planId,
  date,
  minutes,
});
const lastYear = { from: '2025-11-23', to: asOf };
const cycle = { from: '2025-09-22', to: '2028-09-21' };

describe('studySection: planned so far as the Study screen counts it', () => {
  it.each([
    {
      name: 'yesterday studied, tonight still to do',
      blocks: [t('2026-11-21', 60), t(asOf, 120)],
      sessions: [t('2026-11-21', 60)],
      period: lastYear,
      later: { minutes: 120, days: { from: asOf, to: asOf } },
    },
    {
      name: 'tonight studied early',
      blocks: [t('2026-11-21', 60), t(asOf, 120)],
      sessions: [t('2026-11-21', 60), t(asOf, 120)],
      period: lastYear,
      later: { minutes: 120, days: { from: asOf, to: asOf } },
    },
    {
      name: 'a cycle: tonight and next week still to come',
      blocks: [t('2026-11-20', 90), t(asOf, 30), t('2026-11-29', 45)],
      sessions: [t('2026-11-20', 30)],
      period: cycle,
      later: { minutes: 75, days: { from: asOf, to: '2026-11-29' } },
    },
    {
      name: 'nothing tonight: still to come from tomorrow',
      blocks: [t('2026-11-20', 90), t('2026-11-29', 45)],
      sessions: [],
      period: cycle,
      later: { minutes: 45, days: { from: '2026-11-23', to: '2026-11-29' } },
    },
  ])('$name', ({ blocks, sessions, period, later }) => {
    const s = studySection(plans, blocks, sessions, period, asOf);
    const screen = scheduleStatus(blocks, sessions, asOf);
    expect(s.totals.plannedMinutes).toBe(screen.plannedToDate);
    expect(s.totals.actualMinutes).toBe(screen.actualToDate);
    expect(s.totals.laterMinutes).toBe(later.minutes);
    expect(s.later).toEqual(later.days);
  });

  it('says the reviewer’s plan as the screen does: planned 1 h, done 1 h, 2 h tonight', () => {
    const blocks = [t('2026-11-21', 60), t(asOf, 120)];
    const sessions = [t('2026-11-21', 60)];
    const s = studySection(plans, blocks, sessions, lastYear, asOf);
    expect(s.lines.map((l) => [l.plannedMinutes, l.actualMinutes, l.laterMinutes])).toEqual([
      [60, 60, 120],
    ]);
    expect(scheduleStatus(blocks, sessions, asOf).behind).toBe(false);
  });
});
