/**
 * The credit log's totals row counts what was earned; planned activities are said apart
 * ("+ 10 h planned"), as the report's "Total earned (planned not included)". With the PMP
 * filter the earned total is what the PMP log holds, never the planned summit added to it.
 */
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { applicationsByActivity, logRows, noLogFilter } from '../../../shared/domain/claims';
import { findCredentialRule } from '../../../shared/catalog/credentials';
import type { Activity } from '../../../shared/domain/credits';
import { LogTable } from '../../../renderer/src/features/credit-log/LogTable';

afterEach(cleanup);

const asOf = '2026-12-05';
const pmp = {
  credential: {
    id: 'held-pmp',
    credentialId: 'pmp',
    stage: 'earned' as const,
    earnedDate: '2023-12-05',
    renewals: [],
  },
  rule: findCredentialRule('pmp')!,
};

const course = (id: string, date: string, amount: number, status: Activity['status']) => ({
  id,
  title: id,
  date,
  type: 'course-or-training' as const,
  amount,
  unit: 'hours' as const,
  split: { waysOfWorking: amount / 2, powerSkills: amount / 2, businessAcumen: 0 },
  status,
});

const log: Activity[] = [
  course('Risk workshop', '2026-11-20', 6, 'earned'),
  course('Agile webinar', '2025-03-10', 4.5, 'reported'),
  course('PMI Global Summit 2027', '2027-09-20', 10, 'planned'),
];
const apps = applicationsByActivity(log, [pmp], asOf);

function totalsRow(heldId: string | null) {
  const rows = logRows(log, { ...noLogFilter, heldId }, apps, new Map());
  render(
    <LogTable
      rows={rows}
      sort={{ key: 'date', direction: 'descending' }}
      onSort={() => undefined}
      credential={heldId ? { acronym: 'PMP', unit: 'PDU' } : null}
    />,
  );
  const foot = screen.getAllByRole('rowgroup').at(-1)!;
  const cells = within(foot).getAllByRole('row')[0]!.querySelectorAll('th, td');
  return [...cells].map((c) => c.textContent);
}

describe('the credit log’s totals', () => {
  it('all credentials: earned only, the planned hours beside them', () => {
    // 6 + 4.5 earned; Ways of Working 3 + 2.25, Power Skills the same.
    expect(totalsRow(null)).toEqual([
      'Total earned in view',
      '10.5',
      '5.25',
      '5.25',
      '0',
      '0',
      '+ 10 h planned',
    ]);
  });

  it('PMP only: the same earned total, the planned summit in PDUs apart', () => {
    expect(totalsRow('held-pmp')).toEqual([
      'Total earned in view',
      '10.5',
      '5.25',
      '5.25',
      '0',
      '0',
      '+ 10 PDUs planned',
    ]);
  });

  it('nothing planned in view: no planned note', () => {
    const rows = logRows(log, { ...noLogFilter, status: 'earned' }, apps, new Map());
    render(
      <LogTable
        rows={rows}
        sort={{ key: 'date', direction: 'descending' }}
        onSort={() => undefined}
        credential={null}
      />,
    );
    expect(screen.getByRole('table').textContent).not.toContain('planned');
    expect(screen.getByRole('rowheader', { name: 'Total earned in view' })).toBeDefined();
  });
});
