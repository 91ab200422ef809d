/**
 * A cycle report whose credit log keeps to the cycle's counting window says so. After a PMP
 * renewal late in the suspension year, what was logged in that year counts towards the cycle
 * before (domain-facts §1), so the log lists activities from the day after the renewal, while
 * the report's period names the cycle's first day. (A review found the log silently left out
 * activities dated inside the period printed above it.)
 */
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Activity } from '../../../shared/domain/credits';
import {
  creditLogSection,
  type ReportModel,
  type ReportPeriod,
} from '../../../shared/domain/report';
import { formatDate as d } from '../../../renderer/src/components/format';
import { ReportDocument } from '../../../renderer/src/features/reports/ReportDocument';

afterEach(cleanup);

const asOf = '2024-06-01';
const cycle: ReportPeriod = {
  kind: 'cycle',
  from: '2023-03-01',
  to: '2026-02-28',
  heldId: 'held-pmp',
  cycle: { acronym: 'PMP', index: 1 },
  counting: { from: '2023-10-02', to: '2026-02-28' },
};
const course = (id: string, date: string): Activity => ({
  id,
  date,
  title: id,
  type: 'course-or-training',
  amount: 4,
  unit: 'hours',
  status: 'earned',
});

function show(period: ReportPeriod, activities: Activity[]) {
  const model: ReportModel = {
    asOf,
    name: 'Sam',
    period,
    summary: null,
    credentials: null,
    eligibility: null,
    goals: null,
    study: null,
    journal: null,
    creditLog: creditLogSection(activities, period.counting ?? period, new Map(), asOf),
    judgedOnReportDate: [],
  };
  render(<ReportDocument model={model} pageSize="A4" sample={false} />);
  return screen.getByRole('article').textContent ?? '';
}

describe('a cycle report’s credit log', () => {
  it('names the days it lists when they are fewer than the cycle’s', () => {
    const text = show(cycle, [
      course('suspension-year course', '2023-05-01'),
      course('risk course', '2024-01-10'),
    ]);
    expect(text).toContain(`${d('2023-03-01')} to ${d('2026-02-28')}`);
    expect(text).toContain(
      `Listed: activities dated ${d('2023-10-02')} to ${d('2026-02-28')}, the days whose activities count towards this cycle`,
    );
    expect(text).not.toContain('suspension-year course');
  });

  it('names them too when nothing was logged in them', () => {
    const text = show(cycle, [course('suspension-year course', '2023-05-01')]);
    expect(text).toContain(
      `No activities were logged from ${d('2023-10-02')} to ${d('2026-02-28')}`,
    );
    expect(text).not.toContain('No activities were logged in this period.');
  });

  it('says nothing more when the log covers the whole period', () => {
    const whole = { ...cycle, counting: { from: cycle.from, to: cycle.to } };
    expect(show(whole, [course('risk course', '2024-01-10')])).not.toContain('Listed:');
    cleanup();
    const last12: ReportPeriod = {
      kind: 'last-12-months',
      from: '2023-06-02',
      to: asOf,
      heldId: null,
    };
    expect(show(last12, [])).toContain('No activities were logged in this period.');
  });
});
