// The Learning screen's "Credit entries to confirm" panel and edit forms, when the entry is
// changed or deleted in another window (here: a repository write outside the screen):
// - A: the panel shows, and confirms, the entry as it is now, never the figures of when it
//   opened; the confirmation is refused in its transaction when the entry changed since;
// - B: hours per area typed in the panel survive another entry's save and a tab switch;
// - C: an edit form says the entry was changed or deleted elsewhere, keeps what was typed, and
//   only a save after that replaces the change, or adds a deleted entry again as a new one.
// PMP earned 15 Jan 2025; today 22 Nov 2026.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Course, MediaEntry } from '../../../shared/domain/journal';
import { UndoProvider } from '../../../renderer/src/components/undo';
import { resetUnsavedChanges } from '../../../renderer/src/components/unsaved-changes';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { listActivities } from '../../../renderer/src/db/repositories/activities';
import { saveHeld } from '../../../renderer/src/db/repositories/credentials';
import {
  deleteCourse,
  listCourses,
  restoreEntry,
  saveCourse,
  saveMedia,
  type CourseRow,
} from '../../../renderer/src/db/repositories/journal';
import { LearningScreen } from '../../../renderer/src/features/learning/LearningScreen';
import { PlatformProvider } from '../../../renderer/src/platform';
import { fakePlatform } from '../../db/backup-fakes';
import { freshName } from '../../db/helpers';

const asOf = '2026-11-22';
const SLOW = { timeout: 10_000 };
const TEST = { timeout: 30_000 };
const PANEL = 'Credit entries to confirm';

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

const book: Omit<MediaEntry, 'id'> = {
  kind: 'reading',
  title: 'Team Topologies',
  author: 'Skelton',
  date: '2026-10-01',
  hours: 2,
  area: 'waysOfWorking',
  link: '',
  notes: '',
};

let store: Store;
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 22, 10, 0)); // 22 Nov 2026, 10:00 local
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  store = await openStore(freshName('learning-stale-panel'));
  const held = await saveHeld(
    store,
    { credentialId: 'pmp', stage: 'earned', earnedDate: '2025-01-15' },
    asOf,
  );
  if (!held.ok) throw new Error('credential not saved');
});
afterEach(async () => {
  cleanup();
  resetUnsavedChanges();
  vi.useRealTimers();
  await store.db.delete();
});

const ui = (rest: string[]) => (
  <StoreProvider store={store}>
    <PlatformProvider platform={fakePlatform(null)}>
      <UndoProvider>
        <LearningScreen rest={rest} />
      </UndoProvider>
    </PlatformProvider>
  </StoreProvider>
);

function show(rest: string[]) {
  const view = render(ui(rest));
  return (next: string[]) => view.rerender(ui(next));
}

async function seedCourse(input: Omit<Course, 'id'> = course): Promise<CourseRow> {
  const saved = await saveCourse(store, input, { asOf });
  if (!saved.ok) throw new Error('course not saved');
  return saved.value;
}

async function propose(title: RegExp) {
  const row = await screen.findByRole('row', { name: title }, SLOW);
  fireEvent.click(
    await within(row).findByRole('button', { name: /^Propose credit entries/ }, SLOW),
  );
  return screen.findByRole('region', { name: PANEL }, SLOW);
}

const areaField = (region: HTMLElement, label: string) =>
  within(region).getByLabelText<HTMLInputElement>(label);

function typeSplit(region: HTMLElement, ways: string, power: string) {
  fireEvent.change(areaField(region, 'Ways of Working'), { target: { value: ways } });
  fireEvent.change(areaField(region, 'Power Skills'), { target: { value: power } });
}

const splitShown = (region: HTMLElement) =>
  ['Ways of Working', 'Power Skills', 'Business Acumen'].map((l) => areaField(region, l).value);

describe('A: the confirm panel after its entry changed in another window', TEST, () => {
  it('shows and confirms a book as it is now (3 h Power Skills), saying it changed', async () => {
    const saved = await saveMedia(store, book, { asOf });
    if (!saved.ok) throw new Error('book not saved');
    show(['reading']);
    const region = await propose(/Team Topologies/);
    expect(within(region).queryByText(/· 2 h ·/)).not.toBeNull();

    const { createdAt: _c, updatedAt: _u, ...row } = saved.value;
    expect((await saveMedia(store, { ...row, hours: 3, area: 'powerSkills' }, { asOf })).ok).toBe(
      true,
    );
    await within(region).findByText(/· 3 h ·/, {}, SLOW);
    expect(
      within(region).queryByText(
        '“Team Topologies” was changed since its credit entries were proposed. The entries below show it as it is now.',
      ),
    ).not.toBeNull();
    expect(splitShown(region)).toEqual(['0', '3', '0']);

    fireEvent.click(within(region).getByRole('button', { name: 'Confirm credit entries' }));
    await waitFor(() => expect(screen.queryByRole('region', { name: PANEL })).toBeNull(), SLOW);
    const [credit] = await listActivities(store);
    expect(credit!.amount).toBe(3);
    expect(credit!.split).toEqual({ waysOfWorking: 0, powerSkills: 3, businessAcumen: 0 });
  });

  it('keeps a typed split while the hours are the same; says it was reset when they are not', async () => {
    const seeded = await seedCourse();
    show(['courses']);
    const region = await propose(/PMO set-up/);
    typeSplit(region, '8', '8');
    const { createdAt: _c, updatedAt: _u, ...row } = seeded;

    // Only the title changed elsewhere: the hours stay, so does what was typed.
    await saveCourse(store, { ...row, title: 'PMO set-up' }, { asOf });
    await within(region).findByText(
      '“PMO set-up” was changed since its credit entries were proposed. The entries below show it as it is now.',
      {},
      SLOW,
    );
    expect(splitShown(region)).toEqual(['8', '8', '0']);

    await saveCourse(store, { ...row, contactHours: 24 }, { asOf });
    await within(region).findByText(/· 24 h ·/, {}, SLOW);
    expect(splitShown(region)).toEqual(['24', '0', '0']);
    expect(
      within(region).queryByText(
        'The hours per area you typed were reset to the proposal, because the hours changed since you typed them.',
      ),
    ).not.toBeNull();
  });

  it('offers nothing to confirm once the course is set back to "In progress" elsewhere', async () => {
    const seeded = await seedCourse();
    show(['courses']);
    const region = await propose(/PMO set-up/);
    const { createdAt: _c, updatedAt: _u, ...row } = seeded;
    await saveCourse(store, { ...row, status: 'in-progress', end: null }, { asOf });
    await within(region).findByText(
      '“PMO set-up and operations” was changed since its credit entries were proposed and no longer earns any, so there is nothing to confirm.',
      {},
      SLOW,
    );
    expect(within(region).queryByRole('button', { name: 'Confirm credit entries' })).toBeNull();
    expect(await listActivities(store)).toHaveLength(0);
  });
});

describe('B: hours per area typed in the panel', TEST, () => {
  it('stay when another entry is saved proposing nothing', async () => {
    await seedCourse();
    await seedCourse({ ...course, title: 'Agile coaching', status: 'planned', end: null });
    show(['courses']);
    const region = await propose(/PMO set-up/);
    typeSplit(region, '8', '8');

    const other = await screen.findByRole('row', { name: /Agile coaching/ }, SLOW);
    fireEvent.click(within(other).getByRole('button', { name: /^Edit/ }));
    const form = screen.getByRole('form', { name: 'Edit course' });
    fireEvent.change(within(form).getByLabelText('Notes'), { target: { value: 'Book soon' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save course' }));
    await waitFor(
      () => expect(screen.queryByRole('form', { name: 'Edit course' })).toBeNull(),
      SLOW,
    );

    const still = screen.getByRole('region', { name: PANEL });
    expect(splitShown(still)).toEqual(['8', '8', '0']);
  });

  it('stay when another tab is shown and the courses again', async () => {
    await seedCourse();
    const go = show(['courses']);
    const region = await propose(/PMO set-up/);
    typeSplit(region, '8', '8');
    go(['events']);
    await waitFor(() => expect(screen.queryByRole('region', { name: PANEL })).toBeNull(), SLOW);
    go(['courses']);
    const back = await screen.findByRole('region', { name: PANEL }, SLOW);
    expect(splitShown(back)).toEqual(['8', '8', '0']);
  });
});

const CHANGED =
  'This course was changed in another window after you opened this form. Saving will replace that change with what you see here; Cancel keeps it.';
const DELETED =
  'This course was deleted in another window after you opened this form. Saving will add it again as a new course with what you see here; what the deleted one had attached (files, credit entries) does not come with it. Cancel leaves it deleted.';

async function openEdit(title: RegExp) {
  const row = await screen.findByRole('row', { name: title }, SLOW);
  fireEvent.click(within(row).getByRole('button', { name: /^Edit/ }));
  const form = screen.getByRole('form', { name: 'Edit course' });
  fireEvent.change(within(form).getByLabelText('Notes'), { target: { value: 'Good trainer' } });
  return form;
}

describe('C: a course form after the course changed in another window', TEST, () => {
  it('refuses to put back hours changed elsewhere unseen, says so, then replaces', async () => {
    const seeded = await seedCourse({ ...course, status: 'planned', end: null });
    show(['courses']);
    const form = await openEdit(/PMO set-up/);
    const { createdAt: _c, updatedAt: _u, ...row } = seeded;
    await saveCourse(store, { ...row, contactHours: 24 }, { asOf });

    fireEvent.click(within(form).getByRole('button', { name: 'Save course' }));
    await within(form).findByText(CHANGED, {}, SLOW);
    let [stored] = await listCourses(store);
    expect(stored!.contactHours).toBe(24);
    expect(within(form).getByLabelText<HTMLTextAreaElement>('Notes').value).toBe('Good trainer');

    fireEvent.click(within(form).getByRole('button', { name: 'Save course' }));
    await waitFor(
      () => expect(screen.queryByRole('form', { name: 'Edit course' })).toBeNull(),
      SLOW,
    );
    [stored] = await listCourses(store);
    expect(stored!.contactHours).toBe(16);
    expect(stored!.notes).toBe('Good trainer');
  });

  it('with credit entries, does not ask as if the user changed what they are based on', async () => {
    const seeded = await seedCourse();
    show(['courses']);
    const region = await propose(/PMO set-up/);
    fireEvent.click(within(region).getByRole('button', { name: 'Confirm credit entries' }));
    const row = await screen.findByRole('row', { name: /PMO set-up/ }, SLOW);
    await within(row).findByText('1 in the credit log', {}, SLOW);
    const form = await openEdit(/PMO set-up/);
    const { createdAt: _c, updatedAt: _u, ...plain } = seeded;
    await saveCourse(
      store,
      { ...plain, contactHours: 24 },
      { asOf, link: { action: 'unlink', fresh: [] } },
    );

    fireEvent.click(within(form).getByRole('button', { name: 'Save course' }));
    await within(form).findByText(CHANGED, {}, SLOW);
    expect(screen.queryByText(/You changed what it is based on/)).toBeNull();
    const [stored] = await listCourses(store);
    expect(stored!.contactHours).toBe(24);
  });

  it('does not bring back a course deleted elsewhere unseen; saved after that, it is new', async () => {
    const seeded = await seedCourse();
    show(['courses']);
    const form = await openEdit(/PMO set-up/);
    const removed = await deleteCourse(store, seeded.id, 'unlink');

    fireEvent.click(within(form).getByRole('button', { name: 'Save course' }));
    await within(form).findByText(DELETED, {}, SLOW);
    expect(await listCourses(store)).toHaveLength(0);

    fireEvent.click(within(form).getByRole('button', { name: 'Save course' }));
    await waitFor(
      () => expect(screen.queryByRole('form', { name: 'Edit course' })).toBeNull(),
      SLOW,
    );
    const [again] = await listCourses(store);
    expect(again!.id).not.toBe(seeded.id);
    expect(again!.notes).toBe('Good trainer');
    // The other window's Undo still puts the deleted course back.
    expect(await restoreEntry(store, removed!)).toBe(true);
  });
});
