// A timer run that is asked about takes at most the minutes on the timer: more is refused in
// place, saying how many the timer ran, and the question stays with what was typed.
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { UndoProvider } from '../../../renderer/src/components/undo';
import {
  getTimer,
  listSessions,
  startFocus,
  type TimerRow,
} from '../../../renderer/src/db/repositories/study-log';
import { TimerPanel } from '../../../renderer/src/features/study/TimerPanel';
import { freshName } from '../../db/helpers';

let store: Store;
beforeEach(async () => {
  store = await openStore(freshName('timer-check-minutes-panel'));
});
afterEach(async () => {
  cleanup();
  await store.db.delete();
});

describe('the timer question', () => {
  it('refuses more minutes than the timer ran, says how many it ran, logs nothing', async () => {
    await startFocus(store, null, 'Risk register');
    const since = new Date(Date.now() - (5 * 60 + 10) * 60_000 - 5_000).toISOString();
    await store.db.table('timer').update('focus', { runningSince: since, startedAt: since });
    const timer = (await getTimer(store)) as TimerRow;
    render(
      <StoreProvider store={store}>
        <UndoProvider>
          <TimerPanel timer={timer} plans={[]} />
        </UndoProvider>
      </StoreProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Stop and log' }));
    const minutes = (await screen.findByLabelText(/Minutes to log/)) as HTMLInputElement;
    expect(minutes.value).toBe('310');
    fireEvent.change(minutes, { target: { value: '400' } });
    fireEvent.click(screen.getByRole('button', { name: 'Log these minutes' }));
    expect(
      await screen.findByText(
        'The timer ran 5 h 10 min: type 310 minutes or fewer. Study done without the timer can be logged in “Log a study session”.',
      ),
    ).not.toBeNull();
    expect((screen.getByLabelText(/Minutes to log/) as HTMLInputElement).value).toBe('400');
    expect(await listSessions(store)).toEqual([]);
  });
});
