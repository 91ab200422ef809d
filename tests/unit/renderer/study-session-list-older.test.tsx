// "Logged study" is the one list of sessions, so every session must be reachable there to
// claim or delete, however old: the newest 30 at first, a line that says how many of how many
// are shown, and a button that shows 30 older ones at a time. Focus stays on that button while
// older sessions remain; once it goes, focus moves to the first session it brought in.
// (jsdom joins a button's hidden words without a space, so names are matched by their start.)
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { addDays } from '../../../shared/dates';
import { emptyProfileDraft } from '../../../shared/domain/profile/profile';
import { formatDate as day } from '../../../renderer/src/components/format';
import { UndoProvider } from '../../../renderer/src/components/undo';
import { resetUnsavedChanges } from '../../../renderer/src/components/unsaved-changes';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { saveProfile } from '../../../renderer/src/db/repositories/profile';
import { addSession, listSessions } from '../../../renderer/src/db/repositories/study-log';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { StudyScreen } from '../../../renderer/src/features/study/StudyScreen';
import { PlatformProvider } from '../../../renderer/src/platform';
import { fakePlatform } from '../../db/backup-fakes';
import { freshName } from '../../db/helpers';

const asOf = '2026-11-22';
const SLOW = { timeout: 5000 };

let store: Store;
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 22, 10, 0)); // 22 Nov 2026, 10:00 local
  store = await openStore(freshName('study-session-older'));
  const profile = await saveProfile(store, {
    ...emptyProfileDraft(),
    currentRung: 'pmo-analyst',
    targetRung: 'pmo-director',
    education: 'bachelor',
  });
  if (!profile.ok) throw new Error('profile not saved');
});
afterEach(async () => {
  cleanup();
  resetUnsavedChanges();
  vi.useRealTimers();
  await store.db.delete();
});

/** `count` sessions, one a day back from today: "Session 1" today, "Session 2" yesterday… */
async function sessions(count: number) {
  for (let i = 1; i <= count; i++) {
    const date = addDays(asOf, 1 - i);
    const r = await addSession(
      store,
      { planId: null, date, minutes: 45, topic: `Session ${i}` },
      asOf,
    );
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
  }
}

async function showPlanner() {
  render(
    <StoreProvider store={store}>
      <PlatformProvider platform={fakePlatform(null)}>
        <UndoProvider>
          <main>
            <StudyScreen rest={[]} />
          </main>
        </UndoProvider>
      </PlatformProvider>
    </StoreProvider>,
  );
  await screen.findByRole('heading', { level: 1, name: 'Study planner' }, SLOW);
}

function press(control: HTMLElement) {
  control.focus();
  fireEvent.click(control);
}

function focused(): string {
  const el = document.activeElement as HTMLElement | null;
  if (!el || el === document.body) return '(the page)';
  return `${el.tagName.toLowerCase()}: ${el.textContent?.trim()}`;
}

/** The topics of the session rows drawn, top to bottom. */
const shownTopics = () =>
  [
    ...screen.getByRole('table', { name: /Logged study sessions/ }).querySelectorAll('tbody tr'),
  ].map((r) => r.querySelectorAll('td')[2]?.textContent);

/** A session's row, found by its topic cell (by text: role names of 60 rows are slow in jsdom). */
const row = (topic: string) => screen.getByText(topic, { selector: 'td' }).closest('tr')!;
const rowShown = (topic: string) => screen.findByText(topic, { selector: 'td' }, SLOW);
const rowAbsent = (topic: string) => screen.queryByText(topic, { selector: 'td' });
const countLine = () => screen.getByText(/^Showing \d+ of \d+ sessions\.$/);

describe('older logged sessions', { timeout: 30_000 }, () => {
  it('30 at first, then 30 older at a time, the count said; focus kept, then on the first new', async () => {
    await sessions(65);
    await showPlanner();
    await rowShown('Session 30');

    expect(shownTopics()).toEqual(Array.from({ length: 30 }, (_, i) => `Session ${i + 1}`));
    expect(countLine().textContent).toBe('Showing 30 of 65 sessions.');
    expect(rowAbsent('Session 31')).toBeNull();

    const more = screen.getByText('Show 30 older sessions', { selector: 'button' });
    press(more);
    await rowShown('Session 60');
    expect(countLine().textContent).toBe('Showing 60 of 65 sessions.');
    expect(shownTopics()).toHaveLength(60);
    // Still there, with what is left, and still focused: press again for the rest.
    expect(screen.getByText('Show 5 older sessions', { selector: 'button' })).toBe(more);
    expect(document.activeElement).toBe(more);

    press(more);
    await rowShown('Session 65');
    expect(countLine().textContent).toBe('Showing 65 of 65 sessions.');
    expect(screen.queryByText(/older session/, { selector: 'button' })).toBeNull();
    await waitFor(
      () => expect(focused()).toBe(`button: Delete from ${day(addDays(asOf, -60))}, Session 61`),
      SLOW,
    );
  });

  it('a session back-filled long ago can be reached and deleted', async () => {
    await sessions(30);
    const old = await addSession(
      store,
      { planId: null, date: '2025-01-10', minutes: 90, topic: 'Back-filled workshop' },
      asOf,
    );
    if (!old.ok) throw new Error('not saved');
    await showPlanner();
    await rowShown('Session 30');
    expect(rowAbsent('Back-filled workshop')).toBeNull();
    expect(countLine().textContent).toBe('Showing 30 of 31 sessions.');

    press(screen.getByText('Show 1 older session', { selector: 'button' }));
    await rowShown('Back-filled workshop');
    await waitFor(
      () =>
        expect(focused()).toBe(`button: Delete from ${day('2025-01-10')}, Back-filled workshop`),
      SLOW,
    );

    press(within(row('Back-filled workshop')).getByRole('button', { name: /^Delete/ }));
    await screen.findByText('Study session deleted.', {}, SLOW);
    expect((await listSessions(store)).map((s) => s.topic)).not.toContain('Back-filled workshop');
  });

  it('30 sessions or fewer: no count line and no button', async () => {
    await sessions(30);
    await showPlanner();
    await rowShown('Session 30');
    expect(screen.queryByText(/^Showing/)).toBeNull();
    expect(screen.queryByText(/older session/, { selector: 'button' })).toBeNull();
  });
});
