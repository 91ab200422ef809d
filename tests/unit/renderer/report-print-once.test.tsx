/**
 * "Print report…" starts one print at a time: while a report is being printed (a long credit
 * log takes a minute or more before the save dialog opens), the button is switched off, so a
 * second press does not print it again and open a second save dialog. Once printing ends, the
 * button is on again and has the focus back. (A review found each press started a print.)
 */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Platform, PrintReportRequest } from '../../../shared/platform';
import { deleteStore, openStore, type Store } from '../../../renderer/src/db/database';
import { saveProfile } from '../../../renderer/src/db/repositories/profile';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { ReportsScreen } from '../../../renderer/src/features/reports/ReportsScreen';
import { PlatformProvider } from '../../../renderer/src/platform';
import { fakePlatform } from '../../db/backup-fakes';

let store: Store | undefined;
afterEach(async () => {
  cleanup();
  if (store) {
    store.db.close();
    await deleteStore(store.db.name);
    store = undefined;
  }
});

describe('Print report…', () => {
  it('prints once while a print is under way, then is on again with the focus', async () => {
    store = await openStore(`print-once-${Math.random()}`);
    await saveProfile(store, {
      name: 'Sam Rivera',
      currentRung: 'pmo-analyst',
      targetRung: 'pmo-manager',
      education: 'bachelor',
      gacAccredited: false,
      weeklyAvailability: { mon: '1', tue: '0', wed: '0', thu: '0', fri: '0', sat: '0', sun: '0' },
    });
    const printed: PrintReportRequest[] = [];
    let finish: () => void = () => {};
    const platform: Platform = {
      ...fakePlatform(null),
      kind: 'desktop',
      printReport: (req) => {
        printed.push(req);
        return new Promise((resolve) => {
          finish = () => resolve({ kind: 'pdf', saved: true, fileName: 'report.pdf' });
        });
      },
    };
    render(
      <StoreProvider store={store}>
        <PlatformProvider platform={platform}>
          <ReportsScreen />
        </PlatformProvider>
      </StoreProvider>,
    );
    await screen.findByRole('article', { name: 'Progress report: Sam Rivera' });
    const button = screen.getByRole<HTMLButtonElement>('button', { name: 'Print report…' });
    await waitFor(() => expect(button.disabled).toBe(false));
    button.focus();
    fireEvent.click(button);
    fireEvent.click(button);
    expect(printed).toHaveLength(1);
    expect(button.disabled).toBe(true);

    finish();
    await waitFor(() => expect(document.body.textContent).toContain('Saved report.pdf.'));
    expect(button.disabled).toBe(false);
    await waitFor(() => expect(document.activeElement).toBe(button));
    expect(printed).toHaveLength(1);
  });
});
