/**
 * The printed report, as a reviewer found it:
 * - a PMP cycle with 30 h of volunteering and 38.5 h of education read "Counted 63.5 PDUs" under
 *   Credentials and "Earned: 68.5 hours" in the credit log, with nothing saying why: Giving Back
 *   counts at most 25 PDUs a cycle, and 3.5 PDUs would carry over, as the credential's page says;
 * - "Counted 1 SEUs (20 required)", "1 activity. Earned: 1 hours." and bars reading "86 of 60
 *   PDUs" where the credential's page says "86 PDUs counted — 60 required";
 * - a long study plan's name cut off at the chart's edge on paper;
 * - a goal's progress without what it measures ("0 of 1 (0%)");
 * - a credential with its exam booked: "No cycle is running for this credential." instead of
 *   its exam date.
 */
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { findCredentialRule } from '../../../shared/catalog/credentials';
import type { HeldWithRule } from '../../../shared/domain/credentials';
import type { Goal } from '../../../shared/domain/goals';
import { goalProgress } from '../../../shared/domain/goals';
import {
  creditLogSection,
  credentialRows,
  withCycleCount,
  type ReportPeriod,
} from '../../../shared/domain/report';
import { formatDate } from '../../../renderer/src/components/format';
import { countedText } from '../../../renderer/src/features/credentials/counted-words';
import { CredentialsPart, GoalsPart } from '../../../renderer/src/features/reports/CareerSections';
import { PlanActualChart } from '../../../renderer/src/features/reports/ReportCharts';
import { CreditLogPart } from '../../../renderer/src/features/reports/RecordSections';
import { earned, readinessInput } from '../domain/eligibility/fixtures';
import { activity } from '../domain/readiness/fixtures';

afterEach(cleanup);

const AS_OF = '2026-12-06';
const PMP = earned('pmp', '2024-03-10');
const log = [
  activity('vol', '2026-05-02', {}, { type: 'volunteer', amount: 30, title: 'Volunteer' }),
  activity('edu', '2026-04-15', { waysOfWorking: 14.5, powerSkills: 12, businessAcumen: 12 }),
];
const cycle: ReportPeriod = {
  kind: 'cycle',
  from: '2024-03-10',
  to: '2027-03-09',
  heldId: PMP.credential.id,
};
const flat = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('Credentials and the credit log of a PMP cycle with Giving Back above its cap', () => {
  it('Credentials says the cap, what it kept from counting, and what carries over', () => {
    render(<CredentialsPart rows={credentialRows([PMP], log, AS_OF)} />);
    const caps = screen.getByRole('list', { name: 'PMP: caps and carry-over' });
    expect(within(caps).getAllByRole('listitem').map(flat)).toEqual([
      'Giving Back: 25 PDUs counted of at most 25.',
      'Giving Back is capped at 25 PDUs a cycle: 5 PDUs did not count.',
      '3.5 PDUs would carry over to the next cycle.',
    ]);
    expect(screen.getByText(/Counted 63\.5 PDUs \(60 required\)/)).toBeDefined();
    // A cycle where every hour counts and nothing would carry over has no such list.
    cleanup();
    render(<CredentialsPart rows={credentialRows([PMP], log.slice(1), AS_OF)} />);
    expect(screen.getByText(/Counted 38\.5 PDUs \(60 required\)/)).toBeDefined();
    expect(screen.queryByRole('list', { name: 'PMP: caps and carry-over' })).toBeNull();
  });

  it('the credit log keeps its hours and says how many PMP counts', () => {
    const model = withCycleCount({
      period: cycle,
      credentials: credentialRows([PMP], log, AS_OF),
      creditLog: creditLogSection(log, cycle, new Map()),
    });
    render(<CreditLogPart log={model.creditLog} />);
    expect(flat(screen.getByTestId('credit-log-totals'))).toBe(
      '2 activities. Earned: 68.5 hours. Planned: 0 hours. Evidence files: 0.',
    );
    expect(flat(screen.getByTestId('credit-log-cycle-count'))).toBe(
      '68.5 hours logged; PMP counts 63.5 of them after its caps — see Credentials.',
    );
  });
});

describe('units and plurals', () => {
  it('one SEU, one hour, one activity', () => {
    const csm = earned('csm', '2026-11-01');
    const one = [activity('one', '2026-11-10', { waysOfWorking: 1 })];
    render(<CredentialsPart rows={credentialRows([csm], one, AS_OF)} />);
    expect(screen.getByText(/Counted 1 SEU \(20 required\)/)).toBeDefined();
    expect(screen.queryByText(/SEUs \(20 required\)/)).toBeNull();
    cleanup();
    const period = { kind: 'custom' as const, from: '2026-11-01', to: AS_OF, heldId: null };
    render(<CreditLogPart log={creditLogSection(one, period, new Map())} />);
    expect(flat(screen.getByTestId('credit-log-totals'))).toBe(
      '1 activity. Earned: 1 hour. Planned: 0 hours. Evidence files: 0.',
    );
  });

  it('a bar past its mark reads as the credential’s page says it', () => {
    const many = [
      activity('a', '2025-04-15', { waysOfWorking: 40, powerSkills: 23, businessAcumen: 23 }),
    ];
    const { container } = render(<CredentialsPart rows={credentialRows([PMP], many, AS_OF)} />);
    const figures = [...container.querySelectorAll('svg text.chart-value')].map(flat);
    expect(figures).toEqual([
      '86 PDUs counted — 60 required',
      '40 PDUs counted — 8 required',
      '23 PDUs counted — 8 required',
      '23 PDUs counted — 8 required',
    ]);
    expect(countedText(86, 60, 'PDU')).toBe('86 PDUs counted — 60 required');
    expect(countedText(10, 60, 'PDU')).toBe('10 PDUs counted of 60');
    expect(countedText(1, null, 'SEU')).toBe('1 SEU counted');
  });
});

describe('a long study plan name', () => {
  it('is printed whole above its bars, and named whole in the chart’s text equivalent', () => {
    const name = 'PMP renewal with weekly practice tests and mock exams';
    render(
      <PlanActualChart
        summary={`Study planned against done: ${name} planned 2 h, done 1 h.`}
        rows={[{ label: name, planned: 120, actual: 60 }]}
      />,
    );
    const chart = screen.getByRole('img');
    expect(chart.getAttribute('aria-label')).toContain(name);
    // HTML text, which wraps, not an SVG text, which is cut at the chart's edge.
    const label = within(chart).getByText(name);
    expect(label.tagName).toBe('P');
    expect(label.closest('svg')).toBeNull();
  });
});

describe('a goal in the report', () => {
  it('says what it measures and its unit, as its card does', () => {
    const goal: Goal = {
      id: 'g',
      title: 'Earn the PMI-PMOCP',
      kind: 'credential',
      target: {
        type: 'number',
        value: 1,
        unit: 'count',
        measure: { source: 'credentials', anyOf: ['pmi-pmocp'] },
      },
      startDate: '2026-01-01',
      targetDate: null,
      milestones: [],
      status: 'active',
    };
    const months: Goal = {
      ...goal,
      id: 'm',
      title: 'Lead projects',
      kind: 'experience',
      target: {
        type: 'number',
        value: 1,
        unit: 'months',
        measure: { source: 'experience', roleTypes: 'any-role' },
      },
    };
    const line = (g: Goal) => ({
      goal: g,
      progress: goalProgress(g, readinessInput(), null),
      milestonesDoneInPeriod: 0,
    });
    render(<GoalsPart lines={[line(goal), line(months)]} />);
    expect(screen.getByText('Credentials held: PMI-PMOCP')).toBeDefined();
    expect(screen.getByText('0 of 1 (0%).')).toBeDefined();
    expect(screen.getByText('Months of experience in any role')).toBeDefined();
    expect(screen.getByText(/^0 of 1 month \(0%\)\./)).toBeDefined();
  });
});

describe('a credential with its exam booked', () => {
  it('says the exam date, as its card does', () => {
    const held: HeldWithRule = {
      credential: {
        id: 'held-pmocp',
        credentialId: 'pmi-pmocp',
        stage: 'exam-booked',
        examDate: '2027-03-22',
      },
      rule: findCredentialRule('pmi-pmocp')!,
    };
    render(<CredentialsPart rows={credentialRows([held], [], AS_OF)} />);
    expect(screen.getByText(`Exam booked for ${formatDate('2027-03-22')}.`)).toBeDefined();
    expect(screen.queryByText('No cycle is running for this credential.')).toBeNull();
  });
});
