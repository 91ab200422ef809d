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

/** Stopping the focus timer says what was logged, and logs nothing for a few seconds. */
let store: Store;
beforeEach(async () => {
  store = await openStore(freshName('timer-stop'));
});
afterEach(async () => {
  cleanup();
  await store.db.delete();
});

async function panelWith(runningSince: string) {
  await startFocus(store, null, 'Risk register');
  await store.db.table('timer').update('focus', { runningSince });
  const timer = (await getTimer(store)) as TimerRow;
  render(
    <StoreProvider store={store}>
      <UndoProvider>
        <TimerPanel timer={timer} plans={[]} />
      </UndoProvider>
    </StoreProvider>,
  );
}

describe('Stop and log', () => {
  it('logs the minutes on the timer and says so', async () => {
    await panelWith(new Date(Date.now() - 25 * 60_000).toISOString());
    fireEvent.click(screen.getByRole('button', { name: 'Stop and log' }));
    expect(await screen.findByText('Logged 25 min of study.')).toBeDefined();
    expect((await listSessions(store)).map((s) => s.minutes)).toEqual([25]);
  });

  it('after a few seconds logs nothing and says why', async () => {
    await panelWith(new Date(Date.now() - 20_000).toISOString());
    fireEvent.click(screen.getByRole('button', { name: 'Stop and log' }));
    expect(
      await screen.findByText('Timer stopped after less than half a minute: nothing was logged.'),
    ).toBeDefined();
    expect(await listSessions(store)).toEqual([]);
    expect(await getTimer(store)).toBeNull();
  });
});
