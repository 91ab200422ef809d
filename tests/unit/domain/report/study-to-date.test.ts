// Study planned against studied compares like with like (issue 8 part 1): a credential
// cycle runs years past the report date, and blocks planned after it cannot have been studied
// yet, so they are summed apart as still to come. Report date 22 Nov 2026.
import { describe, expect, it } from 'vitest';
import { studySection, type StudyTime } from '../../../../shared/domain/report';

const asOf = '2026-11-22';
const plans = [
  { id: 'p', title: 'PMP renewal', status: 'active' as const, hoursNeeded: 60 },
  { id: 'q', title: 'Agile course', status: 'active' as const, hoursNeeded: 10 },
];
const t = (planId: string | null, date: string, minutes: number): StudyTime => ({
  planId,
  date,
  minutes,
});
const blocks = [
  t('p', '2025-09-21', 1000), // before the cycle began
  t('p', '2025-09-22', 60), // the cycle's first day
  t('p', '2026-11-22', 30), // the report date: can still be studied that day, still to come
  t('p', '2026-11-23', 45), // the day after: still to come
  t('q', '2027-03-01', 120),
  t('p', '2028-09-21', 15), // the cycle's last day
  t('p', '2028-09-22', 999), // after the cycle
];
const sessions = [
  t('p', '2025-09-22', 50),
  t('p', '2026-11-22', 40),
  t(null, '2026-05-05', 20),
  t('p', '2026-11-23', 500), // dated after the report date: not studied yet
];

const cycle = { from: '2025-09-22', to: '2028-09-21' };
const lastYear = { from: '2025-11-23', to: '2026-11-22' };

describe('studySection: planned to date against studied to date', () => {
  it.each([
    {
      name: 'a cycle running past the report date',
      period: cycle,
      planned: 60,
      actual: 110,
      sessions: 3,
      later: 210,
      laterDays: { from: '2026-11-22', to: '2028-09-21' },
    },
    {
      name: 'the last 12 months, ending on the report date',
      period: lastYear,
      planned: 0,
      actual: 60,
      sessions: 2,
      later: 30,
      laterDays: { from: asOf, to: asOf },
    },
    {
      name: 'own dates wholly after the report date',
      period: { from: '2027-01-01', to: '2028-12-31' },
      planned: 0,
      actual: 0,
      sessions: 0,
      later: 1134, // 120 + 15 + 999: the cycle’s end does not bound own dates
      // To the last block, not the period's end: nothing is planned after 22 Sept 2028.
      laterDays: { from: '2027-01-01', to: '2028-09-22' },
    },
    {
      name: 'own dates wholly before the report date',
      period: { from: '2025-09-01', to: '2025-12-31' },
      planned: 1060,
      actual: 50,
      sessions: 1,
      later: 0,
      laterDays: null,
    },
    {
      name: 'own dates ending on the report date, with only its own block still to come',
      period: { from: '2026-11-01', to: '2026-11-22' },
      planned: 0,
      actual: 40,
      sessions: 1,
      later: 30,
      laterDays: { from: asOf, to: asOf },
    },
  ])('$name', ({ period, planned, actual, sessions: count, later, laterDays }) => {
    const s = studySection(plans, blocks, sessions, period, asOf);
    expect(s.totals).toEqual({
      plannedMinutes: planned,
      actualMinutes: actual,
      sessions: count,
      laterMinutes: later,
    });
    expect(s.later).toEqual(laterDays);
  });

  it('keeps each plan’s time still to come on its own line', () => {
    const s = studySection(plans, blocks, sessions, cycle, asOf);
    expect(
      s.lines.map((l) => [l.title, l.plannedMinutes, l.actualMinutes, l.laterMinutes]),
    ).toEqual([
      ['Agile course', 0, 0, 120],
      ['PMP renewal', 60, 90, 90],
      ['', 0, 20, 0],
    ]);
  });
});
