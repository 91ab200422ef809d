// The report's period and its credit log with exact totals; asOf 22 Nov 2026.
import { describe, expect, it } from 'vitest';
import type { Activity } from '../../../../shared/domain/credits';
import {
  creditLogSection,
  LONG_LOG_ROWS,
  longLogRows,
  resolvePeriod,
} from '../../../../shared/domain/report';

const cycles = [
  { heldId: 'pmp', start: '2025-01-15', end: '2028-01-14' },
  { heldId: 'rmp', start: '2024-06-01', end: '2027-05-31' },
  { heldId: 'old', start: '2020-01-01', end: '2022-12-31' },
];

describe('resolvePeriod', () => {
  it.each([
    [
      'last 12 months',
      { kind: 'last-12-months' } as const,
      '2026-11-22',
      '2025-11-23',
      '2026-11-22',
    ],
    [
      'last 12 months from 29 Feb',
      { kind: 'last-12-months' } as const,
      '2028-02-29',
      '2027-03-01',
      '2028-02-29',
    ],
    [
      'the cycle that ends first',
      { kind: 'cycle' } as const,
      '2026-11-22',
      '2024-06-01',
      '2027-05-31',
    ],
    [
      'the chosen credential’s cycle',
      { kind: 'cycle', heldId: 'pmp' } as const,
      '2026-11-22',
      '2025-01-15',
      '2028-01-14',
    ],
    [
      'a custom range of one day',
      { kind: 'custom', from: '2026-03-01', to: '2026-03-01' } as const,
      '2026-11-22',
      '2026-03-01',
      '2026-03-01',
    ],
  ])('%s', (_name, choice, asOf, from, to) => {
    expect(resolvePeriod(choice, asOf, cycles)).toMatchObject({ ok: true, period: { from, to } });
  });

  it.each([
    ['no cycle in force', { kind: 'cycle' } as const, '2030-01-01', 'NO_CURRENT_CYCLE'],
    [
      'a cycle not in force',
      { kind: 'cycle', heldId: 'old' } as const,
      '2026-11-22',
      'NO_CURRENT_CYCLE',
    ],
    [
      'an empty date',
      { kind: 'custom', from: '', to: '2026-01-01' } as const,
      '2026-11-22',
      'INVALID_DATE',
    ],
    [
      '31 February',
      { kind: 'custom', from: '2026-02-31', to: '2026-03-01' } as const,
      '2026-11-22',
      'INVALID_DATE',
    ],
    [
      'from after to',
      { kind: 'custom', from: '2026-06-01', to: '2026-01-01' } as const,
      '2026-11-22',
      'FROM_AFTER_TO',
    ],
  ])('refuses %s', (_name, choice, asOf, problem) => {
    expect(resolvePeriod(choice, asOf, cycles)).toEqual({ ok: false, problem });
  });
});

const act = (
  id: string,
  date: string,
  amount: number,
  extra: Partial<Activity> = {},
): Activity => ({
  id,
  date,
  title: `Activity ${id}`,
  type: 'course-or-training',
  amount,
  unit: 'hours',
  status: 'earned',
  ...extra,
});

describe('creditLogSection', () => {
  const period = { from: '2026-01-01', to: '2026-12-31' };
  const activities = [
    act('b', '2026-03-01', 1.25, {
      split: { waysOfWorking: 1, powerSkills: 0.25, businessAcumen: 0 },
    }),
    act('a', '2026-03-01', 0.75),
    act('edge-start', '2026-01-01', 2),
    act('edge-end', '2026-12-31', 1, { status: 'planned' }),
    act('before', '2025-12-31', 5),
    act('after', '2027-01-01', 5),
    act('ceu', '2026-05-01', 1, { unit: 'ceu', relevantPercent: 50 }),
  ];

  it('lists the activities inside the period, both ends included, oldest first', () => {
    const s = creditLogSection(activities, period, new Map([['b', 2]]));
    expect(s.rows.map((r) => r.activityId)).toEqual(['edge-start', 'a', 'b', 'ceu', 'edge-end']);
    expect(s.rows.find((r) => r.activityId === 'b')?.evidenceFiles).toBe(2);
  });

  it('totals exactly: planned apart, CEU as 10 h, relevant share applied, areas from splits', () => {
    const { totals } = creditLogSection(
      activities,
      period,
      new Map([
        ['b', 2],
        ['before', 4],
      ]),
    );
    expect(totals).toEqual({
      activities: 5,
      plannedActivities: 1,
      earnedHours: 2 + 0.75 + 1.25 + 5,
      plannedHours: 1,
      byArea: { waysOfWorking: 1, powerSkills: 0.25, businessAcumen: 0 },
      givingBack: 0,
      noArea: 0.75 + 2 + 5,
      evidenceFiles: 2,
      invalidActivities: 0,
    });
  });

  // The report's breakdown must account for every earned hour (the reviewer's finding: the
  // areas alone left Giving Back out, so they did not add up to Earned).
  it.each([
    {
      name: 'Giving Back apart from the areas',
      logged: [
        act('c', '2026-02-01', 3, {
          split: { waysOfWorking: 1, powerSkills: 1, businessAcumen: 1 },
        }),
        act('v', '2026-02-02', 9, { type: 'volunteer' }),
        act('p', '2026-02-03', 4, { type: 'give-presentation', status: 'planned' }),
      ],
      parts: { earned: 12, areas: 3, givingBack: 9, noArea: 0 },
    },
    {
      name: 'education without a split, at its relevant share',
      logged: [
        act('r', '2026-02-01', 6, { type: 'read', relevantPercent: 50 }),
        act('w', '2026-02-02', 2.5, { type: 'work-as-practitioner', status: 'reported' }),
      ],
      parts: { earned: 5.5, areas: 0, givingBack: 2.5, noArea: 3 },
    },
  ])('the parts add up to Earned: $name', ({ logged, parts }) => {
    const { totals: t } = creditLogSection(logged, period, new Map());
    const areas = t.byArea.waysOfWorking + t.byArea.powerSkills + t.byArea.businessAcumen;
    expect({ earned: t.earnedHours, areas, givingBack: t.givingBack, noArea: t.noArea }).toEqual(
      parts,
    );
    expect(areas + t.givingBack + t.noArea).toBe(t.earnedHours);
  });

  it('is empty, with zero totals, when nothing falls in the period', () => {
    expect(
      creditLogSection(activities, { from: '2030-01-01', to: '2030-12-31' }, new Map()),
    ).toEqual({
      rows: [],
      totals: {
        activities: 0,
        plannedActivities: 0,
        earnedHours: 0,
        plannedHours: 0,
        byArea: { waysOfWorking: 0, powerSkills: 0, businessAcumen: 0 },
        givingBack: 0,
        noArea: 0,
        evidenceFiles: 0,
        invalidActivities: 0,
      },
    });
  });
});

describe('longLogRows (issue 9: a whole career prints hundreds of pages)', () => {
  const log = (n: number) =>
    creditLogSection(
      Array.from({ length: n }, (_, i) => act(`a${i}`, '2026-03-01', 1)),
      { from: '2026-01-01', to: '2026-12-31' },
      new Map(),
    );
  it.each([
    { rows: 0, long: null },
    { rows: LONG_LOG_ROWS - 1, long: null },
    { rows: LONG_LOG_ROWS, long: LONG_LOG_ROWS },
    { rows: LONG_LOG_ROWS + 500, long: LONG_LOG_ROWS + 500 },
  ])('$rows rows → $long', ({ rows, long }) => {
    expect(longLogRows(log(rows))).toBe(long);
  });
  it('a report without the credit log prints quickly', () => {
    expect(longLogRows(null)).toBeNull();
  });
});
