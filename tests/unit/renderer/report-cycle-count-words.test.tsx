/**
 * The credit log of a report on a PMP cycle said "10 hours logged; PMP counts 0 of them after its
 * caps — see Credentials." for a course logged without its Talent Triangle split: no cap held
 * those hours back. The caps are named only when they held back the whole difference.
 */
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Activity } from '../../../shared/domain/credits';
import {
  creditLogSection,
  credentialRows,
  withCycleCount,
  type ReportPeriod,
} from '../../../shared/domain/report';
import { CreditLogPart } from '../../../renderer/src/features/reports/RecordSections';
import { earned } from '../domain/eligibility/fixtures';
import { activity } from '../domain/readiness/fixtures';

afterEach(cleanup);

const AS_OF = '2026-12-06';
const PMP = earned('pmp', '2024-03-10');
const cycle: ReportPeriod = {
  kind: 'cycle',
  from: '2024-03-10',
  to: '2027-03-09',
  heldId: PMP.credential.id,
};
const volunteering = activity('vol', '2026-05-02', {}, { type: 'volunteer', amount: 30 });
const education = activity('edu', '2026-04-15', {
  waysOfWorking: 14.5,
  powerSkills: 12,
  businessAcumen: 12,
});
/** A course of 10 hours logged without its Talent Triangle split: PMP counts none of it. */
const { split: _split, ...unsplit } = activity('unsplit', '2026-06-01', {}, { amount: 10 });
const noSplit: Activity = unsplit;

function renderLog(log: Activity[]) {
  const model = withCycleCount({
    period: cycle,
    credentials: credentialRows([PMP], log, AS_OF),
    creditLog: creditLogSection(log, cycle, new Map()),
  });
  render(<CreditLogPart log={model.creditLog} />);
  return (screen.getByTestId('credit-log-cycle-count').textContent ?? '').replace(/\s+/g, ' ');
}

describe("the credit log's words on what the cycle's credential counts", () => {
  it('names the caps when they held back the whole difference', () => {
    expect(renderLog([volunteering, education])).toBe(
      '68.5 hours logged; PMP counts 63.5 of them after its caps — see Credentials.',
    );
  });

  it('does not blame the caps for a course without its area split', () => {
    expect(renderLog([noSplit])).toBe(
      '10 hours logged; PMP counts 0 of them — see Credentials for why.',
    );
  });

  it('does not blame the caps when they held back only part of the difference', () => {
    expect(renderLog([volunteering, education, noSplit])).toBe(
      '78.5 hours logged; PMP counts 63.5 of them — see Credentials for why.',
    );
  });
});
