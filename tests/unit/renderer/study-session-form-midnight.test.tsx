// The study log form's date starts on today. Left open past midnight (a desktop app left
// running), it moved on with the day nowhere: the evening's study was logged on the day
// before, though nothing was typed in the date. A date the person typed stays as typed.
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { hasUnsavedChanges } from '../../../renderer/src/components/unsaved-changes';
import { listSessions } from '../../../renderer/src/db/repositories/study-log';
import { SessionForm } from '../../../renderer/src/features/study/SessionForm';
import { freshName } from '../../db/helpers';

let store: Store;
beforeEach(async () => {
  // The day moves on with the app's minute check (setInterval); the database keeps real timers.
  vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] });
  vi.setSystemTime(new Date(2026, 10, 22, 23, 59, 30)); // 22 Nov 2026, 23:59:30 local
  store = await openStore(freshName('session-form-midnight'));
});
afterEach(async () => {
  cleanup();
  vi.useRealTimers();
  await store.db.delete();
});

const dateField = () => screen.getByLabelText('Session date') as HTMLInputElement;

async function pastMidnight() {
  await act(async () => {
    vi.advanceTimersByTime(60_000); // 00:00:30 on 23 Nov
  });
}

describe('the study log form left open past midnight', () => {
  it('moves its date on to the new day, and logs the session there', async () => {
    render(
      <StoreProvider store={store}>
        <SessionForm plans={[]} />
      </StoreProvider>,
    );
    expect(dateField().value).toBe('2026-11-22');
    await pastMidnight();
    expect(dateField().value).toBe('2026-11-23');
    expect(hasUnsavedChanges()).toBe(false);
    fireEvent.change(screen.getByLabelText('Minutes studied'), { target: { value: '45' } });
    fireEvent.click(screen.getByRole('button', { name: 'Log session' }));
    expect(await screen.findByText('Logged 45 min of study.')).not.toBeNull();
    expect((await listSessions(store)).map((s) => [s.date, s.minutes])).toEqual([
      ['2026-11-23', 45],
    ]);
  });

  it('keeps a date the person typed', async () => {
    render(
      <StoreProvider store={store}>
        <SessionForm plans={[]} />
      </StoreProvider>,
    );
    fireEvent.change(dateField(), { target: { value: '2026-11-20' } });
    await pastMidnight();
    expect(dateField().value).toBe('2026-11-20');
    expect(hasUnsavedChanges()).toBe(true);
  });
});
