/**
 * The report's choices (sections, period, paper size) are kept while the app is open: a user
 * who leaves Reports to mend an entry in the credit log and comes back finds the report as
 * they set it, as the credit log keeps its filter, not back at every section, the last 12
 * months and A4. (A review found them reset on every visit: a Letter user printed on A4.)
 */
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
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

async function showReports(open: Store) {
  render(
    <StoreProvider store={open}>
      <PlatformProvider platform={{ ...fakePlatform(null), kind: 'desktop' }}>
        <ReportsScreen />
      </PlatformProvider>
    </StoreProvider>,
  );
  await screen.findByRole('article', { name: 'Progress report: Sam Rivera' });
}

const paper = () => screen.getByLabelText<HTMLSelectElement>('Paper size');
const box = (name: string) => screen.getByRole<HTMLInputElement>('checkbox', { name });
const radio = (name: string) => screen.getByRole<HTMLInputElement>('radio', { name });

describe('Reports: the choices made', () => {
  it('are as they were left on coming back to the screen', async () => {
    store = await openStore(`report-choices-${Math.random()}`);
    await saveProfile(store, {
      name: 'Sam Rivera',
      currentRung: 'pmo-analyst',
      targetRung: 'pmo-manager',
      education: 'bachelor',
      gacAccredited: false,
      weeklyAvailability: { mon: '1', tue: '0', wed: '0', thu: '0', fri: '0', sat: '0', sun: '0' },
    });
    await showReports(store);
    fireEvent.change(paper(), { target: { value: 'Letter' } });
    fireEvent.click(box('Journal highlights and reflections'));
    fireEvent.click(radio('Your own dates'));
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2025-04-01' } });
    fireEvent.change(screen.getByLabelText('To'), { target: { value: '2026-03-31' } });
    cleanup();

    await showReports(store);
    expect(paper().value).toBe('Letter');
    expect(box('Journal highlights and reflections').checked).toBe(false);
    expect(box('Credit log').checked).toBe(true);
    expect(radio('Your own dates').checked).toBe(true);
    expect(screen.getByLabelText<HTMLInputElement>('From').value).toBe('2025-04-01');
    expect(screen.getByLabelText<HTMLInputElement>('To').value).toBe('2026-03-31');
    // Another period looked at and back: the kept dates are still there.
    fireEvent.click(radio('Last 12 months'));
    fireEvent.click(radio('Your own dates'));
    expect(screen.getByLabelText<HTMLInputElement>('From').value).toBe('2025-04-01');
    expect(screen.getByLabelText<HTMLInputElement>('To').value).toBe('2026-03-31');
  });
});
