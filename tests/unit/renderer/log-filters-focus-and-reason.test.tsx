// The credit log's filters for a keyboard and screen-reader user: "Swap the dates" and "Clear
// filters" go away once pressed, so focus moves to what they changed (From, the first filter)
// instead of falling to the page; a date still being typed (year 0006 on the way to 2026) is
// not judged "From after To"; and when the dates are reversed the log's "Showing …" status,
// which is announced, says why nothing shows.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { noLogFilter, type LogFilter } from '../../../shared/domain/claims';
import { openStore, type Store } from '../../../renderer/src/db/database';
import type { CreditData } from '../../../renderer/src/db/credit-hooks';
import type { ActivityRow } from '../../../renderer/src/db/repositories/activities';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { UndoProvider } from '../../../renderer/src/components/undo';
import { LogFilters } from '../../../renderer/src/features/credit-log/LogFilters';
import { LogView } from '../../../renderer/src/features/credit-log/LogView';
import { freshName } from '../../db/helpers';

function Filters({ start }: { start: LogFilter }) {
  const [filter, setFilter] = useState(start);
  return <LogFilters filter={filter} onChange={setFilter} earned={[]} />;
}

const reversed: LogFilter = { ...noLogFilter, from: '2026-12-01', to: '2026-01-01' };
const focusedName = () =>
  document.activeElement?.id
    ? document.querySelector(`label[for="${document.activeElement.id}"]`)?.textContent
    : document.activeElement?.tagName;

describe('LogFilters: where focus goes', () => {
  afterEach(cleanup);

  it('"Swap the dates" puts focus on From, which now holds the earlier date', async () => {
    render(<Filters start={reversed} />);
    const swap = screen.getByRole('button', { name: 'Swap the dates' });
    swap.focus();
    fireEvent.click(swap);
    await waitFor(() => expect(focusedName()).toBe('From'));
    expect((document.activeElement as HTMLInputElement).value).toBe('2026-01-01');
  });

  it('"Clear filters" puts focus on the first filter, Credential', async () => {
    render(<Filters start={{ ...noLogFilter, text: 'agile', from: '2026-01-01' }} />);
    const clear = screen.getByRole('button', { name: 'Clear filters' });
    clear.focus();
    fireEvent.click(clear);
    await waitFor(() => expect(focusedName()).toBe('Credential'));
    expect(screen.queryByRole('button', { name: 'Clear filters' })).toBeNull();
    expect(
      (screen.getByLabelText('Search title, provider or code') as HTMLInputElement).value,
    ).toBe('');
  });
});

describe('LogFilters: a date still being typed', () => {
  afterEach(cleanup);

  it('says nothing while To’s year is half typed, and speaks once it is complete', () => {
    render(<Filters start={{ ...noLogFilter, from: '2026-12-01' }} />);
    const to = screen.getByLabelText('To');
    for (const typing of ['0002-03-01', '0020-03-01', '0202-03-01']) {
      fireEvent.change(to, { target: { value: typing } });
      expect(to.getAttribute('aria-invalid')).toBeNull();
      expect(screen.queryByRole('button', { name: 'Swap the dates' })).toBeNull();
    }
    fireEvent.change(to, { target: { value: '2026-03-01' } });
    expect(to.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('button', { name: 'Swap the dates' }).textContent).toBe(
      'Swap the dates',
    );
  });
});

describe('the credit log’s status line with From after To', () => {
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
  let store: Store;
  beforeEach(async () => {
    store = await openStore(freshName('log-filters-focus'));
  });
  afterEach(async () => {
    cleanup();
    store.db.close();
    await store.db.delete();
  });

  it('says why nothing shows, and stops saying it once the dates are swapped', () => {
    const data: CreditData = { held: [], custom: [], activities: [activity], withRules: [] };
    render(
      <StoreProvider store={store}>
        <UndoProvider>
          <LogView data={data} today="2026-12-06" />
        </UndoProvider>
      </StoreProvider>,
    );
    const status = () => screen.getByText(/^Showing /).textContent;
    expect(status()).toBe('Showing 1 activity of 1.');
    expect(screen.getByText(/^Showing /).getAttribute('role')).toBe('status');
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2026-12-01' } });
    fireEvent.change(screen.getByLabelText('To'), { target: { value: '2026-01-01' } });
    expect(status()).toBe('Showing 0 activities of 1: From is after To.');
    fireEvent.click(screen.getByRole('button', { name: 'Swap the dates' }));
    expect(status()).toBe('Showing 1 activity of 1.');
  });
});
