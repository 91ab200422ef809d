// The credit log's "No activity matches these filters" card: its "Show all activities" button
// goes away once the rows show, so focus moves to the first filter, Credential, as "Clear
// filters" does, instead of falling to the page.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../../renderer/src/db/database';
import type { CreditData } from '../../../renderer/src/db/credit-hooks';
import type { ActivityRow } from '../../../renderer/src/db/repositories/activities';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { UndoProvider } from '../../../renderer/src/components/undo';
import { LogView } from '../../../renderer/src/features/credit-log/LogView';
import { freshName } from '../../db/helpers';

const STAMP = '2026-12-01T09:00:00.000Z';
const activity: ActivityRow = {
  id: 'a1',
  title: 'Scheduling course',
  type: 'course-or-training',
  date: '2026-05-01',
  amount: 4,
  unit: 'hours',
  status: 'earned',
  createdAt: STAMP,
  updatedAt: STAMP,
};
const focusedName = () =>
  document.activeElement?.id
    ? document.querySelector(`label[for="${document.activeElement.id}"]`)?.textContent
    : document.activeElement?.tagName;

let store: Store;
beforeEach(async () => {
  store = await openStore(freshName('log-show-all-focus'));
});
afterEach(async () => {
  cleanup();
  store.db.close();
  await store.db.delete();
});

describe('the credit log’s "Show all activities"', () => {
  it('shows every activity again and puts focus on the first filter, Credential', async () => {
    const data: CreditData = { held: [], custom: [], activities: [activity], withRules: [] };
    render(
      <StoreProvider store={store}>
        <UndoProvider>
          <LogView data={data} today="2026-12-06" />
        </UndoProvider>
      </StoreProvider>,
    );
    const search = screen.getByLabelText('Search title, provider or code') as HTMLInputElement;
    fireEvent.change(search, { target: { value: 'no such words' } });
    expect(screen.getByText(/^Showing /).textContent).toBe('Showing 0 activities of 1.');
    const showAll = screen.getByRole('button', { name: 'Show all activities' });
    showAll.focus();
    fireEvent.click(showAll);
    await waitFor(() => expect(focusedName()).toBe('Credential'));
    expect(screen.getByText(/^Showing /).textContent).toBe('Showing 1 activity of 1.');
    expect(screen.queryByRole('button', { name: 'Show all activities' })).toBeNull();
    expect(search.value).toBe('');
  });
});
