// Deleting on the study planner keeps a keyboard user's place (WCAG 2.4.3 focus order), as
// journal and goal deletes do: a logged session's Delete hands the focus to the next session's
// Delete (the card's heading once none is left), a plan's "Delete plan" to the next plan's
// name (the Plans heading once none is left), and Undo brings it back to the control pressed.
// Never to the page itself, where the next Tab would start from the top.
// (jsdom joins a button's hidden words without a space, so names are matched by their start.)
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  emptyProfileDraft,
  weekdays,
  type WeeklyAvailability,
} from '../../../shared/domain/profile/profile';
import type { PlanDraft } from '../../../shared/domain/study';
import { formatDate as day } from '../../../renderer/src/components/format';
import { UndoProvider } from '../../../renderer/src/components/undo';
import { resetUnsavedChanges } from '../../../renderer/src/components/unsaved-changes';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { saveHeld } from '../../../renderer/src/db/repositories/credentials';
import { saveProfile } from '../../../renderer/src/db/repositories/profile';
import { addSession, listSessions } from '../../../renderer/src/db/repositories/study-log';
import { listPlans, savePlan } from '../../../renderer/src/db/repositories/study-plans';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { StudyScreen } from '../../../renderer/src/features/study/StudyScreen';
import { PlatformProvider } from '../../../renderer/src/platform';
import { fakePlatform } from '../../db/backup-fakes';
import { freshName } from '../../db/helpers';

const asOf = '2026-11-22';
const SLOW = { timeout: 5000 };
const week: WeeklyAvailability = { mon: 0, tue: 2, wed: 0, thu: 1.5, fri: 0, sat: 3, sun: 0 };

let store: Store;
let examTarget: string;
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 22, 10, 0)); // 22 Nov 2026, 10:00 local
  store = await openStore(freshName('study-delete-focus'));
  const draft = emptyProfileDraft();
  const profile = await saveProfile(store, {
    ...draft,
    currentRung: 'pmo-analyst',
    targetRung: 'pmo-director',
    education: 'bachelor',
    weeklyAvailability: { ...draft.weeklyAvailability, tue: '2', thu: '1.5', sat: '3' },
  });
  if (!profile.ok) throw new Error('profile not saved');
  const held = await saveHeld(
    store,
    { credentialId: 'pmp', stage: 'exam-booked', examDate: '2027-03-20', renewals: [] },
    asOf,
  );
  if (!held.ok) throw new Error('credential not saved');
  examTarget = `exam:${held.value.id}`;
});
afterEach(async () => {
  cleanup();
  resetUnsavedChanges();
  vi.useRealTimers();
  await store.db.delete();
});

async function plan(title: string) {
  const draft: PlanDraft = {
    title,
    target: examTarget,
    hoursNeeded: '10',
    start: asOf,
    deadline: '2027-03-20',
    sessionMinutes: '60',
    bufferDays: '2',
    dayStart: '18:00',
    override: Object.fromEntries(weekdays.map((d) => [d, ''])) as PlanDraft['override'],
    blackouts: '',
  };
  const made = await savePlan(store, draft, week, asOf);
  if (!made.ok) throw new Error(JSON.stringify(made.errors));
}

async function session(date: string, topic: string) {
  const r = await addSession(store, { planId: null, date, minutes: 45, topic }, asOf);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
}

/** As in the app's shell: the page's heading is the one in <main>. */
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

/** Focus a control the way a keyboard user reaches it, then press it. */
function press(control: HTMLElement) {
  control.focus();
  fireEvent.click(control);
}

/** What has the focus, in words: its tag and its text. */
function focused(): string {
  const el = document.activeElement as HTMLElement | null;
  if (!el || el === document.body) return '(the page)';
  return `${el.tagName.toLowerCase()}: ${el.textContent?.trim()}`;
}

/** A session's Delete button, in words (its hidden words name the session). */
const deleteOf = (date: string, topic: string) => `button: Delete from ${day(date)}, ${topic}`;

/** The row or card the focused control is in, in words. */
const focusedIn = (container: string) =>
  (document.activeElement?.closest(container) as HTMLElement | null)?.textContent ?? '(none)';

const sessionRow = (topic: string) => screen.getByRole('row', { name: new RegExp(topic) });
const planCard = (title: string) => screen.getByRole('article', { name: title });
const undo = () => press(screen.getByRole('button', { name: /^Undo/ }));

describe('deleting a logged study session', { timeout: 30_000 }, () => {
  it('hands the focus to the next session’s Delete, and Undo brings it back', async () => {
    await session('2026-11-21', 'Risk management');
    await session('2026-11-20', 'Agile coaching');
    await session('2026-11-18', 'Mock exam review');
    await showPlanner();
    await screen.findByRole('row', { name: /Agile coaching/ }, SLOW);

    press(within(sessionRow('Agile coaching')).getByRole('button', { name: /^Delete/ }));
    await screen.findByText('Study session deleted.', {}, SLOW);
    await waitFor(() => expect(focused()).toBe(deleteOf('2026-11-18', 'Mock exam review')), SLOW);
    expect(focusedIn('tr')).toContain('Mock exam review');
    expect((await listSessions(store)).map((s) => s.topic)).toEqual([
      'Risk management',
      'Mock exam review',
    ]);

    undo();
    await screen.findByRole('row', { name: /Agile coaching/ }, SLOW);
    await waitFor(() => expect(focused()).toBe(deleteOf('2026-11-20', 'Agile coaching')), SLOW);
    expect(focusedIn('tr')).toContain('Agile coaching');
  });

  it('the last row deleted: the one before takes it; none left: the card’s heading', async () => {
    await session('2026-11-21', 'Risk management');
    await session('2026-11-18', 'Mock exam review');
    await showPlanner();
    await screen.findByRole('row', { name: /Mock exam review/ }, SLOW);

    press(within(sessionRow('Mock exam review')).getByRole('button', { name: /^Delete/ }));
    await waitFor(() => expect(focused()).toBe(deleteOf('2026-11-21', 'Risk management')), SLOW);

    press(within(sessionRow('Risk management')).getByRole('button', { name: /^Delete/ }));
    await screen.findByText('No study logged yet.', {}, SLOW);
    await waitFor(() => expect(focused()).toBe('h2: Logged study'), SLOW);
  });
});

describe('deleting a study plan', { timeout: 30_000 }, () => {
  it('hands the focus to the next plan’s name, and Undo brings it back to Delete plan', async () => {
    await plan('PMP exam: first pass');
    await plan('PMP exam: revision');
    await showPlanner();
    await screen.findByRole('article', { name: 'PMP exam: revision' }, SLOW);

    press(within(planCard('PMP exam: first pass')).getByRole('button', { name: 'Delete plan' }));
    await screen.findByText('Plan “PMP exam: first pass” deleted.', {}, SLOW);
    await waitFor(() => expect(focused()).toBe('h3: PMP exam: revision'), SLOW);
    expect((await listPlans(store)).map((p) => p.title)).toEqual(['PMP exam: revision']);

    undo();
    await screen.findByRole('article', { name: 'PMP exam: first pass' }, SLOW);
    await waitFor(() => expect(focused()).toBe('button: Delete plan'), SLOW);
    expect(document.activeElement?.closest('article')?.getAttribute('aria-labelledby')).toBe(
      planCard('PMP exam: first pass').getAttribute('aria-labelledby'),
    );
  });

  it('the last plan deleted: the one before takes it; none left: the Plans heading', async () => {
    await plan('PMP exam: first pass');
    await plan('PMP exam: revision');
    await showPlanner();
    await screen.findByRole('article', { name: 'PMP exam: revision' }, SLOW);
    const titles = screen.getAllByRole('article').map((a) => a.querySelector('h3')?.textContent);
    const [first, last] = titles as [string, string];

    press(within(planCard(last)).getByRole('button', { name: 'Delete plan' }));
    await waitFor(() => expect(focused()).toBe(`h3: ${first}`), SLOW);

    press(within(planCard(first)).getByRole('button', { name: 'Delete plan' }));
    await screen.findByText('No plan yet. Create one for an exam or a goal.', {}, SLOW);
    await waitFor(() => expect(focused()).toBe('h2: Plans'), SLOW);
  });
});
