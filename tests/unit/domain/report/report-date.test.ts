// A report's period can run past the report date (a credential cycle runs years ahead). What
// is dated after the report date has not happened: a review found next month's conference
// counted as done "in this period", planned study said to run to the cycle's end, and a
// PeopleCert line "Behind … Counted 622 CPDs (60 required), 40 still needed" that said neither
// which year was missed nor what the 40 were. Report date 6 Dec 2026.
import { describe, expect, it } from 'vitest';
import type { Activity } from '../../../../shared/domain/credits';
import {
  creditLogSection,
  credentialRows,
  journalEntries,
  journalSection,
  runsPastReportDate,
  studySection,
  type JournalRecords,
  type StudyTime,
} from '../../../../shared/domain/report';
import { earned } from '../eligibility/fixtures';
import { activity } from '../readiness/fixtures';

const asOf = '2026-12-06';
// PMP earned 6 Oct 2025: its cycle runs to 5 Oct 2028.
const cycle = { from: '2025-10-06', to: '2028-10-05' };
const lastYear = { from: '2025-12-07', to: asOf };

const journal = (more: Partial<JournalRecords> = {}): JournalRecords => ({
  courses: [
    {
      id: 'c-done',
      title: 'PMO set-up and operations',
      start: '2026-09-06',
      end: '2026-09-10',
      notes: '',
      reflection: { learned: 'Size the PMO to the portfolio.', apply: '' },
    },
    {
      id: 'c-later',
      title: 'Agile PMO',
      start: '2027-01-11',
      end: '2027-01-15',
      notes: 'Booked.',
    },
  ],
  events: [
    { id: 'e-past', name: 'Regional PMO conference', start: '2026-11-20', notes: 'Good ideas.' },
    { id: 'e-today', name: 'Chapter night', start: asOf, notes: '' },
    {
      id: 'e-later',
      name: 'PMO Forum',
      start: '2026-12-27',
      notes: 'Sessions on value cases.',
      reflection: { learned: 'Written too early.', apply: '' },
    },
  ],
  media: [{ id: 'm', title: 'The Lean PMO', date: '2026-11-16', notes: '' }],
  interactions: [
    { id: 'i-past', contactId: 'me', date: '2026-11-27', kind: 'mentoring-received', notes: '' },
    { id: 'i-later', contactId: 'me', date: '2026-12-09', kind: 'call', notes: '' },
  ],
  contacts: [{ id: 'me', name: 'Morgan Ellis' }],
  ...more,
});

describe('journalSection: only what happened up to the report date is counted', () => {
  it('a cycle running past the report date: later entries apart, oldest first', () => {
    const j = journalSection(journalEntries(journal()), cycle, asOf);
    // The report date itself is counted: the chapter night is tonight.
    expect(j.counts).toEqual({ course: 1, event: 2, media: 1, interaction: 1 });
    expect(j.reflections).toBe(1);
    expect(j.highlights.map((e) => e.id)).toEqual(['c-done', 'e-past']);
    expect(j.upcoming.map((e) => [e.id, e.date])).toEqual([
      ['i-later', '2026-12-09'],
      ['e-later', '2026-12-27'],
      ['c-later', '2027-01-15'],
    ]);
  });

  it('the last 12 months end on the report date: nothing after it at all', () => {
    const j = journalSection(journalEntries(journal()), lastYear, asOf);
    expect(j.counts).toEqual({ course: 1, event: 2, media: 1, interaction: 1 });
    expect(j.upcoming).toEqual([]);
  });

  it('own dates wholly after the report date: every entry is upcoming, none counted', () => {
    const j = journalSection(
      journalEntries(journal()),
      { from: '2026-12-07', to: '2027-12-31' },
      asOf,
    );
    expect(j.counts).toEqual({ course: 0, event: 0, media: 0, interaction: 0 });
    expect(j.reflections).toBe(0);
    expect(j.highlights).toEqual([]);
    expect(j.upcoming.map((e) => e.id)).toEqual(['i-later', 'e-later', 'c-later']);
  });
});

describe('studySection: planned study ends on its last block, not on the period’s end', () => {
  const plans = [
    { id: 'p', title: 'PMI-PMOCP exam preparation', status: 'active' as const, hoursNeeded: 80 },
  ];
  const t = (date: string, minutes: number): StudyTime => ({ planId: 'p', date, minutes });
  const blocks = [
    t('2026-10-25', 60),
    t('2026-12-06', 60),
    t('2026-12-08', 60),
    t('2027-04-02', 45),
  ];

  it.each([
    // The report date's own block can still be studied that day: it is still to come.
    ['a cycle to 5 Oct 2028', cycle, { from: '2026-12-06', to: '2027-04-02' }],
    [
      'own dates ending before the plan does',
      { from: '2026-10-01', to: '2027-01-31' },
      { from: '2026-12-06', to: '2026-12-08' },
    ],
    ['the last 12 months', lastYear, { from: asOf, to: asOf }],
  ])('%s', (_name, period, later) => {
    expect(studySection(plans, blocks, [], period, asOf).later).toEqual(later);
  });
});

describe('credit log and credentials: nothing after the report date counts as done', () => {
  const log: Activity[] = [
    activity('done', '2026-11-02', { powerSkills: 4 }),
    activity('booked', '2026-12-27', { powerSkills: 2.5 }, { status: 'planned' }),
  ];

  it('the credit log lists a planned activity, counts it as planned and never as earned', () => {
    const { totals } = creditLogSection(log, cycle, new Map());
    expect(totals).toMatchObject({
      activities: 2,
      plannedActivities: 1,
      earnedHours: 4,
      plannedHours: 2.5,
    });
  });

  it('a credential’s cycle counts only what was earned (planned activities are not counted)', () => {
    const [row] = credentialRows([earned('pmp', '2025-10-06')], log, asOf);
    expect(row?.cycle).toMatchObject({ counted: 4, required: 60, remaining: 56 });
  });
});

describe('credentialRows: what a cycle’s “still needed” is made of', () => {
  // PRINCE2 Practitioner passed 20 Jan 2025 (PeopleCert: 20 CPD points in each of the three
  // years, 5 of them from professional experience, domain-facts §3).
  const prince2 = earned('prince2-practitioner', '2025-01-20');
  const cpd = (id: string, date: string, n: number, extra: Partial<Activity> = {}) =>
    activity(id, date, { powerSkills: n }, extra);

  it('a missed year: which year, and each gap still open, while the total is long met', () => {
    const log = [
      cpd('y1', '2025-03-01', 8),
      cpd('y2', '2026-05-01', 600),
      cpd('y2-exp', '2026-06-01', 14, { type: 'work-as-practitioner', split: null }),
    ];
    const cy = credentialRows([prince2], log, asOf)[0]!.cycle!;
    expect(cy).toMatchObject({ behind: true, counted: 622, required: 60 });
    expect(cy.missed).toEqual([
      expect.objectContaining({
        period: { start: '2025-01-20', end: '2026-01-19' },
        category: null,
        minimum: 20,
        counted: 8,
      }),
      expect.objectContaining({
        period: { start: '2025-01-20', end: '2026-01-19' },
        category: 'professional-experience',
        minimum: 5,
      }),
    ]);
    // The third year has not begun: its 20 points are still needed, the second year's are met.
    expect(cy.stillNeeded.map((s) => [s.code, s.needed, s.period?.start])).toEqual([
      ['ANNUAL_MIN', 20, '2027-01-20'],
      ['ANNUAL_CATEGORY_MIN', 5, '2027-01-20'],
    ]);
  });

  it('a running cycle whose “still needed” is the total less what counted says no more', () => {
    const [row] = credentialRows([earned('pmp', '2025-10-06')], [], asOf);
    expect(row?.cycle).toMatchObject({ remaining: 60, missed: [], stillNeeded: [] });
  });

  it('the total met but an area short: the area gap is what is still needed', () => {
    const log = [activity('ways', '2026-03-01', { waysOfWorking: 70 })];
    const [row] = credentialRows([earned('pmp', '2025-10-06')], log, asOf);
    expect(row?.cycle?.remaining).toBeGreaterThan(0);
    expect(row?.cycle?.stillNeeded.map((s) => [s.code, s.area, s.needed])).toEqual([
      ['AREA_MIN', 'powerSkills', 8],
      ['AREA_MIN', 'businessAcumen', 8],
    ]);
  });
});

describe('runsPastReportDate: what the report counts is said to stop at the report date', () => {
  it.each([
    ['a cycle running years ahead', '2028-10-05', true],
    ['a period ending the day after', '2026-11-23', true],
    ['a period ending on the report date', '2026-11-22', false],
    ['the last 12 months, ended before', '2026-10-31', false],
  ])('%s', (_name, periodTo, expected) => {
    expect(runsPastReportDate(periodTo, '2026-11-22')).toBe(expected);
  });
});
