/**
 * The report's paper starts as the user's locale has it (paperSizeForLocale): US Letter in
 * the United States, A4 in the United Kingdom, and the print asks for that size. A size the
 * user chose is kept as chosen, whatever the locale. (It always started as A4.)
 */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Platform, PrintReportRequest } from '../../../shared/platform';
import { deleteStore, openStore, type Store } from '../../../renderer/src/db/database';
import { saveProfile } from '../../../renderer/src/db/repositories/profile';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import {
  forgetReportChoices,
  ReportsScreen,
} from '../../../renderer/src/features/reports/ReportsScreen';
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

const printed: PrintReportRequest[] = [];
const platform: Platform = {
  ...fakePlatform(null),
  kind: 'desktop',
  printReport: (req) => {
    printed.push(req);
    return Promise.resolve({ kind: 'pdf', saved: false });
  },
};

async function showReports(language: string) {
  vi.spyOn(navigator, 'language', 'get').mockReturnValue(language);
  store ??= await openStore(`report-paper-${Math.random()}`);
  await saveProfile(store, {
    name: 'Sam Rivera',
    currentRung: 'pmo-analyst',
    targetRung: 'pmo-manager',
    education: 'bachelor',
    gacAccredited: false,
    weeklyAvailability: { mon: '1', tue: '0', wed: '0', thu: '0', fri: '0', sat: '0', sun: '0' },
  });
  render(
    <StoreProvider store={store}>
      <PlatformProvider platform={platform}>
        <ReportsScreen />
      </PlatformProvider>
    </StoreProvider>,
  );
  return screen.findByRole('article', { name: 'Progress report: Sam Rivera' });
}

const paper = () => screen.getByLabelText<HTMLSelectElement>('Paper size');

async function print() {
  const button = screen.getByRole<HTMLButtonElement>('button', { name: 'Print report…' });
  await waitFor(() => expect(button.disabled).toBe(false));
  printed.length = 0;
  fireEvent.click(button);
  expect(printed).toHaveLength(1);
  return printed[0]!.pageSize;
}

describe('the report’s paper size', () => {
  it('starts as US Letter in the United States and A4 in the United Kingdom, and prints on it', async () => {
    const us = await showReports('en-US');
    expect(paper().value).toBe('Letter');
    expect(us.getAttribute('data-page-size')).toBe('letter');
    expect(await print()).toBe('Letter');
    cleanup();
    forgetReportChoices(); // a new session, in the United Kingdom
    const uk = await showReports('en-GB');
    expect(paper().value).toBe('A4');
    expect(uk.getAttribute('data-page-size')).toBe('a4');
    expect(await print()).toBe('A4');
  });

  it('keeps a size the user chose over the locale’s', async () => {
    await showReports('en-US');
    expect(paper().value).toBe('Letter');
    fireEvent.change(paper(), { target: { value: 'A4' } });
    cleanup();
    const report = await showReports('en-US');
    expect(paper().value).toBe('A4');
    expect(report.getAttribute('data-page-size')).toBe('a4');
    expect(await print()).toBe('A4');
  });
});
