// A delete the database refuses (the disk is full) says so, as a refused re-plan or claim on
// the same screen does, in the same place: the plan's card note, the session list's note.
// Nothing is deleted, no Undo is offered, and the refusal is not left as an unhandled error.
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyProfileDraft, weekdays } from '../../../shared/domain/profile/profile';
import type { PlanDraft } from '../../../shared/domain/study';
import { storageErrorText } from '../../../renderer/src/components/storage-messages';
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
const FULL = storageErrorText('QUOTA');

let store: Store;
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 22, 10, 0)); // 22 Nov 2026, 10:00 local
  store = await openStore(freshName('study-delete-failed'));
  const draft = emptyProfileDraft();
  const profile = await saveProfile(store, {
    ...draft,
    currentRung: 'pmo-analyst',
    targetRung: 'pmo-director',
    education: 'bachelor',
    weeklyAvailability: { ...draft.weeklyAvailability, tue: '2', thu: '1.5', sat: '3' },
  });
  if (!profile.ok) throw new Error('profile not saved');
});
afterEach(async () => {
  cleanup();
  resetUnsavedChanges();
  vi.useRealTimers();
  await store.db.delete();
});

async function plan(title: string) {
  const held = await saveHeld(
    store,
    { credentialId: 'pmp', stage: 'exam-booked', examDate: '2027-03-20', renewals: [] },
    asOf,
  );
  if (!held.ok) throw new Error('credential not saved');
  const draft: PlanDraft = {
    title,
    target: `exam:${held.value.id}`,
    hoursNeeded: '10',
    start: asOf,
    deadline: '2027-03-20',
    sessionMinutes: '60',
    bufferDays: '2',
    dayStart: '18:00',
    override: Object.fromEntries(weekdays.map((d) => [d, ''])) as PlanDraft['override'],
    blackouts: '',
  };
  const week = { mon: 0, tue: 2, wed: 0, thu: 1.5, fri: 0, sat: 3, sun: 0 };
  const made = await savePlan(store, draft, week, asOf);
  if (!made.ok) throw new Error(JSON.stringify(made.errors));
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

/**
 * From now on, every write that touches `table` fails as a full disk makes it fail (an error
 * named as IndexedDB's; jsdom's DOMException is not an Error of this realm).
 */
function diskFullFor(table: string) {
  const full = 'QuotaExceededError';
  const transaction = store.db.transaction.bind(store.db) as (...args: unknown[]) => unknown;
  vi.spyOn(store.db, 'transaction').mockImplementation(((...args: unknown[]) => {
    const [mode, tables] = args as [string, string[] | string];
    if (mode === 'rw' && [tables].flat().includes(table))
      return Promise.reject(Object.assign(new Error('Quota exceeded.'), { name: full }));
    return transaction(...args);
  }) as typeof store.db.transaction);
}

function press(control: HTMLElement) {
  control.focus();
  fireEvent.click(control);
}

describe('a delete the database refuses', { timeout: 30_000 }, () => {
  it('a plan: its card says nothing was saved, and the plan stays', async () => {
    await plan('PMP exam: first pass');
    await showPlanner();
    const card = await screen.findByRole('article', { name: 'PMP exam: first pass' }, SLOW);
    diskFullFor('studyPlans');

    const button = within(card).getByRole('button', { name: 'Delete plan' });
    press(button);
    expect(await within(card).findByText(FULL, {}, SLOW)).toHaveProperty('tagName', 'P');
    expect(within(card).getByText(FULL).getAttribute('role')).toBe('status');
    vi.restoreAllMocks();
    expect((await listPlans(store)).map((p) => p.title)).toEqual(['PMP exam: first pass']);
    expect(screen.getByRole('article', { name: 'PMP exam: first pass' })).toBe(card);
    expect(screen.queryByRole('button', { name: /^Undo/ })).toBeNull();
    expect(document.activeElement).toBe(button);
  });

  it('a session: the list says nothing was saved, and the session stays', async () => {
    const r = await addSession(
      store,
      { planId: null, date: '2026-11-21', minutes: 45, topic: 'Risk management' },
      asOf,
    );
    if (!r.ok) throw new Error('not saved');
    await showPlanner();
    const topic = await screen.findByText('Risk management', { selector: 'td' }, SLOW);
    diskFullFor('studySessions');

    const button = within(topic.closest('tr')!).getByRole('button', { name: /^Delete/ });
    press(button);
    const said = await screen.findByText(FULL, {}, SLOW);
    expect(said.getAttribute('role')).toBe('status');
    expect(said.closest('section')?.querySelector('h2')?.textContent).toBe('Logged study');
    vi.restoreAllMocks();
    expect((await listSessions(store)).map((s) => s.topic)).toEqual(['Risk management']);
    expect(screen.getByText('Risk management', { selector: 'td' })).toBe(topic);
    expect(screen.queryByRole('button', { name: /^Undo/ })).toBeNull();
    expect(document.activeElement).toBe(button);
  });
});
