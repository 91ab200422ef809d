// A course edit whose answer deletes credit entries never loses them without an Undo (review of
// Learning/Network, findings 2 and 4): "Update them to match" on a course set back to "In
// progress" says the credit entry goes with its evidence file, backs up first when several
// go, and offers the same Undo as "Delete them"; an Undo once the course has credit entries
// again is refused, in words, with nothing written. Today is 22 Nov 2026.
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { HeldCredential } from '../../../shared/domain/credentials';
import { courseCredits, type Course } from '../../../shared/domain/journal';
import { UndoProvider } from '../../../renderer/src/components/undo';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { listActivities, saveActivity } from '../../../renderer/src/db/repositories/activities';
import { saveHeld } from '../../../renderer/src/db/repositories/credentials';
import {
  confirmCredits,
  linkedActivities,
  saveCourse,
  type CourseRow,
} from '../../../renderer/src/db/repositories/journal';
import { LearningScreen } from '../../../renderer/src/features/learning/LearningScreen';
import { PlatformProvider } from '../../../renderer/src/platform';
import { fakeBackups, fakePlatform, type FakeBackups } from '../../db/backup-fakes';
import { freshName } from '../../db/helpers';

const asOf = '2026-11-22';
const SLOW = { timeout: 5000 };
const course: Omit<Course, 'id'> = {
  title: 'PMO set-up',
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
const receipt = { name: 'receipt.pdf', mimeType: 'application/pdf', data: new Uint8Array([7]) };

let store: Store;
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 22, 10, 0));
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  store = await openStore(freshName('credit-undo-ui'));
});
afterEach(async () => {
  cleanup();
  vi.useRealTimers();
  await store.db.delete();
});

/** PMP earned; the course with its credit entry confirmed, reported, with one evidence file. */
async function seed(): Promise<{ c: CourseRow; held: HeldCredential }> {
  const held = await saveHeld(
    store,
    { credentialId: 'pmp', stage: 'earned', earnedDate: '2025-01-15' },
    asOf,
  );
  if (!held.ok) throw new Error('credential not saved');
  const saved = await saveCourse(store, course, { asOf });
  if (!saved.ok) throw new Error('course not saved');
  const list = courseCredits(saved.value, [held.value]).suggestions.map((s) => s.activity);
  if (!(await confirmCredits(store, 'courses', saved.value.id, list, asOf)).ok)
    throw new Error('credit entry not confirmed');
  const [entry] = await linkedActivities(store, saved.value.id);
  const marked = await saveActivity(store, { ...entry!, status: 'reported' }, asOf, {
    addEvidence: [receipt],
  });
  if (!marked.ok) throw new Error('credit entry not marked');
  return { c: saved.value, held: held.value };
}

function renderLearning(backups: FakeBackups | null = null) {
  render(
    <StoreProvider store={store}>
      <PlatformProvider platform={fakePlatform(backups)}>
        <UndoProvider>
          <LearningScreen rest={['courses']} />
        </UndoProvider>
      </PlatformProvider>
    </StoreProvider>,
  );
}

async function editCourse(change: Record<string, string>, inLog: string) {
  const row = await screen.findByRole('row', { name: /PMO set-up/ }, SLOW);
  await within(row).findByText(inLog, {}, SLOW);
  fireEvent.click(within(row).getByRole('button', { name: /^Edit/ }));
  const form = screen.getByRole('form', { name: 'Edit course' });
  for (const [label, value] of Object.entries(change))
    fireEvent.change(within(form).getByLabelText(label), { target: { value } });
  fireEvent.click(within(form).getByRole('button', { name: 'Save course' }));
  return screen.findByRole('dialog', { name: 'This entry has credit entries' }, SLOW);
}

const described = (button: HTMLElement) =>
  document.getElementById(button.getAttribute('aria-describedby')!)!.textContent;

describe('Update them to match, on a course set back to In progress', { timeout: 20_000 }, () => {
  it('names the evidence file, and the credit entry it deletes can be undone', async () => {
    await seed();
    const activitiesBefore = await listActivities(store);
    const evidenceBefore = await store.db.table('evidence').toArray();
    renderLearning();
    const dialog = await editCourse({ Status: 'in-progress' }, '1 in the credit log');
    const update = within(dialog).getByRole('button', { name: 'Update them to match' });
    expect(described(update)).toContain(
      '1 credit entry no longer matches anything in the course and will be deleted, with its 1 evidence file.',
    );

    fireEvent.click(update);
    const deleted = 'Deleted 1 credit entry and 1 evidence file that came from “PMO set-up”.';
    expect(await screen.findByText(deleted, {}, SLOW)).not.toBeNull();
    expect(await listActivities(store)).toEqual([]);
    expect(await store.db.table('evidence').count()).toBe(0);

    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Undo' })));
    await waitFor(async () => expect(await listActivities(store)).toEqual(activitiesBefore), SLOW);
    expect(await store.db.table('evidence').toArray()).toEqual(evidenceBefore);
    expect((await store.db.table('courses').toArray())[0].status).toBe('in-progress');
  });

  it('backs up first when it deletes several, as "Delete them" does', async () => {
    const { c } = await seed();
    const second = await saveActivity(
      store,
      { ...(await linkedActivities(store, c.id))[0]!, id: undefined, title: 'PMO workshop day' },
      asOf,
    );
    if (!second.ok) throw new Error('second credit entry not saved');
    const backups = fakeBackups();
    renderLearning(backups);
    const dialog = await editCourse({ Status: 'in-progress' }, '2 in the credit log');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Update them to match' }));
    await waitFor(async () => expect(await listActivities(store)).toEqual([]), SLOW);
    expect(backups.files.map((f) => f.info.reason)).toEqual(['before-bulk-delete']);
    const deleted = 'Deleted 2 credit entries and 1 evidence file that came from “PMO set-up”.';
    expect(await screen.findByText(deleted, {}, SLOW)).not.toBeNull();
  });
});

describe(
  'Undo of "Delete them" once the course has credit entries again',
  { timeout: 20_000 },
  () => {
    it('is refused in words, and nothing is written', async () => {
      const { c, held } = await seed();
      renderLearning();
      const dialog = await editCourse({ 'Contact hours': '24' }, '1 in the credit log');
      fireEvent.click(within(dialog).getByRole('button', { name: 'Delete them' }));
      const deleted = 'Deleted 1 credit entry and 1 evidence file that came from “PMO set-up”.';
      expect(await screen.findByText(deleted, {}, SLOW)).not.toBeNull();
      // The row offers "Propose credit entries" again; the new figure is confirmed.
      const stored = (await store.db.table('courses').get(c.id)) as CourseRow;
      const list = courseCredits(stored, [held]).suggestions.map((s) => s.activity);
      if (!(await confirmCredits(store, 'courses', c.id, list, asOf)).ok)
        throw new Error('new credit entry not confirmed');
      const now = await listActivities(store);

      await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Undo' })));
      expect(
        await screen.findByText(
          'The credit entries were not put back: new ones were confirmed for the entry since, so those are kept and the same credit is not counted twice.',
          {},
          SLOW,
        ),
      ).not.toBeNull();
      expect(await listActivities(store)).toEqual(now);
      expect((await linkedActivities(store, c.id)).map((a) => a.amount)).toEqual([24]);
      expect(await store.db.table('evidence').count()).toBe(0);
    });
  },
);
