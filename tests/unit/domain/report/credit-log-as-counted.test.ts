// The report's "this cycle" credit log against the cycle's count in its Credentials section.
// Proven first, both apart:
// - the log took the activities from the cycle's first day to its last, while the credential
//   counts its counting window: after a renewal late in the suspension year, what was logged
//   in that year before the renewal counts towards the suspended cycle (domain-facts §1), not
//   this one, yet the log summed it into this cycle's "Total earned";
// - the log summed activities the rules engine rejects (an invalid record, e.g. dated after
//   the report date yet marked earned, from an import), which every credential counts as
//   nothing.
import { describe, expect, it } from 'vitest';
import { findCredentialRule } from '../../../../shared/catalog/credentials';
import type { Activity } from '../../../../shared/domain/credits';
import type { ReadinessInput } from '../../../../shared/domain/readiness';
import {
  buildReport,
  cycleWindows,
  resolvePeriod,
  withCycleCount,
  type ReportInput,
  type ReportPeriod,
} from '../../../../shared/domain/report';
import { activity } from '../readiness/fixtures';

const asOf = '2024-06-01';
// PMP passed 1 Mar 2020; cycle 1 ended 28 Feb 2023 and was renewed late, on 1 Oct 2023, in
// its suspension year. Cycle 2 runs 1 Mar 2023 to 28 Feb 2026 and counts from 2 Oct 2023.
const pmp = {
  credential: {
    id: 'held-pmp',
    credentialId: 'pmp',
    stage: 'earned' as const,
    earnedDate: '2020-03-01',
    renewals: [{ date: '2023-10-01' }],
  },
  rule: findCredentialRule('pmp')!,
};
const log: Activity[] = [
  activity('suspension-year course', '2023-05-01', { powerSkills: 4 }), // cycle 1's
  activity('renewal-day course', '2023-10-01', { powerSkills: 2 }), // cycle 1's
  activity('risk course', '2024-01-10', { waysOfWorking: 6 }),
  activity('agile course', '2024-05-20', { businessAcumen: 3 }),
  // Imported as earned but dated after the report date: not a valid record.
  activity('imported summit', '2024-08-01', { powerSkills: 5 }),
];

function report(): ReturnType<typeof buildReport> {
  const held = [pmp];
  const resolved = resolvePeriod({ kind: 'cycle' }, asOf, cycleWindows(held, asOf));
  if (!resolved.ok) throw new Error('no cycle');
  const input = {
    asOf,
    period: resolved.period,
    sections: new Set(['credentials', 'credit-log'] as const),
    profile: { name: 'Sam', currentRung: 'x', targetRung: 'y' },
    plan: { id: 'plan', rungs: [] },
    goals: [],
    readiness: { asOf, held, activities: log } as unknown as ReadinessInput,
    evidenceCounts: new Map(),
    study: { plans: [], blocks: [], sessions: [] },
    journal: { courses: [], events: [], media: [], interactions: [], contacts: [] },
  } as unknown as ReportInput;
  return withCycleCount(buildReport(input));
}

describe('the report’s cycle credit log counts what the credential counts', () => {
  it('the period is the cycle’s days; the log keeps to its counting window', () => {
    const model = report();
    expect(model.period).toMatchObject<Partial<ReportPeriod>>({
      from: '2023-03-01',
      to: '2026-02-28',
      counting: { from: '2023-10-02', to: '2026-02-28' },
    });
    expect(model.creditLog!.rows.map((r) => r.activityId)).toEqual([
      'risk course',
      'agile course',
      'imported summit',
    ]);
  });

  it('Total earned is the cycle’s count: no suspension-year hours, no invalid record', () => {
    const model = report();
    const row = model.credentials!.find((c) => c.heldId === 'held-pmp')!;
    expect(row.cycle).toMatchObject({ counted: 9 });
    const t = model.creditLog!.totals;
    expect(t).toMatchObject({ earnedHours: 9, plannedHours: 0, invalidActivities: 1 });
    expect(t.byArea).toEqual({ waysOfWorking: 6, powerSkills: 0, businessAcumen: 3 });
    expect(model.creditLog!.rows.find((r) => r.activityId === 'imported summit')).toMatchObject({
      invalid: true,
      hours: 5,
    });
    // Nothing to explain: the log and the credential agree.
    expect(model.creditLog!.cycleCount).toBeUndefined();
  });
});
