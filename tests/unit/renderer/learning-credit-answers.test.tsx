// Editing a course that has credit entries (review A3, A4, A15, B14, B17): a notes-only edit
// saves without asking; a change to the hours asks, says how many credit entries come from the
// course and how the person's split carries over; "Delete them" shows how many went, with an
// Undo that brings them back; the credit entries to confirm stay on their own tab.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { courseCredits, type Course } from '../../../shared/domain/journal';
import { UndoProvider } from '../../../renderer/src/components/undo';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { listActivities } from '../../../renderer/src/db/repositories/activities';
import { saveHeld } from '../../../renderer/src/db/repositories/credentials';
import { confirmCredits, saveCourse } from '../../../renderer/src/db/repositories/journal';
import { LearningScreen } from '../../../renderer/src/features/learning/LearningScreen';
import { PlatformProvider } from '../../../renderer/src/platform';
import { fakePlatform } from '../../db/backup-fakes';
import { freshName } from '../../db/helpers';

const asOf = '2026-11-22';
const SLOW = { timeout: 5000 };
const course: Omit<Course, 'id'> = {
  title: 'PMO set-up and operations',
  provider: 'Acme Training',
  format: 'virtual',
  status: 'completed',
  start: '2026-09-01',
  end: '2026-09-03',
  contactHours: 16,
  cost: null,
  link: '',
  topic: 'general',
  split: null,
  notes: '',
};
const mine = { waysOfWorking: 4, powerSkills: 4, businessAcumen: 8 };

let store: Store;
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 22, 10, 0)); // 22 Nov 2026, 10:00 local
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  store = await openStore(freshName('credit-answers'));
});
afterEach(async () => {
  cleanup();
  vi.useRealTimers();
  await store.db.delete();
});

/** PMP earned, the course saved and its credit entry confirmed with the split 4/4/8. */
async function seed() {
  const held = await saveHeld(
    store,
    { credentialId: 'pmp', stage: 'earned', earnedDate: '2025-01-15' },
    asOf,
  );
  if (!held.ok) throw new Error('credential not saved');
  const saved = await saveCourse(store, course, { asOf });
  if (!saved.ok) throw new Error('course not saved');
  const [proposed] = courseCredits(saved.value, [held.value]).suggestions;
  const list = [{ ...proposed!.activity, split: mine }];
  if (!(await confirmCredits(store, 'courses', saved.value.id, list, asOf)).ok)
    throw new Error('credit entry not confirmed');
}

function renderLearning(rest: string[]) {
  const ui = (r: string[]) => (
    <StoreProvider store={store}>
      <PlatformProvider platform={fakePlatform(null)}>
        <UndoProvider>
          <LearningScreen rest={r} />
        </UndoProvider>
      </PlatformProvider>
    </StoreProvider>
  );
  const view = render(ui(rest));
  return (next: string[]) => view.rerender(ui(next));
}

async function editCourse(change: Record<string, string>) {
  const row = await screen.findByRole('row', { name: /PMO set-up/ }, SLOW);
  await within(row).findByText('1 in the credit log', {}, SLOW);
  fireEvent.click(within(row).getByRole('button', { name: /^Edit/ }));
  const form = screen.getByRole('form', { name: 'Edit course' });
  for (const [label, value] of Object.entries(change))
    fireEvent.change(within(form).getByLabelText(label), { target: { value } });
  fireEvent.click(within(form).getByRole('button', { name: 'Save course' }));
  return form;
}

describe('editing a course with credit entries', { timeout: 20_000 }, () => {
  it('saves a notes-only edit without asking and leaves the credit entry as it was', async () => {
    await seed();
    const before = await listActivities(store);
    renderLearning(['courses']);
    await editCourse({ Notes: 'Good trainer, clear examples.' });
    await waitFor(
      () => expect(screen.queryByRole('form', { name: 'Edit course' })).toBeNull(),
      SLOW,
    );
    expect(screen.queryByRole('dialog')).toBeNull();
    expect((await store.db.table('courses').toArray())[0].notes).toBe(
      'Good trainer, clear examples.',
    );
    expect(await listActivities(store)).toEqual(before);
    // Nothing is proposed again for a course whose credit entry stays.
    expect(screen.queryByRole('region', { name: 'Credit entries to confirm' })).toBeNull();
  });

  it('asks about new hours, says how many and how the split carries over; Delete them can be undone', async () => {
    await seed();
    const before = await listActivities(store);
    renderLearning(['courses']);
    await editCourse({ 'Contact hours': '20' });
    const dialog = await screen.findByRole(
      'dialog',
      { name: 'This entry has credit entries' },
      SLOW,
    );
    expect(dialog.textContent).toContain(
      '1 credit entry in your credit log comes from this course.',
    );
    const update = within(dialog).getByRole('button', { name: 'Update them to match' });
    const describedBy = update.getAttribute('aria-describedby');
    expect(describedBy).toMatch(/\S/);
    const described = document.getElementById(describedBy!)!;
    expect(described.textContent).toContain(
      'The split 4/4/8 becomes 5/5/10, in proportion to the new hours.',
    );

    fireEvent.click(within(dialog).getByRole('button', { name: 'Delete them' }));
    expect(
      await screen.findByText(
        'Deleted 1 credit entry that came from “PMO set-up and operations”.',
        {},
        SLOW,
      ),
    ).toBeDefined();
    expect(await listActivities(store)).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect(await listActivities(store)).toEqual(before), SLOW);
    // The course keeps its new hours; its credit entry is back as it was.
    expect((await store.db.table('courses').toArray())[0].contactHours).toBe(20);
  });

  it('updates to match with the split carried to the new hours', async () => {
    await seed();
    renderLearning(['courses']);
    await editCourse({ 'Contact hours': '20' });
    const dialog = await screen.findByRole(
      'dialog',
      { name: 'This entry has credit entries' },
      SLOW,
    );
    fireEvent.click(within(dialog).getByRole('button', { name: 'Update them to match' }));
    await waitFor(async () => {
      const [a] = await listActivities(store);
      expect([a?.amount, a?.split]).toEqual([
        20,
        { waysOfWorking: 5, powerSkills: 5, businessAcumen: 10 },
      ]);
    }, SLOW);
  });
});

describe('credit entries to confirm', { timeout: 20_000 }, () => {
  it('belong to their entry’s tab', async () => {
    const held = await saveHeld(
      store,
      { credentialId: 'pmp', stage: 'earned', earnedDate: '2025-01-15' },
      asOf,
    );
    if (!held.ok) throw new Error('credential not saved');
    await saveCourse(store, course, { asOf });
    const go = renderLearning(['courses']);
    const row = await screen.findByRole('row', { name: /PMO set-up/ }, SLOW);
    fireEvent.click(within(row).getByRole('button', { name: /^Propose credit entries/ }));
    const panel = 'Credit entries to confirm';
    expect(await screen.findByRole('region', { name: panel }, SLOW)).toBeDefined();
    go(['reading']);
    expect(screen.queryByRole('region', { name: panel })).toBeNull();
    go(['courses']);
    expect(screen.getByRole('region', { name: panel }).textContent).toContain(
      '“PMO set-up and operations” earns credit',
    );
  });
});
