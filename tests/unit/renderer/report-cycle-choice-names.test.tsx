/**
 * Reports: the list of credentials to choose a cycle from tells apart two with the same
 * acronym (one of the user's own, or the same credential held twice). It showed the acronym
 * alone, so "PMP" and "PMP" could not be told apart.
 */
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
import { formatDate } from '../../../renderer/src/components/format';
import {
  ReportControls,
  type CycleOption,
} from '../../../renderer/src/features/reports/ReportControls';

afterEach(cleanup);

const cycle = (heldId: string, label: string, name: string, start: string, end: string) =>
  ({ heldId, label, name, index: 0, start, end }) satisfies CycleOption;

const optionTexts = (cycles: CycleOption[]) => {
  render(
    <ReportControls
      options={{
        sections: new Set(['summary']),
        period: { kind: 'cycle', heldId: cycles[0]!.heldId },
        pageSize: 'A4',
      }}
      onChange={() => {}}
      cycles={cycles}
      asOf="2026-11-22"
    />,
  );
  const list = screen.getByRole('combobox', { name: 'Credential' });
  return [...list.querySelectorAll('option')].map((o) => o.textContent);
};

it('names a credential whose acronym another shares, and dates one whose name is shared too', () => {
  const texts = optionTexts([
    cycle('pmp', 'PMP', 'Project Management Professional', '2025-09-22', '2028-09-21'),
    cycle('own', 'PMP', 'Portfolio Management Practitioner', '2025-01-10', '2027-01-09'),
    cycle('csm-1', 'CSM', 'Certified ScrumMaster', '2025-03-01', '2027-02-28'),
    cycle('csm-2', 'CSM', 'Certified ScrumMaster', '2026-06-15', '2028-06-14'),
    cycle('rmp', 'PMI-RMP', 'PMI Risk Management Professional', '2024-05-01', '2027-04-30'),
  ]);
  expect(texts).toEqual([
    'PMP — Project Management Professional',
    'PMP — Portfolio Management Practitioner',
    `CSM — Certified ScrumMaster, ${formatDate('2025-03-01')} to ${formatDate('2027-02-28')}`,
    `CSM — Certified ScrumMaster, ${formatDate('2026-06-15')} to ${formatDate('2028-06-14')}`,
    'PMI-RMP',
  ]);
});

it('keeps acronyms alone where each is its own', () => {
  const texts = optionTexts([
    cycle('pmp', 'PMP', 'Project Management Professional', '2025-09-22', '2028-09-21'),
    cycle('rmp', 'PMI-RMP', 'PMI Risk Management Professional', '2024-05-01', '2027-04-30'),
  ]);
  expect(texts).toEqual(['PMP', 'PMI-RMP']);
});
