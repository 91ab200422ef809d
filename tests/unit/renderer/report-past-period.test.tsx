/**
 * Own dates that ended before the report date: the credit log, study and journal keep to the
 * period, while credentials, readiness, eligibility and goals are judged on the report date.
 * The paper says so under each of those sections' titles, and the period picker says it
 * once, as a hint. (A review printed "Chosen dates, 1 Jan 2025 to 31 Dec 2025" over a PMP
 * "Counted 86 PDUs … 669 days left" that held 2026 activities, with nothing to say so.)
 */
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultLadderPlan } from '../../../shared/catalog/ladder-requirements';
import {
  buildReport,
  reportSections,
  resolvePeriod,
  type ReportPeriod,
} from '../../../shared/domain/report';
import { formatDate } from '../../../renderer/src/components/format';
import {
  ReportControls,
  type ReportOptions,
} from '../../../renderer/src/features/reports/ReportControls';
import { ReportDocument } from '../../../renderer/src/features/reports/ReportDocument';
import { deleteStore, openStore, type Store } from '../../../renderer/src/db/database';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { freshName } from '../../db/helpers';
import { earned, readinessInput } from '../domain/eligibility/fixtures';

let store: Store | undefined;
afterEach(async () => {
  cleanup();
  if (store) {
    store.db.close();
    await deleteStore(store.db.name);
    store = undefined;
  }
});

const asOf = '2026-05-10';
const LINE = `As on the report date, ${formatDate(asOf)} (not at the end of the chosen dates).`;
const HINT =
  'These dates end before today: credentials, readiness, eligibility and goals are shown as ' +
  'they stand today, not as they stood on the last date.';

async function showReport(period: ReportPeriod) {
  const model = buildReport({
    asOf,
    period,
    sections: new Set(reportSections),
    profile: { name: 'Kim', currentRung: 'pmo-analyst', targetRung: 'pmo-manager' },
    plan: defaultLadderPlan(),
    goals: [],
    readiness: readinessInput({ held: [earned('pmp', '2024-03-01')] }),
    evidenceCounts: new Map(),
    study: { plans: [], blocks: [], sessions: [] },
    journal: { courses: [], events: [], media: [], interactions: [], contacts: [] },
  });
  store = await openStore(freshName('report-past-period'));
  render(
    <StoreProvider store={store}>
      <ReportDocument model={model} pageSize="A4" sample={false} />
    </StoreProvider>,
  );
  return screen.getByRole('article', { name: 'Progress report: Kim' });
}

/** The first paragraph under a section's title. */
const firstLine = (report: HTMLElement, section: string) =>
  within(report).getByRole('region', { name: section }).querySelector('h3 + p')?.textContent;

describe('the report when its own dates ended before the report date', () => {
  const past = { kind: 'custom' as const, from: '2025-01-01', to: '2025-12-31', heldId: null };

  it.each(['Summary', 'Credentials', 'Exam eligibility', 'Goals and milestones'])(
    '%s says it is as on the report date, first under its title',
    async (section) => {
      expect(firstLine(await showReport(past), section)).toBe(LINE);
    },
  );

  it('the sections that keep to the period say nothing of the kind', async () => {
    const report = await showReport(past);
    for (const section of ['Study plan and actual', 'Journal highlights and reflections']) {
      expect(within(report).getByRole('region', { name: section }).textContent).not.toContain(
        'As on the report date',
      );
    }
    expect(report.textContent!.split(LINE)).toHaveLength(5);
  });

  it('a period reaching the report date carries no such line', async () => {
    const report = await showReport({ ...past, to: asOf });
    expect(report.textContent).not.toContain('As on the report date');
  });
});

function Controls() {
  const [options, setOptions] = useState<ReportOptions>({
    sections: new Set(['credentials']),
    period: { kind: 'last-12-months' },
    pageSize: 'A4',
  });
  const r = resolvePeriod(options.period, asOf, []);
  return (
    <ReportControls
      options={options}
      onChange={setOptions}
      cycles={[]}
      problem={r.ok ? null : r.problem}
      asOf={asOf}
    />
  );
}

describe('the period picker', () => {
  it('says once, as a hint tied to the dates, that a past period leaves some sections as today', () => {
    render(<Controls />);
    fireEvent.click(screen.getByRole('radio', { name: 'Your own dates' }));
    const from = screen.getByLabelText('From');
    const to = screen.getByLabelText('To');
    fireEvent.change(from, { target: { value: '2025-01-01' } });
    fireEvent.change(to, { target: { value: '2025-12-31' } });
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getAllByText(HINT)).toHaveLength(1);
    const described = document.getElementById(to.getAttribute('aria-describedby') ?? '');
    expect(described?.textContent).toBe(HINT);
    expect(to.getAttribute('aria-invalid')).toBeNull();

    // Reaching today: nothing to say.
    fireEvent.change(to, { target: { value: asOf } });
    expect(screen.queryByText(HINT)).toBeNull();
    expect(to.getAttribute('aria-describedby')).toBeNull();
  });

  it('says nothing of it for the last 12 months', () => {
    render(<Controls />);
    expect(screen.queryByText(HINT)).toBeNull();
  });
});
