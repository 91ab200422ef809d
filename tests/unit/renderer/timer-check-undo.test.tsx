// A focus timer left running is asked about in place before anything is logged (how many
// minutes, on the day it started), and Discard offers Undo, which puts the timer back running
// from its start. Focus follows: to the minutes when asked, back to the timer's controls after.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { UndoProvider } from '../../../renderer/src/components/undo';
import { formatDate, formatInstant } from '../../../renderer/src/components/format';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { useStudyData } from '../../../renderer/src/db/study-hooks';
import {
  getTimer,
  listSessions,
  startFocus,
} from '../../../renderer/src/db/repositories/study-log';
import { TimerPanel } from '../../../renderer/src/features/study/TimerPanel';
import { freshName } from '../../db/helpers';

const SLOW = { timeout: 5000 };
let store: Store;

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  store = await openStore(freshName('timer-check'));
});
afterEach(async () => {
  cleanup();
  vi.useRealTimers();
  await store.db.delete();
});

const local = (d: number, h: number, min = 0) => new Date(2026, 10, d, h, min);

/** A timer started at `from`, shown at `now` (local times in Nov 2026). */
async function timerFrom(from: Date, now: Date) {
  vi.setSystemTime(from);
  await startFocus(store, null, 'Risk register');
  vi.setSystemTime(now);
  render(
    <StoreProvider store={store}>
      <UndoProvider>
        <LiveTimer />
      </UndoProvider>
    </StoreProvider>,
  );
  return screen.findByRole('region', { name: 'Focus timer' }, SLOW);
}

function LiveTimer() {
  const data = useStudyData();
  return data ? <TimerPanel timer={data.timer} plans={[]} /> : null;
}

/** Focus a control the way a keyboard user reaches it, then press it. */
function press(control: HTMLElement) {
  control.focus();
  fireEvent.click(control);
}

/** What has the focus, in words: its text (or its label's, for a field). */
function focused(): string {
  const el = document.activeElement as HTMLElement | null;
  if (!el || el === document.body) return '(the page)';
  const label = el.id ? document.querySelector(`label[for="${el.id}"]`) : null;
  return `${el.tagName.toLowerCase()}: ${(label ?? el).textContent?.trim()}`;
}

describe('Stop and log on a timer left running', { timeout: 20_000 }, () => {
  it('asks how many minutes, offering at most 16 h, and logs them on the day it started', async () => {
    const started = local(22, 9);
    const panel = await timerFrom(started, local(25, 8, 3));
    press(within(panel).getByRole('button', { name: 'Stop and log' }));

    const since = formatInstant(started.toISOString(), undefined, '24h');
    expect(
      await within(panel).findByText(
        `The timer ran 71 h 3 min since ${since}. How many minutes did you study?`,
      ),
    ).toBeDefined();
    expect(
      within(panel).getByText(
        'That is more than one session can hold (16 h), so nothing was logged yet. Type the minutes you really studied, 960 at most.',
      ),
    ).toBeDefined();
    expect(
      within(panel).getByText(
        `The session goes on ${formatDate('2026-11-22')}, the day the timer started.`,
      ),
    ).toBeDefined();
    const minutes = within(panel).getByLabelText<HTMLInputElement>('Minutes to log');
    expect(minutes.value).toBe('960');
    await waitFor(() => expect(focused()).toBe('input: Minutes to log'), SLOW);
    expect(await listSessions(store)).toEqual([]);

    // Too many: said what to do, nothing written, the timer still there.
    fireEvent.change(minutes, { target: { value: '961' } });
    fireEvent.click(within(panel).getByRole('button', { name: 'Log these minutes' }));
    expect(
      await within(panel).findByText('Type whole minutes between 1 and 960.', {}, SLOW),
    ).toBeDefined();
    expect(await listSessions(store)).toEqual([]);
    expect((await getTimer(store))?.topic).toBe('Risk register');

    fireEvent.change(minutes, { target: { value: '90' } });
    press(within(panel).getByRole('button', { name: 'Log these minutes' }));
    expect(
      await within(panel).findByText(
        `Logged 1 h 30 min of study on ${formatDate('2026-11-22')}.`,
        {},
        SLOW,
      ),
    ).toBeDefined();
    expect((await listSessions(store)).map((s) => [s.date, s.minutes])).toEqual([
      ['2026-11-22', 90],
    ]);
    await waitFor(() => expect(focused()).toBe('button: Start timer'), SLOW);
  });

  it('a run past midnight asks too, and "Keep the timer running" writes nothing', async () => {
    const panel = await timerFrom(local(22, 23, 30), local(23, 0, 15));
    press(within(panel).getByRole('button', { name: 'Stop and log' }));
    const minutes = await within(panel).findByLabelText<HTMLInputElement>(
      'Minutes to log',
      {},
      SLOW,
    );
    expect(minutes.value).toBe('45');
    expect(
      within(panel).getByText(
        'It ran past midnight, so nothing was logged yet. Check the minutes, then log them.',
      ),
    ).toBeDefined();
    press(within(panel).getByRole('button', { name: 'Keep the timer running' }));
    await waitFor(() => expect(focused()).toBe('button: Stop and log'), SLOW);
    expect(within(panel).queryByLabelText('Minutes to log')).toBeNull();
    expect(await listSessions(store)).toEqual([]);
    expect((await getTimer(store))?.runningSince).toBe(local(22, 23, 30).toISOString());
  });
});

describe('Discard', { timeout: 20_000 }, () => {
  it('offers Undo, which puts the timer back running from its start', async () => {
    const panel = await timerFrom(local(22, 9), local(22, 9, 40));
    expect(within(panel).getByRole('timer').textContent).toBe('00:40:00');
    press(within(panel).getByRole('button', { name: 'Discard' }));

    expect(await screen.findByText('Timer discarded; nothing was logged.', {}, SLOW)).toBeDefined();
    await waitFor(() => expect(focused()).toBe('button: Start timer'), SLOW);
    expect(await getTimer(store)).toBeNull();
    expect(within(panel).getByRole('timer').textContent).toBe('00:00:00');

    press(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(focused()).toBe('button: Pause'), SLOW);
    expect(within(panel).getByRole('timer').textContent).toBe('00:40:00');
    expect((await getTimer(store))?.runningSince).toBe(local(22, 9).toISOString());
    expect(await listSessions(store)).toEqual([]);
  });

  it('from the question too: the timer left three days comes back with Undo', async () => {
    const panel = await timerFrom(local(22, 9), local(25, 8, 3));
    press(within(panel).getByRole('button', { name: 'Stop and log' }));
    await within(panel).findByLabelText('Minutes to log', {}, SLOW);
    press(within(panel).getByRole('button', { name: 'Discard' }));
    expect(await screen.findByText('Timer discarded; nothing was logged.', {}, SLOW)).toBeDefined();
    expect(await getTimer(store)).toBeNull();
    press(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(focused()).toBe('button: Pause'), SLOW);
    expect(within(panel).getByRole('timer').textContent).toBe('71:03:00');
    expect(await listSessions(store)).toEqual([]);
  });
});
