/**
 * File › Print report… while the report's period cannot be used (own dates missing or the
 * wrong way round, or "Current credential cycle" with none running) is refused at once, in the
 * words of the "no section" refusal, and dropped: mending the period later shows the report
 * and prints nothing unasked. (A review found the request kept silently, and the print dialog
 * opening by itself once the dates were typed.)
 */
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MenuCommand } from '../../../shared/ipc/contract';
import type { Platform } from '../../../shared/platform';
import { App } from '../../../renderer/src/app/App';
import { deleteStore, openStore, type Store } from '../../../renderer/src/db/database';
import { saveProfile } from '../../../renderer/src/db/repositories/profile';
import { silentNotifications } from './silent-notifications';

/** A desktop platform double that records what is printed and lets a test use the menu. */
function fakeDesktop(printed: unknown[]): Platform & { emit: (c: MenuCommand) => void } {
  const listeners = new Set<(c: MenuCommand) => void>();
  return {
    kind: 'desktop',
    appInfo: async () => ({
      name: 'Ascent',
      version: '1',
      electron: '1',
      chrome: '1',
      platform: 'linux',
    }),
    saveFile: async () => ({ saved: false }),
    openFile: async () => ({ opened: false }),
    openExternal: async () => {},
    print: async () => {},
    printReport: async (request) => {
      printed.push(request);
      return { kind: 'pdf', saved: false };
    },
    backups: null,
    notifications: silentNotifications,
    onMenuCommand(l) {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    emit(c) {
      listeners.forEach((l) => l(c));
    },
  };
}

let store: Store;
beforeEach(async () => {
  window.location.hash = '';
  // jsdom has no matchMedia or <dialog> methods; give the minimum the shell uses.
  window.matchMedia ??= ((q: string) => ({
    matches: false,
    media: q,
    addEventListener() {},
    removeEventListener() {},
  })) as unknown as typeof window.matchMedia;
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  store = await openStore(`report-print-refused-${Math.random()}`);
  // No credential held: "Current credential cycle" has no cycle to show.
  await saveProfile(store, {
    name: 'Ana',
    currentRung: 'pmo-analyst',
    targetRung: 'pmo-manager',
    education: 'bachelor',
    gacAccredited: false,
    weeklyAvailability: { mon: '1', tue: '0', wed: '0', thu: '0', fri: '0', sat: '0', sun: '0' },
  });
});
afterEach(async () => {
  cleanup();
  store.db.close();
  await deleteStore(store.db.name);
});

// Hang guards: the report screen's code and figures load on demand; nothing here is timed.
const slow = { timeout: 10_000 };
const pause = (ms: number) => act(() => new Promise((r) => setTimeout(r, ms)));
const status = () => screen.getByText(/^Nothing was printed/, { selector: '[role="status"]' });

async function openReports(printed: unknown[]) {
  const platform = fakeDesktop(printed);
  window.location.hash = '#/reports';
  render(<App store={store} platform={platform} />);
  await screen.findByRole('article', { name: /^Progress report/ }, slow);
  return platform;
}

function typeDates(from: string, to: string) {
  fireEvent.change(screen.getByLabelText('From'), { target: { value: from } });
  fireEvent.change(screen.getByLabelText('To'), { target: { value: to } });
}

describe('File › Print report… with a period that cannot be used', () => {
  it.each([
    [
      'own dates not entered',
      () => {},
      'Nothing was printed: enter both dates of the period first.',
    ],
    [
      'only one own date entered',
      () => typeDates('2026-01-01', ''),
      'Nothing was printed: enter both dates of the period first.',
    ],
    [
      'From after To',
      () => typeDates('2026-06-30', '2026-01-01'),
      'Nothing was printed: the first date of the period is after the last. Correct the dates first.',
    ],
  ])(
    '%s: refused at once, and nothing prints once the dates are mended',
    { timeout: 30_000 },
    async (_name, enter, refusal) => {
      const printed: unknown[] = [];
      const platform = await openReports(printed);
      fireEvent.click(screen.getByRole('radio', { name: 'Your own dates' }));
      enter();

      act(() => platform.emit('print-report'));
      await waitFor(() => expect(status().textContent).toBe(refusal), slow);
      expect(printed).toHaveLength(0);

      // The person gives up on printing and fills the dates in to look at the report.
      typeDates('2026-01-01', '2026-06-30');
      await screen.findByRole('article', { name: /^Progress report/ }, slow);
      await pause(500);
      expect(printed).toHaveLength(0);
      // The refusal was about the dates as they were: it goes once they are mended.
      expect(screen.queryByText(/^Nothing was printed/)).toBeNull();

      // Asked again with a good period, the report prints.
      act(() => platform.emit('print-report'));
      await waitFor(() => expect(printed).toHaveLength(1), slow);
    },
  );

  it(
    'no credential cycle running: refused at once, and nothing prints on choosing another period',
    { timeout: 30_000 },
    async () => {
      const printed: unknown[] = [];
      const platform = await openReports(printed);
      fireEvent.click(screen.getByRole('radio', { name: /^Current credential cycle/ }));

      act(() => platform.emit('print-report'));
      await waitFor(
        () =>
          expect(status().textContent).toBe(
            'Nothing was printed: no credential has a cycle running today. Choose the last 12 months or your own dates first.',
          ),
        slow,
      );

      fireEvent.click(screen.getByRole('radio', { name: 'Last 12 months' }));
      await screen.findByRole('article', { name: /^Progress report/ }, slow);
      await pause(500);
      expect(printed).toHaveLength(0);
    },
  );

  it('no section chosen: still refused in the same words', { timeout: 30_000 }, async () => {
    const printed: unknown[] = [];
    const platform = await openReports(printed);
    for (const box of screen.getAllByRole<HTMLInputElement>('checkbox'))
      if (box.checked) fireEvent.click(box);

    act(() => platform.emit('print-report'));
    await waitFor(
      () =>
        expect(status().textContent).toBe(
          'Nothing was printed: choose at least one section first.',
        ),
      slow,
    );
    expect(printed).toHaveLength(0);
  });
});
