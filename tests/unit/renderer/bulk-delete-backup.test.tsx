// Deleting a journal entry together with its credit entries keeps an automatic backup first;
// when that backup fails nothing is deleted. A single delete, or keeping the credit entries
// unlinked, makes no backup.
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HeldCredential } from '../../../shared/domain/credentials';
import { courseCredits, type Course } from '../../../shared/domain/journal';
import { UndoProvider } from '../../../renderer/src/components/undo';
import { readBackupFile } from '../../../renderer/src/db/backup';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { confirmCredits, saveCourse } from '../../../renderer/src/db/repositories/journal';
import { LearningScreen } from '../../../renderer/src/features/learning/LearningScreen';
import { PlatformProvider } from '../../../renderer/src/platform';
import { fakeBackups, fakePlatform, type FakeBackups } from '../../db/backup-fakes';
import { freshName } from '../../db/helpers';

const asOf = '2026-03-10';
const held: HeldCredential[] = [
  { id: 'h-pmp', credentialId: 'pmp', stage: 'earned', earnedDate: '2025-01-15' },
];
const course: Omit<Course, 'id'> = {
  title: 'Leading agile teams',
  provider: 'Acme',
  format: 'virtual',
  status: 'completed',
  start: '2026-03-01',
  end: '2026-03-04',
  contactHours: 21,
  cost: null,
  link: '',
  topic: 'agile',
  split: null,
  notes: '',
};
/** Export and backup go through fake-indexeddb: on a busy machine they take a while. */
const SLOW = { timeout: 5000 };
const TEST = { timeout: 20_000 };

let store: Store;
beforeEach(() => {
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
});
afterEach(() => {
  cleanup();
  store?.db.close();
});

/** A completed course; with `credits`, two confirmed credit entries linked to it. */
async function seed(credits: boolean): Promise<string> {
  store = await openStore(freshName('bulk-delete'));
  const saved = await saveCourse(store, course, { asOf });
  if (!saved.ok) throw new Error('course not saved');
  if (credits) {
    const [first] = courseCredits(saved.value, held).suggestions.map((s) => s.activity);
    const parts = [1, 2].map((n) => ({ ...first!, title: `${first!.title} (part ${n})` }));
    const confirmed = await confirmCredits(store, 'courses', saved.value.id, parts, asOf);
    if (!confirmed.ok) throw new Error('credit entries not confirmed');
  }
  return saved.value.id;
}

function renderCourses(backups: FakeBackups) {
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

/** Clicks the course's Delete button, and the dialog's answer when one is given. */
async function deleteCourse(answer?: string) {
  const row = await screen.findByRole('row', { name: new RegExp(course.title) }, SLOW);
  fireEvent.click(within(row).getByRole('button', { name: /^Delete/ }));
  if (!answer) return;
  const dialog = await screen.findByRole('dialog', { name: 'This entry has credit entries' });
  fireEvent.click(within(dialog).getByRole('button', { name: answer }));
}

const count = (table: string) => store.db.table(table).count();
const deleted = () => screen.findByText(`Deleted “${course.title}”.`, {}, SLOW);

describe('deleting a course with its credit entries', TEST, () => {
  it('keeps one automatic backup of the data as it was, then deletes the course and both', async () => {
    const id = await seed(true);
    const backups = fakeBackups();
    renderCourses(backups);
    expect(await screen.findByText('2 in the credit log', {}, SLOW)).toBeDefined();
    await deleteCourse('Delete them too');
    await deleted();
    expect(await count('courses')).toBe(0);
    expect(await count('activities')).toBe(0);
    expect(backups.files.map((f) => f.info.reason)).toEqual(['before-bulk-delete']);
    const kept = await readBackupFile(backups.files[0]!.content);
    if (!kept.ok) throw new Error('the backup could not be read');
    expect(kept.value.tables.courses?.map((c) => c.id)).toEqual([id]);
    expect(kept.value.tables.activities?.map((a) => a.sourceId)).toEqual([id, id]);
  });

  it('deletes nothing and says so when the backup cannot be written', async () => {
    await seed(true);
    const backups = fakeBackups();
    backups.failWrites = 'The disk is full.';
    renderCourses(backups);
    await deleteCourse('Delete them too');
    const alert = await screen.findByRole('alert', {}, SLOW);
    expect(alert.textContent).toBe(
      'Nothing was deleted: a backup could not be made first. The disk is full.',
    );
    expect(await count('courses')).toBe(1);
    expect(await count('activities')).toBe(2);
    expect(backups.files).toEqual([]);

    // Once the backup works again, the delete goes ahead and the old message goes away.
    backups.failWrites = null;
    await deleteCourse('Delete them too');
    await deleted();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(await count('courses')).toBe(0);
    expect(backups.files.map((f) => f.info.reason)).toEqual(['before-bulk-delete']);
  });

  it('keeps no backup when the credit entries stay in the log, unlinked', async () => {
    await seed(true);
    const backups = fakeBackups();
    renderCourses(backups);
    await deleteCourse('Keep them in the credit log, unlinked');
    await deleted();
    expect(await count('courses')).toBe(0);
    const left = await store.db.table('activities').toArray();
    expect(left.map((a) => a.sourceId)).toEqual([undefined, undefined]);
    expect(backups.files).toEqual([]);
  });
});

describe('deleting a course without credit entries', TEST, () => {
  it('asks nothing and keeps no backup', async () => {
    await seed(false);
    const backups = fakeBackups();
    renderCourses(backups);
    await deleteCourse();
    await deleted();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(await count('courses')).toBe(0);
    expect(backups.files).toEqual([]);
  });
});
