// The spreadsheet import screen as the renderer tests drive it: shown inside the app's providers,
// a CSV file chosen in step 1, then the summary and the rows of the preview read as a person sees
// them. Shared by the import-*.test.tsx files.
import type { ReactElement } from 'react';
import { fireEvent, render, screen, within } from '@testing-library/react';
import type { Platform } from '../../../shared/platform';
import { UndoProvider } from '../../../renderer/src/components/undo';
import type { Store } from '../../../renderer/src/db/database';
import type { ActivityRow } from '../../../renderer/src/db/repositories/activities';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { ImportScreen } from '../../../renderer/src/features/import/ImportScreen';
import { PlatformProvider } from '../../../renderer/src/platform';
import { fakePlatform } from '../../db/backup-fakes';

/** The day the import is made (the tests set the clock to it). */
export const asOf = '2026-11-22';
export const SLOW = { timeout: 5000 };

/** `ui` inside the store, the platform and undo, as the app shows its screens. */
export function renderInApp(
  store: Store,
  ui: ReactElement,
  platform: Platform = fakePlatform(null),
) {
  return render(
    <StoreProvider store={store}>
      <PlatformProvider platform={platform}>
        <UndoProvider>{ui}</UndoProvider>
      </PlatformProvider>
    </StoreProvider>,
  );
}

/** The import screen on its own, `activities` being the credit log as it is now. */
export function show(store: Store, activities: readonly ActivityRow[] = []) {
  return renderInApp(store, <ImportScreen activities={activities} today={asOf} />);
}

/** Chooses a CSV file in step 1, as the file input hands it over. */
export async function choose(text: string, name = 'talks.csv') {
  const input = await screen.findByLabelText('Spreadsheet file (CSV)', {}, SLOW);
  const file = { name, arrayBuffer: async () => new TextEncoder().encode(text).buffer };
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
  await screen.findByRole('list', { name: 'Summary' }, SLOW);
}

/** The summary's lines, as read. */
export const summary = () =>
  within(screen.getByRole('list', { name: 'Summary' }))
    .getAllByRole('listitem')
    .map((li) => li.textContent);

/** A row of the preview by its number in the file: its cells' text. */
export function previewRow(n: number): string[] {
  const table = screen.getByRole('region', { name: 'Rows of the file' });
  const row = within(table)
    .getAllByRole('row')
    .find((r) => r.querySelector('th')?.textContent === String(n));
  if (!row) throw new Error(`No row ${n} in the preview`);
  return [...row.querySelectorAll('th, td')].map((c) => c.textContent ?? '');
}

/**
 * Chooses a CSV file in step 1 and waits for step 2 only: a file whose needed columns are not
 * all found shows no summary until the user maps them.
 */
export async function chooseWithoutSummary(text: string, name = 'talks.csv') {
  const input = await screen.findByLabelText('Spreadsheet file (CSV)', {}, SLOW);
  const file = { name, arrayBuffer: async () => new TextEncoder().encode(text).buffer };
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
  await screen.findByRole('heading', { name: '2. Check the columns' }, SLOW);
}

/** The control saying which row names the columns. */
export const headerRowSelect = () =>
  screen.getByLabelText<HTMLSelectElement>('Which row holds the column names?');

/** Chooses the row that names the columns by its option's words, as a person picks it. */
export function chooseHeaderRow(option: string) {
  const select = headerRowSelect();
  const { value } = within(select).getByRole<HTMLOptionElement>('option', { name: option });
  fireEvent.change(select, { target: { value } });
}

/** The option a drop-down shows, by its label. */
export const shownOption = (label: string) => {
  const select = screen.getByLabelText<HTMLSelectElement>(label);
  return select.options[select.selectedIndex]?.textContent;
};
