import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { ReportModel } from '../../../shared/domain/report';
import type { Platform, PrintReportRequest } from '../../../shared/platform';
import { LONG_LOG_ROWS } from '../../../shared/domain/report';
import { localDateOf } from '../../../shared/dates';
import { openStore, deleteStore, type Store } from '../../../renderer/src/db/database';
import { saveProfile } from '../../../renderer/src/db/repositories/profile';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { ReportDocument } from '../../../renderer/src/features/reports/ReportDocument';
import { ReportsScreen } from '../../../renderer/src/features/reports/ReportsScreen';
import { SAMPLE_DATABASE_NAME } from '../../../renderer/src/features/sample/sample-mode';
import { PlatformProvider } from '../../../renderer/src/platform';
import { silentNotifications } from './silent-notifications';

const NOTICE = 'Sample data, not a real person’s records.';

const model: ReportModel = {
  asOf: '2026-11-22',
  name: 'Sam Rivera',
  period: { kind: 'last-12-months', from: '2025-11-23', to: '2026-11-22', heldId: null },
  summary: null,
  credentials: null,
  eligibility: null,
  goals: null,
  study: {
    lines: [],
    totals: { plannedMinutes: 0, actualMinutes: 0, sessions: 0, laterMinutes: 0 },
    later: null,
  },
  journal: null,
  creditLog: null,
  judgedOnReportDate: [],
};

afterEach(cleanup);

describe('ReportDocument in sample-data mode', () => {
  it('says above everything else that the report is made from sample data', () => {
    render(<ReportDocument model={model} pageSize="A4" sample />);
    const report = screen.getByRole('article', { name: 'Progress report: Sam Rivera' });
    expect(report.textContent!.startsWith(NOTICE)).toBe(true);
    expect(report.textContent).toContain('none of it describes a real person or career');
    expect(report.textContent).not.toMatch(/\byou(r)?\b/i);
    // Assistive technology hears it with the report's name.
    expect(report.getAttribute('aria-describedby')).toBe('report-sample-notice');
    expect(document.getElementById('report-sample-notice')!.textContent).toContain(NOTICE);
    // The print style sheet gives sample pages their own footer.
    expect(report.dataset.sample).toBe('true');
  });

  it('says nothing of the kind with the user’s own records', () => {
    render(<ReportDocument model={model} pageSize="Letter" sample={false} />);
    const report = screen.getByRole('article', { name: 'Progress report: Sam Rivera' });
    expect(report.textContent).not.toContain('Sample data');
    expect(report.hasAttribute('aria-describedby')).toBe(false);
    expect(report.hasAttribute('data-sample')).toBe(false);
  });
});

function recordingPlatform() {
  const printed: PrintReportRequest[] = [];
  const platform: Platform = {
    kind: 'desktop',
    appInfo: async () => ({
      name: 'Ascent',
      version: '0',
      electron: '',
      chrome: '',
      platform: 'x',
    }),
    saveFile: async () => ({ saved: false }),
    openFile: async () => ({ opened: false }),
    openExternal: async () => {},
    print: async () => {},
    printReport: async (req) => {
      printed.push(req);
      return { kind: 'pdf', saved: false };
    },
    backups: null,
    notifications: silentNotifications,
    onMenuCommand: () => () => {},
  };
  return { platform, printed };
}

async function storeNamed(name: string): Promise<Store> {
  const store = await openStore(name);
  await saveProfile(store, {
    name: 'Sam Rivera',
    currentRung: 'pmo-analyst',
    targetRung: 'pmo-manager',
    education: 'bachelor',
    gacAccredited: false,
    weeklyAvailability: { mon: '1', tue: '0', wed: '0', thu: '0', fri: '0', sat: '0', sun: '0' },
  });
  return store;
}

async function showReports(name: string) {
  const store = await storeNamed(name);
  const { platform, printed } = recordingPlatform();
  render(
    <StoreProvider store={store}>
      <PlatformProvider platform={platform}>
        <ReportsScreen />
      </PlatformProvider>
    </StoreProvider>,
  );
  const report = await screen.findByRole('article', { name: 'Progress report: Sam Rivera' });
  fireEvent.click(screen.getByRole('button', { name: 'Print report…' }));
  await waitFor(() => expect(printed).toHaveLength(1));
  store.db.close();
  if (name === SAMPLE_DATABASE_NAME) await deleteStore(name);
  return { report, suggestedName: printed[0]!.suggestedName };
}

describe('the reports screen', () => {
  it('marks the report made from the sample database, and names its PDF so', async () => {
    const { report, suggestedName } = await showReports(SAMPLE_DATABASE_NAME);
    expect(report.textContent).toContain(NOTICE);
    expect(suggestedName).toMatch(/^progress-report-sample-data-\d{4}-\d{2}-\d{2}\.pdf$/);
  });

  it('leaves the report made from the user’s own database unmarked', async () => {
    const { report, suggestedName } = await showReports(`own-${Math.random()}`);
    expect(report.textContent).not.toContain('Sample data');
    expect(suggestedName).toMatch(/^progress-report-\d{4}-\d{2}-\d{2}\.pdf$/);
  });
});

describe('a report with a long credit log', () => {
  it('says before printing that it will take a while, and says so again while printing', async () => {
    const store = await storeNamed(`long-${Math.random()}`);
    const today = localDateOf(new Date());
    const rows = Array.from({ length: LONG_LOG_ROWS }, (_, i) => ({
      id: `a${i}`,
      date: today,
      title: `Reading ${i}`,
      type: 'read',
      amount: 1,
      unit: 'hours',
      status: 'earned',
      split: { waysOfWorking: 0, powerSkills: 1, businessAcumen: 0 },
    }));
    await store.db.table('activities').bulkAdd(rows);
    const { platform } = recordingPlatform();
    let finish: () => void = () => undefined;
    platform.printReport = () =>
      new Promise((resolve) => (finish = () => resolve({ kind: 'pdf', saved: false })));
    render(
      <StoreProvider store={store}>
        <PlatformProvider platform={platform}>
          <ReportsScreen />
        </PlatformProvider>
      </StoreProvider>,
    );
    const notice = await screen.findByTestId('long-report', {}, { timeout: 10_000 });
    expect(notice.textContent).toContain('lists 2,000 activities');
    expect(notice.textContent).toContain('choose a shorter period or leave out the credit log');
    fireEvent.click(screen.getByRole('button', { name: 'Print report…' }));
    await screen.findByText(/Preparing the report for printing: 2,000 activities/);
    finish();
    // Without the credit log the report prints quickly, and nothing says otherwise.
    fireEvent.click(screen.getByRole('checkbox', { name: 'Credit log' }));
    await waitFor(() => expect(screen.queryByTestId('long-report')).toBeNull());
    store.db.close();
    await deleteStore(store.db.name);
  }, 30_000);
});
