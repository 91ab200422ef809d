// A credential whose cycle expired years before the report: the report says when it expired
// (domain-facts §1: PMI expires after the suspension year; Scrum Alliance the day after the
// cycle's end), so nothing reads as still to be earned. Report day 22 Nov 2026.
import { describe, expect, it } from 'vitest';
import { credentialRows } from '../../../../shared/domain/report';
import { earned } from '../eligibility/fixtures';
import { activity } from '../readiness/fixtures';

const ASOF = '2026-11-22';
const log = [activity('talk', '2017-05-01', { powerSkills: 5 })];

describe('credentialRows: the day an expired credential expired', () => {
  it.each([
    // CSM earned 1 Feb 2016: two-year cycle to 31 Jan 2018, expired from 1 Feb 2018.
    ['CSM, no suspension', earned('csm', '2016-02-01'), '2018-01-31', '2018-02-01'],
    // PMP earned 1 Mar 2015: cycle to 28 Feb 2018, suspended a year, expired from 1 Mar 2019.
    ['PMP, after its suspension year', earned('pmp', '2015-03-01'), '2018-02-28', '2019-03-01'],
  ])('%s', (_, held, end, expiredOn) => {
    const [row] = credentialRows([held], log, ASOF);
    expect(row!.status).toBe('expired');
    expect(row!.cycle).toMatchObject({ status: 'expired', end, expiredOn, counted: 5 });
  });

  it('is null for a cycle that has not expired', () => {
    const [row] = credentialRows([earned('pmp', '2025-01-15')], log, ASOF);
    expect(row!.cycle).toMatchObject({ status: 'at-risk', expiredOn: null });
  });
});

describe('credentialRows: a running cycle behind on a yearly minimum', () => {
  // PRINCE2 Practitioner earned 21 May 2024: its first CPD year (to 20 May 2025) asked for
  // 20 points and none were logged (domain-facts §3); on 22 Nov 2026 the cycle still runs.
  it('is marked behind, as the card and the dashboard say', () => {
    const [row] = credentialRows([earned('prince2-practitioner', '2024-05-21')], [], ASOF);
    expect(row!.cycle).toMatchObject({ status: 'overdue', behind: true });
  });

  it('is not behind while no year is over', () => {
    const [row] = credentialRows([earned('prince2-practitioner', '2026-05-21')], [], ASOF);
    expect(row!.cycle?.behind).toBe(false);
  });
});
